"""Writing files so that a failure never leaves a half-written file or destroys the old one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from pathlib import Path

# Characters that Windows, macOS or Linux refuse in a file name (besides control characters).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')


class WriteFailed(Exception):
    """A file could not be written; the message says why in plain words and what to do."""


def safe_file_name_part(text: str, limit: int) -> str:
    """`text` made safe as part of a file name on Windows, macOS and Linux: no folders, no
    control characters, no leading or trailing dots; at most `limit` characters; may be ""."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text)
    text = _FORBIDDEN.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:limit].strip(" .")


def plain_reason(error: OSError, path: Path) -> str:
    """Say in plain words why a file could not be written."""
    folder = path.parent
    if error.errno == errno.ENOENT:
        return f"The folder {folder} does not exist. Choose another folder or create it first."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"You do not have permission to write in {folder}. Choose another folder."
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk holding {folder} is full. Free some space or choose another place."
    if error.errno == errno.EISDIR:
        return f"{path} is a folder. Choose a file name instead."
    return f"{path} could not be written ({error.strerror or error}). Choose another place."


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then replace.

    On any failure the earlier file at `path` is untouched and no temporary file is left.
    `mode`: the file's permissions (0o600 for owner-only); None keeps the earlier file's, or
    follows the umask.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise WriteFailed(plain_reason(error, path)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        elif path.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise WriteFailed(plain_reason(error, path)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
