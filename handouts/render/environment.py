"""The one Jinja2 Environment: autoescape on, StrictUndefined, globals in one place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from handouts.render.handout import RenderError
from handouts.resources import templates_dir

if TYPE_CHECKING:
    import jinja2

# The repository's templates/, installed as handouts/templates (see handouts.resources).
TEMPLATES_DIR = templates_dir()


def build_environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """The one Jinja2 Environment: autoescape on, StrictUndefined, filters in one place."""
    # Jinja2 is loaded by the first renderer, not at start-up (the window may never render).
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["missing_text"] = missing_text
    return env


def missing_text(what: str) -> str:
    raise RenderError(f"The handout has no text for {what}; this is a bug in the templates.")
