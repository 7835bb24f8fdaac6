"""Colour rules shared by the readers: when is text the colour of what lies under it."""

from __future__ import annotations

__all__ = ["SAME_COLOUR", "colour_reason", "parse_hex"]

SAME_COLOUR = 24  # largest per-channel difference (of 255) still read as "the same colour"


def parse_hex(value: str | None) -> tuple[int, int, int] | None:
    """``"FFFFFF"`` / ``"#fff"`` → (255, 255, 255); ``auto``, ``inherit`` or junk → ``None``."""
    if not value:
        return None
    v = value.strip().lstrip("#")
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    if len(v) != 6:
        return None
    try:
        return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)
    except ValueError:
        return None


def colour_reason(colour: tuple[int, int, int], background: tuple[int, int, int]) -> str | None:
    """``"white text"`` / ``"text colour matches background"`` when unreadable, else None."""
    if max(abs(a - b) for a, b in zip(colour, background, strict=True)) > SAME_COLOUR:
        return None
    if min(background) >= 255 - SAME_COLOUR:
        return "white text"
    return "text colour matches background"
