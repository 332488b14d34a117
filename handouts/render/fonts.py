"""The handout's bundled fonts (Atkinson Hyperlegible) and their @font-face rules."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

FONT_PACKAGE = "fontpkg_atkinson_hyperlegible"


def font_files() -> dict[str, Path]:
    """The four font files by face: regular, bold, italic, bold_italic (package data of the
    font's own package, found the same way installed, in a checkout or in the bundle)."""
    folder = Path(str(files(FONT_PACKAGE) / "files"))
    return {
        "regular": folder / "AtkinsonHyperlegible-Regular.ttf",
        "bold": folder / "AtkinsonHyperlegible-Bold.ttf",
        "italic": folder / "AtkinsonHyperlegible-Italic.ttf",
        "bold_italic": folder / "AtkinsonHyperlegible-BoldItalic.ttf",
    }


def font_face_css(files: dict[str, Path]) -> str:
    """The @font-face rules that point the handout's CSS at `files`."""
    faces = []
    for key, weight, style in (
        ("regular", "normal", "normal"),
        ("bold", "bold", "normal"),
        ("italic", "normal", "italic"),
        ("bold_italic", "bold", "italic"),
    ):
        faces.append(
            "@font-face { font-family: 'Atkinson Hyperlegible'; "
            f"src: url('{files[key].as_uri()}'); font-weight: {weight}; font-style: {style}; }}"
        )
    return "\n".join(faces)
