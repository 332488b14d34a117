"""Which characters of the user's text no font on this computer can print.

WeasyPrint draws a character that no font has as an empty box, and says nothing. Before a
handout is made, the patient's name, the note and the clinic's details are checked against
the handout's own font (Atkinson Hyperlegible) and every font fontconfig knows, so that the
window and the command line can say which characters would be lost and which package adds
a font for them.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_FONTCONFIG_API = """
typedef int FcBool;
typedef unsigned int FcChar32;
typedef struct _FcConfig FcConfig;
typedef struct _FcPattern FcPattern;
typedef struct _FcCharSet FcCharSet;
typedef struct _FcFontSet { int nfont; int sfont; FcPattern **fonts; } FcFontSet;
typedef enum { FcResultMatch, FcResultNoMatch, FcResultTypeMismatch, FcResultNoId,
               FcResultOutOfMemory } FcResult;
FcConfig *FcInitLoadConfigAndFonts(void);
void FcConfigDestroy(FcConfig *config);
FcFontSet *FcConfigGetFonts(FcConfig *config, int set);
FcResult FcPatternGetCharSet(const FcPattern *p, const char *object, int n, FcCharSet **c);
FcCharSet *FcCharSetCreate(void);
FcBool FcCharSetMerge(FcCharSet *a, const FcCharSet *b, FcBool *changed);
FcBool FcCharSetHasChar(const FcCharSet *fcs, FcChar32 ucs4);
"""

# Packages that add fonts for a script, by the first word of the character's Unicode name.
CJK_PACKAGE = "fonts-noto-cjk"
OTHER_SCRIPTS_PACKAGE = "fonts-noto-core"
_CJK_WORDS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC")


@dataclass(frozen=True)
class Unprintable:
    """Characters no font can print, and the packages that would add fonts for them."""

    characters: tuple[str, ...]
    packages: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.characters)

    def message(self) -> str:
        """One plain sentence for the window and the command line."""
        shown = " ".join(self.characters)
        return (
            f"No font on this computer can print {shown}; the handout would show empty boxes "
            f"instead. Install the font package {' or '.join(self.packages)} "
            f"(for example: sudo apt-get install {' '.join(self.packages)}) and restart the app."
        )


def _package_for(character: str) -> str:
    name = unicodedata.name(character, "")
    return CJK_PACKAGE if name.startswith(_CJK_WORDS) else OTHER_SCRIPTS_PACKAGE


def _is_drawn(character: str) -> bool:
    """Spaces, controls and joiners take no glyph of their own."""
    return unicodedata.category(character)[0] not in "CZ"


class GlyphChecker:
    """Knows the characters the handout's fonts and the system's fonts cover."""

    def __init__(self, own_fonts: Iterable[Path], *, has_system_char: Callable[[int], bool]):
        self._own = frozenset(_font_characters(own_fonts))
        self._has_system_char = has_system_char

    def check(self, *texts: str) -> Unprintable:
        missing: dict[str, None] = {}
        for text in texts:
            for character in unicodedata.normalize("NFC", text):
                if (
                    _is_drawn(character)
                    and ord(character) not in self._own
                    and not self._has_system_char(ord(character))
                ):
                    missing[character] = None
        packages = dict.fromkeys(_package_for(character) for character in missing)
        return Unprintable(tuple(missing), tuple(packages))


def _font_characters(files: Iterable[Path]) -> set[int]:
    # fontTools comes with WeasyPrint; imported here because only a check needs it.
    from fontTools.ttLib import TTFont

    characters: set[int] = set()
    for path in files:
        with TTFont(path, lazy=True) as font:
            characters.update(font.getBestCmap())
    return characters


@functools.cache
def system_char_test() -> Callable[[int], bool]:
    """A test of whether any font fontconfig knows has a character (fontconfig via cffi).

    Where fontconfig cannot be loaded, every character counts as missing from the system.
    """
    try:
        # cffi and fontconfig are loaded only when a handout's text is first checked.
        import cffi

        ffi = cffi.FFI()
        ffi.cdef(_FONTCONFIG_API)
        lib: Any = ffi.dlopen("libfontconfig.so.1")
    except (ImportError, OSError):
        logger.info("fontconfig could not be loaded; checking the handout's own font only")
        return lambda code: False
    config = lib.FcInitLoadConfigAndFonts()
    union = lib.FcCharSetCreate()
    fonts = lib.FcConfigGetFonts(config, 0)
    changed = ffi.new("FcBool *")
    charset = ffi.new("FcCharSet **")
    for index in range(fonts.nfont if fonts != ffi.NULL else 0):
        if lib.FcPatternGetCharSet(fonts.fonts[index], b"charset", 0, charset) == 0:
            lib.FcCharSetMerge(union, charset[0], changed)
    # The config is kept: the union belongs to this process for its whole life.
    return lambda code: bool(lib.FcCharSetHasChar(union, code))
