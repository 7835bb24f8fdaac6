"""Jobs in an experience section: title, organisation, location, dates.

A position is anchored on its *dates*, the one part every layout has and the easiest to find:
"### Title — Org, City" then "Mar 2021 – Present"; "Title | Org | 2019 – 2021" on one line;
the Indeed export's "Title", "Org - City, State -", "January 2018 to Present" on three lines;
"Org   2019–2021" then "Title" below. From each date line we walk back over at most two short,
label-free lines (or forward, when the dates come first) and read title, organisation and
location from them. A Markdown "###" heading with no dates is a position too.

What a header line holds is cleaned before it is read: redacted placeholders, leftovers of a
date the date reader did not take whole ("to Feb17 2016", "since", "Duration:"), and running
text ("Need job urgently") are dropped, though "Worked as X at Y" still gives X and Y. A lone
year on a bullet line ("➢ Exchange Server 2010") anchors no position. When no piece holds a
job word and the first names an organisation ("Infosys Limited - Hyderabad"), there is no
title rather than a place taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.parse._bullets import is_bullet
from shortlist.parse._dates import DateRange, find_date_ranges
from shortlist.parse._sections import Line
from shortlist.types import PartialDate, Position, Span

__all__ = ["PositionDraft", "find_positions", "split_title_org"]

_TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|scientist|developer|manager|intern|internship|analyst|"
    r"consultant|lead|head|director|researcher|architect|associate|officer|specialist|founder|"
    r"co-founder|cto|ceo|vp|president|programmer|administrator|admin|designer|trainee|fellow|"
    r"assistant|professor|lecturer|postdoc|student|tutor|teacher|owner|executive|coordinator|"
    r"technician|expert|advisor|partner|principal|staff|sde|swe|mle|contractor|freelancer|"
    r"freelance|ingenieur|ingenieurin|entwickler|entwicklerin|praktikant|werkstudent|"
    r"ingénieur|ingénieure|développeur|stagiaire|chercheur|ingeniero|ingeniera|"
    r"desarrollador|científico|becario|investigador|data|ml|ai|member|operator|supervisor|"
    r"representative|writer|tester|auditor|accountant|clerk|agent|trainer|instructor|editor|"
    r"translator|linguist|apprentice|volunteer|sme|secretary|guard|nurse|marketer|recruiter|"
    r"engg|sr|jr|mts|smts)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|ag|plc|corp|corporation|company|co|labs?|technologies|"
    r"solutions|systems|university|universität|université|universidad|institute|bank|group|"
    r"pvt|limited|sa|sas|s\.a\.|bv|ab|oy|software|services|consulting|studio|health|ai)\b\.?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+[—–|·•@-]\s+|\s*\|\s*|\s+at\s+|,\s*|\t+|\s{3,}|\s+[—–]\s*|\s*[—–]\s+")
_STRONG = tuple(
    re.compile(p)
    for p in (r"\s+—\s*|\s*—\s+", r"\s*\|\s*", r"\s+at\s+|\s+@\s+", r"\s+–\s+", r"\s+-\s+")
)
_PRESENT_ONLY = re.compile(r"(?i)present|current|now|heute")
_EMPTY_PARENS = re.compile(r"\(\s*[-–—,]?\s*\)|\*\*|__")
_MARKUP = re.compile(r"^[\s#*_>]+|[\s*_]+$")
_LABEL = re.compile(r"^[\w ]{2,30}:\s")
_PLACEHOLDER = re.compile(r"\[(?:NAME|EMAIL|PHONE|URL|ADDRESS|DOB|AGE)\]")
_MONTH_WORD = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: what is left of a date the date reader did not take whole: "to Feb17 2016", "APRIL/2005",
#: "since", "till 24th", "Dec '2011", a bare label such as "Duration:"
_DATE_LEFTOVER = re.compile(
    rf"(?i)(?:(?:to|till|until|from|since|upto|up to|present)\b.*|[\W\d_]*|"
    rf"(?:{_MONTH_WORD})\b[\W\d]*(?:st|nd|rd|th)?[\W\d]*|[\w ]{{2,30}}:|"
    rf"\d+\s*(?:months?|years?|yrs?)\b.*)"
)
_DIGIT = re.compile(r"\d")
_TRAILING_CONNECTOR = re.compile(r"(?i)\s+(?:from|since|till|until|to|on)$")
#: a line of running text, not a title: a verb or a phrase no title begins or holds
_SENTENCE = re.compile(
    r"(?i)^(?:have|has|had|i|we|worked|working|work|did|done|completed|looking|searching|"
    r"seeking|need|needs|want|interned|actively|currently|presently|responsible|involved|"
    r"handled|handling|achieved|won|performed|participated)\b|"
    r"\b(?:during|looking for|searching for|urgently|offering|responsible for|"
    r"opportunit(?:y|ies))\b"
)
#: "Worked as a Support Engineer at Acme": the title and employer inside a sentence
_WORKED_AS = re.compile(
    r"(?i)\b(?:work(?:ed|ing)|serv(?:ed|ing)|employed|joined)\s+as\s+(?:an?\s+)?"
    r"(?P<title>.+?)(?:\s+(?:in|at|with|for)\s+(?P<org>.+?))?(?:\s+(?:from|since)\b.*)?$"
)


@dataclass(frozen=True, slots=True)
class PositionDraft:
    position: Position
    header_lines: tuple[int, ...]  # indexes into the section's lines


def _words(s: str) -> int:
    return len(s.split())


def _header_like(ln: Line) -> bool:
    s = ln.text.strip()
    if s.startswith("#"):
        return True
    if not s or is_bullet(ln.text) or _LABEL.match(s) or _words(s) > 12:
        return False
    return not (s.endswith(".") and _words(s) > 5)


def _date_line(ln: Line) -> DateRange | None:
    """The date range that makes ``ln`` a position's date line, if it is one."""
    if not _DIGIT.search(ln.text):
        return None  # every date holds a digit
    if is_bullet(ln.text) and _words(ln.text) > 8:
        return None
    ranges = find_date_ranges(ln.text, ln.start)
    if not ranges:
        return None
    best = next((r for r in ranges if not r.single), ranges[0])
    if best.single and is_bullet(ln.text):
        return None  # "➢ Exchange Server 2010", "• Won the award in 2015": no job
    rest = ln.text[: best.span.start - ln.start] + ln.text[best.span.end - ln.start :]
    if _words(rest) > 14 or (best.single and _words(rest) > 8):
        return None
    if best.single and re.search(
        r"\b(?:in|since|by|for)\s*$", ln.text[: best.span.start - ln.start]
    ):
        return None
    return best


def _balanced(p: str) -> str:
    """Drop a bracket left dangling by a split ("(part-time" → "part-time")."""
    if p.count("(") != p.count(")"):
        p = p.strip("()").strip()
    return p


def _clean(part: str) -> list[str]:
    """One piece of a header line as title/organisation candidates: markup, placeholders and
    date leftovers dropped; a sentence kept only for the job it names ("worked as X at Y")."""
    p = _balanced(_MARKUP.sub("", _PLACEHOLDER.sub(" ", part)).strip(" -–—,|"))
    p = _TRAILING_CONNECTOR.sub("", p).strip(" -–—,|")
    if not p or _PRESENT_ONLY.fullmatch(p) or _DATE_LEFTOVER.fullmatch(p):
        return []
    if _SENTENCE.search(p):
        m = _WORKED_AS.search(p)
        if m is None:
            return []
        return [x.strip(" .,") for x in (m["title"], m["org"]) if x and x.strip(" .,")]
    return [p]


def split_title_org(parts: list[str]) -> tuple[str, str, str]:
    """(title, organisation, location) from the pieces of a position's header lines."""
    parts = [c for p in parts for c in _clean(p)]
    if not parts:
        return "", "", ""
    title_i = next((i for i, p in enumerate(parts) if _TITLE_WORDS.search(p)), None)
    if title_i is None:
        # no piece names a job in our vocabulary: the first piece is the title ("Analista de
        # Datos | Seguros Sol"), unless it names an organisation: then the rest is where it
        # is ("Infosys Limited - Hyderabad"), not a title
        if _ORG_WORDS.search(parts[0]):
            return "", parts[0], ", ".join(parts[1:3])
        title_i = 0
    title = parts[title_i]
    rest = [p for i, p in enumerate(parts) if i != title_i]
    org = rest[0] if rest else ""
    location = ", ".join(rest[1:3])
    return title, org, location


def _parts(text: str, ln: Line, dates: DateRange | None) -> list[str]:
    """Pieces of a header line, dates removed. The part before the strongest separator
    ("—", "|", " at ", "–", " - ") is kept whole: "Lead Data Scientist, Pricing" is one title.
    """
    s = ln.text
    if dates is not None:
        a, b = dates.span.start - ln.start, dates.span.end - ln.start
        s = s[:a] + "   " + s[b:]
    s = _EMPTY_PARENS.sub(" ", s).strip()
    for sep in _STRONG:
        m = sep.search(s)
        if m:
            left, right = s[: m.start()], s[m.end() :]
            rest = [p for p in _SPLIT.split(right.strip()) if p.strip()]
            return [left, *rest] if left.strip() else rest
    return [p for p in _SPLIT.split(s) if p.strip()]


def _names_both(parts: list[str]) -> bool:
    return len(parts) >= 2 and bool(_TITLE_WORDS.search(parts[0]))


def find_positions(text: str, lines: list[Line]) -> list[PositionDraft]:
    """Positions among ``lines`` (one experience section), in order of appearance."""
    dated = [(i, d) for i, ln in enumerate(lines) if (d := _date_line(ln)) is not None]
    used: set[int] = set()
    drafts: list[tuple[list[int], DateRange | None]] = []
    floor = 0
    for n, (i, dates) in enumerate(dated):
        if i in used:
            continue
        own = _parts(text, lines[i], dates)
        allowed = 0 if len(own) >= 2 else (1 if own else 2)
        header: list[int] = []
        j = i - 1
        skipped = 0
        while allowed and j >= floor and j not in used:
            ln = lines[j]
            if not _PLACEHOLDER.sub("", ln.text).strip(" -|•·"):
                # blank, or only a redacted link: skipped, and a link line costs no distance
                skipped += bool(ln.text.strip())
                if i - j - skipped > 4:
                    break
                j -= 1
                continue
            if not _header_like(ln) or _date_line(ln) is not None:
                break
            header.insert(0, j)
            allowed -= 1
            if ln.text.lstrip().startswith("#") or _names_both(_parts(text, ln, None)):
                break  # a Markdown heading, or a line that already names title and employer
            j -= 1
        if not header and not own:
            # dates first: the title and organisation follow
            nxt_limit = dated[n + 1][0] if n + 1 < len(dated) else len(lines)
            k = i + 1
            while k < nxt_limit and len(header) < 2:
                if lines[k].text.strip():
                    if not _header_like(lines[k]):
                        break
                    header.append(k)
                k += 1
        group = sorted({i, *header})
        used.update(group)
        drafts.append((group, dates))
        floor = max(group) + 1
    for i, ln in enumerate(lines):
        if ln.text.startswith("###") and i not in used:
            used.add(i)
            drafts.append(([i], None))
    drafts.sort(key=lambda d: d[0][0])
    out: list[PositionDraft] = []
    section_end = lines[-1].end if lines else 0
    for n, (group, drange) in enumerate(drafts):
        per_line: list[list[str]] = []
        for i in group:
            pieces = _parts(
                text,
                lines[i],
                drange
                if drange and lines[i].start <= drange.span.start < lines[i].end + 1
                else None,
            )
            cleaned = [c for p in pieces for c in _clean(p)]
            if cleaned:
                per_line.append(cleaned)
        title, org, location = split_title_org([p for ps in per_line for p in ps])
        if (
            not title
            and len(per_line) >= 2
            and len(per_line[0]) == 1
            and not _ORG_WORDS.search(per_line[0][0])
        ):
            # no job words anywhere, but a line of its own above the employer's: the title
            # ("Space auditing" / "Microsoft - Pune -" / "2016 to 2017")
            rest = [p for ps in per_line[1:] for p in ps]
            title, org, location = per_line[0][0], rest[0], ", ".join(rest[1:3])
        start = lines[group[0]].start
        stop = lines[drafts[n + 1][0][0]].start if n + 1 < len(drafts) else section_end
        stop = len(text[:stop].rstrip()) if text[start:stop].strip() else stop
        end_date: PartialDate | None = None
        if drange is not None:
            end_date = drange.end
        out.append(
            PositionDraft(
                Position(
                    title=title,
                    organisation=org,
                    span=Span(start, max(start, stop)),
                    location=location,
                    start=drange.start if drange else None,
                    end=end_date,
                    current=drange.current if drange else False,
                ),
                tuple(group),
            )
        )
    return out
