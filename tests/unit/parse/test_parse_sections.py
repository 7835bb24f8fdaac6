"""Section headings in many forms and a few languages; no headings at all."""

from __future__ import annotations

import itertools

import pytest

from shortlist.parse._sections import heading_kind, split_lines, split_sections


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("## Experience", "experience"),
        ("# Work History", "experience"),
        ("WORK EXPERIENCE", "experience"),
        ("**PROFESSIONAL EXPERIENCE**", "experience"),
        ("Relevant Industry Experience", "experience"),
        ("Berufserfahrung", "experience"),
        ("Expérience professionnelle", "experience"),
        ("EXPERIENCIA", "experience"),
        ("Ausbildung", "education"),
        ("Formation", "education"),
        ("Educación", "education"),
        ("Kenntnisse", "skills"),
        ("Compétences", "skills"),
        ("HABILIDADES", "skills"),
        ("Technical Skills:", "skills"),
        ("## Skills & Tools", "skills"),
        ("Summary", "summary"),
        ("## Profile", "summary"),
        ("Publications", "publications"),
        ("Certifications", "certifications"),
        ("Honors & Awards", "awards"),
        ("## Talks & Community", "community"),
        ("## Open Source", "open_source"),
        ("LANGUAGES", "languages"),
        ("Hobbies", "interests"),
        ("## Something Else", "other"),
    ],
)
def test_heading_kinds(line: str, kind: str) -> None:
    found = heading_kind(line)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "Project Manager",
        "### Senior ML Engineer — Acme",
        "Built an experience platform for 2M users.",
        "GRAPHIC ERA UNIVERSITY",
        "Python, SQL, Spark",
        "# [NAME]",
    ],
)
def test_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def _kinds(text: str) -> list[str]:
    return [s.kind for s in split_sections(text, split_lines(text))]


def test_header_then_sections_cover_the_text() -> None:
    text = "Jane\nLondon\n\nSUMMARY\nHi.\n\nEXPERIENCE\nWork.\n"
    sections = split_sections(text, split_lines(text))
    assert [s.kind for s in sections] == ["header", "summary", "experience"]
    assert sections[0].span.start == 0 and sections[-1].span.end == len(text)
    for a, b in itertools.pairwise(sections):
        assert a.span.end == b.span.start


def test_weak_label_inside_a_job_does_not_end_the_experience_section() -> None:
    text = "EXPERIENCE\nEngineer, Acme\n2019 - 2021\nProjects:\n- a thing\n"
    assert _kinds(text) == ["experience"]


def test_colon_headings_count_when_the_cv_uses_them() -> None:
    text = "Summary:\nx\n\nExperience:\ny\n\nProjects:\nz\n\nEducation:\nw\n"
    assert _kinds(text) == ["summary", "experience", "projects", "education"]


def test_inline_skills_heading() -> None:
    text = "Jane\n\nSkills: Python, SQL\n"
    sections = split_sections(text, split_lines(text))
    assert [s.kind for s in sections] == ["header", "skills"]
    assert text[sections[1].body.start :].startswith("Python")


def test_two_column_heading_line() -> None:
    text = "Jane\n\nSKILLS                EXPERIENCE\nPython      ML Engineer\n"
    assert _kinds(text) == ["header", "experience"]


def test_no_headings_at_all() -> None:
    text = "Jane Doe\njane@example.com\n\nDid things at Acme (2019 - 2021).\n"
    assert _kinds(text) == ["header", "other"]
