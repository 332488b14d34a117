"""Run main.py as a real subprocess, the way a clinician's script would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from tests.conftest import ROOT


def run_main(
    *args: str,
    timeout: float = 120,
    without_harfbuzz_subset: bool = False,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """main.py ARGS in a real process; `without_harfbuzz_subset` forces WeasyPrint's fontTools
    fallback, as on a machine without Debian's libharfbuzz-subset0; `env` replaces this
    process's environment (for set-up shared by a module, outside any one test's folders)."""
    script = (
        ROOT / "tests" / "handouts" / "cli" / "no_harfbuzz_subset.py"
        if without_harfbuzz_subset
        else ROOT / "main.py"
    )
    return subprocess.run(
        [sys.executable, str(script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )
