"""Lines of evidence: bullets (with their wrapped continuation lines) and sentences.

The scorer quotes evidence, so a bullet is kept exactly as written: ``Bullet.text`` is the
redacted text at ``Bullet.span``, markers excluded, a PDF's wrapped lines included. Paragraphs
are cut into sentences because a paragraph is too long to quote and a sentence is the unit a
claim is made in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from shortlist.parse._sections import Line
from shortlist.types import Bullet, SectionKind, Span

__all__ = ["BULLET_RE", "bullets_in", "is_bullet", "sentences"]

BULLET_RE = re.compile(
    r"^[ \t]*(?:[•●◦▪■►▸➢➤✓✔❖→·‣⁃]+[ \t]*|[-*+–—o>][ \t]+|\(?\d{1,2}[.)][ \t]+|\(?[a-h]\)[ \t]+)"
)
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|Inc|Ltd|Co|Corp|No|St|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|al|Fig|"
    r"resp|incl|dept|Univ|U\.S|U\.K)\.|\b[A-Z]\.)$"
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(\[]?[A-Z0-9\[])")


def is_bullet(line: str) -> bool:
    m = BULLET_RE.match(line)
    return m is not None and bool(line[m.end() :].strip())


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of ``text[start:end]``, not cut at "e.g." or initials or decimals."""
    out: list[Span] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _ABBREV.search(text[max(cur, m.start() - 8) : m.start()]):
            continue
        span = _trimmed(text, cur, m.start())
        if span is not None:
            out.append(span)
        cur = m.end()
    span = _trimmed(text, cur, end)
    if span is not None:
        out.append(span)
    return out


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` wraps the bullet or sentence on ``prev`` (PDF line breaks)."""
    s = line.strip()
    if not s or is_bullet(line) or s.startswith("#"):
        return False
    return not prev.rstrip().endswith((".", "!", "?", ":")) or s[0].islower()


def _wraps(prev: str, line: str) -> bool:
    """Whether a paragraph goes on: a short line followed by a capital starts a new one."""
    s = line.strip()
    if is_bullet(line) or s.startswith("#"):
        return False
    p = prev.rstrip()
    return not (len(p.strip()) < 45 and s[:1].isupper() and not p.endswith((",", "-", "and")))


def bullets_in(
    text: str,
    lines: Iterable[Line],
    section: SectionKind,
    position_of: Callable[[int], int | None],
    skip: Callable[[Line], bool],
) -> list[Bullet]:
    """Bullets and paragraph sentences in ``lines`` (skipping lines ``skip`` says are not text).

    ``position_of`` maps an offset to the index of the position it belongs to.
    """
    out: list[Bullet] = []
    kept = [ln for ln in lines if ln.text.strip() and not skip(ln)]
    i = 0
    while i < len(kept):
        ln = kept[i]
        m = BULLET_RE.match(ln.text)
        j = i + 1
        end = ln.end
        while j < len(kept) and kept[j].start == kept[j - 1].end + 1:
            if m is not None and not _continues(kept[j - 1].text, kept[j].text):
                break
            if m is None and not _wraps(kept[j - 1].text, kept[j].text):
                break
            end = kept[j].end
            j += 1
        if m is not None:
            span = _trimmed(text, ln.start + m.end(), end)
            spans = [span] if span is not None else []
        else:
            spans = sentences(text, ln.start, end)
        for s in spans:
            out.append(Bullet(s.of(text), s, section, position_of(s.start)))
        i = j
    return out
