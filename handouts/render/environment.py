"""The one Jinja2 Environment: autoescape on, StrictUndefined, globals in one place."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from handouts import i18n
from handouts.profile import APP_NAME
from handouts.render.handout import RenderError
from handouts.resources import templates_dir

if TYPE_CHECKING:
    import jinja2

logger = logging.getLogger(__name__)

# The repository's templates/, installed as handouts/templates (see handouts.resources).
TEMPLATES_DIR = templates_dir()


def template_cache(jinja2: Any) -> Any:
    """Compiled templates kept in the cache folder: a cold `render` from the shell skips
    compiling them (about 50 ms). Checked against the template's source; None if unusable."""

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError as error:  # a cache that cannot be written only costs time
                logger.info("compiled template not cached: %s", type(error).__name__)

    folder = platformdirs.user_cache_path(APP_NAME) / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QuietCache(str(folder))


def build_environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """The one Jinja2 Environment: autoescape on, StrictUndefined, filters in one place; `_()`
    in the templates is handouts.i18n's gettext (the language of the handout being built)."""
    # Jinja2 is loaded by the first renderer, not at start-up (the window may never render).
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=template_cache(jinja2),
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n.gettext, ngettext=i18n.ngettext, newstyle=True
    )
    env.globals["missing_text"] = missing_text
    return env


def missing_text(what: str) -> str:
    raise RenderError(f"The handout has no text for {what}; this is a bug in the templates.")
