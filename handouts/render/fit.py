"""Fitting the handout to its page budget: a long one is laid out again, tighter."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from handouts.render.spread import spread

logger = logging.getLogger(__name__)

# Pages the handout must fit; a long handout is laid out again, tighter (same sizes or
# at least 12 pt body, 18 pt large print), up to FIT_LEVELS times.
STANDARD_PAGES = 2
LARGE_PRINT_PAGES = 4
FIT_LEVELS = 3


def page_limit(large_print: bool) -> int:
    return LARGE_PRINT_PAGES if large_print else STANDARD_PAGES


def fitted(lay_out: Callable[[int, str], Any], limit: int, *, spacing: bool = True) -> Any:
    """The first layout (fit level 0, 1, ...) within `limit` pages, else the tightest one;
    then, with `spacing`, each page's blank foot shared out on it (see spread.py: the same
    pages and page breaks, only the space between blocks differs; a picture put off to the
    next page is drawn smaller in one more layout). `lay_out(fit, css)` lays the handout out
    at that fit level with that extra CSS."""
    for fit in range(FIT_LEVELS):
        document = lay_out(fit, "")
        if len(document.pages) <= limit:
            break
        logger.info("handout over %d pages; tightening the layout", limit)
    if not spacing:
        return document
    return spread(document, lambda css: lay_out(fit, css))
