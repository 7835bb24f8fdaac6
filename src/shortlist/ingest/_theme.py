"""DOCX theme colours: what ``w:themeColor="background1"`` and its tint or shade look like.

Word paints a run, a shading or the page in the theme colour when one is named, whatever the
cached ``w:val`` / ``w:fill`` beside it says. So ``<w:color w:val="000000"
w:themeColor="background1"/>`` is white text to a reader while the hex value claims black:
the colour has to be looked up in the theme (``word/theme/theme1.xml``, ``a:clrScheme``) for
the hidden-text check to see what the reader sees.

``themeTint`` / ``themeShade`` (hex bytes, ``BF`` = 75 %) move the colour's HSL lightness
towards white or black, as Word does (``accent1`` 4472C4 with shade BF gives 2F5496, within a
step of Word's own rounding). The names map to the scheme's slots as Word's default
``w:clrSchemeMapping`` does (``background1`` → ``lt1``, ``text1`` → ``dk1``, …); a remapping
in ``settings.xml`` is not read.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable
from xml.etree.ElementTree import Element

from shortlist.errors import CorruptFile
from shortlist.ingest._hidden import parse_hex
from shortlist.ingest._xml import parse_xml

__all__ = ["PART", "Theme"]

RGB = tuple[int, int, int]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PART = "word/theme/theme1.xml"

_SLOTS = {
    "dark1": "dk1", "light1": "lt1", "dark2": "dk2", "light2": "lt2",
    "text1": "dk1", "background1": "lt1", "text2": "dk2", "background2": "lt2",
    "accent1": "accent1", "accent2": "accent2", "accent3": "accent3",
    "accent4": "accent4", "accent5": "accent5", "accent6": "accent6",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
}  # fmt: skip
_SYSTEM = {"windowText": (0, 0, 0), "window": (255, 255, 255)}
# the theme's fonts and effects are most of the part and never needed: cut before parsing
_UNUSED = ((b"<a:fontScheme", b"</a:fontScheme>"), (b"<a:fmtScheme", b"</a:fmtScheme>"))


class Theme:
    """The theme's colour scheme, read from the archive on first use (``load`` gives the
    part's bytes, or ``None`` when the document has no theme)."""

    def __init__(self, load: Callable[[], bytes | None]) -> None:
        self._load = load
        self._colours: dict[str, RGB] | None = None

    def colour(self, el: Element, name: str, tint: str, shade: str) -> RGB | None:
        """The theme colour named by attribute ``name`` of ``el``, with the tint or shade of
        attributes ``tint`` / ``shade`` applied; ``None`` when none is named or known."""
        slot = _SLOTS.get(el.get(f"{W}{name}") or "")
        if slot is None:
            return None
        if self._colours is None:
            self._colours = _scheme(self._load())
        base = self._colours.get(slot)
        if base is None:
            return None
        return _lighten(base, _byte(el.get(f"{W}{tint}")), _byte(el.get(f"{W}{shade}")))


def _scheme(xml: bytes | None) -> dict[str, RGB]:
    """Slot name (``dk1``, ``accent1``, …) → colour, from a theme part."""
    if not xml:
        return {}
    cut = xml
    for start_tag, end_tag in _UNUSED:
        start = cut.find(start_tag)
        end = cut.find(end_tag, start)
        if start >= 0 and end >= 0:
            cut = cut[:start] + cut[end + len(end_tag) :]
    try:
        root = parse_xml(cut, PART)
    except CorruptFile:  # the cut went wrong (an odd prefix): parse the part whole
        root = parse_xml(xml, PART)
    scheme = root.find(f"{_A}themeElements/{_A}clrScheme")
    colours: dict[str, RGB] = {}
    for slot in scheme if scheme is not None else ():
        value = _slot_colour(slot)
        if value is not None:
            colours[slot.tag.rpartition("}")[2]] = value
    return colours


def _slot_colour(slot: Element) -> RGB | None:
    """``a:srgbClr@val``, or a system colour's last value (or its usual one)."""
    for child in slot:
        if child.tag == f"{_A}srgbClr":
            return parse_hex(child.get("val"))
        if child.tag == f"{_A}sysClr":
            return parse_hex(child.get("lastClr")) or _SYSTEM.get(child.get("val") or "")
    return None


def _byte(value: str | None) -> int | None:
    if not value:
        return None
    try:
        number = int(value, 16)
    except ValueError:
        return None
    return number if 0 <= number <= 255 else None


def _lighten(colour: RGB, tint: int | None, shade: int | None) -> RGB:
    """Apply Word's ``themeShade`` (lightness × shade) then ``themeTint`` (towards white)."""
    if tint is None and shade is None:
        return colour
    hue, light, sat = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    if shade is not None:
        light *= shade / 255
    if tint is not None:
        light = light * tint / 255 + 1 - tint / 255
    r, g, b = colorsys.hls_to_rgb(hue, light, sat)
    return round(r * 255), round(g * 255), round(b * 255)
