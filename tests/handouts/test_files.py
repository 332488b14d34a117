"""Atomic writes: a failure never leaves a half-written file or destroys the earlier one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handouts.files import WriteFailed, write_atomic


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own, so listing it shows only what the test wrote."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def test_writes_and_replaces(folder: Path) -> None:
    target = folder / "handout.pdf"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(folder) == ["handout.pdf"]


def test_missing_folder_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed, match="does not exist"):
        write_atomic(tmp_path / "nope" / "handout.pdf", b"x")


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(WriteFailed, match="is a folder"):
        write_atomic(tmp_path / "folder", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WriteFailed, match="permission"):
            write_atomic(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"


def test_failure_while_writing_keeps_the_old_file_and_leaves_no_temp(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "handout.pdf"
    target.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(WriteFailed, match="full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(folder) == ["handout.pdf"]


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    write_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
