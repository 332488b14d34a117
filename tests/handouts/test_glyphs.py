"""Characters no font can print are found before rendering, with the package that adds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts.glyphs import CJK_PACKAGE, OTHER_SCRIPTS_PACKAGE, GlyphChecker, system_char_test
from handouts.model import Modality
from handouts.render import Renderer, font_files
from tests.handouts.cli.helpers import run_main
from tests.handouts.render.helpers import TYPICAL, handout

NAME = "مريم العلي Zoë 山田"


@pytest.fixture(scope="module")
def own_font_only() -> GlyphChecker:
    """The handout's own font and no system fonts at all."""
    return GlyphChecker(font_files().values(), has_system_char=lambda code: False)


def test_latin_with_accents_is_printable_by_the_handouts_own_font(
    own_font_only: GlyphChecker,
) -> None:
    assert not own_font_only.check("Zoë Ünal-Çelik, Ørsted Łukasz")
    assert not own_font_only.check("a note\nwith lines\tand tabs")


def test_each_missing_character_is_named_once_with_its_package(
    own_font_only: GlyphChecker,
) -> None:
    found = own_font_only.check(NAME, "山")
    assert found.characters == tuple("مريالع山田")
    assert found.packages == (OTHER_SCRIPTS_PACKAGE, CJK_PACKAGE)
    message = found.message()
    assert "山 田" in message and "fonts-noto-cjk" in message and "fonts-noto-core" in message


def test_a_system_font_that_has_the_character_is_enough() -> None:
    checker = GlyphChecker(font_files().values(), has_system_char=lambda code: code == ord("山"))
    assert checker.check("山田").characters == ("田",)


def fonts_without_other_scripts(tmp_path: Path) -> dict[str, str]:
    """A fontconfig set-up that knows only the handout's own (Latin) font."""
    folder = next(iter(font_files().values())).parent
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{folder}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        "utf-8",
    )
    return {"FONTCONFIG_FILE": str(config)}


def test_the_cli_warns_in_one_line_and_still_writes_the_handout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in fonts_without_other_scripts(tmp_path).items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "h.pdf"
    result = run_main("render", "--region", "knee", "--patient", NAME, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("heat-or-ice render: warning: No font on this computer can print")
    assert "山 田" in lines[0] and "fonts-noto-cjk" in lines[0]
    assert out.read_bytes().startswith(b"%PDF")


def test_the_cli_says_nothing_when_every_character_can_be_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in fonts_without_other_scripts(tmp_path).items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "h.pdf"
    result = run_main("render", "--region", "knee", "--patient", "Zoë Ünal", "-o", str(out))
    assert result.returncode == 0
    assert result.stderr == ""


def test_the_systems_fonts_are_asked_only_for_a_character_the_handouts_fonts_lack() -> None:
    """Loading fontconfig's list of every font costs a cold command about 10 ms: a handout
    whose text its own fonts print does without it."""
    system_char_test.cache_clear()
    renderer = Renderer()
    assert not renderer.unprintable(handout(TYPICAL[Modality.HEAT], patient="Zoë Ünal-Çelik"))
    assert system_char_test.cache_info().currsize == 0
    # Whether some system font has them depends on the computer: only the asking is checked.
    renderer.unprintable(handout(TYPICAL[Modality.HEAT], patient=NAME))
    assert system_char_test.cache_info().currsize == 1
