"""The set-up behind `make run` and `make test`: the interpreter, the venv, the locks."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

FIND_PYTHON = ROOT / "tools" / "find-python"
ENSURE_VENV = ROOT / "tools" / "ensure-venv"
TEST_TOOLS = {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "pypdf", "pdfplumber"}


def fake_python(folder: Path, name: str, version: str) -> Path:
    """A stand-in interpreter that reports `version` and its own path, as find-python asks."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        f'#!/bin/sh\ncase "$2" in *executable*) echo "$0" ;; *) echo "{version}" ;; esac\n',
        "utf-8",
    )
    path.chmod(0o755)
    return path


def find_python(bin_folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    for tool in ("sort", "tail", "cut"):
        link = bin_folder / tool
        if not link.exists():
            bin_folder.mkdir(parents=True, exist_ok=True)
            link.symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    return subprocess.run(
        [str(FIND_PYTHON)],
        env={"PATH": str(bin_folder), **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_newest_python_of_3_12_or_later_is_chosen(tmp_path: Path) -> None:
    bin_folder = tmp_path / "bin"
    fake_python(bin_folder, "python3", "3.11.9")
    fake_python(bin_folder, "python3.12", "3.12.4")
    newest = fake_python(bin_folder, "python3.13", "3.13.1")
    result = find_python(bin_folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{newest}\n"


def test_python3_wins_when_it_is_the_newest(tmp_path: Path) -> None:
    bin_folder = tmp_path / "bin"
    fake_python(bin_folder, "python3.12", "3.12.4")
    newest = fake_python(bin_folder, "python3", "3.14.0")
    assert find_python(bin_folder).stdout == f"{newest}\n"


def test_python_given_is_used_or_refused_in_one_line(tmp_path: Path) -> None:
    bin_folder = tmp_path / "bin"
    fake_python(bin_folder, "python3.13", "3.13.1")
    chosen = fake_python(tmp_path / "elsewhere", "python", "3.12.0")
    assert find_python(bin_folder, PYTHON=str(chosen)).stdout == f"{chosen}\n"
    old = fake_python(tmp_path / "elsewhere", "old", "3.11.7")
    result = find_python(bin_folder, PYTHON=str(old))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "3.11.7" in result.stderr and "3.12" in result.stderr


def test_pyenv_is_asked_when_the_path_has_no_3_12(tmp_path: Path) -> None:
    bin_folder = tmp_path / "bin"
    fake_python(bin_folder, "python3", "3.11.9")
    root = tmp_path / "pyenv"
    fake_python(root / "versions" / "3.11.7" / "bin", "python3", "3.11.7")
    fake_python(root / "versions" / "3.12.7" / "bin", "python3", "3.12.7")
    chosen = fake_python(root / "versions" / "3.13.2" / "bin", "python3", "3.13.2")
    pyenv = bin_folder / "pyenv"
    pyenv.write_text(f'#!/bin/sh\necho "{root}"\n', "utf-8")
    pyenv.chmod(0o755)
    assert find_python(bin_folder).stdout == f"{chosen}\n"


def test_no_python_is_one_plain_line_saying_what_was_found_and_what_to_do(
    tmp_path: Path,
) -> None:
    bin_folder = tmp_path / "bin"
    fake_python(bin_folder, "python3", "3.11.9")
    result = find_python(bin_folder)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    for words in ("python3 3.11.9", "3.12", "apt-get install python3", "pyenv", "bundle"):
        assert words in result.stderr


def tiny_wheel(folder: Path) -> tuple[Path, str]:
    """A real, minimal wheel (no network needed) and its sha256."""
    path = folder / "tinypkg-1.0-py3-none-any.whl"
    files = {
        "tinypkg/__init__.py": "VALUE = 42\n",
        "tinypkg-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n",
        "tinypkg-1.0.dist-info/WHEEL": (
            "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
    }
    record = []
    for name, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{name},sha256={digest.decode()},{len(text.encode())}")
    record.append("tinypkg-1.0.dist-info/RECORD,,")
    with zipfile.ZipFile(path, "w") as wheel:
        for name, text in files.items():
            wheel.writestr(name, text)
        wheel.writestr("tinypkg-1.0.dist-info/RECORD", "\n".join(record) + "\n")
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def venv_setup(tmp_path: Path) -> dict[str, str]:
    wheel, digest = tiny_wheel(tmp_path)
    requirements = tmp_path / "requirements"
    requirements.mkdir()
    line = f"tinypkg @ {wheel.as_uri()} --hash=sha256:{digest}\n"
    for kind in ("runtime", "dev"):
        (requirements / f"{kind}.lock").write_text(line, "utf-8")
    return {
        **os.environ,
        "PYTHON": sys.executable,
        "HEAT_OR_ICE_REQUIREMENTS": str(requirements),
        "HEAT_OR_ICE_VENV": str(tmp_path / "venv"),
    }


def ensure(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ENSURE_VENV), "runtime"], env=env, capture_output=True, text=True, check=False
    )


def works(venv: Path) -> bool:
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import tinypkg, handouts; print(tinypkg.VALUE)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout == "42\n"


def test_the_venv_is_made_then_left_alone_then_healed(venv_setup: dict[str, str]) -> None:
    venv = Path(venv_setup["HEAT_OR_ICE_VENV"])
    first = ensure(venv_setup)
    assert first.returncode == 0, first.stderr
    assert works(venv)
    again = ensure(venv_setup)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")

    # An install that was interrupted (no stamp yet) is simply run again.
    (venv / ".stamp-runtime").unlink()
    assert "Installing" in ensure(venv_setup).stdout
    assert works(venv)

    # A venv whose python is gone is rebuilt, with no `make clean`.
    (venv / "bin" / "python").unlink()
    (venv / "bin" / "python").symlink_to(venv / "nowhere")
    healed = ensure(venv_setup)
    assert healed.returncode == 0, healed.stderr
    assert "Rebuilding" in healed.stdout
    assert works(venv)


def test_a_venv_of_another_python_version_is_rebuilt(venv_setup: dict[str, str]) -> None:
    venv = Path(venv_setup["HEAT_OR_ICE_VENV"])
    assert ensure(venv_setup).returncode == 0
    python = venv / "bin" / "python"
    python.unlink()
    fake_python(python.parent, "python", "3.11.7")
    result = ensure(venv_setup)
    assert result.returncode == 0, result.stderr
    assert "it has 3.11.7" in result.stdout
    assert works(venv)


def test_the_stamp_follows_the_lock_content(venv_setup: dict[str, str]) -> None:
    venv = Path(venv_setup["HEAT_OR_ICE_VENV"])
    assert ensure(venv_setup).returncode == 0
    lock = Path(venv_setup["HEAT_OR_ICE_REQUIREMENTS"]) / "runtime.lock"
    lock.write_text(lock.read_text("utf-8") + "# changed\n", "utf-8")
    assert "Installing" in ensure(venv_setup).stdout
    assert works(venv)


def pins(lock: Path) -> dict[str, str]:
    text = lock.read_text("utf-8")
    return {
        name.lower(): version
        for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", text, re.MULTILINE)
    }


def test_every_pin_has_hashes_and_runtime_is_a_part_of_dev() -> None:
    for kind in ("runtime", "dev"):
        text = (ROOT / "requirements" / f"{kind}.lock").read_text("utf-8")
        entries = re.split(r"\n(?=[A-Za-z])", text.strip())
        assert entries
        for entry in entries:
            if entry.startswith("#"):
                continue
            assert "==" in entry and "--hash=sha256:" in entry, entry
    runtime = pins(ROOT / "requirements" / "runtime.lock")
    dev = pins(ROOT / "requirements" / "dev.lock")
    assert runtime.items() <= dev.items()


def test_the_app_brings_no_test_tools_and_nothing_unused() -> None:
    runtime = pins(ROOT / "requirements" / "runtime.lock")
    dev = pins(ROOT / "requirements" / "dev.lock")
    assert not TEST_TOOLS & runtime.keys()
    assert dev.keys() >= TEST_TOOLS
    assert not {"textstat", "nltk"} & dev.keys()
    assert "setuptools" not in runtime  # only the wheel test (dev) and the bundle build need it


def test_the_locks_pin_what_pyproject_asks_for() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["requires-python"] == ">=3.12"
    runtime = pins(ROOT / "requirements" / "runtime.lock")
    dev = pins(ROOT / "requirements" / "dev.lock")
    for wanted, lock in (
        (project["project"]["dependencies"], runtime),
        (project["dependency-groups"]["dev"], dev),
    ):
        for requirement in wanted:
            name, version = requirement.split("==")
            assert lock[name.lower().replace("_", "-")] == version, requirement
