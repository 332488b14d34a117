"""Spacing that adapts to the page: no blank band at the foot of a page, no bare last page.

A page ends early when its next block is one that may not split (the numbered steps, a
group of warning signs, the tracking table: safety blocks stay whole). Rather than leave
that room as one blank band, the page shares it between its own chunks (more space after
each section and paragraph, as a typesetter's 'flush bottom' page does), and the tracking
table's rows take the room left on the last page (more space to write in).

The room is measured on the laid-out pages and shared out on them, in place: each chunk's
share is added below it and everything after it on the page moves down by as much. Nothing
is laid out again (a second layout would cost as much as the first), no line rewraps, and
since the shares never add up to more than the room there was, every block stays on its
page. Only a picture put off to the next page for want of a few millimetres needs a new
layout (drawn smaller, it changes where the page breaks); `spread()` asks for that one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MM = 96 / 25.4  # CSS pixels in a millimetre (WeasyPrint lays out in CSS pixels)
# A page whose blank foot is at most this tall is left as it is.
MIN_BAND_MM = 5.0
# Room kept free below the last line: the foot of the page area is never reached.
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

# A chunk's share, in CSS pixels, and where it goes: "padding" below its content (inside
# the box), "margin" below a framed box (never inside its frame), "row" a taller table row.
Growth = dict[int, tuple[str, float]]


def _main(page: Any) -> Any | None:
    for box in page._page_box.descendants():
        if getattr(box, "element_tag", None) == "main":
            return box
    return None


def _ink_bottom(page: Any) -> float:
    """The lowest line, picture, rule or border on the page (margin boxes left out)."""
    root = page._page_box.children[0]
    lowest = 0.0
    for box in root.descendants():
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
    return {
        id(box.element) for box in main.descendants() if getattr(box, "element", None) is not None
    }


def _classes(box: Any) -> set[str]:
    return set((box.element.get("class") or "").split())


# (the chunk's box, where its share goes, its weight, where it ends in CSS pixels)
Share = tuple[Any, str, int, float]


def _share(box: Any, weight: int) -> Share:
    """Below a framed box (the plan, the note) the room goes outside the frame."""
    bottom = box.content_box_y() + box.height
    framed = getattr(box, "border_bottom_width", 0) > 0
    return (box, "margin" if framed else "padding", weight, bottom)


def _shares(page: Any, continued: set[int]) -> list[Share] | None:
    """Each chunk that ends on this page (a section weighs two, a paragraph one); None when
    a flowing block runs on to the next page (the page is full)."""
    main = _main(page)
    if main is None:
        return None
    order = list(main.element)
    found: list[Share] = []
    for section in main.children:
        element = getattr(section, "element", None)
        if element is None or element not in order or _classes(section) & _FLOAT_CLASSES:
            continue
        children = list(element)
        for child in section.children:
            inner = getattr(child, "element", None)
            if inner is None or inner not in children:
                continue
            if id(inner) in continued:
                return None
            if child.element_tag not in _NO_SHARE_TAGS:
                found.append(_share(child, 1))
        if id(element) not in continued:
            found.append(_share(section, 2))
    # Room after the page's last chunk would be blank at its foot all the same.
    last = max((share[3] for share in found), default=0.0)
    return [share for share in found if share[3] < last - 0.5 * MM]


def _page_growth(page: Any, next_page: Any) -> Growth:
    """The shares of a page that is followed by another one."""
    band = band_mm(page) - SLACK_MM
    if band + SLACK_MM < MIN_BAND_MM:
        return {}
    shares = _shares(page, _elements(next_page))
    if not shares:
        return {}
    most = MAX_SHARE_EM * page._page_box.children[0].style["font_size"] / MM
    each = min(most, band / sum(share[2] for share in shares)) * MM
    return {id(box): (where, weight * each) for box, where, weight, _ in shares}


def _tracking_growth(page: Any) -> Growth:
    """The tracking table's rows grow into the room left on the last page, to one height."""
    rows = [
        box
        for box in page._page_box.descendants()
        if type(box).__name__ == "TableRowBox" and box.element.find("td") is not None
    ]
    band = band_mm(page) - SLACK_MM
    if not rows or band + SLACK_MM < MIN_BAND_MM:
        return {}
    height = max(row.height for row in rows) + min(MAX_ROW_GROWTH_MM, band / len(rows)) * MM
    return {id(row): ("row", height - row.height) for row in rows}


def _grow_row(row: Any, extra: float) -> None:
    """A table row made `extra` taller, its cells with it (their content placed as their
    vertical-align says, as WeasyPrint's table layout does)."""
    row.height += extra
    for cell in row.children:
        above = {"bottom": extra, "middle": extra / 2}.get(cell.vertical_align, 0.0)
        cell.padding_top += above
        cell.padding_bottom += extra - above
        for child in cell.children:
            child.translate(dy=above)


def _apply(box: Any, growth: Growth, on_path: set[int], dy: float) -> float:
    """Move `box` down by `dy` and give the chunks inside it their shares; return how much
    taller it became (its own share included)."""
    if id(box) not in on_path:
        box.translate(dy=dy)
        return 0.0
    box.position_y += dy
    where, extra = growth.get(id(box), ("", 0.0))
    if where == "row":
        for cell in box.children:
            cell.translate(dy=dy)
        _grow_row(box, extra)
        return extra
    grown = 0.0
    for child in box.children:
        grown += _apply(child, growth, on_path, dy + grown)
    if isinstance(box.height, float | int):
        box.height += grown
    if where == "padding":
        box.padding_bottom += extra
    elif where == "margin":
        box.margin_bottom += extra
    return grown + extra


def _ancestors_of(root: Any, wanted: Growth) -> set[int]:
    """The boxes that hold a growing chunk (the chunks included)."""
    found: set[int] = set()

    def walk(box: Any) -> bool:
        inside = id(box) in wanted
        for child in getattr(box, "children", ()):
            inside = walk(child) or inside
        if inside:
            found.add(id(box))
        return inside

    walk(root)
    return found


def spread_in_place(document: Any) -> bool:
    """Share out each page's blank foot on the laid-out pages; False when none had room."""
    # WeasyPrint is loaded by the Renderer, not by `import handouts.render`: named here.
    from weasyprint.document import Page

    # The same: WeasyPrint's step that places backgrounds, run again on a changed page.
    from weasyprint.layout.background import layout_backgrounds

    pages = document.pages
    changed = False
    for number, page in enumerate(pages):
        if number + 1 < len(pages):
            growth = _page_growth(page, pages[number + 1])
        else:
            growth = _tracking_growth(page)
        if not growth:
            continue
        root = page._page_box.children[0]
        _apply(root, growth, _ancestors_of(root, growth), 0.0)
        # Backgrounds are placed after layout, links and anchors read from the boxes: both
        # again, from the boxes where they now are (the handout has no background images).
        layout_backgrounds(page._page_box, _no_images)
        pages[number] = Page(page._page_box)
        changed = True
    return changed


def _no_images(**_: Any) -> None:
    return None


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
        svgs = [box for box in picture.descendants() if "Replaced" in type(box).__name__]
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
    """The document with the picture sized to its room (laid out again, kept only if that
    takes no more pages) and each page's blank foot shared out (in place)."""
    base = picture_css(document)
    if base:
        candidate = lay_out_again(base)
        if len(candidate.pages) <= len(document.pages):
            document = candidate
    spread_in_place(document)
    return document
