"""The clinic's logo at the size the page needs, made once.

A camera-sized logo (6000 x 4000 pixels, say) would be decoded and embedded in every PDF,
preview or final, for a box 30 mm wide. `page_sized` shrinks it to that box at 300 dpi;
`logo_for_page` keeps such a copy in the cache folder, named by the original's content, so
a profile given to the command line pays for it once, and the app once per logo.
"""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

import platformdirs

from handouts.files import WriteFailed, write_atomic
from handouts.profile import APP_NAME
from handouts.render.logo import LOGO_TYPES, check_logo

logger = logging.getLogger(__name__)

# The logo's box on the page: `.logo { max-width: 30mm; max-height: 14mm }` in handout.css
# (a test keeps the two the same), printed at 300 dots per inch.
LOGO_BOX_MM = (30, 14)
PAGE_DPI = 300
LOGO_BOX_PX = (round(LOGO_BOX_MM[0] / 25.4 * PAGE_DPI), round(LOGO_BOX_MM[1] / 25.4 * PAGE_DPI))

# The copies of logos in the cache are made by this step: a new version makes new copies.
CACHE_VERSION = 1

_known: dict[tuple[Path, int, int], tuple[Path, str]] = {}


def page_sized(source: Path) -> tuple[bytes, str] | None:
    """The logo shrunk to fit the page's box at 300 dpi, as (data, MIME type); None when it
    is small enough already. Raises RenderError (check_logo's) for a logo that cannot be used."""
    check_logo(source)
    # PIL is loaded only when a logo is used: it costs start-up time otherwise.
    from PIL import Image

    with Image.open(source) as opened:
        if opened.width <= LOGO_BOX_PX[0] and opened.height <= LOGO_BOX_PX[1]:
            return None
        kind = "JPEG" if opened.format == "JPEG" else "PNG"
        opened.draft("RGB", LOGO_BOX_PX)  # a JPEG decodes straight at a smaller size
        image: Image.Image = opened
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        if kind == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.thumbnail(LOGO_BOX_PX, Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, kind, **({"quality": 92} if kind == "JPEG" else {"optimize": True}))
    return out.getvalue(), LOGO_TYPES[kind]


def cache_dir() -> Path:
    return platformdirs.user_cache_path(APP_NAME) / "logos"


def logo_for_page(source: Path) -> tuple[Path, str]:
    """The file to embed for `source`, and its MIME type: a page-sized copy from the cache
    (made now if need be), or `source` itself when it is small enough or no copy can be
    written. Raises RenderError (check_logo's) for a logo that cannot be used."""
    mime = check_logo(source)
    stat = source.stat()
    key = (source.resolve(), stat.st_size, stat.st_mtime_ns)
    known = _known.get(key)
    if known is not None and known[0].is_file():
        return known
    data = source.read_bytes()
    digest = hashlib.sha256(data + f"/v{CACHE_VERSION}".encode()).hexdigest()
    found = next(iter(sorted(cache_dir().glob(f"{digest}.*"))), None)
    answer = (key[0], mime)
    if found is not None:
        answer = (found.resolve(), LOGO_TYPES["JPEG" if found.suffix == ".jpg" else "PNG"])
    else:
        shrunk = page_sized(source)
        if shrunk is not None:
            copy, copy_mime = shrunk
            target = cache_dir() / f"{digest}{'.jpg' if copy_mime == 'image/jpeg' else '.png'}"
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(target, copy)
                answer = (target.resolve(), copy_mime)
            except (OSError, WriteFailed) as error:
                logger.warning("the page-sized logo could not be cached: %s", type(error).__name__)
    _known[key] = answer
    return answer
