"""Regenerates requirements/{runtime,dev,bundle}.lock from pyproject.toml.

Exact versions with the hashes of every file PyPI has for them (any platform), resolved for
Python 3.12 and newer by uv in a throw-away virtual environment. Run as `make lock`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

UV = "uv==0.13.8"
ROOT = Path(__file__).resolve().parent.parent
COMMON = ["--python-version", "3.12", "--universal", "--generate-hashes", "--no-header", "-q"]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        venv.create(folder, with_pip=True)
        python = Path(folder) / "bin" / "python"
        subprocess.run([python, "-m", "pip", "install", "--quiet", UV], check=True)
        uv = [str(python), "-m", "uv", "pip", "compile", "pyproject.toml", *COMMON]
        subprocess.run([*uv, "-o", "requirements/runtime.lock"], cwd=ROOT, check=True)
        for group in ("dev", "bundle"):
            subprocess.run(
                [*uv, "--group", f"pyproject.toml:{group}", "-o", f"requirements/{group}.lock"],
                cwd=ROOT,
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
