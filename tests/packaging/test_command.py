"""The app knows itself: one command called heat-or-ice, its version, and the files it ships
found with importlib.resources (installed or in a checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from handouts import render_launch
from handouts.identity import APP_ID, QUIT_AFTER_PREVIEW_VARIABLE, RENDER_CHILD_ARGUMENT, VERSION
from handouts.render import TEMPLATES_DIR
from handouts.render.process import RenderProcess
from handouts.render_launch import child_command
from handouts.resources import shipped_folder
from tests.conftest import ROOT
from tests.handouts.cli.helpers import run_main
from tests.handouts.render.test_process import handout, text_of
from ui.first_preview import PAINTED

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_version_prints_the_name_and_the_version() -> None:
    result = run_main("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"heat-or-ice {VERSION}\n"


def test_help_and_errors_say_heat_or_ice_not_main_py() -> None:
    result = run_main("--help")
    assert result.stdout.startswith("usage: heat-or-ice ")
    assert "main.py" not in result.stdout
    sub = run_main("decide", "--help")
    assert sub.stdout.startswith("usage: heat-or-ice decide ")
    bad = run_main("decide", "--region", "elbow-ish")
    assert bad.returncode == 2
    assert bad.stderr.startswith("heat-or-ice decide: error:")


def test_the_wheel_has_one_command_and_the_version_of_the_code() -> None:
    project = PYPROJECT["project"]
    assert project["scripts"] == {APP_ID: "heat_or_ice.main:run"}
    assert "version" in project["dynamic"]
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["dynamic"]["version"] == {"attr": "handouts.identity.VERSION"}


def test_every_package_folder_and_the_shipped_files_are_in_the_wheel() -> None:
    setuptools = PYPROJECT["tool"]["setuptools"]
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for top in ("handouts", "ui")
        for path in (ROOT / top).rglob("__init__.py")
    }
    assert folders <= set(setuptools["packages"])
    assert setuptools["package-dir"] == {
        "heat_or_ice": ".",
        "handouts.templates": "templates",
        "ui.desktop": "packaging",
    }
    patterns = setuptools["package-data"]["handouts.templates"]
    shipped = {
        path.relative_to(ROOT / "templates")
        for pattern in patterns
        for path in (ROOT / "templates").glob(pattern)
    }
    every = {path.relative_to(ROOT / "templates") for path in TEMPLATES_DIR.rglob("*.*")}
    assert every and shipped == every


def test_installing_brings_no_test_tools() -> None:
    names = {
        requirement.split("==")[0].lower() for requirement in PYPROJECT["project"]["dependencies"]
    }
    tools = {
        requirement.split("==")[0].lower() for requirement in PYPROJECT["dependency-groups"]["dev"]
    }
    assert names and tools and not names & tools
    assert not names & {"pyinstaller", "setuptools"}


def test_shipped_folders_are_found_as_package_data_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "installedpkg"
    (package / "templates").mkdir(parents=True)
    (package / "__init__.py").write_text("", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert shipped_folder("installedpkg", "templates", "templates") == package / "templates"
    # In a checkout handouts/ has no templates folder of its own: the top-level one is used.
    assert shipped_folder("handouts", "templates", "templates") == ROOT / "templates"
    assert (TEMPLATES_DIR / "handout.html").is_file()


def test_a_frozen_app_starts_its_render_child_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    assert child_command() == [sys.executable, "-m", "handouts.render.process"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_command() == [sys.executable, RENDER_CHILD_ARGUMENT]


def test_the_hidden_argument_really_serves_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a bundle does (its executable with --render-child), done with main.py."""
    command = [sys.executable, str(ROOT / "main.py"), RENDER_CHILD_ARGUMENT]
    monkeypatch.setattr(render_launch, "child_command", lambda: command)
    child = RenderProcess()
    try:
        pdf = child.pdf(handout(patient="Robin Example"))
    finally:
        child.close()
    assert "Robin Example" in text_of(pdf)


def test_the_window_can_quit_once_its_first_preview_is_painted() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env={**os.environ, QUIT_AFTER_PREVIEW_VARIABLE: "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{PAINTED}\n"
