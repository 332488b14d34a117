"""The main window: presets and the form on the left, the recommendation and the live preview
on the right, and the actions (new, save, print, email, settings) in a menu and a toolbar.

The window only wires the parts together; each has its own room in ui/window/: actions
(menus, toolbar, shortcuts), layout, live_preview (when to render, what to show), output (save
and print), email_action, state (window size), clinic (the profile), context (what the window
hands them). Rendering runs off the GUI thread (`ui.services.rendering`); `current_handout()`
is the handout for the form as it is now, or None (no region yet, or a refused choice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from handouts.content import refused_choice_message
from handouts.decision import ChoiceRefused, decide
from handouts.logs import log_dir
from handouts.model import InvalidPresentation, Presentation, Recommendation
from handouts.profile import ClinicProfile
from ui.dialogs import messages
from ui.dialogs.about import show_about
from ui.presets import Preset
from ui.services.recording import RecordService
from ui.services.rendering import RenderService
from ui.widgets.banner import RecommendationBanner
from ui.widgets.form import PresentationForm
from ui.widgets.presets_box import PresetsBox
from ui.widgets.preview import PreviewPane
from ui.widgets.profile_bar import ProfileBar
from ui.window.actions import WindowSlots, build_actions
from ui.window.clinic import ClinicSettings
from ui.window.clinic_presets import ClinicPresets
from ui.window.context import WindowContext
from ui.window.email_action import EmailAction
from ui.window.history_action import HistoryAction
from ui.window.keys import WhyNotKeys
from ui.window.layout import FocusFollower, build_layout, chain_tab_order
from ui.window.live_preview import LivePreview
from ui.window.new_handout import NewHandout
from ui.window.output import HandoutOutput, start_folder
from ui.window.state import restore_state, save_state, window_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from handouts.render import Handout, Renderer
    from ui.dialogs.guide import GuideDialog

logger = logging.getLogger(__name__)

APP_TITLE = "Heat or Ice"


class MainWindow(QMainWindow):
    """The one window of the app. Services are passed in so tests can hand in their own."""

    recommendation_changed = Signal()
    preview_updated = Signal(int)
    saved = Signal(object)
    printed = Signal(int)
    error_shown = Signal(str)

    def __init__(
        self,
        renderer: Renderer | None = None,
        profile_path: Path | None = None,
        settings: QSettings | None = None,
        *,
        warm_up: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(APP_TITLE)
        self._settings = settings if settings is not None else window_settings()
        self._warm_up = warm_up
        self._shown_once = False
        self._presentation: Presentation | None = None
        self._recommendation: Recommendation | None = None
        self.clinic = ClinicSettings(self, profile_path, self.statusBar, self.show_error)
        self._why_no_handout = ""

        self.form = PresentationForm(self.clinic.profile().language)
        self.banner = RecommendationBanner()
        self.preview = PreviewPane()
        status = self.statusBar()
        self.form.refused.connect(lambda message: status.showMessage(message, 8000))
        self.render_service = RenderService(renderer, self)
        self.live_preview = LivePreview(
            self.preview, self.render_service, self.current_handout, self.form.note_edit, self
        )
        self.live_preview.updated.connect(self.preview_updated)
        self.records = RecordService(self.profile, parent=self)
        context = WindowContext(
            self, self.render_service, self.current_handout, self.profile, status,
            self.show_error, self.records,
        )  # fmt: skip
        self.output = HandoutOutput(context)
        self.output.saved.connect(self.saved)
        self.output.printed.connect(self.printed)
        self.emailer = EmailAction(context)
        self.history = HistoryAction(context, self.records, self.form)
        self.new_form = NewHandout(self, self.form, status, self.has_handout)
        for done in (self.output.saved, self.output.printed, self.emailer.sent):
            done.connect(self.new_form.handed_out)
        self._build_actions()
        self._build_layout()
        restore_state(self, self.splitter, self._settings, self._form_scroll)
        self.form.changed.connect(self._on_form_changed)
        self.clinic.changed.connect(self._on_settings_saved)
        self._on_form_changed()

    def _build_actions(self) -> None:
        slots = WindowSlots(
            new=self.new_handout,
            save=self.output.save,
            print_=self.output.print_,
            email=self.emailer.trigger,
            settings=self.open_settings,
            about=lambda: show_about(self),
            guide=self.show_guide,
            quit=self.close,
            preset=self._preset_slot,
            history=self.history.trigger,
        )
        actions = build_actions(self, slots)
        self.new_action, self.save_action, self.print_action = (
            actions.new, actions.save, actions.print_,
        )  # fmt: skip
        self.email_action, self.settings_action = actions.email, actions.settings
        self.about_action, self.quit_action = actions.about, actions.quit
        self._built_in_presets = actions.presets
        self.file_menu, self.presets_menu = actions.file_menu, actions.presets_menu
        self.help_menu, self.toolbar = actions.help_menu, actions.toolbar
        self.guide_action, self.history_action = actions.guide, actions.history
        self.view_menu = QMenu("&View", self)
        self.view_menu.addActions(self.preview.zoom.actions())
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.view_menu)
        self.why_not_keys = WhyNotKeys(self, self.statusBar(), lambda: self._why_no_handout)
        self.why_not_keys.watch(self.save_action, self.print_action, self.email_action)

    @property
    def preset_actions(self) -> list[QAction]:
        """Every preset's action in the order of the list: built-ins, then the clinic's."""
        return self.clinic_presets.actions()

    def _preset_slot(self, preset: Preset) -> Callable[[], None]:
        return lambda: self.apply_preset(preset)

    def _build_layout(self) -> None:
        presets_box = PresetsBox(self._preset_slot)
        self.preset_buttons = presets_box.buttons
        self.clinic_presets = ClinicPresets(
            self, self.clinic, self.form, self.presets_menu, self._built_in_presets,
            presets_box, self._preset_slot,
        )  # fmt: skip
        self.profile_bar = bar = ProfileBar(self.open_settings)
        self.profile_notice, self.profile_fix_button = bar.notice, bar.fix_button
        self.profile_bar.show_problem(self.clinic.problem())
        parts = build_layout(presets_box, self.form, self.banner, self.preview, self.profile_bar)
        self._form_scroll, self.splitter = parts.form_scroll, parts.splitter
        self.setCentralWidget(parts.central)
        self.statusBar().showMessage("Pick a common case, or tick what applies.")

        self.focus_follower = FocusFollower(self._form_scroll, self.form, self)
        chain_tab_order([*self.preset_buttons.values(), *self.form.focus_order()])

    def setVisible(self, visible: bool) -> None:
        # Not showEvent: a Python event handler makes PySide6 ready QEvent's types at start-up.
        if visible and not self._shown_once:
            self._shown_once = True
            if self._warm_up:  # the render child is on its way (main.py): adopt it at once
                QTimer.singleShot(0, self.render_service.warm_up)
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_state(self, self.splitter, self._settings)
        self.focus_follower.stop()
        self.live_preview.close()
        self.render_service.shutdown()
        self.records.shutdown()
        super().closeEvent(event)

    def profile(self) -> ClinicProfile:
        return self.clinic.profile()

    def profile_problem(self) -> str:
        """Why the profile file could not be read, or "" when it is fine."""
        return self.clinic.problem()

    def recommendation(self) -> Recommendation | None:
        return self._recommendation

    def _on_form_changed(self) -> None:
        self._presentation = None
        self._recommendation = None
        try:
            presentation = self.form.values().presentation()
        except InvalidPresentation as error:
            self.banner.show_invalid(str(error))
            self._no_handout(
                "The form needs a fix before the handout can be made.",
                "fix what the form points out first.",
            )
            return
        if presentation is None:
            self.banner.show_prompt("Pick where it hurts to see a recommendation.")
            self._no_handout(
                "The handout appears here once you pick where it hurts.",
                "pick where it hurts first.",
            )
            return
        self._presentation = presentation
        try:
            self._recommendation = decide(presentation)
        except ChoiceRefused as refused:
            self.banner.show_refused(refused_choice_message(refused.choice, refused.cautions))
            self._no_handout(
                "No handout while the clinician's choice is refused.",
                "the clinician's choice is refused (see the box above the preview).",
            )
            return
        self.banner.show_recommendation(self._recommendation)
        self._set_handout_actions(True)
        self.live_preview.schedule()
        self.recommendation_changed.emit()

    def _no_handout(self, message: str, reason: str) -> None:
        self._why_no_handout = reason
        self.live_preview.stop(message)
        self._set_handout_actions(False)
        self.recommendation_changed.emit()

    def _set_handout_actions(self, enabled: bool) -> None:
        """Save, print and email are possible exactly when there is a handout for the form."""
        for action in (self.save_action, self.print_action, self.email_action):
            action.setEnabled(enabled)

    def has_handout(self) -> bool:
        return self._recommendation is not None

    def current_handout(self) -> Handout | None:
        """The handout for the form as it is now; None when there is nothing to hand out."""
        if self._presentation is None or self._recommendation is None:
            return None
        # Lazy: handouts.render loads with the first handout, not at start-up.
        from handouts.render import Handout

        values = self.form.values()
        return Handout(
            presentation=self._presentation,
            recommendation=self._recommendation,
            profile=self.clinic.profile(),
            patient=values.patient,
            note=values.note,
            language=values.language,
        )

    def apply_preset(self, preset: Preset) -> None:
        self.form.set_values(preset.applied_to(self.form.values()))
        self.statusBar().showMessage(f"Preset: {preset.description}", 5000)

    def new_handout(self) -> None:
        self.new_form.trigger()

    def show_error(self, title: str, text: str, what_to_do: str = "") -> QMessageBox:
        """Report a failure plainly; the form and the preview stay as they were."""
        box = messages.show_error(self, title, text, what_to_do)
        self.error_shown.emit(f"{title}\n{text}\n{what_to_do}".strip())
        return box

    def open_settings(self) -> None:
        self.clinic.edit()

    def apply_settings(self, profile: ClinicProfile) -> bool:
        """Save the profile to its file and use it; on failure say so and keep the old one."""
        return self.clinic.apply(profile)

    def _on_settings_saved(self) -> None:
        self.form.set_default_language(self.clinic.profile().language)
        self.profile_bar.show_problem("")
        self._on_form_changed()

    def show_guide(self) -> GuideDialog:
        # Lazy: the guide's dialog and text load when it is first opened, not at start-up.
        from ui.dialogs.guide import Places, show_guide

        places = Places(start_folder(self.clinic.profile()), self.clinic.path(), log_dir())
        menus = (self.file_menu, self.presets_menu, self.view_menu, self.help_menu)
        return show_guide(self, [a for menu in menus for a in menu.actions()], places)
