"""DOCX → visible text: zipfile + defusedxml, no python-docx at run time.

Read in document order: headers, the body (paragraphs, tables, content controls), text boxes
(after the paragraph that anchors them; the VML fallback copy of a text box is skipped),
footnotes and endnotes, footers. Deleted revisions, field instructions, comments, metadata and
alt text are not text a reader sees, so they are not read.

A run is hidden when ``w:vanish`` is set (directly or through its styles), when its type is
under 4 pt (``w:sz`` < 8 half-points) or when its colour matches what is under it: the run's
shading or highlight, the paragraph's or table cell's shading, or the page background. Colours
are read as Word paints them: a theme colour (``w:themeColor``, ``w:themeFill``, with their
tint or shade) wins over the hex value cached beside it (``_theme``), and a ``solid`` shading
pattern shows its pattern colour, not its fill. Colours and sizes set through paragraph and
character styles (``w:pStyle``, ``w:rStyle``, along ``w:basedOn``) count; shading set only in
a paragraph or table style is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from shortlist.config import Settings
from shortlist.errors import EmptyDocument, UnsupportedFormat
from shortlist.ingest._hidden import colour_reason, parse_hex
from shortlist.ingest._theme import PART as THEME_PART
from shortlist.ingest._theme import Theme
from shortlist.ingest._types import Extracted
from shortlist.ingest._xml import parse_xml
from shortlist.ingest._zip import SafeZip
from shortlist.types import Notice

__all__ = ["read_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HIGHLIGHT = {
    "yellow": (255, 255, 0), "green": (0, 255, 0), "cyan": (0, 255, 255),
    "magenta": (255, 0, 255), "blue": (0, 0, 255), "red": (255, 0, 0),
    "darkBlue": (0, 0, 128), "darkCyan": (0, 128, 128), "darkGreen": (0, 128, 0),
    "darkMagenta": (128, 0, 128), "darkRed": (128, 0, 0), "darkYellow": (128, 128, 0),
    "darkGray": (128, 128, 128), "lightGray": (192, 192, 192), "black": (0, 0, 0),
    "white": (255, 255, 255),
}  # fmt: skip
_PART = re.compile(r"word/(header|footer)\d*\.xml")
_SKIP = {"del", "moveFrom", "instrText", "delText", "commentReference", "footnoteReference"}
_CONTAINERS = {"hyperlink", "ins", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple",
               "moveTo", "dir", "bdo"}  # fmt: skip

RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class _Props:
    vanish: bool | None = None
    colour: RGB | None = None  # None: auto / not set
    half_points: int | None = None
    shade: RGB | None = None


@dataclass(slots=True)
class _Out:
    lines: list[str] = field(default_factory=list)
    hidden: dict[str, list[str]] = field(default_factory=dict)


def read_docx(data: bytes, settings: Settings) -> Extracted:
    """Visible text of a DOCX as one page; hidden runs as ``hidden_text`` notices."""
    archive = SafeZip(data, settings)
    body_xml = archive.read("word/document.xml")
    if body_xml is None:
        raise UnsupportedFormat("a ZIP archive that is not a Word document (no word/document.xml)")
    styles_xml = archive.read("word/styles.xml")
    theme = Theme(lambda: archive.read(THEME_PART))
    styles = _Styles(
        parse_xml(_drop_latent(styles_xml), "word/styles.xml") if styles_xml else None, theme
    )
    document = parse_xml(body_xml, "word/document.xml")
    page_bg = _WHITE
    background = document.find(f"{W}background")
    if background is not None:
        page_bg = _colour(background, theme) or _WHITE
    out = _Out()
    parts = sorted(n for n in archive.names() if _PART.fullmatch(n))
    for name in [n for n in parts if "header" in n]:
        _block(parse_xml(archive.read(name) or b"", name), styles, page_bg, out)
    body = document.find(f"{W}body")
    if body is None:
        raise EmptyDocument("the Word document has no body")
    _block(body, styles, page_bg, out)
    for name in ("word/footnotes.xml", "word/endnotes.xml"):
        xml = archive.read(name)
        if xml:
            _block(parse_xml(xml, name), styles, page_bg, out)
    for name in [n for n in parts if "footer" in n]:
        _block(parse_xml(archive.read(name) or b"", name), styles, page_bg, out)
    notices = [Notice("hidden_text", why, " ".join(t)) for why, t in out.hidden.items()]
    return Extracted(pages=["\n".join(out.lines)], notices=notices)


_WHITE: RGB = (255, 255, 255)


def _drop_latent(styles: bytes) -> bytes:
    """styles.xml without ``w:latentStyles``: hundreds of UI hints, most of the parse time."""
    start = styles.find(b"<w:latentStyles")
    end = styles.find(b"</w:latentStyles>", start)
    if start < 0 or end < 0:
        return styles
    return styles[:start] + styles[end + len(b"</w:latentStyles>") :]


class _Styles:
    """Run properties from styles.xml, resolved along ``w:basedOn`` chains."""

    def __init__(self, root: Element | None, theme: Theme) -> None:
        self.theme = theme
        self.default = _Props()
        self._own: dict[str, tuple[str | None, _Props]] = {}
        self._cache: dict[str, _Props] = {}
        if root is None:
            return
        rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if rpr is not None:
            self.default = _merge(_Props(), rpr, theme)
        for style in root.iter(f"{W}style"):
            sid = style.get(f"{W}styleId")
            if not sid:
                continue
            based = style.find(f"{W}basedOn")
            own = style.find(f"{W}rPr")
            props = _merge(_Props(), own, theme) if own is not None else _Props()
            self._own[sid] = (based.get(f"{W}val") if based is not None else None, props)

    def resolve(self, sid: str | None, depth: int = 0) -> _Props:
        if not sid or sid not in self._own or depth > 20:
            return _Props()
        if sid in self._cache:
            return self._cache[sid]
        based, own = self._own[sid]
        result = _overlay(self.resolve(based, depth + 1), own)
        self._cache[sid] = result
        return result


def _overlay(base: _Props, top: _Props) -> _Props:
    return _Props(
        vanish=top.vanish if top.vanish is not None else base.vanish,
        colour=top.colour if top.colour is not None else base.colour,
        half_points=top.half_points if top.half_points is not None else base.half_points,
        shade=top.shade if top.shade is not None else base.shade,
    )


def _merge(base: _Props, rpr: Element, theme: Theme) -> _Props:
    """``base`` with the properties set in a ``w:rPr`` element laid over it."""
    props = base
    for child in rpr:
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        val = child.get(f"{W}val")
        if tag in ("vanish", "specVanish"):
            props = replace(props, vanish=val not in ("0", "false", "off"))
        elif tag == "color":
            props = replace(props, colour=_colour(child, theme))
        elif tag == "sz" and val and val.isdigit():
            props = replace(props, half_points=int(val))
        elif tag == "shd":
            fill = _fill(child, theme)
            if fill is not None:
                props = replace(props, shade=fill)
        elif tag == "highlight" and val in _HIGHLIGHT:
            props = replace(props, shade=_HIGHLIGHT[val])
    return props


def _colour(el: Element, theme: Theme) -> RGB | None:
    """A ``w:color`` / ``w:background`` colour: its theme colour if named, else ``w:val``
    (``w:color`` for ``w:background``); ``None`` for ``auto``."""
    themed = theme.colour(el, "themeColor", "themeTint", "themeShade")
    if themed is not None:
        return themed
    return parse_hex(el.get(f"{W}val") or el.get(f"{W}color"))


def _fill(shd: Element, theme: Theme) -> RGB | None:
    """What a ``w:shd`` paints: a ``solid`` pattern its pattern colour, any other its fill
    (theme fill first); ``None`` when that is ``auto`` or unset."""
    if shd.get(f"{W}val") == "solid":
        pattern = theme.colour(shd, "themeColor", "themeTint", "themeShade")
        pattern = pattern or parse_hex(shd.get(f"{W}color"))
        if pattern is not None:
            return pattern
    themed = theme.colour(shd, "themeFill", "themeFillTint", "themeFillShade")
    return themed if themed is not None else parse_hex(shd.get(f"{W}fill"))


def _shade(ppr: Element | None, theme: Theme) -> RGB | None:
    shd = ppr.find(f"{W}shd") if ppr is not None else None
    return _fill(shd, theme) if shd is not None else None


def _block(el: Element, styles: _Styles, bg: RGB, out: _Out, depth: int = 0) -> None:
    if depth > 64:
        return
    for child in el:
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        if tag == "p":
            _paragraph(child, styles, bg, out, depth)
        elif tag == "tbl":
            for cell in child.iter(f"{W}tc"):
                cell_bg = _shade(cell.find(f"{W}tcPr"), styles.theme) or bg
                _block(cell, styles, cell_bg, out, depth + 1)
        elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "txbxContent"):
            _block(child, styles, bg, out, depth + 1)


def _paragraph(p: Element, styles: _Styles, bg: RGB, out: _Out, depth: int) -> None:
    ppr = p.find(f"{W}pPr")
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    base = _overlay(
        styles.default, styles.resolve(style.get(f"{W}val") if style is not None else None)
    )
    para_bg = _shade(ppr, styles.theme) or bg
    text: list[str] = []
    boxes: list[Element] = []
    last: list[str | None] = [None]
    _inline(p, styles, base, para_bg, text, boxes, out, last)
    line = "".join(text)
    if line.strip():
        out.lines.append(line)
    for box in boxes:
        _block(box, styles, para_bg, out, depth + 1)


def _inline(
    el: Element,
    styles: _Styles,
    base: _Props,
    bg: RGB,
    text: list[str],
    boxes: list[Element],
    out: _Out,
    last: list[str | None],
) -> None:
    for child in el:
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        if tag == "r":
            _run(child, styles, base, bg, text, boxes, out, last)
        elif tag in _CONTAINERS:
            _inline(child, styles, base, bg, text, boxes, out, last)


def _run(
    r: Element,
    styles: _Styles,
    base: _Props,
    bg: RGB,
    text: list[str],
    boxes: list[Element],
    out: _Out,
    last: list[str | None],
) -> None:
    props = base
    rpr = r.find(f"{W}rPr")
    if rpr is not None:
        rstyle = rpr.find(f"{W}rStyle")
        if rstyle is not None:
            props = _overlay(props, styles.resolve(rstyle.get(f"{W}val")))
        props = _merge(props, rpr, styles.theme)
    pieces: list[str] = []
    for child in r.iter():
        if child is r:
            continue
        tag = child.tag[len(W) :] if child.tag.startswith(W) else ""
        if tag == "t" and child.text:
            pieces.append(child.text)
        elif tag == "tab":
            pieces.append("\t")
        elif tag in ("br", "cr"):
            pieces.append("\n")
        elif tag == "noBreakHyphen":
            pieces.append("-")
        elif tag == "txbxContent" and not _in_fallback(r, child):
            boxes.append(child)
    chunk = "".join(pieces)
    if not chunk:
        return
    why = _reason(props, bg)
    if why is None:
        text.append(chunk)
        last[0] = None
        return
    runs = out.hidden.setdefault(why, [])
    if last[0] == why and runs:
        runs[-1] += chunk
    else:
        runs.append(chunk)
    last[0] = why


def _in_fallback(run: Element, target: Element) -> bool:
    """Whether ``target`` sits under an ``mc:Fallback`` (the VML copy of a text box)."""
    for fallback in run.iter(_MC_FALLBACK):
        if any(node is target for node in fallback.iter()):
            return True
    return False


def _reason(props: _Props, bg: RGB) -> str | None:
    if props.vanish:
        return "w:vanish"
    if props.half_points is not None and props.half_points < 8:
        return f"font size {props.half_points / 2:.1f} pt"
    if props.colour is not None:
        return colour_reason(props.colour, props.shade or bg)
    return None
