"""One home for the window's colours and style sheets (the modality colours are clinical
wording and live in `handouts.content.MODALITY_COLOURS`)."""

from __future__ import annotations

REFUSED = "#8c1d18"
PROMPT = "#4a4a4a"
WARNING = "#7a4f00"
WARNING_BACKGROUND = "#fff4d6"
REFUSED_BACKGROUND = "#fdecea"
READY = "#1b5e20"
SENT = "#1a5e20"
PROBLEM = "#a00000"
GLYPH_TEXT = "#5c3c00"
GLYPH_BORDER = "#b7791f"
PREVIEW_BACKGROUND = "#8a8a8a"
LOGO_BORDER = "#bbb"

# The form's boxes: less room above and below their ticks than the style's 9 px, so that
# the whole form fits the default window with a taller font too (Noto Sans as well as
# DejaVu Sans).
BOX_MARGINS = (9, 5, 9, 5)

PROBLEM_STYLE = f"color: {PROBLEM}"
NOTE_LIMIT_STYLE = f"color: {WARNING}; font-weight: bold"
SENT_STYLE = f"color: {SENT}; font-weight: bold"
PROFILE_NOTICE_STYLE = f"color: {WARNING}"
PROFILE_BAR_STYLE = (
    f"#ProfileBar {{ background: {WARNING_BACKGROUND}; border-bottom: 1px solid {WARNING} }}"
)
NOTICE_STYLE = (
    f"color: {WARNING}; background: {WARNING_BACKGROUND}; border: 1px solid {WARNING};"
    " border-radius: 4px; padding: 6px"
)
PREVIEW_STATUS_STYLES = {
    "ready": f"color: {READY}",
    "stale": f"color: {WARNING}",
    "rendering": f"color: {WARNING}",
    "failed": f"color: {REFUSED}",
    "empty": f"color: {PROMPT}",
}
# The same, readable on a dark theme's background.
PREVIEW_STATUS_STYLES_DARK = {
    "ready": "color: #81c784",
    "stale": "color: #ffcc80",
    "rendering": "color: #ffcc80",
    "failed": "color: #ef9a9a",
    "empty": "color: #c8c8c8",
}
PREVIEW_MESSAGE_STYLE = f"color: {PROMPT}; padding: 24px; qproperty-alignment: AlignCenter"
GLYPH_WARNING_STYLE = (
    f"color: {GLYPH_TEXT}; background: {WARNING_BACKGROUND}; border: 1px solid {GLYPH_BORDER};"
    " padding: 6px"
)
PREVIEW_VIEW_STYLE = f"background: {PREVIEW_BACKGROUND}"
# The old pages greyed out under "updating…" until the new ones are shown.
PREVIEW_UPDATING_STYLE = (
    "background: rgba(90, 90, 90, 150); color: white; font-size: 20pt; font-weight: bold"
)
LOGO_PREVIEW_STYLE = f"border: 1px solid {LOGO_BORDER}; background: white"
FOCUS_RING_WIDTH = 2
# The control that has keyboard focus gets a ring in the theme's highlight colour (so it
# shows in light and dark themes alike); the same border, transparent, keeps the others
# from shifting when focus moves. Each tick carries it (ui.widgets.form): a sheet on the
# form's whole column would put every widget of it through Qt's style-sheet style (about
# 2 ms to show), and one set before the tick is in its box is worked through again as it
# moves there (1.5 ms more).
FOCUS_RING_STYLE = (
    f"QCheckBox, QRadioButton {{ border: {FOCUS_RING_WIDTH}px solid transparent;"
    " border-radius: 4px; padding: 1px 3px }"
    " QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight) }"
)


def boxed_warning(colour: str, background: str) -> str:
    """A warning line in the banner: coloured text in a rounded box."""
    return (
        f"color: {colour}; background: {background};"
        f" border: 1px solid {colour}; border-radius: 4px; padding: 6px"
    )


BANNER_TEXT = "#1d232a"


# The banner's title and reasons, against the desktop's font size.
BANNER_TITLE_SCALE = 2.2
BANNER_REASONS_SCALE = 1.1


def banner_frame(colour: str, points: float) -> str:
    """The banner's frame and title in the colour of what it shows, its title and reasons
    larger than the desktop's `points`. The banner is white in light and dark themes alike,
    so its text is set dark here, not taken from the theme."""
    return (
        f"#RecommendationBanner {{ border: 2px solid {colour}; border-radius: 6px;"
        f" background: white }} #RecommendationBanner QLabel {{ color: {BANNER_TEXT} }}"
        f" #RecommendationBanner #BannerTitle {{ color: {colour}; font-weight: bold;"
        f" font-size: {points * BANNER_TITLE_SCALE:g}pt }}"
        f" #RecommendationBanner #BannerReasons {{"
        f" font-size: {points * BANNER_REASONS_SCALE:g}pt }}"
    )
