"""Finding the candidate's name without a list of names.

A fixed list of first names fails exactly the candidates a fair screen must not fail (names
from cultures the list-maker did not think of), so the name is found by where and how it is
written: a "Name:" label, else the first header line that looks like a personal name (2–5
capitalised tokens, particles such as van/de/bin/al- allowed, hyphens and apostrophes inside
tokens, letters of any script), else a capitalised sequence matching the e-mail's local part.
Every later occurrence of the name's tokens is then found as a whole word (possessives too).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shortlist.types import Span

__all__ = ["MARKS", "NameMatch", "detect_name", "name_occurrences"]

#: Combining marks and Indic/Thai/Arabic vowel signs: part of a word, though not ``\w``.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0dff\u0e00-\u0e7f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_MARK_RE = re.compile(rf"[{MARKS}]")

PARTICLES = frozenset(
    """
    van von der den de del della dei di da das dos du le la les bin binti bint ibn ben al
    el ten ter ní nic ó mac y zu af av st. st
    """.split()  # noqa: SIM905 - a word list reads better as text
)

#: Words that end a name candidate: a line made of these is a title, heading or contact line.
_NOT_NAME = frozenset(
    """
    resume résumé curriculum vitae cv lebenslauf profile profil summary objective
    experience education skills contact email e-mail phone mobile address engineer
    engineering developer scientist science manager analyst consultant intern researcher
    research data machine learning ml ai software senior junior lead principal staff head
    director student graduate university college institute school technology technologies
    systems solutions services company inc ltd gmbh llc limited corporation pvt private
    india street road avenue city state country remote open to work available linkedin
    github portfolio website page personal information details and the of for in at with
    on my me about python java sql aws cloud devops mlops nlp llm architect specialist
    officer executive professional technical skills projects publications certifications
    languages interests
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_SEPARATORS = re.compile(r"\s*(?:\||•|·|,|;|\t|\s{2,}|\s[–—-]\s|/)\s*")
_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Sr|Sra|Srta)\.?\s+", re.IGNORECASE
)
_NAME_LABEL = re.compile(
    r"^[\s*#>-]*\**(?:full\s+name|name|nom|nombre|vorname\s+und\s+name)\**\s*[:：]\s*"
    r"(?P<value>[^|•\n;]+?)\s*(?=[|•;]|\s{2,}|$)",
    re.IGNORECASE | re.MULTILINE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_GAP = re.compile(
    r"[ \t]*-[ \t]*|[ \t]+(?:(?:" + "|".join(sorted(map(re.escape, PARTICLES))) + r")[ \t]+)*",
    re.IGNORECASE,
)

WEAK_TOKENS = frozenset(
    """
    will may mark bill grant rose young king long green brown white black hunter summer
    june april august dawn joy hope faith julia ruby ada pascal kafka swift spark rust go
    dash hugo jenkins chef puppet docker java scala ray dask luigi perl florence jade
    amber crystal sage page bishop cook baker mason carter porter stone hill wood field
    ford lane
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True, slots=True)
class NameMatch:
    name: str
    span: Span
    honorific: Span | None = None


def _is_token_capitalised(tok: str) -> bool:
    parts = [p for p in re.split(r"[-'’]", tok) if p]
    for p in parts:
        c = p[0]
        if c.isupper() or (c.isalpha() and not c.islower()):
            return True
    return False


def looks_like_name(segment: str) -> bool:
    """2–5 capitalised tokens (particles and initials allowed), no digits or symbols."""
    if not segment or re.search(r"[\d@:/\\()\[\]{}<>=+&$%#*_!?\",;]", segment):
        return False
    tokens = segment.split()
    if len(tokens) == 1:
        tok = tokens[0]
        # a single token in an uncased script ("张伟") is a name; one Latin word is not
        return 2 <= len(tok) <= 6 and all(
            (c.isalpha() or unicodedata.category(c).startswith("M"))
            and not c.isupper()
            and not c.islower()
            for c in tok
        )
    if not 2 <= len(tokens) <= 5:
        return False
    long_tokens = 0
    for tok in tokens:
        bare = tok.rstrip(".,")
        low = bare.lower()
        if low in _NOT_NAME:
            return False
        if low in PARTICLES or low.rstrip("-") in PARTICLES:
            continue
        if re.fullmatch(r"[A-Z]\.?", tok):  # an initial
            continue
        if not re.fullmatch(rf"[^\W\d_][\w'’.{MARKS}-]*", bare) or not _is_token_capitalised(bare):
            return False
        long_tokens += 1
    return long_tokens >= 1 and sum(1 for t in tokens if len(t.rstrip(".")) >= 2) >= 1


def _lowercase_name(segment: str) -> bool:
    """A first line of 2–4 plain words, whatever their case ("kimaya sonawane")."""
    tokens = segment.split()
    return 2 <= len(tokens) <= 4 and all(
        re.fullmatch(rf"[^\W\d_][\w'’{MARKS}-]{{0,20}}", t) and t.lower() not in _NOT_NAME
        for t in tokens
    )


def _first_segment(line: str, line_start: int) -> tuple[str, int, Span | None]:
    """The first part of a header line, markup and honorific stripped: (text, offset, hon)."""
    offset = 0
    m = re.match(r"^[\s#>*_]*", line)
    if m:
        offset = m.end()
    honorific: Span | None = None
    hm = _HONORIFIC.match(line[offset:])
    if hm:
        word = re.match(r"\w+\.?", hm.group())
        assert word is not None
        honorific = Span(line_start + offset, line_start + offset + word.end())
        offset += hm.end()
    rest = line[offset:]
    seg = _SEPARATORS.split(rest, maxsplit=1)[0]
    seg = seg.rstrip("*_ ").rstrip()
    return seg, line_start + offset, honorific


def detect_name(text: str, max_lines: int = 8) -> NameMatch | None:
    """The candidate's name as written at its first occurrence, or None."""
    m = _NAME_LABEL.search(text[:3000])
    if m and looks_like_name(m.group("value").strip()):
        value = m.group("value").strip()
        start = m.start("value") + m.group("value").index(value)
        return NameMatch(value, Span(start, start + len(value)))
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            seen += 1
            seg, start, hon = _first_segment(line.rstrip("\r\n"), pos)
            if looks_like_name(seg) or (seen == 1 and _lowercase_name(seg)):
                return NameMatch(seg, Span(start, start + len(seg)), hon)
            if seen >= max_lines:
                break
        pos += len(line)
    return _name_from_email(text)


def _name_from_email(text: str) -> NameMatch | None:
    """A capitalised 2–3 token sequence whose tokens all occur in the e-mail's local part."""
    em = _EMAIL.search(text)
    if not em:
        return None
    local = em.group().split("@", 1)[0].lower()
    for m in re.finditer(r"(?<!\w)[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+){1,2}", text[:4000]):
        seg = m.group()
        if looks_like_name(seg) and all(t.lower() in local for t in seg.split() if len(t) >= 2):
            return NameMatch(seg, Span(m.start(), m.end()))
    return None


def name_tokens(name: str) -> list[str]:
    """The parts of a name worth finding alone: no particles, initials or weak words."""
    out: list[str] = []
    for tok in name.split():
        bare = tok.strip(".,")
        pieces = [bare, *re.split(r"[-‐]", bare)] if "-" in bare or "‐" in bare else [bare]
        for p in pieces:
            low = p.lower()
            if len(p) < 2 or low in PARTICLES or low.rstrip("-") in PARTICLES:
                continue
            if p not in out:
                out.append(p)
    return out


def _variants(tok: str) -> set[str]:
    out = {tok, tok.upper()}
    if tok.isupper() or tok.islower():
        out.add(tok[:1].upper() + tok[1:].lower())
    return out


_WORD = re.compile(r"\w")
_SPACES = re.compile(r"\s+")


def _match_at(text: str, p: int, pieces: list[str]) -> int:
    r"""End of ``\s+``-joined ``pieces`` matched at ``p`` and followed by no word character,
    or -1."""
    q = p
    for k, piece in enumerate(pieces):
        if k:
            gap = _SPACES.match(text, q)
            if gap is None:
                return -1
            q = gap.end()
        if not text.startswith(piece, q):
            return -1
        q += len(piece)
    return -1 if _WORD.match(text, q) else q


def _occurrences(text: str, alternatives: list[list[str]]) -> list[tuple[int, int, bool]]:
    r"""What ``re.finditer(r"(?<!\w)(?:alt1|alt2|...)(?!\w)", text)`` finds (each alternative
    its pieces joined by ``\s+``), as (start, end, weak), a combining mark right after a match
    dropping it; without compiling a pattern per CV, which costs more than the scan. A match
    can only start where the first piece of an alternative is found."""
    starts: set[int] = set()
    for first in dict.fromkeys(a[0] for a in alternatives):
        i = text.find(first)
        while i != -1:
            starts.add(i)
            i = text.find(first, i + 1)
    out: list[tuple[int, int, bool]] = []
    last_end = 0
    n = len(text)
    for p in sorted(starts):
        if p < last_end or (p and _WORD.match(text, p - 1)):
            continue
        for pieces in alternatives:
            end = _match_at(text, p, pieces)
            if end != -1:
                last_end = end
                if not (end < n and _MARK_RE.match(text, end)):
                    out.append((p, end, text[p:end].lower() in WEAK_TOKENS))
                break
    return out


def name_occurrences(text: str, name: str) -> list[Span]:
    """Whole-word occurrences of the name's tokens, adjacent ones merged into one span.

    A token that is also a common word or a tool ("May", "Julia", "Jenkins") is only taken when
    it stands next to another token of the name, so "May 2021" and "Julia" the language stay.
    """
    tokens = name_tokens(name)
    if not tokens:
        return []
    variants = sorted({v for t in tokens for v in _variants(t)}, key=len, reverse=True)
    # the alternatives in the order a regex would try them: the full name (its words joined by
    # any white space), then each variant, longest first
    alternatives = [name.split(), *([v] for v in variants)]
    if all(a and a[0] for a in alternatives):
        raw = _occurrences(text, alternatives)
    else:  # pragma: no cover - names and tokens are never empty
        full = r"\s+".join(map(re.escape, name.split()))
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join([full, *map(re.escape, variants)]) + r")(?!\w)"
        )
        raw = [
            (m.start(), m.end(), m.group().lower() in WEAK_TOKENS)
            for m in pattern.finditer(text)
            if not (m.end() < len(text) and _MARK_RE.match(text, m.end()))
        ]
    merged: list[list[int]] = []  # [start, end, all_weak]
    for start, end, weak in raw:
        if merged and _GAP.fullmatch(text[merged[-1][1] : start]):
            merged[-1][1] = end
            merged[-1][2] = 0
        else:
            merged.append([start, end, int(weak)])
    return [Span(a, b) for a, b, weak in merged if not weak]
