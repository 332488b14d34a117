"""The main window: presets and the form on the left, the recommendation and the live preview
on the right, and the actions (new, save, print, email, settings) in a menu and a toolbar.

The window only wires the parts together; each part has its own room in ui/window/:
actions (menus, toolbar, shortcuts), layout, live_preview (when to render, what to show),
output (save and print), email_action (Email...), state (window size, the clinic profile),
context (what the window hands those parts). Rendering runs off the GUI thread in
`ui.services.rendering`; `current_handout()` is the handout for the form as it is now, or
None when there is nothing to hand out (no region yet, or a refused choice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from handouts.content import refused_choice_message
from handouts.decision import ChoiceRefused, decide
from handouts.files import WriteFailed
from handouts.model import InvalidPresentation, Presentation, Recommendation
from handouts.profile import ClinicProfile, save_profile
from ui.dialogs import messages
from ui.dialogs.about import show_about
from ui.presets import Preset
from ui.services.rendering import RenderService
from ui.widgets.banner import RecommendationBanner
from ui.widgets.form import PresentationForm
from ui.widgets.presets_box import PresetsBox
from ui.widgets.preview import PreviewPane
from ui.widgets.profile_bar import ProfileBar
from ui.window.actions import WindowSlots, build_actions
from ui.window.context import WindowContext
from ui.window.email_action import EmailAction
from ui.window.layout import build_layout
from ui.window.live_preview import LivePreview
from ui.window.output import HandoutOutput
from ui.window.state import load_profile_or_defaults, restore_state, save_state, window_settings

if TYPE_CHECKING:
    from handouts.render import Handout, Renderer

logger = logging.getLogger(__name__)

APP_TITLE = "Heat or Ice"
# The render child is already starting (main.py): adopt it as soon as the window shows.
WARM_UP_DELAY_MS = 0


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
        self._profile_path = profile_path
        self._settings = settings if settings is not None else window_settings()
        self._warm_up = warm_up
        self._shown_once = False
        self._presentation: Presentation | None = None
        self._recommendation: Recommendation | None = None
        self._profile, self._profile_problem = load_profile_or_defaults(profile_path)

        self.form = PresentationForm()
        self.banner = RecommendationBanner()
        self.preview = PreviewPane()
        status = self.statusBar()
        self.form.refused.connect(lambda message: status.showMessage(message, 8000))
        self.render_service = RenderService(renderer, self)
        self.live_preview = LivePreview(
            self.preview, self.render_service, self.current_handout, self.form.note_edit, self
        )
        self.live_preview.updated.connect(self.preview_updated)
        context = WindowContext(
            self, self.render_service, self.current_handout, self.profile, status, self.show_error
        )
        self.output = HandoutOutput(context)
        self.output.saved.connect(self.saved)
        self.output.printed.connect(self.printed)
        self.emailer = EmailAction(context)
        self._build_actions()
        self._build_layout()
        restore_state(self, self.splitter, self._settings)
        self.form.changed.connect(self._on_form_changed)
        self._on_form_changed()

    def _build_actions(self) -> None:
        slots = WindowSlots(
            new=self.new_handout,
            save=self.output.save,
            print_=self.output.print_,
            email=self.emailer.trigger,
            settings=self.open_settings,
            about=self.show_about,
            quit=self.close,
            preset=self._preset_slot,
        )
        actions = build_actions(self, slots)
        self.new_action, self.save_action, self.print_action = (
            actions.new, actions.save, actions.print_,
        )  # fmt: skip
        self.email_action, self.settings_action = actions.email, actions.settings
        self.about_action, self.quit_action = actions.about, actions.quit
        self.preset_actions = actions.presets
        self.file_menu, self.presets_menu = actions.file_menu, actions.presets_menu
        self.help_menu, self.toolbar = actions.help_menu, actions.toolbar

    def _preset_slot(self, preset: Preset) -> Callable[[], None]:
        return lambda: self.apply_preset(preset)

    def _build_layout(self) -> None:
        presets_box = PresetsBox(self._preset_slot)
        self.preset_buttons = presets_box.buttons
        self.profile_bar = ProfileBar(self.open_settings)
        self.profile_notice = self.profile_bar.notice
        self.profile_fix_button = self.profile_bar.fix_button
        self.profile_bar.show_problem(self._profile_problem)
        parts = build_layout(presets_box, self.form, self.banner, self.preview, self.profile_bar)
        self._form_scroll, self.splitter = parts.form_scroll, parts.splitter
        self.setCentralWidget(parts.central)
        self.statusBar().showMessage("Pick a common case, or tick what applies.")

        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_visible)

        chain: list[QWidget] = [*self.preset_buttons.values(), *self.form.focus_order()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the form so that the control reached by the keyboard can be seen."""
        if new is not None and self.form.isAncestorOf(new):
            self._form_scroll.ensureWidgetVisible(new, 8, 24)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._warm_up:
                QTimer.singleShot(WARM_UP_DELAY_MS, self.render_service.warm_up)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_state(self, self.splitter, self._settings)
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._keep_focus_visible)
            self._watching_focus = False
        self.live_preview.close()
        self.render_service.shutdown()
        super().closeEvent(event)

    def profile(self) -> ClinicProfile:
        return self._profile

    def profile_problem(self) -> str:
        """Why the profile file could not be read, or "" when it is fine."""
        return self._profile_problem

    def recommendation(self) -> Recommendation | None:
        return self._recommendation

    def _on_form_changed(self) -> None:
        self._presentation = None
        self._recommendation = None
        try:
            presentation = self.form.values().presentation()
        except InvalidPresentation as error:
            self.banner.show_invalid(str(error))
            self._no_handout("The form needs a fix before the handout can be made.")
            return
        if presentation is None:
            self.banner.show_prompt("Pick where it hurts to see a recommendation.")
            self._no_handout("The handout appears here once you pick where it hurts.")
            return
        self._presentation = presentation
        try:
            self._recommendation = decide(presentation)
        except ChoiceRefused as refused:
            self.banner.show_refused(refused_choice_message(refused.choice, refused.cautions))
            self._no_handout("No handout while the clinician's choice is refused.")
            return
        self.banner.show_recommendation(self._recommendation)
        self._set_handout_actions(True)
        self.live_preview.schedule()
        self.recommendation_changed.emit()

    def _no_handout(self, message: str) -> None:
        self.live_preview.stop(message)
        self._set_handout_actions(False)
        self.recommendation_changed.emit()

    def _set_handout_actions(self, enabled: bool) -> None:
        """Save, print and email are possible exactly when there is a handout for the form."""
        for action in (self.save_action, self.print_action, self.email_action):
            action.setEnabled(enabled)

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
            profile=self._profile,
            patient=values.patient,
            note=values.note,
        )

    def apply_preset(self, preset: Preset) -> None:
        self.form.set_values(preset.applied_to(self.form.values()))
        self.statusBar().showMessage(f"Preset: {preset.description}", 5000)

    def new_handout(self) -> None:
        self.form.clear()
        self.form.patient_edit.setFocus()
        self.statusBar().showMessage("Form cleared.", 3000)

    def show_error(self, title: str, text: str, what_to_do: str = "") -> QMessageBox:
        """Report a failure plainly; the form and the preview stay as they were."""
        box = messages.show_error(self, title, text, what_to_do)
        self.error_shown.emit(f"{title}\n{text}\n{what_to_do}".strip())
        return box

    def open_settings(self) -> None:
        # Lazy: the settings dialog (and the mail code it uses) loads when first opened.
        from ui.dialogs.settings.dialog import SettingsDialog

        notice = ""
        if self._profile_problem:
            notice = (
                f"{self._profile_problem}\nThe settings below are the defaults; "
                "saving them replaces the broken file."
            )
        profile, accepted = SettingsDialog.edit(self, self._profile, notice)
        if accepted:
            self.apply_settings(profile)

    def apply_settings(self, profile: ClinicProfile) -> bool:
        """Save the profile to its file and use it; on failure say so and keep the old one."""
        try:
            save_profile(profile, self._profile_path)
        except WriteFailed as error:
            self.show_error(
                "The settings were not saved",
                str(error),
                "Your earlier settings are unchanged. Fix the problem and save the settings again.",
            )
            return False
        self._profile = profile
        self._profile_problem = ""
        self.profile_bar.show_problem("")
        self.statusBar().showMessage("Settings saved.", 5000)
        self._on_form_changed()
        return True

    def show_about(self) -> None:
        show_about(self)
