"""What the app calls itself: its command, its version, the argument that starts a render child.

One home for each: the wheel's version (pyproject.toml reads VERSION), the log and config
folders, the desktop entry and the window class all use APP_ID.
"""

from __future__ import annotations

APP_ID = "heat-or-ice"
VERSION = "0.1.0"
# `heat-or-ice --render-child`: the render process the window talks to (works frozen too).
RENDER_CHILD_ARGUMENT = "--render-child"
# Set to 1: the window opens, shows the "Back flare-up" preview, and quits with status 0 once
# the preview is painted (the bundle's smoke check and its start-up measurement).
QUIT_AFTER_PREVIEW_VARIABLE = "HEAT_OR_ICE_QUIT_AFTER_FIRST_PREVIEW"
