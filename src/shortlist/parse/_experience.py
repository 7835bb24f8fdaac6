"""Years of experience: from the dated positions first, from the CV's own statement second.

The primary figure is the union of the position intervals (overlaps counted once, career
breaks and the like left out; see ``_dates``). But a CV often says how long its writer has
worked ("5+ years of experience", "Total experience: 5 Years 6 Months", "over a decade in
ML"), and that statement is evidence too, most of all when the positions carry no dates, or
when an open range ("Jan 2016 – Present") has only the CV's own latest date to end against.

The rule, in full:

* ``stated`` is the largest figure among the CV's statements of its total experience: a
  number (digits or a word up to twenty, "+", "over", "around" allowed) of years, optionally
  with months, next to "experience" (or "exp", "work experience", ...); "experience of N
  years"; "N+ exp"; or a count of decades ("over a decade", "two decades"). Months alone
  count as a fraction of a year. A figure above 50 years is no statement of experience, nor
  is one about several people ("40 years of combined experience", "team average").
* ``intervals`` is the figure from the dated positions, or None when none has dates.
* The final figure is ``stated`` when there is a statement and ``intervals`` is None or *far
  fewer*: below three quarters of the statement and at least one year short of it. Otherwise it
  is ``intervals`` (more positions than the summary mentions is no reason to doubt the dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from shortlist.parse._dates import (
    find_date_ranges,
    interval_months,
    latest_date,
    years_from_intervals,
)
from shortlist.types import PartialDate, Position

__all__ = ["Experience", "experience_years", "stated_years"]

#: gaps a CV lists honestly as positions; they are not years of experience
NOT_WORK = re.compile(
    r"(?i)\b(?:career break|sabbatical|parental leave|maternity leave|paternity leave|"
    r"gap year|travel(?:l?ing)?|caregiv\w*|carer)\b"
)

_NUMBER_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty"""
_WORDS = {w: n for n, w in enumerate(_NUMBER_WORDS.split())}
_NUM = r"(?:\d{1,2}(?:\.\d{1,2})?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_YEARS = r"(?:years?|yrs?|yr\.?s?)\.?"
_MONTHS = r"(?:months?|mos?|mnths?)\.?"


def _figure(n: str = "") -> str:
    """ "5 years", "5+ yrs.", "3.2-years", "6 years and 6 months", "9 Yrs 8 months", "6 months"
    (group names suffixed with ``n``, so the pattern can be used twice in one regex)."""
    return (
        rf"(?:(?P<y{n}>{_NUM})\s*(?:\+|plus)?\s*-?\s*{_YEARS}"
        rf"(?:\s*(?:and\s+|,\s*)?(?P<m{n}>\d{{1,2}})\s*{_MONTHS})?"
        rf"|(?P<mo{n}>{_NUM})\s*\+?\s*{_MONTHS})"
    )


_EXPERIENCE = r"(?:experience|exp\b|expérience|erfahrung|experiencia|work\s+ex)"
_STATEMENT = re.compile(
    rf"""
    (?<![\w.]){_figure()}\s*(?:of\s+|in\s+)?(?:[\w/&,.-]+\s+){{0,4}}?{_EXPERIENCE}
    | {_EXPERIENCE}\w*\s*(?:of|:|-|–|is|=)?\s*(?:about|around|approx\.?|over|nearly|almost|
      more\s+than|close\s+to)?\s*{_figure("2")}
    | (?<![\w.])(?P<plus>\d{{1,2}})\s*\+\s*{_EXPERIENCE}
    | (?P<dec>a|one|two|three|\d)\s+decades?\s+(?:of|in|as|at|across|building|working)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: statements about someone else, or about many people at once
_NOT_OWN_BEFORE = re.compile(r"(?i)\b(?:team|average|required|requires|minimum)\W*$")
_NOT_OWN_INSIDE = re.compile(r"(?i)\b(?:combined|collective|cumulative team)\b")


@dataclass(frozen=True, slots=True)
class Experience:
    """Both figures behind ``RedactedProfile.years_experience`` and the one chosen."""

    intervals: float | None  # from merged position intervals
    stated: float | None  # the CV's own statement of its total experience
    years: float | None  # the final figure (see the module docstring)


def _number(s: str) -> float:
    low = s.lower()
    return float(_WORDS[low]) if low in _WORDS else float(low)


#: ``(?i)exp|décade|decade|erfahrung``, written to start with a plain character class so that
#: the regex engine skips to candidate characters in C ("e" and "d" ignoring case are exactly
#: [Ee] and [Dd])
_KEYWORD = re.compile(r"[EeDd](?:(?<=[Ee])(?i:xp|rfahrung)|(?<=[Dd])(?i:écade|ecade))")
_FIGURE_HINT = re.compile(
    r"(?i)\d\s*[+.-]?\s*(?:y|mo|mn|\+)|decade|\b(?:"
    + "|".join(w for w in _WORDS if w != "zero")
    + r")\s+(?:y|mo|decade)"
)


def _statements(text: str) -> list[re.Match[str]]:
    """Matches of ``_STATEMENT``, searched only in windows around its keywords: a scan of the
    whole text is several times slower, since a number can start anywhere."""
    out: list[re.Match[str]] = []
    last_end = 0
    for k in _KEYWORD.finditer(text):
        a, b = max(last_end, k.start() - 90), min(len(text), k.end() + 60)
        if not _FIGURE_HINT.search(text, a, b):
            continue  # "WORK EXPERIENCE" and the like: no figure near the keyword
        for m in _STATEMENT.finditer(text, a, b):
            if m.start() >= last_end:
                out.append(m)
                last_end = m.end()
    return out


def stated_years(text: str) -> float | None:
    """The largest statement of total experience in ``text``, in years, or None."""
    best: float | None = None
    for m in _statements(text):
        if _NOT_OWN_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or (
            _NOT_OWN_INSIDE.search(m.group())
        ):
            continue
        g = m.groupdict()
        if g["dec"]:
            d = g["dec"].lower()
            value = 10.0 * (1 if d in ("a", "one") else _number(d) if d in _WORDS else int(d))
        elif g["plus"]:
            value = float(g["plus"])
        else:
            years = g["y"] or g["y2"]
            months = g["m"] or g["m2"]
            only_months = g["mo"] or g["mo2"]
            if years:
                value = _number(years) + (int(months) / 12 if months else 0.0)
            elif only_months:
                value = _number(only_months) / 12
            else:  # pragma: no cover - the pattern always sets one of them
                continue
        if 0 < value <= 50 and (best is None or value > best):
            best = value
    return None if best is None else round(best, 1)


def _interval_years(
    text: str, positions: Sequence[Position], today: PartialDate | None
) -> float | None:
    ref = today or latest_date(find_date_ranges(text))
    intervals = [
        iv
        for p in positions
        if p.start is not None
        and not NOT_WORK.search(p.title)
        and (iv := interval_months(p.start, p.end, p.current, ref))
    ]
    return years_from_intervals(intervals)


def experience_years(
    text: str, positions: Sequence[Position], today: PartialDate | None = None
) -> Experience:
    """Years of experience of a (redacted) CV ``text`` with its ``positions``.

    ``today`` ends open ranges; when None, the latest date written in ``text`` does.
    """
    by_dates = _interval_years(text, positions, today)
    stated = stated_years(text)
    final = by_dates
    if stated is not None and (
        by_dates is None or (by_dates < 0.75 * stated and stated - by_dates >= 1.0)
    ):
        final = stated
    return Experience(by_dates, stated, final)
