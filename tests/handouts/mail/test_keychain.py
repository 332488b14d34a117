"""The password in the system keychain, and asking each time where there is none."""

from __future__ import annotations

from pathlib import Path

import keyring

from handouts.mail import (
    forget_password,
    remember_password,
    stored_password,
)
from tests.mail_server import (
    PASSWORD,
    USER,
    MemoryKeyring,
)


def test_password_round_trips_through_the_keychain(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        assert stored_password("smtp.example.org", USER) is None
        assert remember_password("smtp.example.org", USER, PASSWORD)
        assert stored_password("smtp.example.org", USER) == PASSWORD
        assert stored_password("other.example.org", USER) is None
        assert memory.secrets == {("heat-or-ice-smtp", f"{USER}@smtp.example.org"): PASSWORD}
        forget_password("smtp.example.org", USER)
        assert stored_password("smtp.example.org", USER) is None
    finally:
        keyring.set_keyring(previous)
    assert not any(
        PASSWORD in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )


def test_without_a_keychain_the_password_is_asked_each_time() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert stored_password("smtp.example.org", USER) is None
        assert remember_password("smtp.example.org", USER, PASSWORD) is False
    finally:
        keyring.set_keyring(previous)
