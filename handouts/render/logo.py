"""Checking the clinic's logo before it goes into a handout."""

from __future__ import annotations

from pathlib import Path

from handouts.render.handout import RenderError

# A logo larger than this (file size or pixels) is refused with a plain message.
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}


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
    # PIL is loaded only when a logo is checked: it costs start-up time otherwise.
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
