"""The handouts one tick away from the form, for the preview to render ahead while the
clinician reads (see RenderService.render_ahead). Qt-free: plain values in, handouts out."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    SIDED_REGIONS,
    Caution,
    Choice,
    History,
    InvalidPresentation,
    Onset,
    Preference,
    Region,
    Side,
    Sign,
)

if TYPE_CHECKING:
    from handouts.profile import ClinicProfile
    from handouts.render import Handout
    from ui.widgets.form_values import FormValues

# At most this many handouts are rendered ahead after one change (a tick 1.5 s later finds
# about 10 of them made; more would only be thrown away by the next change).
AHEAD_LIMIT = 16
# The days box moves one day at a time.
DAY_STEP = 1


def handout_for(values: FormValues, profile: ClinicProfile) -> Handout | None:
    """The handout the window makes for this form (None where it makes none)."""
    # Lazy: handouts.render loads with the first handout, not at start-up.
    from handouts.render import Handout

    try:
        presentation = values.presentation()
        if presentation is None:
            return None
        recommendation = decide(presentation)
    except (InvalidPresentation, ChoiceRefused):
        return None
    return Handout(
        presentation=presentation,
        recommendation=recommendation,
        profile=profile,
        patient=values.patient,
        note=values.note,
        language=values.language,
    )


def one_tick_away(values: FormValues) -> list[FormValues]:
    """Every form a single tick makes from this one: another radio button in each group, a
    check box turned on or off, the days box a day up or down."""
    forms: list[FormValues] = []
    forms += [replace(values, region=region) for region in Region if region != values.region]
    if values.region in SIDED_REGIONS:
        forms += [replace(values, side=side) for side in Side if side != values.side]
    forms += [replace(values, onset=onset) for onset in Onset if onset != values.onset]
    if values.onset is Onset.INJURY:
        forms.append(replace(values, days=values.days + DAY_STEP))
        if values.days >= DAY_STEP:
            forms.append(replace(values, days=values.days - DAY_STEP))
    forms += [replace(values, signs=values.signs ^ {sign}) for sign in Sign]
    forms += [replace(values, preference=p) for p in Preference if p != values.preference]
    forms += [replace(values, history=values.history ^ {item}) for item in History]
    forms += [replace(values, cautions=values.cautions ^ {item}) for item in Caution]
    forms += [replace(values, choice=choice) for choice in Choice if choice != values.choice]
    return forms


def handouts_ahead(
    values: FormValues, profile: ClinicProfile, limit: int = AHEAD_LIMIT
) -> list[Handout]:
    """The different handouts one tick away, those that more ticks lead to first (a random
    tick is likelier to land on one of them), the current handout left out."""
    current = handout_for(values, profile)
    counts: Counter[Handout] = Counter()
    for form in one_tick_away(values):
        handout = handout_for(form, profile)
        if handout is not None and handout != current:
            counts[handout] += 1
    return [handout for handout, _ in counts.most_common(limit)]
