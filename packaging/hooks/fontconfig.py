"""Runs first inside the bundle: point the bundled fontconfig at the bundle's fonts.conf
(which includes the system's), unless the user has chosen one."""

import os
import sys

os.environ.setdefault(
    "FONTCONFIG_FILE", os.path.join(getattr(sys, "_MEIPASS", ""), "fontconfig", "fonts.conf")
)
