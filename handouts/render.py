"""Recommendation + clinic profile -> the patient's handout: HTML (Jinja2) -> PDF (WeasyPrint).

`import handouts.render` is cheap: WeasyPrint is imported by the first Renderer. The wording
lives in templates/; this module only turns a Handout into plain data for them, decides which
references are cited, and guards what the PDF may load.
"""

from __future__ import annotations

import datetime
import logging
import mimetypes
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from handouts.files import WriteFailed, write_atomic
from handouts.glyphs import GlyphChecker, Unprintable, system_char_test
from handouts.model import Modality, Presentation, Reason, Recommendation, Region
from handouts.profile import ClinicProfile, Paper

logger = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

# Limits on what the clinician types; the CLI and the GUI check them, the renderer clips.
MAX_PATIENT_CHARS = 100
MAX_CLINICIAN_CHARS = 100
MAX_NOTE_CHARS = 500

# A logo larger than this (file size or pixels) is refused with a plain message.
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}

# Pages the handout must fit; a long handout is laid out again, tighter (same sizes or
# at least 12 pt body, 18 pt large print), up to FIT_LEVELS times.
STANDARD_PAGES = 2
LARGE_PRINT_PAGES = 4
FIT_LEVELS = 3

CONTENT_VERSION = "1.0"
REVIEW_DATE = datetime.date(2027, 11, 1)

REGION_WORDS = {
    Region.LOW_BACK: "low back",
    Region.MID_BACK: "mid back",
    Region.NECK: "neck",
    Region.SHOULDER: "shoulder",
    Region.ELBOW: "elbow",
    Region.WRIST_HAND: "wrist and hand",
    Region.HIP: "hip",
    Region.KNEE: "knee",
    Region.ANKLE_FOOT: "ankle and foot",
    Region.OTHER: "sore area",
}
# Regions named with "and" take plural verbs: "your ankle and foot are swollen".
PLURAL_REGIONS = frozenset({Region.WRIST_HAND, Region.ANKLE_FOOT})

# Which red-flag list of the brief's section 6 a region gets.
RED_FLAG_GROUPS = {
    Region.LOW_BACK: "back",
    Region.MID_BACK: "back",
    Region.NECK: "neck",
    Region.SHOULDER: "arm",
    Region.ELBOW: "arm",
    Region.WRIST_HAND: "arm",
    Region.HIP: "leg",
    Region.KNEE: "leg",
    Region.ANKLE_FOOT: "leg",
    Region.OTHER: "other",
}

TITLES = {
    Modality.HEAT: "Heat for your {region}",
    Modality.ICE: "Ice for your {region}",
    Modality.ICE_THEN_HEAT: "Ice first, then heat, for your {region}",
    Modality.EITHER: "Heat or ice for your {region}: you choose",
    Modality.NEITHER: "Neither heat nor ice for now",
}

WHY_HEADINGS = {
    Modality.HEAT: "Why heat (and not ice)",
    Modality.ICE: "Why ice (and not heat)",
    Modality.ICE_THEN_HEAT: "Why ice first, then heat",
    Modality.EITHER: "Why you can choose",
    Modality.NEITHER: "Why no heat or ice for now",
}


@dataclass(frozen=True)
class Reference:
    key: str
    text: str


REFERENCES = {
    ref.key: ref
    for ref in (
        Reference(
            "deyo2001",
            "Deyo RA, Weinstein JN. Low back pain. N Engl J Med. 2001;344(5):363-70. "
            "PMID 11172169.",
        ),
        Reference(
            "garra2010",
            "Garra G, Singer AJ, Leno R, et al. Heat or cold packs for neck and back strain: "
            "a randomized controlled trial of efficacy. Acad Emerg Med. 2010;17(5):484-9. "
            "PMID 20536800.",
        ),
        Reference(
            "french2006",
            "French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or "
            "cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.",
        ),
        Reference(
            "qaseem2017",
            "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, "
            "subacute, and chronic low back pain: a clinical practice guideline from the "
            "American College of Physicians. Ann Intern Med. 2017;166(7):514-30. "
            "doi:10.7326/M16-2367.",
        ),
    )
}


class RenderError(Exception):
    """The handout cannot be made; the message says why in plain words and what to do."""


class SaveFailed(RenderError):
    """The PDF was made but cannot be written where asked (folder, permission, disk)."""


@dataclass(frozen=True)
class Handout:
    """Everything one handout needs, as plain values."""

    presentation: Presentation
    recommendation: Recommendation
    profile: ClinicProfile = field(default_factory=ClinicProfile)
    patient: str = ""
    note: str = ""
    clinician: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    paper: Paper | None = None
    large_print: bool | None = None

    @property
    def effective_paper(self) -> Paper:
        return self.paper if self.paper is not None else self.profile.paper

    @property
    def effective_large_print(self) -> bool:
        return self.large_print if self.large_print is not None else self.profile.large_print

    @property
    def effective_clinician(self) -> str:
        return self.clinician.strip() or self.profile.clinician.strip()


def cited_references(handout: Handout) -> list[str]:
    """The reference keys the handout's text cites, in order of first use."""
    region = handout.presentation.region
    keys: list[str] = []
    for reason in handout.recommendation.reasons:
        if reason is Reason.BACK_PAIN_RARELY_INJURY:
            keys.append("deyo2001")
        elif reason is Reason.NO_RECENT_INJURY and region is Region.LOW_BACK:
            keys += ["qaseem2017", "french2006"]
        elif reason in (Reason.PATIENT_CHOOSES, Reason.PREFERS_ICE) and (region.is_spinal):
            keys.append("garra2010")
    return list(dict.fromkeys(keys))


def clip(text: str, limit: int) -> str:
    """User text as one tidy string of at most `limit` characters (an ellipsis marks a cut)."""
    cleaned = "".join(
        char if unicodedata.category(char)[0] != "C" or char in "\n\t" else " " for char in text
    ).strip()
    if len(cleaned) <= limit:
        return cleaned
    return cleaned[: limit - 1].rstrip() + "\u2026"


def long_date(day: datetime.date) -> str:
    """'Monday 23 November 2026': no day/month order to misread."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def days_ago_words(days: int | None) -> str:
    if days is None:
        return "recently"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def build_context(handout: Handout) -> dict[str, Any]:
    """The plain data the templates see: strings, numbers, booleans, lists and dicts."""
    presentation = handout.presentation
    recommendation = handout.recommendation
    profile = handout.profile
    modality = recommendation.modality
    region = presentation.region
    region_words = REGION_WORDS[region]
    cited = cited_references(handout)
    switch_date = None
    if recommendation.switch_after_days is not None:
        switch_date = long_date(handout.date + datetime.timedelta(recommendation.switch_after_days))
    clinic_name = clip(profile.name, 120)
    title = TITLES[modality].format(region=region_words)
    return {
        "title": title,
        "subject": f"A plan for using heat or ice on your {region_words}, with safety steps",
        "author": clinic_name or "Heat or Ice",
        "modality": modality.value,
        "uses_heat": modality.uses_heat,
        "uses_ice": modality.uses_ice,
        "why_heading": WHY_HEADINGS[modality],
        "region": region.value,
        "region_words": region_words,
        "region_is": "are" if region in PLURAL_REGIONS else "is",
        "region_feels": "feel" if region in PLURAL_REGIONS else "feels",
        "red_flag_group": RED_FLAG_GROUPS[region],
        "onset": presentation.onset.value,
        "days_ago": days_ago_words(presentation.days),
        "inflamed": presentation.is_inflamed,
        "signs": sorted(sign.value for sign in presentation.signs),
        "reasons": [reason.value for reason in recommendation.reasons],
        "cautions": [caution.value for caution in recommendation.cautions],
        "pregnancy_ask_first": region in (Region.LOW_BACK, Region.MID_BACK, Region.HIP),
        "chosen_by_clinician": recommendation.chosen_by_clinician,
        "switch_after_days": recommendation.switch_after_days or 0,
        "switch_date": switch_date or "",
        "clinic": {
            "name": clinic_name,
            "address": clip(profile.address, 200),
            "phone": clip(profile.phone, 40).replace(" ", "\u00a0"),
            "website": clip(profile.website, 100),
            "logo_url": "",
        },
        "patient": clip(handout.patient, MAX_PATIENT_CHARS),
        "clinician": clip(handout.effective_clinician, MAX_CLINICIAN_CHARS),
        "note": clip(handout.note, MAX_NOTE_CHARS),
        "date": long_date(handout.date),
        "cite": {key: number for number, key in enumerate(cited, start=1)},
        "references": [REFERENCES[key].text for key in cited],
        "content_version": CONTENT_VERSION,
        "review_date": f"{REVIEW_DATE:%B %Y}",
        "large_print": handout.effective_large_print,
        "paper": handout.effective_paper.value,
        "tracking_days": list(range(1, 8)),
    }


def typed_text(handout: Handout) -> tuple[str, ...]:
    """Everything on the handout that a person typed rather than the app wrote."""
    profile = handout.profile
    return (
        handout.patient,
        handout.note,
        handout.effective_clinician,
        profile.name,
        profile.address,
        profile.phone,
        profile.website,
    )


def check_logo(path: Path) -> str:
    """The logo's MIME type, or a RenderError saying in plain words what is wrong with it."""
    advice = "Choose another logo in the clinic settings, or remove it."
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RenderError(f"The clinic logo {path} cannot be found. {advice}") from None
    except OSError as error:
        raise RenderError(
            f"The clinic logo {path} cannot be read ({error.strerror}). {advice}"
        ) from None
    if not path.is_file():
        raise RenderError(f"The clinic logo {path} is not a file. {advice}")
    if size > MAX_LOGO_BYTES:
        raise RenderError(
            f"The clinic logo {path} is too large ({size // (1024 * 1024)} MB; "
            f"the limit is {MAX_LOGO_BYTES // (1024 * 1024)} MB). {advice}"
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise RenderError(
            f"The clinic logo {path} is not a picture this app can use "
            f"(use a PNG, JPEG or GIF file). {advice}"
        ) from None
    if kind not in LOGO_TYPES:
        raise RenderError(
            f"The clinic logo {path} is a {kind} picture; use a PNG, JPEG or GIF file. {advice}"
        )
    if width * height > MAX_LOGO_PIXELS:
        raise RenderError(
            f"The clinic logo {path} is too large ({width} x {height} pixels). {advice}"
        )
    return LOGO_TYPES[kind]


def _safe_file_part(text: str, limit: int) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text)
    text = re.sub(r'[<>:"/\\|?*]', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:limit].strip(" .")


def default_file_name(handout: Handout) -> str:
    """E.g. '2026-11-23 Jane Doe - heat.pdf': safe on Windows, macOS and Linux."""
    patient = _safe_file_part(handout.patient, 60) or "handout"
    return f"{handout.date.isoformat()} {patient} - {handout.recommendation.modality.value}.pdf"


def _font_files() -> dict[str, Path]:
    from fontpkg_atkinson_hyperlegible import ROOT

    folder = Path(ROOT) / "files"
    return {
        "regular": folder / "AtkinsonHyperlegible-Regular.ttf",
        "bold": folder / "AtkinsonHyperlegible-Bold.ttf",
        "italic": folder / "AtkinsonHyperlegible-Italic.ttf",
        "bold_italic": folder / "AtkinsonHyperlegible-BoldItalic.ttf",
    }


def _font_face_css(files: dict[str, Path]) -> str:
    faces = []
    for key, weight, style in (
        ("regular", "normal", "normal"),
        ("bold", "bold", "normal"),
        ("italic", "normal", "italic"),
        ("bold_italic", "bold", "italic"),
    ):
        faces.append(
            "@font-face { font-family: 'Atkinson Hyperlegible'; "
            f"src: url('{files[key].as_uri()}'); font-weight: {weight}; font-style: {style}; }}"
        )
    return "\n".join(faces)


FetchHook = Callable[[str, bool], None]


class _NoPatientText(logging.Filter):
    """WeasyPrint quotes text it has no glyph for; that text may be a patient's name."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "glyph" in str(record.msg):
            record.msg = "some characters have no glyph in the handout's fonts"
            record.args = ()
        return True


_NO_PATIENT_TEXT = _NoPatientText()


class Renderer:
    """Builds the Jinja2 environment, the stylesheets and one FontConfiguration once.

    `on_fetch(url, served)` is told of every resource the PDF asks for, served or refused.
    Use one Renderer from one thread at a time.
    """

    def __init__(
        self, templates_dir: Path = TEMPLATES_DIR, on_fetch: FetchHook | None = None
    ) -> None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        logging.getLogger("weasyprint").addFilter(_NO_PATIENT_TEXT)
        self.templates_dir = templates_dir.resolve()
        self.on_fetch = on_fetch
        self._font_files = {key: path.resolve() for key, path in _font_files().items()}
        self._env = _build_environment(self.templates_dir)
        self._font_config = FontConfiguration()
        self._glyphs: GlyphChecker | None = None
        fetcher = self._fetcher(None)
        base_url = self.templates_dir.as_uri() + "/"

        def parse(css: str) -> Any:
            return CSS(
                string=css,
                base_url=base_url,
                url_fetcher=fetcher,
                font_config=self._font_config,
            )

        self._fonts_css = parse(_font_face_css(self._font_files))
        self._main_css = parse((self.templates_dir / "handout.css").read_text("utf-8"))
        self._large_css = parse((self.templates_dir / "large-print.css").read_text("utf-8"))
        self._paper_css = {
            Paper.A4: parse("@page { size: A4; }"),
            Paper.LETTER: parse("@page { size: letter; }"),
        }

    def unprintable(self, handout: Handout) -> Unprintable:
        """The characters of the typed text (patient, note, clinician, clinic) that no font on
        this computer can print, so the caller can say so instead of printing empty boxes."""
        if self._glyphs is None:
            self._glyphs = GlyphChecker(
                self._font_files.values(), has_system_char=system_char_test()
            )
        return self._glyphs.check(*typed_text(handout))

    def html(self, handout: Handout) -> str:
        """The handout as an HTML string (no logo check: the logo is only loaded by pdf())."""
        return self._html(handout, fit=0)

    def _html(self, handout: Handout, fit: int) -> str:
        context = build_context(handout)
        context["fit"] = fit
        if handout.profile.logo_path is not None:
            context["clinic"]["logo_url"] = handout.profile.logo_path.resolve().as_uri()
        return str(self._env.get_template("handout.html").render(context))

    def pdf(self, handout: Handout, *, preview: bool = False) -> bytes:
        """The handout as PDF bytes; `preview` trades file size for speed, not the layout."""
        from weasyprint import HTML

        logo = handout.profile.logo_path
        logo_file = (logo.resolve(), check_logo(logo)) if logo is not None else None
        stylesheets = [self._fonts_css, self._main_css, self._paper_css[handout.effective_paper]]
        if handout.effective_large_print:
            stylesheets.append(self._large_css)
        options: dict[str, Any] = {"stylesheets": stylesheets}
        if preview:
            options.update(uncompressed_pdf=True)
        else:
            options.update(pdf_variant="pdf/ua-1", pdf_tags=True)
        page_limit = LARGE_PRINT_PAGES if handout.effective_large_print else STANDARD_PAGES
        try:
            for fit in range(FIT_LEVELS):
                document = HTML(
                    string=self._html(handout, fit),
                    base_url=self.templates_dir.as_uri() + "/",
                    url_fetcher=self._fetcher(logo_file),
                ).render(font_config=self._font_config, **options)
                if len(document.pages) <= page_limit:
                    break
                logger.info("handout over %d pages; tightening the layout", page_limit)
            return bytes(document.write_pdf(**options))
        except RenderError:
            raise
        except Exception as error:
            logger.error("rendering the handout failed: %s", type(error).__name__)
            raise RenderError(
                f"The handout could not be made ({type(error).__name__}). "
                "Try again; if it keeps failing, check the clinic logo in the settings."
            ) from error

    def save(self, handout: Handout, path: Path) -> Path:
        """Render the final PDF and write it atomically; raises RenderError on any failure."""
        path = Path(path)
        data = self.pdf(handout)
        try:
            write_atomic(path, data)
        except WriteFailed as error:
            raise SaveFailed(str(error)) from error
        return path

    def _fetcher(self, logo_file: tuple[Path, str] | None) -> Any:
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        allowed_files = set(self._font_files.values())
        templates_dir = self.templates_dir
        hook = self.on_fetch
        logo, logo_mime = logo_file if logo_file is not None else (None, "")

        class GuardedFetcher(URLFetcher):
            """Serves files under templates/, the bundled fonts and the logo; refuses the rest."""

            def fetch(self, url: str, headers: Any = None) -> Any:
                path = _local_path(url)
                served = path is not None and (
                    path in allowed_files
                    or path == logo
                    or (path.is_relative_to(templates_dir) and path.is_file())
                )
                if hook is not None:
                    hook(url, served)
                if not served or path is None:
                    logger.warning("refused to load a resource that is not part of the handout")
                    raise ValueError("refused: only the handout's own files may be loaded")
                mime = logo_mime if path == logo else mimetypes.guess_type(path.name)[0]
                return URLFetcherResponse(
                    url,
                    path.read_bytes(),
                    headers={"Content-Type": mime or "application/octet-stream"},
                )

        return GuardedFetcher(allowed_protocols=("file",), fail_on_errors=False)


def _local_path(url: str) -> Path | None:
    """The resolved local path of a file: URL, or None for any other kind of URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    try:
        return Path(url2pathname(unquote(parts.path))).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None


def _build_environment(templates_dir: Path) -> Any:
    """The one Jinja2 Environment: autoescape on, StrictUndefined, filters in one place."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["missing_text"] = _missing_text
    return env


def _missing_text(what: str) -> str:
    raise RenderError(f"The handout has no text for {what}; this is a bug in the templates.")
