"""Settings are declared once: the profile's attributes, defaults, TOML layout and the CLI's
help all come from handouts.settings.SETTINGS."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from handouts.cli import build_parser
from handouts.profile import ClinicProfile, save_profile
from handouts.settings import SECTIONS, SETTINGS, Setting, setting, settings_in


def test_the_profile_has_exactly_the_declared_settings() -> None:
    assert [f.name for f in dataclasses.fields(ClinicProfile)] == [s.key for s in SETTINGS]


@pytest.mark.parametrize("item", SETTINGS, ids=lambda s: s.key)
def test_each_default_comes_from_the_declaration(item: Setting) -> None:
    value = getattr(ClinicProfile(), item.key)
    assert value == item.default
    assert isinstance(value, item.kind)
    assert "&" in item.label or item.kind is bool or item.key == "logo"
    assert item.help


def test_sections_and_lookups() -> None:
    assert SECTIONS == ("clinic", "handout", "email", "smtp", "record")
    assert setting("email_from").toml_key == "from"
    assert [s.key for s in settings_in("smtp")] == [
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "smtp_user",
    ]
    with pytest.raises(KeyError):
        setting("colour")


def test_the_profile_file_is_laid_out_by_the_declaration(tmp_path: Path) -> None:
    path = save_profile(ClinicProfile(), tmp_path / "profile.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    assert list(data) == list(SECTIONS)
    for section in SECTIONS:
        assert list(data[section]) == [s.toml_key for s in settings_in(section)]


@pytest.mark.parametrize(
    "key",
    ["paper", "large_print", "smtp_host", "smtp_port", "smtp_security", "smtp_user", "email_from"],
)
def test_the_cli_help_comes_from_the_declaration(
    key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["render", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    option = "--" + key.replace("_", "-")
    assert option in shown
    assert " ".join(setting(key).help.split()) in shown
