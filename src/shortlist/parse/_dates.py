"""Dates and date ranges as CVs write them, and years of experience from merged intervals.

CVs give dates at month precision at best ("Mar 2021 – Present", "03/2020–now", "2019–21",
"Summer 2018", "2018"), in several languages. We read them with one tokenising regex and pair
adjacent tokens joined by a range connector, rather than one regex per layout, so new
spellings are a vocabulary change, not a new rule.

Interval convention (used for years of experience): a date covers its whole period, so
``start`` is the first month of the start date and ``end`` is the last month of the end date
(inclusive): "2019 – 2021" is 36 months, "Mar 2021 – May 2021" is 3 months.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from shortlist.types import PartialDate, Span

__all__ = [
    "DateRange",
    "find_date_ranges",
    "interval_months",
    "latest_date",
    "merge_intervals",
    "years_from_intervals",
]

MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    (
        "jan january januar jänner janvier janv enero ene",
        "feb february februar février fevrier févr fevr febrero",
        "mar march märz maerz mär mars marzo",
        "apr april avril avr abril abr",
        "may mai mayo",
        "jun june juni juin junio",
        "jul july juli juillet juil julio",
        "aug august août aout agosto ago",
        "sep sept september septembre septiembre setiembre",
        "oct october oktober okt octobre octubre",
        "nov november novembre noviembre",
        "dec december dezember dez décembre decembre déc dic diciembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _month

#: season → (first month, last month)
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "frühling": (3, 5),
    "printemps": (3, 5),
    "primavera": (3, 5),
    "summer": (6, 8),
    "sommer": (6, 8),
    "été": (6, 8),
    "verano": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "herbst": (9, 11),
    "automne": (9, 11),
    "otoño": (9, 11),
    "winter": (12, 12),
    "hiver": (12, 12),
    "invierno": (12, 12),
}

PRESENT_WORDS = (
    "present|current|currently|now|today|ongoing|till date|to date|date|heute|aktuell|jetzt|"
    "présent|aujourd'hui|actuel|actuellement|presente|actualidad|actual|hoy"
)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASON_ALT = "|".join(sorted(SEASONS, key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"

#: Every alternative starts at a digit (or the apostrophe of "'21"), so the scan is cheap; a
#: month or season word before a year is looked up afterwards, in a few characters only.
_TOKEN = re.compile(
    rf"""
    (?=[\d'’])  # one cheap test at each position that cannot start a token
    (?:(?<![\d./])(?P<isoy>{_YEAR})[-/](?P<isom>0[1-9]|1[0-2])(?![\d/.-])
    | (?P<yyrange>(?<![\d.]){_YEAR})\s*[-–—/]\s*(?P<yy2>\d{{2}})(?![\d./-])
    | (?<![\d./])(?P<nm>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<nmy>{_YEAR})(?![\d])
    | (?<![\d.,])(?P<year>{_YEAR})(?![\d]|\.\d|,\d)
    | (?<=[^\W\d_]\s|[^\W\d_]\.)['’](?P<apos>\d{{2}})(?!\d))
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?,?\s*\Z")

#: "present" and its kin, right after a date and a connector: an open range
_PRESENT = re.compile(
    rf"\s*(?:[-–—~→]+|to|till|until|up to|bis|à|au|a|hasta|al)?\s*(?:{PRESENT_WORDS})(?![\w])",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"^\s*(?:[-–—~→]+|to|till|until|up to|bis|à|au|a|hasta|al|–\s*bis)?\s*$", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"(?:since|seit|depuis|desde)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date or a range found in a text. ``end`` is None for a single date or an open range."""

    start: PartialDate
    end: PartialDate | None
    current: bool
    span: Span
    single: bool = False  # one date, no range ("2018", "Summer 2018")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "date" | "present" | "yyrange"
    start: int
    end: int
    first: PartialDate | None = None
    last: PartialDate | None = None  # the last month the token covers (seasons, yyrange end)


def _two_digit_year(text: str, ref: int | None = None) -> int:
    value = int(text.lstrip("'’"))
    if ref is not None:
        century = ref - ref % 100
        year = century + value
        return year + 100 if year < ref else year
    return 2000 + value if value < 50 else 1900 + value


def _with_word(text: str, start: int, end: int, digits: str) -> _Token | None:
    """A year, or "'21", with the month or season word written before it, if any."""
    w = _WORD_BEFORE.search(text, max(0, start - 14), start)
    word = w.group(1).lower() if w else ""
    if len(digits) == 2:  # "Mar '21": only after a month
        if word not in MONTHS:
            return None
        return _Token(
            "date",
            w.start() if w else start,
            end,
            PartialDate(_two_digit_year(digits), MONTHS[word]),
        )
    year = int(digits)
    if word in MONTHS and w is not None:
        return _Token("date", w.start(), end, PartialDate(year, MONTHS[word]))
    if word in SEASONS and w is not None:
        first_m, last_m = SEASONS[word]
        return _Token("date", w.start(), end, PartialDate(year, first_m), PartialDate(year, last_m))
    return _Token("date", start, end, PartialDate(year))


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text):
        g = m.groupdict()
        if g["isoy"]:
            d = PartialDate(int(g["isoy"]), int(g["isom"]))
            out.append(_Token("date", m.start(), m.end(), d))
        elif g["yyrange"]:
            first = int(g["yyrange"])
            second = _two_digit_year(g["yy2"], first)
            if not 0 <= second - first <= 10:
                # "2019/20" is a range; "2019-97" is not: read the first year alone
                out.append(_Token("date", m.start(), m.start() + 4, PartialDate(first)))
                continue
            out.append(
                _Token("yyrange", m.start(), m.end(), PartialDate(first), PartialDate(second))
            )
        elif g["nm"]:
            d = PartialDate(int(g["nmy"]), int(g["nm"]))
            out.append(_Token("date", m.start(), m.end(), d))
        else:
            tok = _with_word(text, m.start(), m.end(), g["year"] or g["apos"])
            if tok is None:
                continue
            out.append(tok)
        if out and out[-1].end == m.end():
            p = _PRESENT.match(text, m.end())
            if p:
                out.append(_Token("present", p.start(), p.end()))
    return out


def find_date_ranges(text: str, offset: int = 0) -> list[DateRange]:
    """Every date range and lone date in ``text`` (spans shifted by ``offset``), in order.

    A lone "present" word is not a date. A range whose end is before its start is read as two
    lone dates, not as a range, since CVs list reverse-chronological dates but never backwards
    ranges.
    """
    if "\n" in text:
        # dates never span lines; most lines hold no digit and need no scan at all: jump from
        # digit to digit, reading each line that holds one
        out_all: list[DateRange] = []
        digit = _DIGIT.search(text)
        while digit is not None:
            i = digit.start()
            a = text.rfind("\n", 0, i) + 1
            b = text.find("\n", i)
            if b == -1:
                b = len(text)
            out_all += _line_ranges(text[a:b], offset + a)
            digit = _DIGIT.search(text, b)
        return out_all
    if not _DIGIT.search(text):
        return []
    return _line_ranges(text, offset)


def _line_ranges(text: str, offset: int) -> list[DateRange]:
    """``find_date_ranges`` of one line that holds a digit."""
    tokens = _tokens(text)
    out: list[DateRange] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "present" or tok.first is None:
            i += 1
            continue
        if tok.kind == "yyrange":
            assert tok.last is not None
            out.append(
                DateRange(tok.first, tok.last, False, Span(tok.start + offset, tok.end + offset))
            )
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and _CONNECTOR.match(text[tok.end : nxt.start]):
            if nxt.kind == "present":
                span = Span(tok.start + offset, nxt.end + offset)
                out.append(DateRange(tok.first, None, True, span))
                i += 2
                continue
            if nxt.kind == "date" and nxt.first is not None:
                end = nxt.last or nxt.first
                if end.months() >= tok.first.months() or end.year == tok.first.year:
                    span = Span(tok.start + offset, nxt.end + offset)
                    out.append(DateRange(tok.first, end, False, span))
                    i += 2
                    continue
        since = _SINCE.search(text[max(0, tok.start - 12) : tok.start])
        span = Span(tok.start + offset, tok.end + offset)
        if since:
            out.append(DateRange(tok.first, None, True, span))
        else:
            out.append(DateRange(tok.first, tok.last or tok.first, False, span, single=True))
        i += 1
    return out


def latest_date(ranges: Iterable[DateRange]) -> PartialDate | None:
    """The latest date written anywhere: the stand-in for "today" when none is given."""
    best: PartialDate | None = None
    for r in ranges:
        for d in (r.start, r.end):
            if d is not None and (best is None or d.months() > best.months()):
                best = d
    return best


def interval_months(
    start: PartialDate, end: PartialDate | None, current: bool, today: PartialDate | None
) -> tuple[int, int] | None:
    """Half-open month interval ``[a, b)`` covered by a position, or None if unknowable."""
    a = start.months()
    if end is None:
        end = start if not current or today is None else today
    b = end.months() + (1 if end.month is not None else 12)
    if current and today is not None and end is today:
        b = today.months() + 1
    if b <= a:
        return None
    return a, b


def merge_intervals(intervals: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint, non-adjacent intervals covering exactly the union of ``intervals``."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(i for i in intervals if i[1] > i[0]):
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def years_from_intervals(intervals: Sequence[tuple[int, int]]) -> float | None:
    """Total years covered by the union of month intervals, to one decimal; None if none."""
    merged = merge_intervals(intervals)
    if not merged:
        return None
    return round(sum(b - a for a, b in merged) / 12, 1)
