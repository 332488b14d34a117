"""The clinic profile: defaults, round trip, and clear errors for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts.profile import (
    ClinicProfile,
    Paper,
    ProfileError,
    SmtpSecurity,
    default_profile_path,
    load_profile,
    save_profile,
)


def test_no_profile_file_gives_the_neutral_default(private_folders: Path) -> None:
    assert not default_profile_path().exists()
    assert load_profile() == ClinicProfile()
    assert str(default_profile_path()).startswith(str(private_folders))


def test_round_trip_through_the_default_path() -> None:
    profile = ClinicProfile(
        name="Harbour Physio",
        address="1 Quay St",
        phone="555 0100",
        website="https://example.org",
        clinician="Dr Lee",
        paper=Paper.LETTER,
        large_print=True,
        smtp_host="mail.example.org",
        smtp_port=465,
        smtp_security=SmtpSecurity.SSL,
        email_body='Quotes " and\nnew lines',
    )
    path = save_profile(profile)
    assert path == default_profile_path()
    assert load_profile() == profile


def test_saving_replaces_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text("[clinic\nname = ", encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(path)
    save_profile(ClinicProfile(name="New"), path)
    assert load_profile(path).name == "New"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[clinic\n", "not valid TOML"),
        ('[handout]\npaper = "a5"\n', "paper must be one of: a4, letter"),
        ("[handout]\nlarge_print = 1\n", "true or false"),
        ("[smtp]\nport = 70000\n", "port number"),
        ('[smtp]\nsecurity = "tls13"\n', "starttls, ssl, none"),
        ("[clinic]\nname = 5\n", "text in quotes"),
        ('[clinic]\ncolour = "red"\n', "unknown setting 'colour'"),
        ('clinic = "x"\n', "must be a table"),
    ],
)
def test_broken_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message) as error:
        load_profile(path)
    assert str(path) in str(error.value)


def test_a_profile_that_is_not_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProfileError, match="could not be read"):
        load_profile(path)
