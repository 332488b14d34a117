"""The wheel, built for real and installed into a fresh venv in a temporary folder: the
heat-or-ice command works from there with no checkout. setuptools (the build backend) comes from
the test environment itself (the dev lock), so nothing is downloaded."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from pypdf import PdfReader

from handouts.identity import VERSION
from tests.conftest import ROOT

BUILD_PYTHON = Path(sys.executable)


def test_the_installed_wheel_works_from_any_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [str(BUILD_PYTHON), "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    [wheel] = wheels.glob("*.whl")
    assert wheel.name == f"heat_or_ice-{VERSION}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "handouts/templates/handout.html" in names
    # The compiled catalogues: French and Spanish handouts need no Babel where the app runs.
    for language in ("fr", "es"):
        assert f"handouts/templates/locale/{language}/LC_MESSAGES/handout.mo" in names
    assert "ui/desktop/heat-or-ice.svg" in names
    assert not [name for name in names if name.startswith(("tests/", "tools/", "bench/"))]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
         "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    # The dependencies, offline: this test venv's own packages (not its checkout .pth).
    site = venv / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "site-packages"
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")

    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    command = str(venv / "bin" / "heat-or-ice")
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import handouts, ui; print(handouts.__file__)"],
        cwd=away, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(venv)
    version = subprocess.run(
        [command, "--version"], cwd=away, env=env, capture_output=True, text=True
    )
    assert version.stdout == f"heat-or-ice {VERSION}\n"
    render = subprocess.run(
        [command, "render", "--region", "knee", "--onset", "injury", "--days", "0",
         "--patient", "Jane Doe", "-o", "jane.pdf"],
        cwd=away, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert render.returncode == 0, render.stderr
    text = " ".join(page.extract_text() for page in PdfReader(away / "jane.pdf").pages)
    assert "Jane Doe" in text
