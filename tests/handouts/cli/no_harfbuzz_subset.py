"""Runs main.py as if Debian's libharfbuzz-subset0 were not installed.

WeasyPrint then subsets fonts with fontTools and warns about it: the real fallback, forced
on a machine that has the library. Usage: python no_harfbuzz_subset.py ARGS...
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import cffi

_dlopen = cffi.FFI.dlopen


def _without_subset(self: cffi.FFI, name: Any, *args: Any, **kwargs: Any) -> Any:
    if "subset" in str(name):
        raise OSError(f"{name}: cannot open shared object file (hidden by the test)")
    return _dlopen(self, name, *args, **kwargs)


cffi.FFI.dlopen = _without_subset  # type: ignore[method-assign]
main = Path(__file__).resolve().parents[3] / "main.py"
sys.argv = [str(main), *sys.argv[1:]]
runpy.run_path(str(main), run_name="__main__")
