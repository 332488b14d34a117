"""The main window: presets and the form on the left, the recommendation and the live preview
on the right, and the actions (new, save, print, settings) in a menu and a toolbar.

For code that builds on the window (the email action, say):

- `MainWindow.current_handout()` returns the `handouts.render.Handout` for the form as it is
  now, or None when there is nothing to hand out (no region yet, or the clinician's choice is
  refused by a caution).
- `MainWindow.render_service` renders off the GUI thread: `request_pdf(handout)` returns a
  request id, and the final PDF bytes arrive by `pdf_ready(id, bytes)` (or
  `pdf_failed(id, message)`). It shares the preview's worker thread and Renderer.
- `MainWindow.profile()` is the clinic profile in use; `show_error(...)` reports a failure.
- Add a settings tab through `ui.settings.SETTINGS_PAGES` (see `ui/settings.py`).
"""

from __future__ import annotations

import logging
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handouts.decision import ChoiceRefused, decide
from handouts.files import WriteFailed
from handouts.model import InvalidPresentation, Presentation, Recommendation
from handouts.profile import (
    ClinicProfile,
    Paper,
    ProfileError,
    config_dir,
    load_profile,
    save_profile,
)
from ui import wording
from ui.banner import RecommendationBanner
from ui.email_action import EmailAction
from ui.form import PresentationForm
from ui.presets import PRESETS, Preset
from ui.preview import PreviewPane
from ui.render_service import RenderService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from handouts.render import Handout, Renderer

logger = logging.getLogger(__name__)

APP_TITLE = "Heat or Ice"
PREVIEW_DELAY_MS = 300
WARM_UP_DELAY_MS = 1500


def window_settings() -> QSettings:
    """Window size, position and splitter state, in the app's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


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
        self._printers: dict[int, object] = {}
        self._profile, self._profile_problem = self._load_profile()

        self.render_service = RenderService(renderer, self)
        self.render_service.preview_ready.connect(self._on_preview_ready)
        self.render_service.preview_failed.connect(self._on_preview_failed)
        self.render_service.unprintable.connect(self._on_unprintable)
        self.render_service.saved.connect(self._on_saved)
        self.render_service.save_failed.connect(self._on_save_failed)
        self.render_service.printed.connect(self._on_printed)
        self.render_service.print_failed.connect(self._on_print_failed)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render_preview)

        self.form = PresentationForm()
        self.banner = RecommendationBanner()
        self.preview = PreviewPane()
        self.preset_buttons: dict[str, QPushButton] = {}
        self._build_actions()
        self._build_layout()
        self.emailer = EmailAction(self)
        self.email_action = self.emailer.action
        self._restore_window_state()
        self.form.changed.connect(self._on_form_changed)
        self._on_form_changed()

    def _load_profile(self) -> tuple[ClinicProfile, str]:
        try:
            return load_profile(self._profile_path), ""
        except ProfileError as error:
            logger.warning("clinic profile unreadable; using defaults until settings are saved")
            return ClinicProfile(), str(error)

    def _action(
        self,
        text: str,
        shortcut: str,
        tip: str,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        keys = QKeySequence(shortcut)
        # Through the property: setShortcut()'s overloads make PySide build every Qt enum
        # (about 30 ms of start-up).
        action.setProperty("shortcut", keys)
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "&New",
            "Ctrl+N",
            "Clear the form for the next patient",
            self.new_handout,
        )
        self.save_action = self._action(
            "&Save PDF…",
            "Ctrl+S",
            "Save the handout as a PDF file",
            self.save_pdf,
        )
        self.print_action = self._action(
            "&Print…", "Ctrl+P", "Print the handout", self.print_handout
        )
        self.settings_action = self._action(
            "Se&ttings…", "Ctrl+,", "Clinic details, paper size and save folder", self.open_settings
        )
        self.about_action = self._action(
            "&About Heat or Ice", "F1", "What this app does", self.show_about
        )
        self.quit_action = self._action("&Quit", "Ctrl+Q", "Close the app", self.close)
        self.preset_actions: list[QAction] = []
        for number, preset in enumerate(PRESETS, start=1):
            action = self._action(
                preset.name, f"Ctrl+{number}", preset.description, self._preset_slot(preset)
            )
            self.preset_actions.append(action)

        menu = self.menuBar()
        self.file_menu = menu.addMenu("&File")
        self.file_menu.addActions([self.new_action, self.save_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.presets_menu = menu.addMenu("P&resets")
        self.presets_menu.addActions(self.preset_actions)
        self.help_menu = menu.addMenu("&Help")
        self.help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar("Actions")
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setAccessibleName("Actions")
        self.toolbar.setMovable(False)
        self.toolbar.addActions(
            [self.new_action, self.save_action, self.print_action, self.settings_action]
        )

    def _preset_slot(self, preset: Preset) -> object:
        return lambda: self.apply_preset(preset)

    def _build_layout(self) -> None:
        presets_box = QGroupBox("Common cases")
        presets_box.setAccessibleName("Presets")
        grid = QGridLayout(presets_box)
        grid.setSpacing(6)
        for index, preset in enumerate(PRESETS):
            button = QPushButton(preset.name)
            button.setToolTip(f"{preset.description} (Ctrl+{index + 1})")
            button.setAccessibleName(f"Preset: {preset.name}")
            button.setAccessibleDescription(preset.description)
            button.clicked.connect(self._preset_slot(preset))
            grid.addWidget(button, index // 3, index % 3)
            self.preset_buttons[preset.name] = button

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 8, 8)
        left_layout.addWidget(presets_box)
        left_layout.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(
            left.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        scroll.setAccessibleName("Form")
        self._form_scroll = scroll

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("MainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        self.profile_notice = QLabel()
        self.profile_notice.setWordWrap(True)
        self.profile_notice.setAccessibleName("Settings problem")
        self.profile_notice.setStyleSheet("color: #7a4f00")
        self.profile_fix_button = QPushButton("Open settings…")
        self.profile_fix_button.setAccessibleName("Open settings to replace the broken file")
        self.profile_fix_button.clicked.connect(self.open_settings)
        self.profile_bar = QFrame()
        self.profile_bar.setObjectName("ProfileBar")
        self.profile_bar.setStyleSheet(
            "#ProfileBar { background: #fff4d6; border-bottom: 1px solid #7a4f00 }"
        )
        bar_layout = QHBoxLayout(self.profile_bar)
        bar_layout.addWidget(self.profile_notice, 1)
        bar_layout.addWidget(self.profile_fix_button)
        self._show_profile_problem()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.profile_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
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

    def _show_profile_problem(self) -> None:
        if self._profile_problem:
            self.profile_notice.setText(
                "The clinic settings could not be read, so handouts use a plain header for now. "
                f"{self._profile_problem}"
            )
        self.profile_bar.setVisible(bool(self._profile_problem))

    def _restore_window_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 860)
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_window_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._warm_up:
                QTimer.singleShot(WARM_UP_DELAY_MS, self.render_service.warm_up)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_window_state()
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._keep_focus_visible)
            self._watching_focus = False
        self._preview_timer.stop()
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
            self.banner.show_refused(wording.refusal_text(refused.choice, refused.cautions))
            self._no_handout("No handout while the clinician's choice is refused.")
            return
        self.banner.show_recommendation(self._recommendation)
        self._set_handout_actions(True)
        if self.preview.document() is None:
            self.preview.show_message("Preparing the preview…")
        self.preview.set_state("stale", "Preview out of date: updating…")
        self._preview_timer.start()
        self.recommendation_changed.emit()

    def _no_handout(self, message: str) -> None:
        self._preview_timer.stop()
        self.render_service.cancel_previews()
        self.preview.show_message(message)
        self._set_handout_actions(False)
        self.recommendation_changed.emit()

    def _set_handout_actions(self, enabled: bool) -> None:
        self.save_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)

    def current_handout(self) -> Handout | None:
        """The handout for the form as it is now; None when there is nothing to hand out."""
        if self._presentation is None or self._recommendation is None:
            return None
        from handouts.render import Handout

        values = self.form.values()
        return Handout(
            presentation=self._presentation,
            recommendation=self._recommendation,
            profile=self._profile,
            patient=values.patient,
            note=values.note,
        )

    def _render_preview(self) -> None:
        handout = self.current_handout()
        if handout is None:
            return
        self.render_service.request_preview(handout)
        self.preview.set_state("rendering", "Rendering the preview…")

    def _on_preview_ready(self, _request_id: int, pdf: bytes) -> None:
        first = self.preview.view is None
        try:
            pages = self.preview.show_pdf(pdf)
        except ValueError:
            self.preview.set_state(
                "failed", "The preview could not be shown. Change a tick to retry."
            )
            return
        if first and self.preview.view is not None:
            QWidget.setTabOrder(self.form.note_edit, self.preview.view)
        if self._preview_timer.isActive():
            self.preview.set_state("stale", "Preview out of date: updating…")
        self.preview_updated.emit(pages)

    def _on_unprintable(self, message: str) -> None:
        self.preview.set_glyph_warning(message)

    def _on_preview_failed(self, _request_id: int, message: str) -> None:
        self.preview.set_state("failed", f"Preview not updated: {message}")

    def apply_preset(self, preset: Preset) -> None:
        self.form.set_values(preset.applied_to(self.form.values()))
        self.statusBar().showMessage(f"Preset: {preset.description}", 5000)

    def new_handout(self) -> None:
        self.form.clear()
        self.form.patient_edit.setFocus()
        self.statusBar().showMessage("Form cleared.", 3000)

    def show_error(self, title: str, text: str, what_to_do: str = "") -> QMessageBox:
        """Report a failure plainly; the form and the preview stay as they were."""
        from ui.messages import show_error

        box = show_error(self, title, text, what_to_do)
        self.error_shown.emit(f"{title}\n{text}\n{what_to_do}".strip())
        return box

    def _handout_or_explain(self) -> Handout | None:
        handout = self.current_handout()
        if handout is None:
            self.show_error(
                "Nothing to hand out yet",
                "There is no handout for the form as it is.",
                "Pick where it hurts, and make sure the clinician's choice is not refused.",
            )
        return handout

    def save_pdf(self) -> None:
        handout = self._handout_or_explain()
        if handout is None:
            return
        from handouts.render import default_file_name
        from ui.dialogs import SaveDialog

        folder = Path(self._profile.save_folder).expanduser() if self._profile.save_folder else None
        if folder is None or not folder.is_dir():
            folder = Path.home()
        path, accepted = SaveDialog.ask(self, folder / default_file_name(handout))
        if not accepted or path is None:
            return
        self.render_service.request_save(handout, path)
        self.statusBar().showMessage("Saving the handout…")

    def _on_saved(self, _request_id: int, path: object) -> None:
        self.statusBar().showMessage(f"Saved {path}", 8000)
        self.saved.emit(path)

    def _on_save_failed(self, _request_id: int, message: str) -> None:
        self.statusBar().clearMessage()
        self.show_error(
            "The handout was not saved",
            message,
            "Nothing was overwritten. Choose another folder or file name and save again.",
        )

    def print_handout(self) -> None:
        handout = self._handout_or_explain()
        if handout is None:
            return
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from ui.dialogs import PrintDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = handout.paper or self._profile.paper
        page_size = (
            QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
        )
        printer.setPageSize(QPageSize(page_size))
        printer.setFullPage(True)
        printer.setDocName("Heat or ice handout")
        printer, accepted = PrintDialog.ask(self, printer)
        if not accepted:
            return
        request_id = self.render_service.request_print(handout, printer)
        self._printers[request_id] = printer
        self.statusBar().showMessage("Printing the handout…")

    def _on_printed(self, request_id: int, pages: int) -> None:
        self._printers.pop(request_id, None)
        self.statusBar().showMessage(
            f"Sent {pages} page{'s' if pages != 1 else ''} to the printer", 8000
        )
        self.printed.emit(pages)

    def _on_print_failed(self, request_id: int, message: str) -> None:
        self._printers.pop(request_id, None)
        self.statusBar().clearMessage()
        self.show_error(
            "The handout was not printed",
            message,
            "Check the printer, then print again; or save the PDF and print it later.",
        )

    def open_settings(self) -> None:
        from ui.settings import SettingsDialog

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
        self._show_profile_problem()
        self.statusBar().showMessage("Settings saved.", 5000)
        self._on_form_changed()
        return True

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About Heat or Ice",
            "<b>Heat or Ice</b><br>Tick what applies to the patient; the app recommends heat, "
            "ice, ice then heat, either or neither, shows why, and makes a plain-language "
            "handout to print, save or email.<br><br>The policy: most back pain is not an "
            "inflamed injury, so heat is usually the better choice; ice is for fresh traumatic "
            "injuries; the patient's preference wins when it is safe. Cautions such as numbness "
            "or poor circulation rule out both.<br><br>Patient data stays on this computer.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
