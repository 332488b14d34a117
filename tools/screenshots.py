"""Make the README's pictures of the window: `make screenshots` writes PNGs under docs/.

Runs offscreen with private config and data folders, so your own settings are never used
or changed. Each picture waits for the real preview to be rendered.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (1400, 900)
TIMEOUT_MS = 60_000
PAGE_PAINT_MS = 1500

logger = logging.getLogger("screenshots")


def _private_folders(home: Path) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        os.environ[name] = str(folder)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with tempfile.TemporaryDirectory() as home:
        _private_folders(Path(home))
        return _shoot()


def _shoot() -> int:
    from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
    from PySide6.QtWidgets import QApplication

    from handouts.model import Choice
    from handouts.profile import ClinicProfile, save_profile
    from ui.presets import PRESETS
    from ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    save_profile(
        ClinicProfile(
            name="Riverside Physiotherapy",
            address="12 River Road, Townsville",
            phone="555 0142",
            clinician="Sam Lee, PT",
        )
    )
    window = MainWindow(warm_up=False)
    window.resize(*SIZE)
    window.show()

    def wait_for(signal: SignalInstance) -> bool:
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        signal.connect(loop.quit)
        timer.start(TIMEOUT_MS)
        loop.exec()
        signal.disconnect(loop.quit)
        return timer.isActive()

    def shoot(name: str) -> None:
        # QPdfView draws its pages in a thread of its own: give it a moment to finish.
        pause = QEventLoop()
        QTimer.singleShot(PAGE_PAINT_MS, pause.quit)
        pause.exec()
        app.processEvents()
        path = DOCS / name
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(path.relative_to(ROOT))

    DOCS.mkdir(exist_ok=True)
    presets = {preset.name: preset for preset in PRESETS}
    window.form.patient_edit.setText("Jane Doe")
    window.apply_preset(presets["Back flare-up"])
    if not wait_for(window.preview_updated):
        raise SystemExit("the preview did not appear in time")
    shoot("window-heat.png")

    window.apply_preset(presets["Fresh back strain"])
    window.form.choice_button(Choice.HEAT).click()
    if not wait_for(window.preview_updated):
        raise SystemExit("the preview did not appear in time")
    shoot("window-warning.png")

    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
