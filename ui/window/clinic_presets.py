"""The clinic's own presets in the window: "Save as preset…" and "Manage presets…" in the
Presets menu, a button and an action for each (Ctrl+1..Ctrl+9 follow the whole list: the
built-in presets first, then the clinic's), rebuilt whenever the clinic profile is saved."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar

from handouts.clinic_presets import PresetProblem
from ui.dialogs.messages import Confirm, show_error
from ui.presets import PRESETS, Preset, all_presets, shortcut_for, to_saved
from ui.widgets.form import PresentationForm
from ui.widgets.presets_box import PresetsBox
from ui.window.actions import make_action
from ui.window.clinic import ClinicSettings

logger = logging.getLogger(__name__)


class ClinicPresets(QObject):
    """Keeps the Presets menu, the presets box and the preset keys in step with the profile."""

    def __init__(
        self,
        window: QMainWindow,
        clinic: ClinicSettings,
        form: PresentationForm,
        menu: QMenu,
        built_in: list[QAction],
        box: PresetsBox,
        slot_for: Callable[[Preset], Callable[[], None]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clinic = clinic
        self._form = form
        self._menu = menu
        self._built_in = built_in
        self._box = box
        self._slot_for = slot_for
        self._own: list[QAction] = []
        self.save_action = make_action(
            window,
            "&Save as preset…",
            "",
            "Keep the form's ticks as one of your clinic's presets",
            self.save_as,
        )
        self.manage_action = make_action(
            window,
            "&Manage presets…",
            "",
            "Rename, update, delete or reorder your clinic's presets",
            self.manage,
        )
        clinic.changed.connect(self.rebuild)
        self.rebuild()

    def actions(self) -> list[QAction]:
        """Every preset's action, in the order of the list (and of the keys)."""
        return [*self._built_in, *self._own]

    def _status(self) -> QStatusBar:
        return self._window.statusBar()

    def rebuild(self) -> None:
        for action in self._own:
            action.setShortcut(QKeySequence())
            action.deleteLater()
        presets = all_presets(self._clinic.presets())[len(PRESETS) :]
        self._own = [
            make_action(
                self._window,
                preset.name,
                shortcut_for(len(PRESETS) + index),
                preset.description,
                self._slot_for(preset),
            )
            for index, preset in enumerate(presets)
        ]
        self._menu.clear()
        self._menu.addActions(self._built_in)
        if self._own:
            self._menu.addSeparator()
            self._menu.addActions(self._own)
        self._menu.addSeparator()
        self._menu.addActions([self.save_action, self.manage_action])
        self._box.set_clinic_presets(presets, self._slot_for, len(PRESETS))

    def save_as(self) -> None:
        """Ask for a name, then keep the form's clinical ticks under it in the profile."""
        values = self._form.values()
        if values.region is None:
            self._status().showMessage("Pick where it hurts before saving a preset.", 8000)
            return
        # Lazy: the presets' dialogs load when first asked for, not at start-up.
        from ui.dialogs.presets import PresetName, name_problem

        name, accepted = PresetName.ask(self._window, "Save as preset")
        if not accepted:
            return
        profile = self._clinic.profile()
        own = self._clinic.presets()
        others = [p.name for p in own if p.name.casefold() != name.strip().casefold()]
        problem = name_problem(name, others)
        try:
            saved = to_saved(name, values)
        except PresetProblem as error:
            problem = problem or str(error)
        if problem:
            show_error(self._window, "The preset was not saved", problem)
            return
        kept = list(own)
        same = [i for i, p in enumerate(kept) if p.name.casefold() == saved.name.casefold()]
        if same:
            replace_it, _answered = Confirm.ask(
                self._window,
                "Replace the preset?",
                f"Your clinic already has a preset called “{saved.name}”. Replace its ticks "
                "by those on the form?",
                "&Replace",
            )
            if not replace_it:
                return
            kept[same[0]] = saved
        else:
            kept.append(saved)
        self._clinic.apply(profile, f"Preset “{saved.name}” saved.", tuple(kept))

    def manage(self) -> None:
        profile = self._clinic.profile()
        values = self._form.values()
        from_form = to_saved("form", values) if values.region is not None else None
        own = self._clinic.presets()
        # Lazy: the presets' dialogs load when first asked for, not at start-up.
        from ui.dialogs.presets import PresetsDialog

        presets, accepted = PresetsDialog.edit(self._window, own, from_form)
        if accepted and presets != own:
            self._clinic.apply(profile, "Presets saved.", presets)
