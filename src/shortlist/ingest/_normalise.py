"""From the readers' page strings to ``Document.text``: one normal form for every format.

Every reader hands over a list of page strings; this module makes them comparable: invisible
Unicode is taken out (and reported, since zero-width characters and Unicode tag characters are
how text is smuggled past a human reader), the text is NFKC-normalised (which also expands
ligatures such as "ﬁ"), words split by a hyphen at a line end are joined, and runs of blank
lines are squeezed. Page spans are computed on the final text so they always index it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from shortlist.types import Notice, Span

__all__ = ["assemble", "invisible_notice", "normalise_page", "strip_invisible"]

# Characters removed quietly: they are ordinary in real files and hide nothing.
_BENIGN = {
    "\u00ad",  # soft hyphen, produced by hyphenating layout engines
    "\ufeff",  # byte-order mark / zero-width no-break space at the start of files
    "\u200e",  # left-to-right mark (emitted by many PDF producers)
    "\u200f",  # right-to-left mark
}
_CANDIDATE = re.compile(r"[^\x20-\x7e\n\t\r]")  # everything but printable ASCII
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u00ad]\n(?=[^\W\d_A-Z])")
_BLANKS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t\f\v]+\n")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}")


def strip_invisible(text: str, removed: Counter[str], tags: list[str]) -> str:
    """``text`` without invisible characters; counts the suspicious ones into ``removed``.

    Unicode tag characters (U+E0000–E007F) spell ASCII invisibly ("ASCII smuggling"); they are
    decoded into ``tags`` so the reviewer sees what they said. Private-use characters are
    icon-font glyphs (phone, e-mail, GitHub icons) in real CVs: visible, but not text, so they go
    quietly, as do soft hyphens, byte-order marks and direction marks.
    """
    if text.isascii() and not _CONTROL.search(text):
        return text
    drop: list[int] = []
    for match in _CANDIDATE.finditer(text):
        ch = match.group()
        cp = ord(ch)
        if 0xE0000 <= cp <= 0xE007F:
            if 0xE0020 <= cp <= 0xE007E:
                tags.append(chr(cp - 0xE0000))
            removed[ch] += 1
            drop.append(match.start())
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Cn", "Co") or (0xFE00 <= cp <= 0xFE0F) or (0xE0100 <= cp <= 0xE01EF):
            before = text[match.start() - 1] if match.start() else ""
            if ch in _BENIGN or cat == "Co":
                pass
            elif (ch == "\u200d" or 0xFE00 <= cp <= 0xFE0F) and _is_symbol(before):
                pass  # emoji joiner / presentation selector after a pictograph
            else:
                removed[ch] += 1
            drop.append(match.start())
        elif cat == "Cc" and ch not in "\n\t\r\f":
            drop.append(match.start())
    if not drop:
        return text
    out: list[str] = []
    last = 0
    for index in drop:
        out.append(text[last:index])
        last = index + 1
    out.append(text[last:])
    return "".join(out)


def invisible_notice(removed: Counter[str], tags: list[str]) -> Notice:
    """The one ``invisible_unicode`` notice of a document; ``text`` is what tag chars spelled."""
    total = sum(removed.values())
    names: dict[str, int] = {}
    for ch, count in removed.items():
        cp = ord(ch)
        name = (
            "U+E0000–E007F TAG characters"
            if 0xE0000 <= cp <= 0xE007F
            else f"U+{cp:04X} {unicodedata.name(ch, 'unassigned')}"
        )
        names[name] = names.get(name, 0) + count
    listed = ", ".join(f"{name} ×{count}" for name, count in names.items())
    return Notice(
        "invisible_unicode",
        f"{total} invisible character{'s' * (total != 1)} removed ({listed})",
        "".join(tags),
    )


def _is_symbol(ch: str) -> bool:
    return bool(ch) and (unicodedata.category(ch) == "So" or ch == "\u200d")


def normalise_page(text: str) -> str:
    """One page's text in normal form (expects invisible characters already removed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = _LINE_HYPHEN.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")


def assemble(
    pages: Sequence[str], notices: Iterable[Notice], max_chars: int
) -> tuple[str, tuple[Span, ...], tuple[Notice, ...]]:
    """Join normalised pages with a blank line; return text, page spans and all notices.

    Text past ``max_chars`` is cut (and said so): a 500 000-character CV is not a CV, and
    everything downstream is linear in the text length.
    """
    found = list(notices)
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    removed: Counter[str] = Counter()
    tags: list[str] = []
    for raw in pages:
        page = normalise_page(strip_invisible(raw, removed, tags))
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(page)
        spans.append(Span(offset, offset + len(page)))
        offset += len(page)
    text = "".join(parts)
    if removed:
        found.append(invisible_notice(removed, tags))
    if len(text) > max_chars:
        text = text[:max_chars]
        spans = [Span(min(s.start, max_chars), min(s.end, max_chars)) for s in spans]
        spans = [s for i, s in enumerate(spans) if i == 0 or len(s)]
        found.append(Notice("truncated", f"text cut at {max_chars} characters"))
    return text, tuple(spans), tuple(found)
