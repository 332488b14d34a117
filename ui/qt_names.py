"""Qt's own enums set by their names, through Qt's property system, for the window's start-up.

Any enum of Qt's namespace (Qt.FocusPolicy, Qt.AlignmentFlag, ...) used from Python makes
PySide6 build all 94 of them at once, 1,199 members: about 13 ms of the window's start-up.
Set as a property, by the names of its keys, the value stays in C++. Code that runs after
start-up (dialogs, painting, events) uses the enums themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


def set_by_name(target: QObject, name: str, keys: str) -> None:
    """Set `target`'s enum property `name` to `keys` ("ClickFocus", "AlignRight|AlignBottom");
    ValueError when Qt has no such property or key."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no {name} {keys!r}")


def make_ready_after_start_up() -> None:
    """Make Qt's namespace enums ready once the window is up, so that the first click does
    not wait for them: on the event loop's second pass, after the first has shown the window
    and found nothing more to do."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, _namespace))


def _namespace() -> type:
    """Qt's namespace, made ready for Python (all its enums at once)."""
    # Lazy: making it ready is the point, once the window is up.
    from PySide6.QtCore import Qt

    return Qt
