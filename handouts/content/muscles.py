"""Tight muscles and stiffness: what to expect from the plan, and when to switch.

Cold on the skin can make muscles tighten (Mense, Simons & Russell 2000, as the seed article
cites it); the handout words it as experience and says when to stop and switch.
"""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.parts import Paragraph, cite, text
from handouts.content.words import upper_first
from handouts.i18n import N_
from handouts.i18n import gettext as _
from handouts.model import Modality, Reason


def _tight_muscles(f: Facts, told: dict[Reason, str], reason: Reason, what: str) -> Paragraph:
    """Spasm or knots: warmth eases them; cold can tighten them (Mense, Simons & Russell)."""
    cited = told.get(reason) == "mense2000"
    what = _(what)
    experience = _("This comes from experience, not from firm proof.")
    if f.modality is Modality.ICE:
        switch = (
            _(
                "You can still try ice. At first the muscles may feel a little tighter. If they "
                "stay tight, or the pain is worse after ice, stop the ice and try heat instead."
            )
            if f.heat_ok_later and not f.acute
            else _(
                "You can still try ice. At first the muscles may feel a little tighter. If they "
                "stay tight, or the pain is worse after ice, stop the ice and ask {who} what "
                "to do."
            ).format(who=f.who)
        )
        parts: Paragraph = [
            text(what, _("Cold on the skin can make muscles tighten more.")),
        ]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(text(switch))
        return parts
    if f.modality is Modality.EITHER:
        parts = [
            text(what, _("Warmth often helps these muscles relax, and cold can make them tighten."))
        ]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(text(_("If you pick ice and your muscles feel tighter, switch to heat.")))
        return parts
    if f.modality is Modality.ICE_THEN_HEAT:
        parts = [text(what, _("Cold can make muscles tighten, so keep each ice time short."))]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(text(_("Once you switch to heat, warmth often helps them relax."), experience))
        return parts
    return [text(what, _(_HEAT_HELPS[reason]), experience)]


_HEAT_HELPS = {
    Reason.SPASM: N_(
        "Many therapists see warmth help tight muscles relax, while cold can make them "
        "tighten more."
    ),
    Reason.KNOTS: N_("Many therapists find that warmth eases them and cold can make them worse."),
}
_SPASM = N_("Your muscles are in spasm, which means they tighten and will not let go.")
_KNOTS = N_("You have muscle knots: small, tender, tight spots in a muscle.")


def spasm(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return _tight_muscles(f, told, Reason.SPASM, _SPASM)


def knots(f: Facts, told: dict[Reason, str]) -> Paragraph:
    if Reason.SPASM in f.recommendation.reasons and told.get(Reason.KNOTS) is None:
        # Said once: the spasm paragraph just above already tells what warmth and cold do.
        return [text(_("You also have muscle knots: small, tender, tight spots in a muscle."))]
    return _tight_muscles(f, told, Reason.KNOTS, _KNOTS)


def stiffness(f: Facts, told: dict[Reason, str]) -> Paragraph:
    stiff = _("{your_region} feel stiff.") if f.plural else _("{your_region} feels stiff.")
    stiff = upper_first(stiff.format(your_region=f.your_region))
    if f.modality is Modality.ICE:
        return [
            text(
                stiff,
                _("Move it gently, as much as feels comfortable, after each time you use ice."),
            )
        ]
    if f.modality is Modality.ICE_THEN_HEAT:
        return [
            text(stiff, _("Once you switch to heat, warmth and gentle movement often ease it."))
        ]
    return [
        text(
            stiff,
            _(
                "Warmth often makes it easier to move. Try some gentle movement right after "
                "you use heat."
            ),
        )
    ]
