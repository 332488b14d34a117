"""The handout language in the clinic profile: the [handout] language default and one email
subject and message per language, declared once in handouts.settings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from handouts.i18n import LANGUAGE_NAMES
from handouts.mail import TemplateError, prefilled_message, with_standard_wording
from handouts.model import Language
from handouts.profile import ClinicProfile, load_profile, read_profile, save_profile
from handouts.settings import EMAIL_BODIES, EMAIL_SUBJECTS, EMAIL_TEXT_KEYS, setting

CLINIC = ClinicProfile(name="Riverside Physio", clinician="Dr Lee")


def test_the_default_language_is_declared_once_as_english() -> None:
    declared = setting("language")
    assert (declared.section, declared.toml_key, declared.kind) == ("handout", "language", Language)
    assert declared.default is Language.EN
    assert ClinicProfile().language is Language.EN


def test_the_language_round_trips_through_the_profile_file(tmp_path: Path) -> None:
    path = save_profile(ClinicProfile(language=Language.FR), tmp_path / "profile.toml")
    assert tomllib.loads(path.read_text("utf-8"))["handout"]["language"] == "fr"
    assert load_profile(path).language is Language.FR


def test_a_bad_language_is_salvaged_with_the_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(
        '[clinic]\nname = "Riverside Physio"\n[handout]\nlanguage = "de"\npaper = "letter"\n',
        "utf-8",
    )
    reading = read_profile(path)
    assert reading.problems == ("line 4: [handout] language: language must be one of: en, fr, es",)
    assert reading.profile.language is Language.EN
    assert reading.profile.name == "Riverside Physio"
    assert reading.profile.paper.value == "letter"
    assert "Every other setting was read and is used" in reading.message()


def test_an_earlier_profile_gets_the_other_languages_default_email(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text('[email]\nsubject = "Plan from {clinic}"\nbody = "Hi"\n', "utf-8")
    profile = load_profile(path)
    assert (profile.email_subject, profile.email_body) == ("Plan from {clinic}", "Hi")
    assert profile.email_subject_fr == EMAIL_SUBJECTS[Language.FR]
    assert profile.email_body_es == EMAIL_BODIES[Language.ES]


def test_each_languages_email_text_round_trips(tmp_path: Path) -> None:
    edited = CLINIC.with_changes(email_subject_fr="Votre fiche, {clinic}", email_body_es="Hola")
    path = save_profile(edited, tmp_path / "profile.toml")
    email = tomllib.loads(path.read_text("utf-8"))["email"]
    assert email["subject_fr"] == "Votre fiche, {clinic}" and email["body_es"] == "Hola"
    assert load_profile(path) == edited


def test_every_language_has_its_own_email_text_keys() -> None:
    assert set(EMAIL_TEXT_KEYS) == set(Language) == set(LANGUAGE_NAMES)
    keys = [key for pair in EMAIL_TEXT_KEYS.values() for key in pair]
    assert len(set(keys)) == len(keys)
    for language, (subject, body) in EMAIL_TEXT_KEYS.items():
        assert getattr(ClinicProfile(), subject) == EMAIL_SUBJECTS[language]
        assert getattr(ClinicProfile(), body) == EMAIL_BODIES[language]


def test_the_email_is_written_in_the_handouts_language() -> None:
    english = prefilled_message(CLINIC, patient="Jane Doe")
    french = prefilled_message(CLINIC, patient="Jane Doe", language=Language.FR)
    spanish = prefilled_message(CLINIC, patient="Jane Doe", language=Language.ES)
    assert english[0] == "Your heat or ice plan from Riverside Physio"
    assert french[0] == "Votre plan chaleur ou glace de Riverside Physio"
    assert spanish[0] == "Su plan de calor o hielo de Riverside Physio"
    assert french[1].startswith("Bonjour Jane Doe,\n") and "Veuillez" in french[1]
    assert spanish[1].startswith("Hola Jane Doe:\n") and "léalo" in spanish[1]
    for _subject, body in (english, french, spanish):
        assert body.endswith("Dr Lee\nRiverside Physio")
    # The clinic's own French text is used for a French handout, not the English one.
    own = CLINIC.with_changes(email_subject_fr="Fiche de {clinic}")
    assert prefilled_message(own, language=Language.FR)[0] == "Fiche de Riverside Physio"
    assert prefilled_message(own)[0] == english[0]


def test_a_bad_template_names_its_language() -> None:
    broken = CLINIC.with_changes(email_subject_es="Plan para {name}")
    prefilled_message(broken, language=Language.FR)
    with pytest.raises(TemplateError, match=re.escape("Spanish subject template uses {name}")):
        prefilled_message(broken, language=Language.ES)
    standard = with_standard_wording(broken, Language.ES)
    assert prefilled_message(standard, language=Language.ES)[0].startswith("Su plan")
