"""Everything the handout says for one set of facts, as plain data the templates print."""

from __future__ import annotations

from typing import Any

from handouts.content import flags, plan
from handouts.content.facts import Facts
from handouts.content.pictograms import plan_pictograms
from handouts.content.reasons import paragraph
from handouts.content.sources import REFERENCES, advice_sources, cited_references, evidence
from handouts.content.words import MODALITY_COLOURS, TITLES, WHY_HEADINGS, tint
from handouts.i18n import gettext as _
from handouts.model import Region


def picture_caption(f: Facts) -> str:
    """What the picture shows, in words; for 'other' the only place the area is named."""
    if f.presentation.region is Region.OTHER:
        if f.modality.value == "neither":
            return _("This plan is about the sore area {who} showed you.").format(who=f.who)
        return _("Use it only on the sore area {who} showed you.").format(who=f.who)
    if f.presentation.side is None and f.presentation.region.is_spinal:
        caption = _("The coloured patch marks {your_region}.")
    elif f.presentation.side is None:
        caption = (
            _("The coloured patches mark {your_region}.")
            if f.modality.value == "neither"
            else _("The coloured patches mark {your_region}. Use it only on the side that hurts.")
        )
    elif f.presentation.side.value == "both":
        caption = _("The coloured patches mark {your_region}.")
    else:
        caption = _("The coloured patch marks {your_region}.")
    return caption.format(your_region=f.your_region)


def sources_line(sources: list[str], cited: list[str]) -> str:
    """The sources not already listed by number, on one line ("Also: ..." after a list)."""
    rest = "; ".join(_(REFERENCES[key].short) for key in sources if key not in cited)
    if not rest:
        return ""
    # Translators: {sources} is a list of sources after the numbered references.
    return _("Also: {sources}.").format(sources=rest) if cited else rest + "."


def write_sheet(f: Facts) -> dict[str, Any]:
    """The patient's sheet as plain data: every sentence about this patient chosen here."""
    presentation = f.presentation
    recommendation = f.recommendation
    region = presentation.region
    modality = f.modality
    told = evidence(recommendation.reasons, region, modality)
    cited = cited_references(recommendation.reasons, region, modality)
    sources = advice_sources(modality, region, presentation.signs, cited)
    plan_rows = plan.plan_rows(f)
    return {
        "title": _(TITLES[modality]).format(your_region=f.your_region),
        "subject": _("A plan for using heat or ice on {your_region}, with safety steps").format(
            your_region=f.your_region
        ),
        "modality": modality.value,
        "modality_colour": MODALITY_COLOURS[modality],
        "modality_tint": tint(MODALITY_COLOURS[modality]),
        "why_heading": _(WHY_HEADINGS[modality]),
        "ask_first": plan.ask_first(f),
        "plan_rows": plan_rows,
        "plan_icons": plan_pictograms(f, len(plan_rows)),
        "expect": "" if modality.value == "neither" else _(plan.EXPECT),
        "reasons": [
            {"code": reason.value, "parts": paragraph(reason, f, told)}
            for reason in recommendation.reasons
        ],
        "safety_heading": _("What to do instead")
        if modality.value == "neither"
        else _("How to use it safely"),
        "safety_blocks": plan.safety_blocks(f),
        "thermal_lead": flags.thermal_lead(f),
        "thermal_signs": flags.thermal_signs(f),
        "emergency_lead": flags.emergency_lead(f),
        "emergency_signs": flags.emergency_signs(f),
        "doctor_lead": _("See a doctor within a day if you have any of these:"),
        "doctor_signs": flags.doctor_signs(f),
        "doctor_notes": flags.doctor_notes(f),
        "tracking_intro": _(
            "Score pain from 0 (none) to 10 (the worst you can imagine). "
            "Bring this sheet to your next visit."
        ),
        "tracking_columns": plan.tracking_columns(f),
        "caption": picture_caption(f),
        "caption_mark": f.your_region,
        "note_heading": _("A note from {who}").format(who=f.who),
        "cite": {key: number for number, key in enumerate(cited, start=1)},
        "references": [REFERENCES[key].text for key in cited],
        "sources_line": sources_line(sources, cited),
        "source_keys": sources,
    }


def sheet_sentences(sheet: dict[str, Any]) -> list[str]:
    """Every sentence the core chose for the sheet, for checking against the form."""
    texts: list[str] = [sheet["title"], sheet["ask_first"], sheet["expect"], sheet["caption"]]
    texts += [row["text"] for row in sheet["plan_rows"]]
    texts += [part["text"] for reason in sheet["reasons"] for part in reason["parts"]]
    for block in sheet["safety_blocks"]:
        texts += [block["heading"], block["note"], *block["steps"]]
    texts += [sheet["thermal_lead"], *sheet["thermal_signs"], sheet["emergency_lead"]]
    texts += [*sheet["emergency_signs"], *sheet["doctor_signs"], *sheet["doctor_notes"]]
    texts += [sheet["note_heading"], sheet["tracking_intro"], *sheet["tracking_columns"]]
    return [text for text in texts if text]
