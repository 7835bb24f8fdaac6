"""Degrees, fields, institutions and graduation years."""

from __future__ import annotations

import pytest

from shortlist.parse._education import find_education
from shortlist.parse._sections import split_lines


def _edu(text: str) -> list[tuple[str, str, str, int | None]]:
    return [
        (e.degree, e.field, e.institution, e.year) for e in find_education(text, split_lines(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "**MSc Machine Learning**, University College London, 2017 — Distinction\n",
            ("MSc", "Machine Learning", "University College London", 2017),
        ),
        (
            "B.E in Computer Science Engineering\n\n"
            "Adithya Institute of Technology -  Tamil Nadu\n\nSeptember 2008 to June 2012\n",
            ("B.E", "Computer Science Engineering", "Adithya Institute of Technology", 2012),
        ),
        (
            "2014 – 2018\nB.Eng. Software Engineering, Fudan University\n",
            ("B.Eng.", "Software Engineering", "Fudan University", 2018),
        ),
        (
            "M.Sc. Informatik, Technische Universität München, 2016\n",
            ("M.Sc.", "Informatik", "Technische Universität München", 2016),
        ),
        (
            "**MSc Statistics and Information Management**, NOVA IMS, Lisbon, 2016\n",
            ("MSc", "Statistics and Information Management", "NOVA IMS", 2016),
        ),
        (
            "Bachelor of Science in Statistics, University of Auckland, 2015\n",
            ("Bachelor of Science", "Statistics", "University of Auckland", 2015),
        ),
    ],
)
def test_entries(text: str, expected: tuple[str, str, str, int | None]) -> None:
    assert _edu(text) == [expected]


def test_two_entries_are_split_at_the_second_degree() -> None:
    text = (
        "MSc Data Science, Universitat Pompeu Fabra, 2018\nBSc Physics, University of Porto, 2016\n"
    )
    assert [e[0] for e in _edu(text)] == ["MSc", "BSc"]
    assert [e[3] for e in _edu(text)] == [2018, 2016]


def test_entry_span_covers_its_lines() -> None:
    text = "PhD Computer Science\nETH Zürich\n2014 - 2018\n"
    (e,) = find_education(text, split_lines(text))
    assert e.span.of(text) == text.rstrip()
