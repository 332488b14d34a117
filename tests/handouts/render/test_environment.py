"""The Jinja2 environment keeps compiled templates in the cache folder (a faster cold start)."""

from __future__ import annotations

import platformdirs

from handouts.profile import APP_NAME
from handouts.render import Renderer
from tests.handouts.render.helpers import handout


def test_compiled_templates_are_kept_in_the_cache_folder() -> None:
    folder = platformdirs.user_cache_path(APP_NAME) / "templates"
    html = Renderer().html(handout({"region": "knee"}))
    kept = list(folder.iterdir())
    assert kept, "no compiled template was kept"
    # A new renderer (a new process, say) reads them back and makes the very same page.
    assert Renderer().html(handout({"region": "knee"})) == html
