"""HTML → visible text with the stdlib parser (no network, no scripts, no entities beyond HTML's).

``script``, ``style``, ``template``, ``noscript`` and ``head`` are dropped. Text inside an element
hidden by the ``hidden`` attribute, ``aria-hidden`` or an inline style (``display:none``,
``visibility:hidden``, ``font-size`` under 4 px/pt or 0, ``opacity:0``, white or transparent
``color``) is reported as ``hidden_text``. Block elements end a line; ``alt`` and ``title``
attributes are never read.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from shortlist.ingest._detect import decode_text
from shortlist.ingest._hidden import colour_reason, parse_hex
from shortlist.ingest._types import Extracted
from shortlist.types import Notice

__all__ = ["read_html"]

_DROP = {"script", "style", "template", "noscript", "head", "svg", "math", "object", "iframe"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}  # fmt: skip
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "dt", "dd", "blockquote", "pre", "hr", "main",
          "aside", "nav", "address", "td", "th"}  # fmt: skip
_DECL = re.compile(r"([\w-]+)\s*:\s*([^;]+)")
_SIZE = re.compile(r"([\d.]+)\s*(px|pt|em|rem|%)?")
_NAMED = {"white": "ffffff", "snow": "fffafa", "ivory": "fffff0", "ghostwhite": "f8f8ff"}
_RGB = re.compile(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)")


def read_html(data: bytes) -> Extracted:
    """Visible text of an HTML page as one page; hidden elements as notices."""
    parser = _Visible()
    parser.feed(decode_text(data))
    parser.close()
    notices = [Notice("hidden_text", why, " ".join(t)) for why, t in parser.hidden.items()]
    return Extracted(pages=["".join(parser.out)], notices=notices)


def style_reason(style: str) -> str | None:
    """Why an inline ``style`` hides its element's text, or ``None``."""
    decls = {k.lower(): v.strip().lower() for k, v in _DECL.findall(style)}
    if decls.get("display", "").startswith("none"):
        return "display:none"
    if decls.get("visibility", "").startswith(("hidden", "collapse")):
        return "visibility:hidden"
    opacity = decls.get("opacity", "")
    if opacity and _number(opacity) == 0:
        return "opacity:0"
    size = decls.get("font-size", "")
    match = _SIZE.match(size)
    if match:
        value, unit = float(match.group(1)), match.group(2) or "px"
        points = value * {"px": 0.75, "pt": 1.0, "em": 12.0, "rem": 12.0, "%": 0.12}[unit]
        if points < 4:
            return f"font-size:{size}"
    colour = decls.get("color", "")
    if colour:
        if colour == "transparent":
            return "color:transparent"
        rgb = _colour(colour)
        background = _colour(decls.get("background-color", decls.get("background", "")))
        if rgb is not None:
            why = colour_reason(rgb, background or (255, 255, 255))
            if why is not None:
                return why
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.rstrip("%"))
    except ValueError:
        return None


def _colour(text: str) -> tuple[int, int, int] | None:
    text = text.strip()
    match = _RGB.search(text)
    if match:
        if match.group(4) is not None and _number(match.group(4)) == 0:
            return None
        r, g, b = (min(255, int(match.group(i))) for i in (1, 2, 3))
        return r, g, b
    word = text.split()[0] if text else ""
    return parse_hex(_NAMED.get(word, word if word.startswith("#") else ""))


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden: dict[str, list[str]] = {}
        self._stack: list[tuple[str, str | None, bool]] = []  # tag, hidden reason, dropped

    def _state(self) -> tuple[str | None, bool]:
        for _, why, _ in reversed(self._stack):
            if why:
                return why, False
        return None, any(drop for _, _, drop in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.out.append("\n")
        if tag in _VOID:
            return
        values = {k: v or "" for k, v in attrs}
        why: str | None = None
        if "hidden" in values:
            why = "hidden attribute"
        elif values.get("aria-hidden", "").lower() == "true":
            why = "aria-hidden"
        elif "style" in values:
            why = style_reason(values["style"])
        if len(self._stack) < 512:
            self._stack.append((tag, why, tag in _DROP))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        why, dropped = self._state()
        if dropped:
            return
        if why:
            if data.strip():
                self.hidden.setdefault(why, []).append(" ".join(data.split()))
            return
        self.out.append(re.sub(r"[ \t\r\n]+", " ", data))
