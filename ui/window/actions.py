"""The window's actions: menus, toolbar and keyboard shortcuts, in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.presets import PRESETS, Preset
from ui.problems import open_log_folder

logger = logging.getLogger(__name__)

Slot = Callable[[], object]


def make_action(parent: QMainWindow, text: str, shortcut: str, tip: str, slot: Slot) -> QAction:
    """An action with its shortcut, a status tip, and a tooltip that names the keys."""
    action = QAction(text, parent)
    keys = QKeySequence(shortcut)
    # Through the property: setShortcut()'s overloads make PySide build every Qt enum
    # (about 30 ms of start-up).
    action.setProperty("shortcut", keys)
    action.setStatusTip(tip)
    named = keys.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({named})" if named else tip)
    action.triggered.connect(slot)
    return action


class WindowSlots(NamedTuple):
    """What each action does (the window's methods)."""

    new: Slot
    save: Slot
    print_: Slot
    email: Slot
    settings: Slot
    about: Slot
    guide: Slot
    quit: Slot
    preset: Callable[[Preset], Slot]
    history: Slot | None = None


class WindowActions(NamedTuple):
    """The actions, and the menus and toolbar that show them."""

    new: QAction
    save: QAction
    print_: QAction
    email: QAction
    settings: QAction
    about: QAction
    guide: QAction
    quit: QAction
    presets: list[QAction]
    file_menu: QMenu
    presets_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar
    log_folder: QAction
    history: QAction | None = None


def build_actions(window: QMainWindow, slots: WindowSlots) -> WindowActions:
    """Make every action and put it in the menu bar and the toolbar of `window`."""
    new = make_action(window, "&New", "Ctrl+N", "Clear the form for the next patient", slots.new)
    save = make_action(window, "&Save PDF…", "Ctrl+S", "Save the handout as a PDF file", slots.save)
    print_ = make_action(window, "&Print…", "Ctrl+P", "Print the handout", slots.print_)
    email = make_action(
        window, "&Email…", "Ctrl+E", "Email the handout to the patient", slots.email
    )
    settings = make_action(
        window,
        "Se&ttings…",
        "Ctrl+,",
        "Clinic details, paper size and save folder",
        slots.settings,
    )
    guide = make_action(
        window, "&Guide", "F1", "What each part means, the keys, where files go", slots.guide
    )
    about = make_action(window, "&About Heat or Ice", "", "What this app does", slots.about)
    quit_ = make_action(window, "&Quit", "Ctrl+Q", "Close the app", slots.quit)
    presets = [
        make_action(window, preset.name, f"Ctrl+{number}", preset.description, slots.preset(preset))
        for number, preset in enumerate(PRESETS, start=1)
    ]

    menu = window.menuBar()
    file_menu = menu.addMenu("&File")
    file_menu.addActions([new, save, print_, email])
    history = None
    if slots.history is not None:
        history = make_action(
            window, "&History…", "Ctrl+H", "Handouts given: reprint, reopen, chart note",
            slots.history,
        )  # fmt: skip
        file_menu.addAction(history)
    file_menu.addSeparator()
    file_menu.addAction(settings)
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    presets_menu = menu.addMenu("P&resets")
    presets_menu.addActions(presets)
    help_menu = menu.addMenu("&Help")
    help_menu.addActions([guide, about])
    log_folder = QAction("Open &log folder", window)
    log_folder.setStatusTip("Show the folder of the app's log file, for a support request")
    log_folder.triggered.connect(open_log_folder)
    help_menu.addAction(log_folder)

    toolbar = window.addToolBar("Actions")
    toolbar.setObjectName("MainToolbar")
    toolbar.setAccessibleName("Actions")
    toolbar.setMovable(False)
    toolbar.addActions([new, save, print_, email, settings])
    return WindowActions(
        new, save, print_, email, settings, about, guide, quit_, presets,
        file_menu, presets_menu, help_menu, toolbar, log_folder, history,
    )  # fmt: skip
