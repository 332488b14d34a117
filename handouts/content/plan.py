"""The plan box, the numbered safety steps and the tracking table, chosen from the facts."""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.words import PREGNANCY_ASK_FIRST
from handouts.model import Caution, Modality, Region

Row = dict[str, str]

HEAT_TIMES = "15 to 20 minutes at a time, up to 3 times a day."
ICE_TIMES = "10 to 15 minutes at a time, never more than 20. Then wait about 2 hours."
TRY_A_WEEK = "Try it for 7 days, and fill in the table on this sheet."
EXPECT = (
    "Heat and ice do not cure pain. They may ease it a little for a short time, and that can "
    "help you move more. If it feels worse, stop."
)


def _row(term: str, text: str) -> Row:
    return {"term": term, "text": text}


def ask_first(f: Facts) -> str:
    """The first line of the plan for a pregnant patient whose heat goes near the womb."""
    if (
        f.cautioned(Caution.PREGNANCY)
        and f.modality.uses_heat
        and f.presentation.region in PREGNANCY_ASK_FIRST
    ):
        return "You are pregnant: ask your midwife or doctor before you use heat here."
    return ""


def _heat_watch(f: Facts) -> str:
    switch = "stop and use ice instead" if f.ice_ok else f"stop and call {f.who}"
    return f"If it swells more, gets hotter or hurts more, {switch}."


def plan_rows(f: Facts) -> list[Row]:
    m = f.modality
    if m is Modality.HEAT:
        rows = [
            _row(
                "Use",
                "Gentle heat: a heat pack or hot-water bottle wrapped in a towel, or a "
                "warm shower or bath.",
            ),
            _row("How long", "15 to 20 minutes at a time."),
            _row("How often", "Up to 3 times a day."),
            _row("For how long", TRY_A_WEEK),
        ]
        if f.acute:
            rows.append(_row("Watch", _heat_watch(f)))
        return rows
    if m is Modality.ICE:
        until = (
            f"Until {f.swelling_words} settles, for up to 7 days. Fill in the table on this sheet."
            if f.inflamed
            else TRY_A_WEEK
        )
        return [
            _row("Use", "An ice pack or a bag of frozen peas, wrapped in a thin, damp towel."),
            _row("How long", "10 to 15 minutes at a time, never more than 20."),
            _row(
                "How often",
                "Wait about 2 hours between uses, until your skin looks and feels normal again.",
            ),
            _row("For how long", until),
        ]
    if m is Modality.ICE_THEN_HEAT:
        days = f.settle_days
        then = (
            f"once {f.swelling_words} has gone down" if f.inflamed else "if it has not swelled up"
        )
        return [
            _row(
                "First: ice",
                f"For the next {days} day{'s' if days != 1 else ''}. "
                "10 to 15 minutes at a time, with about 2 hours between uses.",
            ),
            _row("Then: heat", f"From {f.settle_date}, {then}. {HEAT_TIMES}"),
            _row(
                "For how long",
                "Keep going for the rest of the week, and fill in the table on this sheet.",
            ),
        ]
    if m is Modality.EITHER:
        if f.acute:
            until = f"until {f.settle_date}, and " if f.fresh else ""
            return [
                _row(
                    "First: ice",
                    f"Use ice, or nothing, {until}until {f.swelling_words} has gone. {ICE_TIMES}",
                ),
                _row("Then: you pick", "Heat or ice, the one that feels better. You can switch."),
                _row("Heat", HEAT_TIMES),
                _row("For how long", TRY_A_WEEK),
            ]
        return [
            _row("Use", "Heat or ice: pick the one that feels better to you. You can switch."),
            _row("Heat", HEAT_TIMES),
            _row("Ice", ICE_TIMES),
            _row("For how long", TRY_A_WEEK),
        ]
    return [
        _row("Use", f"No heat and no ice on {f.your_region} for now."),
        _row("Move", "Keep gently moving, a little and often, as much as feels okay."),
        _row("Rest", "Rest in positions that feel comfortable, and change position often."),
        _row(
            "Come back",
            f"See {f.who} again if it is no better in a week, or sooner if it gets worse.",
        ),
    ]


def heat_steps(f: Facts) -> list[str]:
    """Safe use of heat, at the level of the NHS leaflets."""
    return [
        "Pick one: a wheat or gel pack (heat it only as its maker says), a hot-water bottle, "
        "an electric heat pad set to low, or a warm shower or bath.",
        "Fill a hot-water bottle half to two thirds full with hot tap water, never boiling. "
        "Let the air out before you close it.",
        "Wrap the pack or bottle in a towel. It should feel comfortably warm, never hot. Use it "
        "for 15 to 20 minutes, up to 3 times a day.",
        "Check your skin every 5 minutes. Pink is normal. Stop if it turns red and blotchy, or "
        "starts to blister.",
        "Never fall asleep with heat on, and do not lie on top of a pack or pad.",
        "Do not use heat on skin that is hot, swollen or infected, or when you have a fever.",
    ]


def ice_steps(f: Facts) -> list[str]:
    """Safe use of ice, at the level of the NHS leaflets."""
    steps = [
        "Wrap an ice pack or a bag of frozen peas in a thin, damp towel. Never put ice straight "
        "on your skin.",
        "Keep it on for 10 to 15 minutes, never more than 20. Never fall asleep with ice on.",
        "Check your skin every 5 minutes. Pink is normal. Stop at once if your skin turns "
        "white, blue or blotchy, or goes numb.",
        "Wait until your skin looks and feels normal again (about 2 hours) before the next time.",
    ]
    if f.presentation.region in (Region.MID_BACK, Region.OTHER):
        steps.append(f"If you have heart trouble, ask {f.who} before you put ice on your chest.")
    return steps


def neither_steps(f: Facts) -> list[str]:
    return [
        "Do not put heat or ice on this area.",
        "Keep gently moving, as much as feels comfortable. Short walks are a good start.",
        "Rest in positions that feel good, and change position often.",
        "Write down each day how much you moved and how the pain felt.",
        f"Ask {f.who} about other ways to ease the pain.",
    ]


def safety_blocks(f: Facts) -> list[dict[str, object]]:
    """The numbered step lists with their headings, in the order the patient uses them."""
    m = f.modality
    if m is Modality.NEITHER:
        return [{"heading": "", "note": "", "steps": neither_steps(f)}]
    if m is Modality.HEAT:
        return [{"heading": "", "note": "", "steps": heat_steps(f)}]
    if m is Modality.ICE:
        return [{"heading": "", "note": "", "steps": ice_steps(f)}]
    days = f.settle_days
    if m is Modality.ICE_THEN_HEAT:
        then = (
            f"Switch only once {f.swelling_words} has gone down."
            if f.inflamed
            else "If it has swelled up by then, keep using ice until the swelling goes down."
        )
        return [
            {
                "heading": f"First: ice, for the next {days} day{'s' if days != 1 else ''}",
                "note": "",
                "steps": ice_steps(f),
            },
            {"heading": f"Then: heat, from {f.settle_date}", "note": then, "steps": heat_steps(f)},
        ]
    ice_first = "If you choose ice" if not f.acute else "First: ice, and only ice"
    return [
        {"heading": ice_first, "note": "", "steps": ice_steps(f)},
        {
            "heading": "If you choose heat" if not f.acute else "Later, if you choose heat",
            "note": ""
            if not f.acute
            else f"Only once the first days have passed and {f.swelling_words} has gone.",
            "steps": heat_steps(f),
        },
    ]


def tracking_columns(f: Facts) -> list[str]:
    m = f.modality
    if m is Modality.NEITHER:
        return [
            "Day",
            "Minutes moving",
            "Pain in the morning (0-10)",
            "Pain in the evening (0-10)",
            "What helped",
        ]
    if m.uses_heat and m.uses_ice:
        return ["Day", "Heat or ice", "Minutes", "Pain before (0-10)", "Pain after (0-10)"]
    return ["Day", "Minutes", "Pain before (0-10)", "Pain after (0-10)"]
