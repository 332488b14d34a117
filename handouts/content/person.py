"""The paragraphs about the person: how it started when ice is unsafe, their preference,
their history and their cautions, each chosen from the facts."""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.parts import Paragraph, cite, text
from handouts.content.words import PREGNANCY_ASK_FIRST, upper_first
from handouts.i18n import N_
from handouts.i18n import gettext as _
from handouts.model import Reason, Sign

# Translators: {days_ago} is "today", "yesterday", "5 days ago" or "recently".
HURT_WHEN = N_("You hurt {your_region} {days_ago}.")
GARRA_FINDING = N_(
    "In a study of people with neck or back strain, heat packs and cold packs gave about the "
    "same mild relief."
)


def acute_but_ice_unsafe(f: Facts, told: dict[Reason, str]) -> Paragraph:
    if f.fresh:
        state = _("You hurt {your_region} {days_ago}, so heat is not a good idea right now.")
    elif f.has(Sign.SWELLING) and f.plural:
        state = _("{your_region} are swollen, so heat is not a good idea right now.")
    elif f.has(Sign.SWELLING):
        state = _("{your_region} is swollen, so heat is not a good idea right now.")
    else:
        state = _("The skin over the area is warm or red, so heat is not a good idea right now.")
    return [
        text(
            upper_first(state.format(your_region=f.your_region, days_ago=f.days_ago)),
            _(
                "Ice would often help, but it is not safe for you, as this page explains. "
                "So use no heat or ice for now."
            ),
        )
    ]


# The preference paragraphs that are the same words for every patient.
PREFERENCE_SENTENCES: dict[Reason, str] = {
    Reason.NO_PREFERENCE: N_(
        "You did not mind whether you used heat or ice. That is fine. Try the plan and "
        "notice how you feel."
    ),
    Reason.PREFERS_HEAT: N_(
        "You told us you would rather use heat, and this plan lets you. What you like "
        "matters: you are more likely to keep using something that feels good."
    ),
    Reason.PREFERS_HEAT_LATER: N_(
        "You told us you would rather use heat. You can, but not yet. Start with ice "
        "while the injury is fresh. Then switch to heat as planned."
    ),
    Reason.PREFERS_ICE_NOT_NOW: N_(
        "You told us you would rather use ice. For now, ice is not a good fit for you, "
        "for the reasons on this page."
    ),
}


def prefers_ice(f: Facts, told: dict[Reason, str]) -> Paragraph:
    parts: Paragraph = [
        text(
            _(
                "You told us you would rather use ice, and it is safe for you. When it is safe, "
                "what you like comes first."
            )
        )
    ]
    if told.get(Reason.PREFERS_ICE) == "garra2010":
        parts += [text(_(GARRA_FINDING)), cite("garra2010")]
    return parts


def prefers_heat_not_now(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return [
        text(
            _(
                "You told us you would rather use heat. For now, heat is not a good fit for "
                "you, for the reasons on this page. Ask {who} when it is safe to try heat."
            ).format(who=f.who)
        )
    ]


def _history(f: Facts, before: str, still_try: str, left_out: str, uses: bool) -> Paragraph:
    """What has made this pain worse before, then whether the plan still tries it (N_ msgids)."""
    tail = upper_first(_(still_try).format(who=f.who)) if uses else _(left_out)
    return [text(_(before), tail)]


def history_cold_worse(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return _history(
        f,
        N_("You told us that cold has made this pain worse before."),
        N_(
            "{who} still thinks a careful try of ice is worth it. Stop right away if it "
            "feels worse."
        ),
        N_("So this plan leaves out ice."),
        f.modality.uses_ice,
    )


def history_heat_worse(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return _history(
        f,
        N_("You told us that heat has made this pain worse before."),
        N_(
            "{who} still thinks a careful try of heat is worth it. Stop right away if it "
            "feels worse."
        ),
        N_("So this plan leaves out heat."),
        f.modality.uses_heat,
    )


# The cautions that leave out heat or ice (or both): the same words for every patient.
CAUTION_SENTENCES: dict[Reason, str] = {
    Reason.CAUTION_NUMBNESS: N_(
        "You have less feeling in this area (numbness). You might not notice if heat or "
        "cold starts to harm your skin. It could cause a burn, or frostbite, which is "
        "skin damage from cold. So this plan leaves out heat and ice."
    ),
    Reason.CAUTION_POOR_CIRCULATION: N_(
        "Blood does not flow well to this area (poor circulation). Your skin may not "
        "cope with heat or cold, and it could get hurt. So this plan leaves out heat and "
        "ice."
    ),
    Reason.CAUTION_COLD_SENSITIVITY: N_(
        "Your body reacts badly to cold. One example is Raynaud's, where fingers or toes "
        "turn white or blue in the cold. So ice is not safe for you."
    ),
    Reason.CAUTION_BROKEN_SKIN: N_(
        "The skin here is broken or sore. It may have a cut, an infection or a rash. "
        "Heat or cold could hurt it more, so this plan leaves them out."
    ),
    Reason.CAUTION_CANNOT_REPORT: N_(
        "It may be hard for you, or the person you care for, to feel or say when heat or "
        "cold is too strong. To keep the skin safe, this plan leaves out heat and ice."
    ),
    Reason.CAUTION_CANCER: N_(
        "You have cancer, or have had radiation treatment, near this area. Heat and cold "
        "are not advised there. So this plan leaves out heat and ice. Ask your cancer "
        "team what can help."
    ),
}


def pregnancy(f: Facts, told: dict[Reason, str]) -> Paragraph:
    if f.modality.uses_heat:
        ask = (
            _("Before you use heat on {your_region}, ask your midwife or doctor.").format(
                your_region=f.your_region
            )
            if f.presentation.region in PREGNANCY_ASK_FIRST
            else ""
        )
        rest = _(
            "Use gentle warmth only. Stay out of hot tubs and saunas, because too much heat "
            "is not good for your baby."
        )
    else:
        ask = ""
        rest = _("Do not use hot tubs or saunas, because too much heat is not good for your baby.")
    return [text(_("You are pregnant."), rest, ask)]
