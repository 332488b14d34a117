"""Tight muscles and stiffness: what to expect from the plan, and when to switch.

Cold on the skin can make muscles tighten (Mense, Simons & Russell 2000, as the seed article
cites it); the handout words it as experience and says when to stop and switch.
"""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.parts import Paragraph, cite, text
from handouts.model import Modality, Reason


def _tight_muscles(f: Facts, told: dict[Reason, str], reason: Reason, what: str) -> Paragraph:
    """Spasm or knots: warmth eases them; cold can tighten them (Mense, Simons & Russell)."""
    cited = told.get(reason) == "mense2000"
    experience = "This comes from experience, not from firm proof."
    if f.modality is Modality.ICE:
        switch = (
            "stop the ice and try heat instead"
            if f.heat_ok_later and not f.acute
            else f"stop the ice and ask {f.who} what to do"
        )
        parts: Paragraph = [
            text(what, "Cold on the skin can make muscles tighten more."),
        ]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(
            text(
                "You can still try ice. At first the muscles may feel a little tighter. "
                f"If they stay tight, or the pain is worse after ice, {switch}."
            )
        )
        return parts
    if f.modality is Modality.EITHER:
        parts = [
            text(what, "Warmth often helps these muscles relax, and cold can make them tighten.")
        ]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(text("If you pick ice and your muscles feel tighter, switch to heat."))
        return parts
    if f.modality is Modality.ICE_THEN_HEAT:
        parts = [text(what, "Cold can make muscles tighten, so keep each ice time short.")]
        if cited:
            parts.append(cite("mense2000"))
        parts.append(text("Once you switch to heat, warmth often helps them relax.", experience))
        return parts
    return [text(what, _HEAT_HELPS[reason], experience)]


_HEAT_HELPS = {
    Reason.SPASM: (
        "Many therapists see warmth help tight muscles relax, while cold can make them "
        "tighten more."
    ),
    Reason.KNOTS: "Many therapists find that warmth eases them and cold can make them worse.",
}


def spasm(f: Facts, told: dict[Reason, str]) -> Paragraph:
    return _tight_muscles(
        f,
        told,
        Reason.SPASM,
        "Your muscles are in spasm, which means they tighten and will not let go.",
    )


def knots(f: Facts, told: dict[Reason, str]) -> Paragraph:
    if Reason.SPASM in f.recommendation.reasons and told.get(Reason.KNOTS) is None:
        # Said once: the spasm paragraph just above already tells what warmth and cold do.
        return [text("You also have muscle knots: small, tender, tight spots in a muscle.")]
    return _tight_muscles(
        f, told, Reason.KNOTS, "You have muscle knots: small, tender, tight spots in a muscle."
    )


def stiffness(f: Facts, told: dict[Reason, str]) -> Paragraph:
    stiff = f"{f.your_region.capitalize()} {f.feels} stiff."
    if f.modality is Modality.ICE:
        return [
            text(
                stiff, "Move it gently, as much as feels comfortable, after each time you use ice."
            )
        ]
    if f.modality is Modality.ICE_THEN_HEAT:
        return [
            text(
                stiff,
                "Once you switch to heat, warmth and gentle movement often ease it.",
            )
        ]
    return [
        text(
            stiff,
            "Warmth often makes it easier to move. Try some gentle movement right after you "
            "use heat.",
        )
    ]
