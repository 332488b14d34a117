"""The Qt-free modules the window needs to start, loaded before Qt is.

Once PySide6 is imported, every later import statement goes through its hook, and it reads
the source of each module imported after it (looking for `from __feature__ import ...`) until
main.py turns that reading off (`ui.startup.stop_feature_source_reads`, just after Qt loads).
The core and the standard library modules it needs do not have to go through either. main.py
loads these first, just before the window: a test checks that no module of the core is left
to load after Qt.
"""

from __future__ import annotations

import importlib

# The roots: each brings in the core modules it needs (the model, vocabulary, languages...).
WINDOW_CORE = (
    "handouts.resources",
    "handouts.content",
    "handouts.decision",
    "handouts.profile",
    "handouts.clinic_presets",
    "handouts.files",
    "handouts.settings",
)


def load_window_core() -> None:
    for name in WINDOW_CORE:
        importlib.import_module(name)
