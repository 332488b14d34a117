"""The chart note: short, plain, no patient name unless asked for."""

from __future__ import annotations

from handouts.record import Delivery, chart_note
from tests.handouts.record.helpers import entry


def test_the_issue_example() -> None:
    note = chart_note(entry(created="2026-11-27T10:00:00+00:00", content_version="3"))
    assert note == (
        "2026-11-27: advised heat for low back (flare-up, spasm); patient prefers heat; no "
        "cautions. Handout given (printed), content v3."
    )


def test_no_name_unless_asked() -> None:
    given = entry("Jane Doe")
    assert "Jane" not in chart_note(given)
    assert chart_note(given, with_name=True).startswith("2026-11-27: Jane Doe: advised heat")


def test_injury_cautions_choice_and_email() -> None:
    inputs = {"region": "ankle-foot", "onset": "injury", "days": 1, "signs": ["swelling"],
              "cautions": ["pregnancy"], "choice": "heat", "history": ["heat-worse"]}  # fmt: skip
    note = chart_note(entry(inputs=inputs, delivery=Delivery.EMAILED, sent_to="pat@example.com"))
    assert "advised heat for ankle and foot (injury 1 day ago, swelling)" in note
    assert "clinician's choice; the policy gives ice;" in note
    assert "no preference stated" in note and "heat made it worse before" in note
    assert "cautions: pregnancy" in note
    assert "Handout given (emailed to pat@example.com)" in note
