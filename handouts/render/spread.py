"""Spacing that adapts to the page: no blank band at the foot of a page, no bare last page.

A page ends early when its next block is one that may not split (the numbered steps, a
group of warning signs, the tracking table: safety blocks stay whole). Rather than leave
that room as one blank band, the page shares it between its own chunks (more space after
each section and paragraph, as a typesetter's 'flush bottom' page does), and the tracking
table's rows take the room left on the last page (more space to write in). The shares are
measured on the first layout and never add up to more than the room there was, so the page
breaks stay where they were; `spread()` checks that and keeps the first layout otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

MM = 96 / 25.4  # CSS pixels in a millimetre (WeasyPrint lays out in CSS pixels)
# A page whose blank foot is at most this tall is left as it is.
MIN_BAND_MM = 5.0
# Room kept free, so rounding and margins that no longer collapse cannot move a break.
SLACK_MM = 3.0
# At most this much more space after one chunk, in lines of body text (a section gets two
# shares, a paragraph one): about 5.5 mm in standard print, 7.6 mm in large print.
MAX_SHARE_EM = 1.2
# The tracking table's rows grow by at most this much each (room to write, not a poster).
MAX_ROW_GROWTH_MM = 6.0
# The picture may shrink to this height (its outline still readable at arm's length).
MIN_PICTURE_MM = 50.0
# Chunks that share no room: headings stay with what follows; floats (the picture) stay put.
_NO_SHARE_TAGS = {"h1", "h2", "h3"}
_FLOAT_CLASSES = {"picture-float"}


def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _main(page: Any) -> Any | None:
    for box in _boxes(page._page_box):
        if getattr(box, "element_tag", None) == "main":
            return box
    return None


def _ink_bottom(page: Any) -> float:
    """The lowest line, picture, rule or border on the page (margin boxes left out)."""
    root = page._page_box.children[0]
    lowest = 0.0
    for box in _boxes(root):
        name = type(box).__name__
        bordered = getattr(box, "border_bottom_width", 0) > 0
        if name in ("LineBox", "TableRowBox") or "Replaced" in name or bordered:
            lowest = max(lowest, box.position_y + box.margin_height())
    return lowest


def band_mm(page: Any) -> float:
    """The blank height between the page's lowest ink and the foot of its page area."""
    page_box = page._page_box
    return (page_box.content_box_y() + page_box.height - _ink_bottom(page)) / MM


def _elements(page: Any) -> set[int]:
    main = _main(page)
    if main is None:
        return set()
    return {id(box.element) for box in _boxes(main) if getattr(box, "element", None) is not None}


def _classes(box: Any) -> set[str]:
    return set((box.element.get("class") or "").split())


Share = tuple[str, str, float, int, float]


def _share(selector: str, box: Any, weight: int) -> Share:
    """A chunk's share: padding below it, or for a framed box (the plan, the note) a wider
    margin, so the room is never inside its frame. Last: where the chunk ends."""
    bottom = (box.content_box_y() + box.height) / MM
    if getattr(box, "border_bottom_width", 0) > 0:
        return (selector, "margin-bottom", box.margin_bottom / MM, weight, bottom)
    return (selector, "padding-bottom", box.padding_bottom / MM, weight, bottom)


def _shares(page: Any, continued: set[int]) -> list[Share] | None:
    """(CSS selector, property, its value now in mm, weight) of each chunk that ends on this
    page; None when a flowing block runs on to the next page (the page is full)."""
    main = _main(page)
    if main is None:
        return None
    order = list(main.element)
    found: list[Share] = []
    for section in main.children:
        element = getattr(section, "element", None)
        if element is None or element not in order or _classes(section) & _FLOAT_CLASSES:
            continue
        outer = f"main > :nth-child({order.index(element) + 1})"
        children = list(element)
        for child in section.children:
            inner = getattr(child, "element", None)
            if inner is None or inner not in children:
                continue
            if id(inner) in continued:
                return None
            if child.element_tag not in _NO_SHARE_TAGS:
                selector = f"{outer} > :nth-child({children.index(inner) + 1})"
                found.append(_share(selector, child, 1))
        if id(element) not in continued:
            found.append(_share(outer, section, 2))
    # Room after the page's last chunk would be blank at its foot all the same.
    last = max((share[4] for share in found), default=0.0)
    return [share for share in found if share[4] < last - 0.5]


def spread_css(document: Any) -> str:
    """The extra stylesheet that shares each page's blank foot between its chunks."""
    pages = document.pages
    rules: list[str] = []
    for number, page in enumerate(pages[:-1]):
        band = band_mm(page) - SLACK_MM
        if band + SLACK_MM < MIN_BAND_MM:
            continue
        shares = _shares(page, _elements(pages[number + 1]))
        if not shares:
            continue
        most = MAX_SHARE_EM * page._page_box.children[0].style["font_size"] / MM
        each = min(most, band / sum(share[3] for share in shares))
        rules += [
            f"{selector} {{ {name}: {now + weight * each:.2f}mm; }}"
            for selector, name, now, weight, _ in shares
        ]
    rules += _tracking_css(pages[-1])
    return "\n".join(rules)


def _tracking_css(page: Any) -> list[str]:
    """The tracking table's rows grow into the room left on the last page."""
    rows = [
        box
        for box in _boxes(page._page_box)
        if type(box).__name__ == "TableRowBox" and box.element.find("td") is not None
    ]
    band = band_mm(page) - SLACK_MM
    if not rows or band + SLACK_MM < MIN_BAND_MM:
        return []
    height = max(row.height for row in rows) / MM
    growth = min(MAX_ROW_GROWTH_MM, band / len(rows))
    return [f".tracking tbody tr {{ height: {height + growth:.2f}mm; }}"]


def _breaks(document: Any) -> list[list[tuple[str, str]]]:
    """Each page's blocks, in order: the same lists mean the same page breaks. (Lines are
    left out: beside the picture, text pushed lower may rewrap to fewer, wider lines.)"""
    return [
        [
            (str(box.element_tag), str(box.element.get("class")))
            for box in _boxes(page._page_box.children[0])
            if getattr(box, "element", None) is not None
            and "Line" not in type(box).__name__
            and "Inline" not in type(box).__name__
            and "Text" not in type(box).__name__
        ]
        for page in document.pages
    ]


def _first_float(page: Any) -> Any | None:
    """The picture, when it is the first block of the page's main part."""
    main = _main(page)
    for child in main.children if main is not None else ():
        if getattr(child, "element", None) is None:
            continue
        return child if _classes(child) & _FLOAT_CLASSES else None
    return None


def picture_css(document: Any) -> str:
    """The picture sized to the room at the foot of the page before it, when it was put off
    to the next page for want of a few millimetres (it floats: the text flows beside it)."""
    pages = document.pages
    for number, page in enumerate(pages[1:], start=1):
        picture = _first_float(page)
        if picture is None:
            continue
        svgs = [box for box in _boxes(picture) if "Replaced" in type(box).__name__]
        if not svgs:
            return ""
        svg = svgs[0]
        room = band_mm(pages[number - 1]) - SLACK_MM - (picture.margin_height() - svg.height) / MM
        height = min(room, svg.height / MM)
        if height < MIN_PICTURE_MM or height >= svg.height / MM:
            return ""
        # Only the drawing shrinks: the caption keeps its width, so it takes no more lines.
        width = height * svg.width / svg.height
        return f".picture svg {{ width: {width:.2f}mm; height: {height:.2f}mm; }}"
    return ""


def spread(document: Any, lay_out_again: Callable[[str], Any]) -> Any:
    """The document laid out again with the picture sized to its room (if that takes no more
    pages) and the blank feet shared out (if that keeps every page break where it was)."""
    base = picture_css(document)
    if base:
        candidate = lay_out_again(base)
        if len(candidate.pages) <= len(document.pages):
            document = candidate
        else:
            base = ""
    css = spread_css(document)
    if not css:
        return document
    again = lay_out_again(base + "\n" + css)
    if _breaks(again) != _breaks(document):
        return document
    return again
