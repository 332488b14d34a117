"""A guard against a reference-count bug in PySide6 6.12.0 that aborts the app after a while.

In that build every call of a Qt method that returns nothing (`setText`, `setEnabled`, ...)
takes one reference away from `None`, and every `signal.emit()` one from `True`. Python
aborts ("Fatal Python error: none_dealloc") once a count reaches zero: a few hundred clicks
into a session. The guard notes the counts at start and tops them back up, on a timer and
whenever `top_up()` is called (the window calls it on every change of the form). Extra
references to None, True and False are harmless. Where PySide6 has no such bug, nothing is done.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer

logger = logging.getLogger(__name__)

TOP_UP_INTERVAL_MS = 250
_CONSTANTS: tuple[object, ...] = (None, True, False)
_PROBE_CALLS = 16

# References held for good once the guard is on: what PySide6 takes between two top-ups, or
# after the last one while Python shuts down, then comes out of this cushion, not out of the
# references Python itself holds.
CUSHION = 20_000
_cushion: list[object] = []
_floors: dict[int, int] = {}


def _drops_references() -> bool:
    """Call a void Qt method and emit a signal a few times; see whether None or True lost."""
    from PySide6.QtCore import Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
        probe.fired.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    _give(None, lost_none)
    _give(True, lost_true)
    return lost_none >= _PROBE_CALLS or lost_true >= _PROBE_CALLS


def _give(constant: object, count: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    reference = ctypes.py_object(constant)
    for _ in range(max(0, count)):
        incref(reference)


def top_up() -> None:
    """Give None, True and False back what PySide6 took since the last top-up.

    A count never goes below the highest seen at a top-up: references that were released
    honestly are given back too, which costs nothing.
    """
    for constant in _CONSTANTS:
        key = id(constant)
        if key not in _floors:
            continue
        count = sys.getrefcount(constant)
        if count < _floors[key]:
            _give(constant, _floors[key] - count)
        else:
            _floors[key] = count


def install(app: QObject) -> bool:
    """Start guarding (once per process) if this PySide6 needs it; return whether it does."""
    if _floors:
        return True
    if not _drops_references():
        return False
    logger.info("PySide6 drops references to None and True: guarding against it")
    _cushion.extend(_CONSTANTS * CUSHION)
    for constant in _CONSTANTS:
        _floors[id(constant)] = sys.getrefcount(constant)
    atexit.register(top_up)
    timer = QTimer(app)
    timer.setObjectName("refcount-guard")
    timer.setInterval(TOP_UP_INTERVAL_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return True
