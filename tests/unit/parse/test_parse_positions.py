"""Positions anchored on their dates, in the layouts CVs use."""

from __future__ import annotations

import pytest

from shortlist.parse._positions import find_positions, split_title_org
from shortlist.parse._sections import split_lines
from shortlist.types import PartialDate


def _positions(text: str) -> list[tuple[str, str, str, str | None, str | None, bool]]:
    out = []
    for d in find_positions(text, split_lines(text)):
        p = d.position
        out.append(
            (
                p.title,
                p.organisation,
                p.location,
                p.start.isoformat() if p.start else None,
                p.end.isoformat() if p.end else None,
                p.current,
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "### Senior ML Engineer — Acme Corp, London\nMar 2021 – Present\n- did x\n",
            ("Senior ML Engineer", "Acme Corp", "London", "2021-03", None, True),
        ),
        (
            "Senior AI Engineer | Gulf Analytics | Dubai | Feb 2022 – Present\n- x\n",
            ("Senior AI Engineer", "Gulf Analytics", "Dubai", "2022-02", None, True),
        ),
        (
            "Team Member\n\nCisco -  Bengaluru, Karnataka -\n\nJanuary 2016 to Present\n\nText.\n",
            ("Team Member", "Cisco", "Bengaluru, Karnataka", "2016-01", None, True),
        ),
        (
            "2018 – 2021\nML Platform Engineer, Jade Tech\n• Migrated to Ray.\n",
            ("ML Platform Engineer", "Jade Tech", "", "2018", "2021", False),
        ),
        (
            "Edge ML Engineer at Orbital Devices\n2019–21\n* Pruned a model.\n",
            ("Edge ML Engineer", "Orbital Devices", "", "2019", "2021", False),
        ),
        (
            "Data Scientist, Flipside, Bengaluru          Jan 2020 - Present\n• x\n",
            ("Data Scientist", "Flipside", "Bengaluru", "2020-01", None, True),
        ),
        (
            "Acme GmbH, Berlin\nMachine Learning Engineer\n03/2020 – heute\n",
            ("Machine Learning Engineer", "Acme GmbH", "Berlin", "2020-03", None, True),
        ),
    ],
)
def test_layouts(text: str, expected: tuple[str, str, str, str | None, str | None, bool]) -> None:
    assert _positions(text) == [expected]


def test_previous_jobs_text_is_not_taken_as_the_next_title() -> None:
    text = (
        "Associate Consultant\n\nOracle -\n\nJune 2011 to Present\n\n"
        "Long description of the work that was done there, in one sentence.\n"
        "Software Used: Java, GWT\n\n"
        "Associate Consultant\n\nOracle -  Bangalore, Karnataka -\n\nMay 2010 to June 2011\n"
    )
    found = _positions(text)
    assert [p[0] for p in found] == ["Associate Consultant", "Associate Consultant"]
    assert found[1][3:5] == ("2010-05", "2011-06")


def test_undated_markdown_position() -> None:
    assert _positions("### Research Engineer — Lab\n- x\n")[0][:2] == ("Research Engineer", "Lab")


def test_position_spans_end_before_the_next_position() -> None:
    text = "### A — X\n2019 - 2020\n- one\n\n### B — Y\n2020 - 2021\n- two\n"
    a, b = (d.position for d in find_positions(text, split_lines(text)))
    assert a.span.end <= b.span.start
    assert "- one" in a.span.of(text) and "- two" in b.span.of(text)
    assert a.start == PartialDate(2019)


def test_split_title_org_finds_the_title_by_its_words() -> None:
    assert split_title_org(["Acme Ltd", "Data Engineer", "Leeds"]) == (
        "Data Engineer",
        "Acme Ltd",
        "Leeds",
    )
    assert split_title_org([]) == ("", "", "")


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # a sentence names the job inside it
        (
            "Worked as Senior Systems Engineer for Infosys Limited from\nMay 2014 - June 2016\n",
            "Senior Systems Engineer",
            "Infosys Limited",
        ),
        # a sentence that names no job is no title
        ("Need job urgently\nJan 2018 - Present\n", "", ""),
        # leftovers of a date are neither title nor organisation
        ("Test Analyst | Acme Corp | since\nMarch 2019 - 2020\n", "Test Analyst", "Acme Corp"),
        ("Duration: September 2014 to December 2014\n", "", ""),
        # a placeholder line between header and dates is skipped, not taken as the title
        (
            "Data Analyst\n\nAcme Ltd -\n\n[URL]\n\nJuly 2014 to January 2016\n",
            "Data Analyst",
            "Acme Ltd",
        ),
    ],
)
def test_header_noise_is_not_a_title(text: str, title: str, org: str) -> None:
    assert [p[:2] for p in _positions(text)] == [(title, org)]


def test_no_job_word_and_an_organisation_first_gives_no_title() -> None:
    # "Infosys Limited - Hyderabad": the place is not the title
    assert split_title_org(["Acme Limited", "Hyderabad"]) == ("", "Acme Limited", "Hyderabad")
    # a title in words we do not know still leads: "Analista de Datos | Seguros Sol"
    assert split_title_org(["Analista de Datos", "Seguros Sol"])[:2] == (
        "Analista de Datos",
        "Seguros Sol",
    )


def test_a_title_line_above_the_employer_line_is_the_title() -> None:
    text = "Space auditing\n\nAcme Ltd -  Pune, Maharashtra -\n\nMay 2016 to May 2017\n"
    assert _positions(text)[0][:3] == ("Space auditing", "Acme Ltd", "Pune, Maharashtra")


def test_a_version_year_in_a_bullet_is_no_position() -> None:
    text = "Skills\n➢ Exchange Server 2010\n➢ Windows Server 2012\n"
    assert _positions(text) == []
