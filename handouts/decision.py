"""The decision policy (docs/clinical-policy.md, section 3): a presentation in, a recommendation
out.

Pure: no I/O, no clock. Every caller (GUI, CLI, tests) decides through `decide`.
"""

from __future__ import annotations

from dataclasses import dataclass

from handouts.content import refused_choice_message
from handouts.model import (
    BLOCKS_HEAT,
    BLOCKS_ICE,
    FRESH_DAYS,
    Caution,
    Choice,
    History,
    Modality,
    Preference,
    Presentation,
    Reason,
    Recommendation,
    Sign,
)


class ChoiceRefused(Exception):
    """The clinician chose a modality that a caution makes unsafe."""

    def __init__(self, choice: Choice, cautions: tuple[Caution, ...]) -> None:
        self.choice = choice
        self.cautions = cautions
        super().__init__(refused_choice_message(choice, cautions))


@dataclass(frozen=True)
class Blocks:
    """What stands in the way of each modality, by kind (section 3, 'Blocks')."""

    ice_cautions: tuple[Caution, ...]
    heat_cautions: tuple[Caution, ...]
    cold_worse: bool
    heat_worse: bool
    fresh: bool
    inflamed: bool

    @property
    def ice_blocked(self) -> bool:
        return bool(self.ice_cautions) or self.cold_worse

    @property
    def heat_blocked_by_other_than_acute(self) -> bool:
        return bool(self.heat_cautions) or self.heat_worse

    @property
    def heat_blocked(self) -> bool:
        return self.heat_blocked_by_other_than_acute or self.fresh or self.inflamed


def _sorted(cautions: frozenset[Caution]) -> tuple[Caution, ...]:
    """Cautions in the brief's order, so output is stable."""
    return tuple(caution for caution in Caution if caution in cautions)


def find_blocks(presentation: Presentation) -> Blocks:
    cautions = presentation.cautions
    return Blocks(
        ice_cautions=_sorted(cautions & BLOCKS_ICE),
        heat_cautions=_sorted(cautions & BLOCKS_HEAT),
        cold_worse=History.COLD_WORSE in presentation.history,
        heat_worse=History.HEAT_WORSE in presentation.history,
        fresh=presentation.is_fresh,
        inflamed=presentation.is_inflamed,
    )


def policy_modality(presentation: Presentation, blocks: Blocks) -> Modality:
    """Rules 1-4 of section 3, first match wins."""
    if blocks.ice_blocked and blocks.heat_blocked:
        return Modality.NEITHER
    if blocks.fresh or blocks.inflamed:
        if blocks.ice_blocked:
            return Modality.NEITHER
        if blocks.fresh and not blocks.heat_blocked_by_other_than_acute:
            return Modality.ICE_THEN_HEAT
        return Modality.ICE
    preference = presentation.preference
    if preference is Preference.ICE and not blocks.ice_blocked:
        return Modality.ICE
    if preference is Preference.HEAT and not blocks.heat_blocked:
        return Modality.HEAT
    if not blocks.heat_blocked:
        return Modality.HEAT
    if not blocks.ice_blocked:
        return Modality.ICE
    return Modality.NEITHER


# The signs that speak for ice, and those that speak for heat, each with its reason.
ICE_SIGN_REASONS = (
    (Sign.SWELLING, Reason.SWELLING),
    (Sign.WARMTH, Reason.WARMTH),
    (Sign.BRUISING, Reason.BRUISING),
)
HEAT_SIGN_REASONS = (
    (Sign.SPASM, Reason.SPASM),
    (Sign.STIFFNESS, Reason.STIFFNESS),
    (Sign.KNOTS, Reason.KNOTS),
)


def _factor_reasons(presentation: Presentation, modality: Modality) -> list[Reason]:
    """The ticked factors that speak for the plan, one reason each."""
    reasons: list[Reason] = []
    signs = presentation.signs
    if modality.uses_ice:
        if presentation.is_fresh:
            reasons.append(Reason.FRESH_INJURY)
        reasons += [reason for sign, reason in ICE_SIGN_REASONS if sign in signs]
    if modality is Modality.ICE_THEN_HEAT:
        reasons.append(Reason.SWITCH_TO_HEAT)
    if modality.uses_heat and not presentation.is_fresh and not presentation.is_inflamed:
        reasons.append(Reason.NO_RECENT_INJURY)
        if presentation.region.is_back:
            reasons.append(Reason.BACK_PAIN_RARELY_INJURY)
    if modality is not Modality.NEITHER:
        # Ticked on an ice plan too: the handout says what to expect and when to switch.
        reasons += [reason for sign, reason in HEAT_SIGN_REASONS if sign in signs]
    return reasons


def _preference_reason(preference: Preference, modality: Modality) -> Reason:
    """The patient's preference is always acknowledged, followed or not."""
    if preference is Preference.NONE:
        return Reason.NO_PREFERENCE
    if preference is Preference.HEAT:
        if modality in (Modality.HEAT, Modality.EITHER):
            return Reason.PREFERS_HEAT
        if modality is Modality.ICE_THEN_HEAT:
            return Reason.PREFERS_HEAT_LATER
        return Reason.PREFERS_HEAT_NOT_NOW
    if modality.uses_ice:
        return Reason.PREFERS_ICE
    return Reason.PREFERS_ICE_NOT_NOW


def _reasons(
    presentation: Presentation, modality: Modality, blocks: Blocks, chosen: bool
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    if chosen:
        reasons.append(Reason.CLINICIAN_CHOICE)
    if modality is Modality.EITHER:
        reasons.append(Reason.PATIENT_CHOOSES)
    reasons += _factor_reasons(presentation, modality)
    acute_only = (blocks.fresh or blocks.inflamed) and not blocks.heat_blocked_by_other_than_acute
    if modality is Modality.NEITHER and not chosen and blocks.ice_blocked and acute_only:
        reasons.append(Reason.ACUTE_BUT_ICE_UNSAFE)
    history = [Reason.for_history(item) for item in History if item in presentation.history]
    cautions = [Reason.for_caution(caution) for caution in _sorted(presentation.cautions)]
    preference = _preference_reason(presentation.preference, modality)
    if modality is Modality.NEITHER and not chosen:
        # The main reason first: what rules heat and ice out, then the rest.
        return tuple(cautions + history + reasons + [preference])
    return tuple([*reasons, preference, *history, *cautions])


def _choice_warnings(choice: Choice, blocks: Blocks) -> tuple[str, ...]:
    """What the clinician should know when their choice goes against the policy."""
    warnings: list[str] = []
    heat = choice in (Choice.HEAT, Choice.EITHER)
    ice = choice in (Choice.ICE, Choice.EITHER)
    if heat and blocks.fresh:
        warnings.append(
            f"Heat on a fresh injury ({FRESH_DAYS} days or less) can make it swell more."
        )
    if heat and blocks.inflamed:
        warnings.append("Heat on a swollen or warm area can make the swelling worse.")
    if heat and blocks.heat_worse:
        warnings.append("The patient says heat has made this pain worse before.")
    if ice and blocks.cold_worse:
        warnings.append("The patient says cold has made this pain worse before.")
    return tuple(warnings)


_CHOICE_MODALITY = {
    Choice.HEAT: Modality.HEAT,
    Choice.ICE: Modality.ICE,
    Choice.EITHER: Modality.EITHER,
}


def decide(presentation: Presentation) -> Recommendation:
    """Apply the policy, or the clinician's choice when it is safe.

    Raises ChoiceRefused when the clinician's choice is blocked by a caution.
    """
    blocks = find_blocks(presentation)
    choice = presentation.choice
    if choice is Choice.AUTO:
        modality = policy_modality(presentation, blocks)
        warnings: tuple[str, ...] = ()
    else:
        refusing = {
            Choice.HEAT: blocks.heat_cautions,
            Choice.ICE: blocks.ice_cautions,
            Choice.EITHER: _sorted(frozenset(blocks.heat_cautions + blocks.ice_cautions)),
        }[choice]
        if refusing:
            raise ChoiceRefused(choice, refusing)
        modality = _CHOICE_MODALITY[choice]
        warnings = _choice_warnings(choice, blocks)
    chosen = choice is not Choice.AUTO
    switch_after = None
    if modality is Modality.ICE_THEN_HEAT:
        days = presentation.days or 0
        switch_after = max(1, FRESH_DAYS - days)
    return Recommendation(
        modality=modality,
        reasons=_reasons(presentation, modality, blocks, chosen),
        cautions=_sorted(presentation.cautions),
        warnings=warnings,
        switch_after_days=switch_after,
        chosen_by_clinician=chosen,
    )
