"""Recommendation + clinic profile -> the patient's handout: HTML (Jinja2) -> PDF (WeasyPrint).

The public API of the render package. Importing it is cheap: WeasyPrint, Jinja2 and PIL are
loaded by the first Renderer (or logo check), not here.
"""

from __future__ import annotations

from handouts.render.context import CONTENT_VERSION, build_context
from handouts.render.environment import TEMPLATES_DIR
from handouts.render.fit import LARGE_PRINT_PAGES, STANDARD_PAGES
from handouts.render.fonts import font_face_css, font_files
from handouts.render.handout import Handout, RenderError, SaveFailed, default_file_name
from handouts.render.logo import MAX_LOGO_BYTES, check_logo
from handouts.render.pdf import Renderer

__all__ = [
    "CONTENT_VERSION",
    "LARGE_PRINT_PAGES",
    "MAX_LOGO_BYTES",
    "STANDARD_PAGES",
    "TEMPLATES_DIR",
    "Handout",
    "RenderError",
    "Renderer",
    "SaveFailed",
    "build_context",
    "check_logo",
    "default_file_name",
    "font_face_css",
    "font_files",
]
