"""Colours and character formats for changes and facts, derived from the palette.

The hues come from the Okabe–Ito set, which stays distinguishable for the common forms of
colour blindness: blue for what the old letter lost, orange for what the new letter gained,
reddish purple for facts. Colour is never the only cue: deletions are struck through,
insertions underlined, facts get a dotted underline. Backgrounds are the hue blended into the
palette's base colour, so light and dark palettes both keep the text readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
PURPLE = QColor("#CC79A7")
# Brighter variants for lines drawn on a dark base, where the deep blue would vanish.
SKY = QColor("#56B4E9")


def blend(top: QColor, base: QColor, alpha: float) -> QColor:
    """`top` painted with opacity `alpha` over `base`, as an opaque colour."""
    return QColor.fromRgbF(
        top.redF() * alpha + base.redF() * (1 - alpha),
        top.greenF() * alpha + base.greenF() * (1 - alpha),
        top.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


@dataclass(frozen=True)
class Colours:
    """Every colour the panes, the strip and the legend use, for one palette."""

    text: QColor
    base: QColor
    deleted_bg: QColor
    inserted_bg: QColor
    deleted_line: QColor
    inserted_line: QColor
    fact_line: QColor
    fact_bg: QColor
    current_bg: QColor
    current_text: QColor
    band: QColor
    band_text: QColor
    badge: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = is_dark(palette)
        # A dark base needs a stronger tint to show at all, and a lighter blue for lines.
        alpha = 0.38 if dark else 0.22
        blue_line = SKY if dark else BLUE
        return cls(
            text=text,
            base=base,
            deleted_bg=blend(BLUE, base, alpha + (0.05 if dark else 0.0)),
            inserted_bg=blend(ORANGE, base, alpha),
            deleted_line=blue_line,
            inserted_line=ORANGE if dark else QColor("#B07800"),
            fact_line=PURPLE if dark else QColor("#A0507E"),
            fact_bg=blend(PURPLE, base, 0.30 if dark else 0.18),
            current_bg=palette.color(QPalette.ColorRole.Highlight),
            current_text=palette.color(QPalette.ColorRole.HighlightedText),
            band=blend(text, base, 0.06),
            band_text=blend(text, base, 0.55),
            badge=blend(text, base, 0.7),
        )

    def deleted(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.deleted_bg)
        fmt.setFontStrikeOut(True)
        return fmt

    def inserted(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.inserted_bg)
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(self.inserted_line)
        return fmt

    def fact(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(self.fact_line)
        return fmt

    def badge_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.badge)
        fmt.setFontWeight(400)
        fmt.setFontItalic(False)
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, -1)
        return fmt
