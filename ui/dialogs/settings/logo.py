"""The clinic's logo: checked as the handout would show it, and copied into the app's data
folder when the settings are saved (so moving the original breaks nothing), shrunk to what
the page needs at 300 dpi (so no preview pays for a camera-sized picture)."""

from __future__ import annotations

import logging
from pathlib import Path

from handouts.files import WriteFailed, write_atomic
from handouts.profile import data_dir
from handouts.render import RenderError
from handouts.render import check_logo as renderer_check
from handouts.render.logo_cache import page_sized

logger = logging.getLogger(__name__)

LOGO_STEM = "clinic-logo"


class LogoError(Exception):
    """The chosen logo cannot be used; the message says why and what to do."""


def check_logo(path: Path) -> None:
    """Raise LogoError unless the handout can show `path` (the renderer's own check)."""
    try:
        renderer_check(path)
    except RenderError as error:
        raise LogoError(str(error)) from None


def adopt_logo(source: Path) -> Path:
    """Copy the logo into the app's data folder (so moving the original breaks nothing),
    shrunk to the page's needs at 300 dpi when it is larger."""
    check_logo(source)
    folder = data_dir()
    target = folder / f"{LOGO_STEM}{source.suffix.lower()}"
    if source.resolve() == target.resolve():
        return target
    try:
        shrunk = page_sized(source)
    except RenderError as error:
        raise LogoError(str(error)) from None
    except OSError as error:
        raise LogoError(f"The logo could not be copied ({error.strerror}).") from None
    if shrunk is not None:
        data, mime = shrunk
        target = folder / f"{LOGO_STEM}{'.jpg' if mime == 'image/jpeg' else '.png'}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if shrunk is None:
            data = source.read_bytes()
    except OSError as error:
        raise LogoError(f"The logo could not be copied ({error.strerror}).") from None
    try:
        write_atomic(target, data)
    except WriteFailed as error:
        raise LogoError(str(error)) from None
    for old in folder.glob(f"{LOGO_STEM}.*"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
