"""Years of experience: dated positions first, the CV's own statement when they fall short."""

from __future__ import annotations

import pytest

from shortlist.parse import parse
from shortlist.parse._experience import experience_years, stated_years
from shortlist.types import Document, PartialDate


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Data scientist with 5+ years of experience in NLP.", 5.0),
        ("Total experience: 5 Years 6 Months", 5.5),
        ("Over a decade in applied machine learning.", 10.0),
        ("Two decades of building search systems.", 20.0),
        ("6 Yrs. of IT Experience in testing", 6.0),
        ("Having 3.2-years of SAP experience", 3.2),
        ("6 years and 6 months of extensive experience", 6.5),
        ("Azure developer with 9 Yrs 8 months of working experience", 9.7),
        ("Have total work experience of 2.5 years on Oracle", 2.5),
        ("Seven years of professional experience.", 7.0),
        ("6+ Exp in banking operations", 6.0),
        ("3 years experience as an analyst; 2 years of experience with Spark", 3.0),
    ],
)
def test_statements_of_experience(text: str, years: float) -> None:
    assert stated_years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "WORK EXPERIENCE\nJan 2019 - Mar 2021",
        "Python (4 years), SQL (2 years)",
        "Led a team with 40 years of combined experience.",
        "Retrained the model every 3 years.",
        "",
    ],
)
def test_no_statement(text: str) -> None:
    assert stated_years(text) is None


CV = """EXPERIENCE

ML Engineer | Acme Ltd | 2019 - 2020
- Shipped a ranking model.
"""


def test_positions_are_the_primary_figure() -> None:
    e = experience_years(CV, parse(Document("cv", "text", CV)).redacted.positions)
    assert (e.intervals, e.stated, e.years) == (2.0, None, 2.0)


def test_statement_is_used_when_positions_fall_far_short() -> None:
    text = "SUMMARY\n\nOver 8 years of experience in ML.\n\n" + CV
    r = parse(Document("cv", "text", text)).redacted
    assert r.years_experience == 8.0
    assert experience_years(r.text, r.positions).intervals == 2.0


def test_statement_is_used_when_positions_have_no_dates() -> None:
    text = "SUMMARY\n\n4 years of experience.\n\nEXPERIENCE\n\n### ML Engineer — Acme\n- x\n"
    assert parse(Document("cv", "markdown", text)).redacted.years_experience == 4.0


def test_positions_win_when_close_to_or_above_the_statement() -> None:
    close = "SUMMARY\n\n2.5 years of experience.\n\n" + CV
    assert parse(Document("cv", "text", close)).redacted.years_experience == 2.0
    below = "SUMMARY\n\n1 year of experience.\n\n" + CV
    assert parse(Document("cv", "text", below)).redacted.years_experience == 2.0


def test_today_still_ends_open_ranges() -> None:
    text = "SUMMARY\n\n3 years of experience.\n\nEXPERIENCE\n\nEngineer, Acme\nJan 2016 - Present\n"
    early = parse(Document("cv", "text", text)).redacted.years_experience
    late = parse(Document("cv", "text", text), today=PartialDate(2020, 12)).redacted
    assert early == 3.0  # "Present" is Jan 2016 by the CV's own dates: the statement wins
    assert late.years_experience == 5.0
