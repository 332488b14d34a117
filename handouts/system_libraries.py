"""The system libraries the app loads, and the Debian/Ubuntu package that provides each.

A missing library must give one plain line naming the package to install, never a traceback
or Qt's abort message. The names are Debian 13's; the README lists Ubuntu's where they differ.
"""

from __future__ import annotations

import re

# A library's name as the loader reports it (its start is enough) -> the package.
PACKAGES = {
    # WeasyPrint (through cffi).
    "libpango-1.0": "libpango-1.0-0",
    "pango-1.0": "libpango-1.0-0",
    "libpangoft2-1.0": "libpangoft2-1.0-0",
    "pangoft2-1.0": "libpangoft2-1.0-0",
    "libgobject-2.0": "libglib2.0-0t64",
    "gobject-2.0": "libglib2.0-0t64",
    "libharfbuzz.so": "libharfbuzz0b",
    "harfbuzz": "libharfbuzz0b",
    "libfontconfig": "libfontconfig1",
    "fontconfig": "libfontconfig1",
    # Qt (PySide6).
    "libgssapi_krb5": "libgssapi-krb5-2",
    "libEGL": "libegl1",
    "libGL.so": "libgl1",
    "libOpenGL": "libopengl0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libglib-2.0": "libglib2.0-0t64",
    "libgthread-2.0": "libglib2.0-0t64",
    "libdbus-1": "libdbus-1-3",
    "libfreetype": "libfreetype6",
    "libcups": "libcups2t64",
    "libX11-xcb": "libx11-xcb1",
    "libX11.so": "libx11-6",
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-image": "libxcb-image0",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-shm": "libxcb-shm0",
    "libxcb-sync": "libxcb-sync1",
    "libxcb-xfixes": "libxcb-xfixes0",
    "libxcb-xinerama": "libxcb-xinerama0",
    "libxcb-xkb": "libxcb-xkb1",
    "libxcb-render.so": "libxcb-render0",
    "libxcb.so": "libxcb1",
    "libSM": "libsm6",
    "libICE": "libice6",
}

# "libfoo.so.1: cannot open shared object file" (the dynamic loader), or
# "cannot load library 'libpango-1.0-0': ..." (cffi).
_LOADER = re.compile(r"([\w.+-]+\.so[.\d]*): cannot open shared object file")
_CFFI = re.compile(r"cannot load library '([^']+)'")


def package_for(library: str) -> str | None:
    """The package providing a library, by the longest known name it starts with."""
    base = library.rsplit("/", 1)[-1]
    matches = [name for name in PACKAGES if base.startswith(name)]
    return PACKAGES[max(matches, key=len)] if matches else None


def missing_library(text: str) -> str | None:
    """The library named as missing in a loader's or cffi's error message, if any."""
    match = _LOADER.search(text) or _CFFI.search(text)
    return match.group(1) if match else None


def missing_library_message(error: BaseException) -> str | None:
    """One plain line for an error that says a system library is missing; None otherwise."""
    library = missing_library(str(error))
    if library is None:
        return None
    package = package_for(library)
    fix = (
        f"install it with: sudo apt-get install {package}"
        if package
        else "install the package that provides it (see the README's list of system packages)"
    )
    return f"the system library {library} is missing; {fix}"
