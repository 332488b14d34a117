"""The small pictures beside the plan's rows (PEMAT-P: a visual aid for the actions).

Each row of the plan box gets one pictogram, drawn in templates/partials/pictograms.html
(our own line drawings, no words inside them). The row's own term ("Move", "Rest", "Come
back") is its caption; the label below is what a screen reader says instead of the picture.
"""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.i18n import N_, gettext
from handouts.model import Modality

# What each pictogram shows, said in words (the PDF's alternative text).
PICTOGRAM_LABELS: dict[str, str] = {
    "heat": N_("A warm pack"),
    "ice": N_("An ice pack"),
    "heat-or-ice": N_("A warm pack and an ice pack"),
    "no-heat-ice": N_("A warm pack and an ice pack, crossed out"),
    "clock": N_("A clock"),
    "repeat": N_("Arrows going round"),
    "calendar": N_("A calendar"),
    "watch": N_("An eye"),
    "move": N_("A person walking"),
    "rest": N_("A person sitting in a chair"),
    "come-back": N_("A calendar with a tick"),
}

_HEAT = ["heat", "clock", "repeat", "calendar", "watch"]


def plan_pictograms(f: Facts, rows: int) -> list[dict[str, str]]:
    """One pictogram per row of the plan box, in the rows' order (see plan.plan_rows)."""
    m = f.modality
    if m is Modality.HEAT:
        codes = _HEAT
    elif m is Modality.ICE:
        codes = ["ice", "clock", "repeat", "calendar"]
    elif m is Modality.ICE_THEN_HEAT:
        codes = ["ice", "heat", "calendar"]
    elif m is Modality.EITHER:
        codes = (
            ["ice", "heat-or-ice", "heat", "calendar"]
            if f.acute
            else ["heat-or-ice", "heat", "ice", "calendar"]
        )
    else:
        codes = ["no-heat-ice", "move", "rest", "come-back"]
    if len(codes) < rows:
        raise ValueError(f"no pictogram for row {len(codes) + 1} of the {m.value} plan")
    return [{"code": code, "label": gettext(PICTOGRAM_LABELS[code])} for code in codes[:rows]]
