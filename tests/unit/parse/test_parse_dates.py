"""Dates as CVs write them, and years of experience from merged intervals."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shortlist.parse._dates import (
    find_date_ranges,
    interval_months,
    latest_date,
    merge_intervals,
    years_from_intervals,
)
from shortlist.types import PartialDate

MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Mar 2021 – Present", "2021-03", None, True),
        ("03/2020–now", "2020-03", None, True),
        ("2019–21", "2019", "2021", False),
        ("Summer 2018", "2018-06", "2018-08", False),
        ("2015 - 2019", "2015", "2019", False),
        ("January 2018 to Present", "2018-01", None, True),
        ("since 2020", "2020", None, True),
        ("2020-03 – 2021-11", "2020-03", "2021-11", False),
        ("Jan. 2019 - Dec. 2019", "2019-01", "2019-12", False),
        ("März 2019 – heute", "2019-03", None, True),
        ("sept. 2018 – juin 2020", "2018-09", "2020-06", False),
        ("enero 2017 – actualidad", "2017-01", None, True),
        ("Mar '21 - now", "2021-03", None, True),
        ("2018", "2018", "2018", False),
    ],
)
def test_date_forms(text: str, start: str, end: str | None, current: bool) -> None:
    (r,) = find_date_ranges(text)
    assert r.start.isoformat() == start
    assert (r.end.isoformat() if r.end else None) == end
    assert r.current is current
    assert text.endswith(r.span.of(text))  # "since" stays outside the span


def test_spans_are_shifted_by_offset_and_lines_are_independent() -> None:
    text = "Acme\nMay 2010 to June 2011\n"
    (r,) = find_date_ranges(text, offset=100)
    assert r.span.start == 105 and r.span.end == 105 + len("May 2010 to June 2011")


def test_numbers_that_are_not_dates() -> None:
    assert find_date_ranges("Python 3.10, 2.5M users, 1,2018 rows") == []
    assert find_date_ranges("arXiv 2106.09685") == []


def test_backwards_range_is_two_dates() -> None:
    ranges = find_date_ranges("2021 - 2019")
    assert [r.single for r in ranges] == [True, True]


@given(
    st.integers(1950, 2049),
    st.integers(1, 12),
    st.sampled_from(["–", "-", "—", "to", "until"]),
    st.integers(0, 10),
    st.integers(1, 12),
)
def test_month_ranges_round_trip(y: int, m: int, dash: str, dy: int, m2: int) -> None:
    end_year = min(y + dy, 2049)
    if (end_year, m2) < (y, m):
        m2 = m
        end_year = y
    text = f"{MONTH_NAMES[m - 1]} {y} {dash} {m2:02d}/{end_year}"
    (r,) = find_date_ranges(text)
    assert r.start == PartialDate(y, m)
    assert r.end == PartialDate(end_year, m2)
    assert not r.current


@given(st.integers(1950, 2049), st.sampled_from(["Present", "present", "now", "current", "heute"]))
def test_open_ranges(y: int, word: str) -> None:
    (r,) = find_date_ranges(f"{y} – {word}")
    assert r.start == PartialDate(y) and r.end is None and r.current


def test_interval_convention() -> None:
    assert interval_months(PartialDate(2019), PartialDate(2021), False, None) == (
        2019 * 12,
        2022 * 12,
    )
    a, b = interval_months(PartialDate(2021, 3), PartialDate(2021, 5), False, None) or (0, 0)
    assert b - a == 3
    a, b = interval_months(PartialDate(2021, 3), None, True, PartialDate(2021, 12)) or (0, 0)
    assert b - a == 10


def test_latest_date() -> None:
    ranges = find_date_ranges("2015 - 2019\nMar 2021 – Present\n")
    assert latest_date(ranges) == PartialDate(2021, 3)
    assert latest_date([]) is None


intervals = st.lists(
    st.tuples(st.integers(0, 600), st.integers(0, 120)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)


@given(intervals)
def test_merged_intervals_are_sorted_disjoint_and_cover_the_union(
    ivs: list[tuple[int, int]],
) -> None:
    merged = merge_intervals(ivs)
    for (_, b1), (a2, _) in itertools.pairwise(merged):
        assert b1 < a2  # sorted, disjoint, not even touching
    assert all(a < b for a, b in merged)
    union = {m for a, b in ivs for m in range(a, b)}
    covered = {m for a, b in merged for m in range(a, b)}
    assert covered == union


@given(intervals)
def test_years_never_exceed_the_overall_span(ivs: list[tuple[int, int]]) -> None:
    years = years_from_intervals(ivs)
    real = [(a, b) for a, b in ivs if b > a]
    if not real:
        assert years is None
        return
    span = max(b for _, b in real) - min(a for a, _ in real)
    assert years is not None
    assert 0 < years <= round(span / 12, 1) + 1e-9
    assert years <= round(sum(b - a for a, b in real) / 12, 1) + 1e-9
