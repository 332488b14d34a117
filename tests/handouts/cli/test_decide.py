"""`main.py decide`: JSON on stdout, exit codes 0/2/3, one plain line for bad input."""

from __future__ import annotations

import json

import pytest

from handouts.decision import decide
from handouts.model import Presentation
from tests.handouts.cli.helpers import run_main
from tests.handouts.test_decision import WORKED_EXAMPLES


def as_options(inputs: dict) -> list[str]:
    options: list[str] = []
    for key, value in inputs.items():
        flag = {"signs": "--sign", "cautions": "--caution"}.get(key, f"--{key}")
        for item in value if isinstance(value, list) else [value]:
            options += [flag, str(item)]
    return options


@pytest.mark.parametrize(("inputs", "expected"), WORKED_EXAMPLES)
def test_worked_examples_agree_with_decide(inputs: dict, expected: str) -> None:
    result = run_main("decide", *as_options(inputs))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output == decide(Presentation(**inputs)).as_dict()
    assert output["modality"] == expected


def test_json_shape_with_repeated_options() -> None:
    result = run_main(
        "decide",
        "--region",
        "low-back",
        "--sign",
        "spasm",
        "--sign",
        "knots",
        "--caution",
        "pregnancy",
        "--history",
        "cold-worse",
        "--preference",
        "heat",
    )
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "modality": "heat",
        "reasons": [
            "no-recent-injury",
            "back-pain-rarely-injury",
            "spasm",
            "knots",
            "prefers-heat",
            "history-cold-worse",
            "caution-pregnancy",
        ],
        "cautions": ["pregnancy"],
        "warnings": [],
    }
    assert result.stderr == ""


def test_clinician_choice_against_the_policy_warns() -> None:
    result = run_main(
        "decide", "--region", "knee", "--onset", "injury", "--days", "0", "--choice", "heat"
    )
    assert result.returncode == 0
    output = json.loads(result.stdout)
    assert output["modality"] == "heat"
    assert output["reasons"][0] == "clinician-choice"
    assert output["warnings"]


def test_refused_choice_exits_3_naming_the_caution() -> None:
    result = run_main(
        "decide", "--region", "knee", "--caution", "cold-sensitivity", "--choice", "ice"
    )
    assert result.returncode == 3
    assert result.stdout == ""
    assert "cold-sensitivity" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--region", "back"], ["--region", "'back'", "low-back, mid-back, neck"]),
        (["--region", "knee", "--onset", "injury"], ["--days", "required when onset is injury"]),
        (["--region", "knee", "--onset", "injury", "--days", "-1"], ["--days", "negative"]),
        (["--region", "knee", "--days", "two"], ["--days", "'two'", "whole number"]),
        (["--region", "knee", "--region", "neck"], ["--region", "given twice"]),
        (["--region", "knee", "--preference", "heat", "--preference", "ice"], ["--preference"]),
        (["--region", "knee", "--sign", "redness"], ["--sign", "swelling, warmth"]),
        (["--region", "knee", "--caution", "diabetes"], ["--caution", "numbness"]),
        (["--region", "knee", "--choice", "tens"], ["--choice", "auto, heat, ice, either"]),
        ([], ["--region", "required"]),
    ],
)
def test_bad_input_exits_2_with_one_plain_line(args: list[str], expected: list[str]) -> None:
    result = run_main("decide", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in expected:
        assert fragment in lines[0]


def test_repeating_an_option_with_the_same_value_is_fine() -> None:
    result = run_main("decide", "--region", "knee", "--region", "knee")
    assert result.returncode == 0


@pytest.mark.parametrize("args", [["--help"], ["decide", "--help"]])
def test_help_works_everywhere(args: list[str]) -> None:
    result = run_main(*args)
    assert result.returncode == 0
    assert "usage: heat-or-ice" in result.stdout
