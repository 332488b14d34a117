"""The Renderer: WeasyPrint objects built once; a handout to PDF bytes or to a file."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from handouts.files import WriteFailed, write_atomic
from handouts.glyphs import GlyphChecker, Unprintable, system_char_test
from handouts.i18n import LANGUAGE_NAMES, MissingTranslation, use_language
from handouts.profile import Paper
from handouts.render.context import build_context
from handouts.render.environment import TEMPLATES_DIR, build_environment
from handouts.render.fetcher import FetchHook, guarded_fetcher, load_weasyprint
from handouts.render.fit import fitted, page_limit
from handouts.render.fonts import font_face_css, font_files
from handouts.render.handout import Handout, RenderError, SaveFailed, typed_text
from handouts.render.logo_cache import logo_for_page

logger = logging.getLogger(__name__)


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
        load_weasyprint()
        # WeasyPrint is loaded by the first Renderer: `import handouts.render` stays cheap.
        from weasyprint import CSS

        # WeasyPrint's font configuration, loaded with it for the same reason.
        from weasyprint.text.fonts import FontConfiguration

        logging.getLogger("weasyprint").addFilter(_NO_PATIENT_TEXT)
        self.templates_dir = templates_dir.resolve()
        self.on_fetch = on_fetch
        self._font_files = {key: path.resolve() for key, path in font_files().items()}
        self._env = build_environment(self.templates_dir)
        self._font_config = FontConfiguration()
        self._glyphs: GlyphChecker | None = None
        # WeasyPrint's decoded images (the logo), kept from one handout to the next while
        # the logo file stays the same: `_image_cache_for` is its path, size and change time.
        self._image_cache: dict[str, Any] = {}
        self._image_cache_for: tuple[Path, int, int] | None = None
        fetcher = self._fetcher(None)
        self._base_url = self.templates_dir.as_uri() + "/"

        def parse(css: str) -> Any:
            return CSS(
                string=css,
                base_url=self._base_url,
                url_fetcher=fetcher,
                font_config=self._font_config,
            )

        self._fonts_css = parse(font_face_css(self._font_files))
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
            # The system's fonts are asked only for a character the handout's own fonts lack
            # (loading fontconfig's list of every font costs a cold command about 10 ms).
            self._glyphs = GlyphChecker(
                self._font_files.values(), has_system_char=lambda code: system_char_test()(code)
            )
        return self._glyphs.check(*typed_text(handout))

    def html(self, handout: Handout) -> str:
        """The handout as an HTML string (no logo check: the logo is only loaded by pdf())."""
        logo = handout.profile.logo_path
        return self._html(handout, fit=0, logo=logo.resolve() if logo is not None else None)

    def _html(self, handout: Handout, fit: int, logo: Path | None) -> str:
        """The HTML of the handout, every word in its language (or a RenderError that says
        which translation is missing: never English inside another language)."""
        try:
            with use_language(handout.language):
                context = build_context(handout)
                context["fit"] = fit
                if logo is not None:
                    context["clinic"]["logo_url"] = logo.as_uri()
                return str(self._env.get_template("handout.html").render(context))
        except MissingTranslation as error:
            raise RenderError(
                f"The handout cannot be made in {LANGUAGE_NAMES[handout.language]}: {error} "
                "Choose another language for this handout; the translation is a bug to report."
            ) from None

    def pdf(self, handout: Handout, *, preview: bool = False, spacing: bool = True) -> bytes:
        """The handout as PDF bytes; `preview` trades file size for speed, not the layout.
        `spacing=False` skips the last pass, which shares out each page's blank foot and may
        draw the picture smaller: for a test that only counts pages or reads the words."""
        # WeasyPrint is already loaded by __init__; this only names it here.
        from weasyprint import CSS, HTML

        logo = handout.profile.logo_path
        # The logo as the page needs it (a large one shrunk once, then taken from the cache).
        logo_file = logo_for_page(logo) if logo is not None else None
        stylesheets = [self._fonts_css, self._main_css, self._paper_css[handout.effective_paper]]
        if handout.effective_large_print:
            stylesheets.append(self._large_css)
        # One image cache for every layout of this handout and the next ones while the logo
        # file is unchanged: the logo is decoded once.
        options: dict[str, Any] = {"stylesheets": stylesheets}
        images = self._images_for(logo_file)
        fetcher = self._fetcher(logo_file)
        if preview:
            options.update(uncompressed_pdf=True)
        else:
            options.update(pdf_variant="pdf/ua-1", pdf_tags=True)

        def lay_out(fit: int, css: str) -> Any:
            extra = [CSS(string=css, base_url=self._base_url, url_fetcher=fetcher)] if css else []
            return HTML(
                string=self._html(handout, fit, logo_file[0] if logo_file else None),
                base_url=self._base_url,
                url_fetcher=fetcher,
            ).render(
                font_config=self._font_config,
                cache=images,
                **{**options, "stylesheets": stylesheets + extra},
            )

        try:
            document = fitted(lay_out, page_limit(handout.effective_large_print), spacing=spacing)
            return bytes(document.write_pdf(**options))
        except RenderError:
            raise
        except Exception as error:
            logger.error("rendering the handout failed: %s", type(error).__name__)
            raise RenderError(
                f"The handout could not be made ({type(error).__name__}). "
                "Try again; if it keeps failing, check the clinic logo in the settings."
            ) from error

    def _images_for(self, logo_file: tuple[Path, str] | None) -> dict[str, Any]:
        """The image cache for a handout with this logo: emptied when the logo changes."""
        key = None
        if logo_file is not None:
            with contextlib.suppress(OSError):  # gone since it was checked: fetched again
                stat = logo_file[0].stat()
                key = (logo_file[0], stat.st_size, stat.st_mtime_ns)
        if key is None or key != self._image_cache_for:
            self._image_cache = {}
            self._image_cache_for = key
        return self._image_cache

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
        return guarded_fetcher(
            self.templates_dir, self._font_files.values(), logo_file, self.on_fetch
        )
