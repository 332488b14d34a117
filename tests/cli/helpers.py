"""Run main.py as a real subprocess, the way a clinician's script would."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run_main(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
