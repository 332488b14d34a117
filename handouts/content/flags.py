"""The warning signs of the brief's section 6, in two levels, fitted to what is known.

A sign the patient already has is not listed as new: numbness ticked becomes numbness that
spreads or gets worse; a history of cancer becomes a line saying to tell the doctor.
"""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.words import RED_FLAG_GROUPS
from handouts.i18n import N_
from handouts.i18n import gettext as _
from handouts.model import Caution, Modality, Onset

# Translators: the warning signs are list items after "Call ... now if you have any of
# these:" or "See a doctor within a day if you have any of these:".
ANY_REGION = N_("chest pain, or pain with trouble breathing")

# The limb signs, one whole sentence per group: (no numbness ticked, numbness ticked).
_COLOUR: dict[str, tuple[str, str]] = {
    "arm": (
        N_("your arm or hand turns cold, pale, blue or numb"),
        N_("your arm or hand turns cold, pale, blue or numb, or the numbness you have spreads"),
    ),
    "leg": (
        N_("your leg or foot turns cold, pale, blue or numb"),
        N_("your leg or foot turns cold, pale, blue or numb, or the numbness you have spreads"),
    ),
    "other": (
        N_("the area turns cold, pale, blue or numb"),
        N_("the area turns cold, pale, blue or numb, or the numbness you have spreads"),
    ),
}
_PRESSURE: dict[str, str] = {
    "arm": N_(
        "pain far worse than you would expect that keeps rising, and your arm or hand feels "
        "tight and swollen"
    ),
    "leg": N_(
        "pain far worse than you would expect that keeps rising, and your leg or foot feels "
        "tight and swollen"
    ),
    "other": N_(
        "pain far worse than you would expect that keeps rising, and the area feels tight and "
        "swollen"
    ),
}


def emergency_signs(f: Facts) -> list[str]:
    """Call the emergency number now."""
    group = RED_FLAG_GROUPS[f.presentation.region]
    numb = f.cautioned(Caution.NUMBNESS)
    if group == "back":
        return [
            _("you cannot control your bladder or bowels, or you cannot pass urine"),
            _("numbness around your private parts or bottom"),
            _("numbness or weakness in both legs that is getting worse"),
            _(ANY_REGION),
        ]
    if group == "neck":
        return [
            _("a sudden, very bad headache"),
            _("slurred speech, a drooping face, or weakness on one side of your body"),
            _("loss of sight, double vision, dizziness, or trouble speaking or swallowing"),
            _(ANY_REGION),
        ]
    return [
        _(_COLOUR[group][numb]),
        _(_PRESSURE[group]),
        _("a joint looks bent or out of shape"),
        _(ANY_REGION),
    ]


def doctor_signs(f: Facts) -> list[str]:
    """See a doctor within a day."""
    group = RED_FLAG_GROUPS[f.presentation.region]
    numb = f.cautioned(Caution.NUMBNESS)
    nerve = (
        _("numbness that spreads or gets worse, or new weakness or tingling in an arm or leg")
        if numb
        else _("new weakness, numbness or tingling in an arm or leg")
    )
    if group in ("back", "neck"):
        return [
            _("a fever, or weight loss you cannot explain"),
            _(NIGHT_PAIN),
            nerve,
            _("unsteady walking or clumsy hands"),
            _("a stiff neck with a fever, headache, vomiting or a rash"),
        ]
    if group == "arm":
        signs = [_("you cannot use your arm or hand")]
    elif group == "leg":
        signs = [_("you cannot put weight on your leg")]
    else:
        signs = [_("you cannot use or move that part of your body")]
    signs.append(_("a hot, red, swollen joint and a fever"))
    if group == "leg":
        signs.append(_("pain in your calf with swelling and redness"))
    if group == "other":
        signs += [
            _("numbness that spreads or gets worse") if numb else _("new weakness or numbness"),
            _(NIGHT_PAIN),
            _("weight loss you cannot explain"),
        ]
    return signs


NIGHT_PAIN = N_("pain that is worse at night and does not ease with rest")


def emergency_lead(f: Facts) -> str:
    lead = (
        # Translators: {number} is the clinic's emergency number, or "your local emergency
        # number".
        _("After an injury to your neck, call {number} now if you have any of these:")
        if f.presentation.onset is Onset.INJURY and RED_FLAG_GROUPS[f.presentation.region] == "neck"
        else _("Call {number} now if you have any of these:")
    )
    return lead.format(number=f.call)


def doctor_notes(f: Facts) -> list[str]:
    """What the doctor should hear, about what is already known."""
    if f.cautioned(Caution.CANCER):
        return [_("You have had cancer, so tell your doctor about this pain, even if it is mild.")]
    return []


def thermal_signs(f: Facts) -> list[str]:
    """Signs that heat or ice has harmed the skin: stop and call."""
    if f.modality is Modality.NEITHER:
        return []
    return [
        _("you get blisters"),
        _("your skin stays numb or white after you stop, or red and sore for hours"),
        _("the pain is clearly worse afterwards"),
    ]


def thermal_lead(f: Facts) -> str:
    m = f.modality
    if m.uses_heat and m.uses_ice:
        lead = _("Stop using heat or ice and call {who} if:")
    elif m.uses_heat:
        lead = _("Stop using heat and call {who} if:")
    else:
        lead = _("Stop using ice and call {who} if:")
    return lead.format(who=f.who)
