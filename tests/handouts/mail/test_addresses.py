"""Checking the patient's address: each kind of mistake is named plainly."""

from __future__ import annotations

import pytest

from handouts.mail import (
    InvalidAddress,
    address_problem,
    check_address,
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Type the patient's email address"),
        ("   ", "Type the patient's email address"),
        ("jane doe@example.com", "no spaces"),
        ("jane.example.com", "exactly one @"),
        ("jane@@example.com", "exactly one @"),
        ("@example.com", "missing before the @"),
        ("jane@", "missing after the @"),
        ("jane@example", "valid domain"),
        ("jane@exa_mple.com", "valid domain"),
        ("jane..doe@example.com", "not allowed"),
        ("-jane@example.com", "not allowed"),
        ("a@example.com, b@example.com", "one email address only"),
    ],
)
def test_bad_addresses_are_explained(text: str, problem: str) -> None:
    assert problem in address_problem(text)
    with pytest.raises(InvalidAddress, match=problem):
        check_address(text)


@pytest.mark.parametrize(
    "text", ["jane@example.com", " Jane.Doe+knee@mail.example.co.uk ", "o'brien@example.ie"]
)
def test_good_addresses_pass(text: str) -> None:
    assert address_problem(text) == ""
    assert check_address(text) == text.strip()
