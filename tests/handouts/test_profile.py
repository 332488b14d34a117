"""The clinic profile: defaults, round trip, and clear errors for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts.clinic_presets import SavedPreset
from handouts.model import Caution, Onset, Region, Sign
from handouts.profile import (
    ClinicProfile,
    Paper,
    ProfileError,
    SmtpSecurity,
    default_profile_path,
    load_profile,
    read_profile,
    save_profile,
)
from tests.conftest import run_python


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


DAMAGED = """[clinic]
name = "Harbour Physio"
phone = 555 0100
website = "https://harbour-physio.example"

[handout
paper = "letter"

[smtp]
port = 465
security = "tls13"
"""


def test_a_damaged_file_keeps_every_setting_that_could_be_read(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(DAMAGED, encoding="utf-8")
    reading = read_profile(path)
    assert reading.profile.name == "Harbour Physio"
    assert reading.profile.website == "https://harbour-physio.example"
    assert reading.profile.smtp_port == 465
    assert reading.profile.phone == ""  # line 3 could not be read
    assert reading.profile.smtp_security is SmtpSecurity.STARTTLS  # the default
    lines = [problem.split(":")[0] for problem in reading.problems]
    assert lines == ["line 3", "line 6", "line 7", "line 11"]
    message = reading.message()
    assert str(path) in message
    assert "line 3" in message and "line 11" in message
    assert "starttls, ssl, none" in message
    with pytest.raises(ProfileError, match="line 3"):
        load_profile(path)


def test_saving_over_a_damaged_file_keeps_it_as_bad(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(DAMAGED, encoding="utf-8")
    save_profile(read_profile(path).profile.with_changes(phone="555 0100"), path)
    assert (tmp_path / "profile.toml.bad").read_text(encoding="utf-8") == DAMAGED
    again = read_profile(path)
    assert again.problems == ()
    assert again.profile.name == "Harbour Physio"
    assert again.profile.phone == "555 0100"


def test_saving_over_a_good_file_leaves_no_bad_copy(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    save_profile(ClinicProfile(name="One"), path)
    save_profile(ClinicProfile(name="Two"), path)
    assert not (tmp_path / "profile.toml.bad").exists()


def test_the_clinics_presets_round_trip_in_order(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    presets = (
        SavedPreset(
            "Tennis elbow", Region.ELBOW, Onset.GRADUAL, cautions=frozenset({Caution.CANCER})
        ),
        SavedPreset(
            "Fresh knee", Region.KNEE, Onset.INJURY, days=1, signs=frozenset({Sign.SWELLING})
        ),
    )
    save_profile(ClinicProfile(name="Harbour"), path, presets)
    assert read_profile(path).presets == presets
    assert path.read_text(encoding="utf-8").count("[[presets]]") == 2
    save_profile(ClinicProfile(name="Harbour Physio"), path)  # new settings keep the presets
    assert read_profile(path).presets == presets
    assert read_profile(path).profile.name == "Harbour Physio"


@pytest.mark.parametrize("key", ["patient", "note"])
def test_a_stored_preset_never_holds_a_name_or_note(tmp_path: Path, key: str) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(
        f'[clinic]\nname = "Harbour"\n\n[[presets]]\nname = "Knee"\nregion = "knee"\n{key} = "x"\n',
        encoding="utf-8",
    )
    reading = read_profile(path)
    assert reading.profile.name == "Harbour"
    assert reading.presets == ()
    assert f"cannot hold '{key}'" in reading.message()


def test_with_no_profile_yet_no_toml_reader_loads(tmp_path: Path) -> None:
    """A first start has no profile: reading it is the default profile, and the TOML reader
    (about 2 ms of the window's start-up) loads only when there is a file to read."""
    program = (
        "import sys\n"
        "from handouts.profile import ClinicProfile, read_profile\n"
        "reading = read_profile(sys.argv[1])\n"
        "read = 'tomllib' in sys.modules\n"
        "print(reading.profile == ClinicProfile(), not reading.problems, read)\n"
    )
    assert run_python(program, str(tmp_path / "missing.toml")).split() == ["True", "True", "False"]
    (tmp_path / "profile.toml").write_text('[clinic]\nname = "Bay Clinic"\n', encoding="utf-8")
    assert run_python(program, str(tmp_path / "profile.toml")).split() == ["False", "True", "True"]
