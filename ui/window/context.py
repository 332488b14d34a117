"""What the window hands the parts that act for it (save, print, email): passed in, so a
part never reaches back into the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QStatusBar, QWidget

from handouts.profile import ClinicProfile
from ui.services.recording import RecordService
from ui.services.rendering import RenderService

if TYPE_CHECKING:
    from handouts.render import Handout


class WindowContext(NamedTuple):
    """The window as its parts see it."""

    parent: QWidget  # dialogs open over it
    render_service: RenderService
    current_handout: Callable[[], Handout | None]
    profile: Callable[[], ClinicProfile]
    status_bar: QStatusBar
    report_error: Callable[[str, str, str], object]  # title, what happened, what to do
    records: RecordService | None = None  # adds each handout given to the record
