"""The plan box, the numbered safety steps and the tracking table, chosen from the facts."""

from __future__ import annotations

from handouts.content.facts import Facts
from handouts.content.words import PREGNANCY_ASK_FIRST
from handouts.i18n import N_, ngettext
from handouts.i18n import gettext as _
from handouts.model import Caution, Modality, Region

Row = dict[str, str]

HEAT_TIMES = N_("15 to 20 minutes at a time, up to 3 times a day.")
ICE_TIMES = N_("10 to 15 minutes at a time, never more than 20. Then wait about 2 hours.")
TRY_A_WEEK = N_("Try it for 7 days, and fill in the table on this sheet.")
EXPECT = N_(
    "Heat and ice do not cure pain. They may ease it a little for a short time, and that can "
    "help you move more. If it feels worse, stop."
)
# The words of the plan box's left column ("Use", "How long"...), translated in _row.
# Translators: "Use", "Heat", "Ice", "How long", "Watch", "Move", "Rest"... label the rows of
# the plan box, each followed by the row's sentence ("Use: an ice pack...").
USE, HEAT, ICE, FOR_HOW_LONG = N_("Use"), N_("Heat"), N_("Ice"), N_("For how long")
FIRST_ICE = N_("First: ice")


def _row(term: str, text: str) -> Row:
    """A row of the plan box: `term` (an N_ msgid) is translated here, `text` already is."""
    return {"term": _(term), "text": text}


def ask_first(f: Facts) -> str:
    """The first line of the plan for a pregnant patient whose heat goes near the womb."""
    if (
        f.cautioned(Caution.PREGNANCY)
        and f.modality.uses_heat
        and f.presentation.region in PREGNANCY_ASK_FIRST
    ):
        return _("You are pregnant: ask your midwife or doctor before you use heat here.")
    return ""


def _heat_watch(f: Facts) -> str:
    if f.ice_ok:
        return _("If it swells more, gets hotter or hurts more, stop and use ice instead.")
    return _("If it swells more, gets hotter or hurts more, stop and call {who}.").format(who=f.who)


def plan_rows(f: Facts) -> list[Row]:
    m = f.modality
    if m is Modality.HEAT:
        rows = [
            _row(
                USE,
                _(
                    "Gentle heat: a heat pack or hot-water bottle wrapped in a towel, or a "
                    "warm shower or bath."
                ),
            ),
            _row(N_("How long"), _("15 to 20 minutes at a time.")),
            _row(N_("How often"), _("Up to 3 times a day.")),
            _row(FOR_HOW_LONG, _(TRY_A_WEEK)),
        ]
        if f.acute:
            rows.append(_row(N_("Watch"), _heat_watch(f)))
        return rows
    if m is Modality.ICE:
        until = (
            _(
                "Until {swelling} settles, for up to 7 days. Fill in the table on this sheet."
            ).format(swelling=f.swelling_words)
            if f.inflamed
            else _(TRY_A_WEEK)
        )
        return [
            _row(USE, _("An ice pack or a bag of frozen peas, wrapped in a thin, damp towel.")),
            _row(N_("How long"), _("10 to 15 minutes at a time, never more than 20.")),
            _row(
                N_("How often"),
                _("Wait about 2 hours between uses, until your skin looks and feels normal again."),
            ),
            _row(FOR_HOW_LONG, until),
        ]
    if m is Modality.ICE_THEN_HEAT:
        days = f.settle_days
        then = (
            _("From {date}, once {swelling} has gone down.")
            if f.inflamed
            else _("From {date}, if it has not swelled up.")
        )
        return [
            _row(
                FIRST_ICE,
                ngettext(
                    "For the next {days} day. 10 to 15 minutes at a time, with about 2 hours "
                    "between uses.",
                    "For the next {days} days. 10 to 15 minutes at a time, with about 2 hours "
                    "between uses.",
                    days,
                ).format(days=days),
            ),
            _row(
                N_("Then: heat"),
                then.format(date=f.settle_date, swelling=f.swelling_words) + " " + _(HEAT_TIMES),
            ),
            _row(
                FOR_HOW_LONG,
                _("Keep going for the rest of the week, and fill in the table on this sheet."),
            ),
        ]
    if m is Modality.EITHER:
        if f.acute:
            until = (
                _("Use ice, or nothing, until {date}, and until {swelling} has gone.")
                if f.fresh
                else _("Use ice, or nothing, until {swelling} has gone.")
            )
            first = until.format(date=f.settle_date, swelling=f.swelling_words)
            return [
                _row(FIRST_ICE, first + " " + _(ICE_TIMES)),
                _row(
                    N_("Then: you pick"),
                    _("Heat or ice, the one that feels better. You can switch."),
                ),
                _row(HEAT, _(HEAT_TIMES)),
                _row(FOR_HOW_LONG, _(TRY_A_WEEK)),
            ]
        return [
            _row(USE, _("Heat or ice: pick the one that feels better to you. You can switch.")),
            _row(HEAT, _(HEAT_TIMES)),
            _row(ICE, _(ICE_TIMES)),
            _row(FOR_HOW_LONG, _(TRY_A_WEEK)),
        ]
    return [
        _row(
            USE,
            _("No heat and no ice on {your_region} for now.").format(your_region=f.your_region),
        ),
        _row(N_("Move"), _("Keep gently moving, a little and often, as much as feels okay.")),
        _row(N_("Rest"), _("Rest in positions that feel comfortable, and change position often.")),
        _row(
            N_("Come back"),
            _("See {who} again if it is no better in a week, or sooner if it gets worse.").format(
                who=f.who
            ),
        ),
    ]


def heat_steps(f: Facts) -> list[str]:
    """Safe use of heat, at the level of the NHS leaflets."""
    return [
        _(
            "Pick one: a wheat or gel pack (heat it only as its maker says), a hot-water bottle, "
            "an electric heat pad set to low, or a warm shower or bath."
        ),
        _(
            "Fill a hot-water bottle half to two thirds full with hot tap water, never boiling. "
            "Let the air out before you close it."
        ),
        _(
            "Wrap the pack or bottle in a towel. It should feel comfortably warm, never hot. "
            "Use it for 15 to 20 minutes, up to 3 times a day."
        ),
        _(
            "Check your skin every 5 minutes. Pink is normal. Stop if it turns red and blotchy, or "
            "starts to blister."
        ),
        _("Never fall asleep with heat on, and do not lie on top of a pack or pad."),
        _("Do not use heat on skin that is hot, swollen or infected, or when you have a fever."),
    ]


def ice_steps(f: Facts) -> list[str]:
    """Safe use of ice, at the level of the NHS leaflets."""
    steps = [
        _(
            "Wrap an ice pack or a bag of frozen peas in a thin, damp towel. Never put ice "
            "straight on your skin."
        ),
        _("Keep it on for 10 to 15 minutes, never more than 20. Never fall asleep with ice on."),
        _(
            "Check your skin every 5 minutes. Pink is normal. Stop at once if your skin turns "
            "white, blue or blotchy, or goes numb."
        ),
        _(
            "Wait until your skin looks and feels normal again (about 2 hours) before the next "
            "time."
        ),
    ]
    if f.presentation.region in (Region.MID_BACK, Region.OTHER):
        steps.append(
            _("If you have heart trouble, ask {who} before you put ice on your chest.").format(
                who=f.who
            )
        )
    return steps


def neither_steps(f: Facts) -> list[str]:
    return [
        _("Do not put heat or ice on this area."),
        _("Keep gently moving, as much as feels comfortable. Short walks are a good start."),
        _("Rest in positions that feel good, and change position often."),
        _("Write down each day how much you moved and how the pain felt."),
        _("Ask {who} about other ways to ease the pain.").format(who=f.who),
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
            _("Switch only once {swelling} has gone down.").format(swelling=f.swelling_words)
            if f.inflamed
            else _("If it has swelled up by then, keep using ice until the swelling goes down.")
        )
        first = ngettext(
            "First: ice, for the next {days} day", "First: ice, for the next {days} days", days
        )
        return [
            {"heading": first.format(days=days), "note": "", "steps": ice_steps(f)},
            {
                "heading": _("Then: heat, from {date}").format(date=f.settle_date),
                "note": then,
                "steps": heat_steps(f),
            },
        ]
    ice_first = _("If you choose ice") if not f.acute else _("First: ice, and only ice")
    return [
        {"heading": ice_first, "note": "", "steps": ice_steps(f)},
        {
            "heading": _("If you choose heat") if not f.acute else _("Later, if you choose heat"),
            "note": ""
            if not f.acute
            else _("Only once the first days have passed and {swelling} has gone.").format(
                swelling=f.swelling_words
            ),
            "steps": heat_steps(f),
        },
    ]


def tracking_columns(f: Facts) -> list[str]:
    m = f.modality
    if m is Modality.NEITHER:
        columns = [
            DAY,
            N_("Minutes moving"),
            N_("Pain in the morning (0-10)"),
            N_("Pain in the evening (0-10)"),
            N_("What helped"),
        ]
    elif m.uses_heat and m.uses_ice:
        columns = [DAY, N_("Heat or ice"), MINUTES, PAIN_BEFORE, PAIN_AFTER]
    else:
        columns = [DAY, MINUTES, PAIN_BEFORE, PAIN_AFTER]
    return [_(column) for column in columns]


DAY, MINUTES = N_("Day"), N_("Minutes")
PAIN_BEFORE, PAIN_AFTER = N_("Pain before (0-10)"), N_("Pain after (0-10)")
