"""Personal data found by shape and position, and redacted to fixed placeholders."""

from __future__ import annotations

import pytest

from shortlist.parse import parse
from shortlist.parse._names import detect_name, looks_like_name, name_occurrences
from shortlist.parse._pii import find_pii
from shortlist.types import Document


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.span.of(text)) for f in find_pii(text).found]


def _redacted(text: str) -> str:
    return parse(Document("cv.txt", "text", text)).redacted.text


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe",
        "Nguyễn Thị Minh Khai",
        "Oluwaseun Adébáyọ̀",
        "Siobhán Ní Bhriain",
        "José María García-López",
        "Zhang Wei 张伟",
        "Aaliyah Al-Farsi",
        "Małgorzata Wiśniewska",
        "Rahul Venkataraman",
        "Hinemoa Te Rangi",
        "Ludwig van Beethoven",
        "Liam O'Connor",
        "Ahmad bin Ismail",
        "JANE DOE",
        "张伟",
    ],
)
def test_names_are_found_from_the_header_without_a_list(name: str) -> None:
    text = f"{name}\nLondon · someone@example.com\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n"
    found = detect_name(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "line",
    [
        "Curriculum Vitae",
        "Senior Machine Learning Engineer",
        "Python, PyTorch",
        "WORK EXPERIENCE",
        "London, UK",
        "jane@example.com",
        "Profile",
    ],
)
def test_lines_that_are_not_names(line: str) -> None:
    assert not looks_like_name(line)


def test_name_label_wins_over_the_first_line() -> None:
    text = "RESUME\nName: Amara Okafor\nEmail: a@example.com\n"
    found = detect_name(text)
    assert found is not None and found.name == "Amara Okafor"


def test_markdown_heading_and_honorific() -> None:
    assert _kinds("# Dr. Ana Ribeiro\n")[:2] == [("honorific", "Dr."), ("name", "Ana Ribeiro")]


def test_later_occurrences_tokens_and_possessives() -> None:
    text = "Jane Doe\n\nSummary\nJane's team; DOE led it. Doe-san. Janet is someone else.\n"
    red = _redacted(text)
    assert red.startswith("[NAME]\n")
    assert "[NAME]'s team; [NAME] led it. [NAME]-san. Janet is someone else." in red


def test_weak_name_tokens_are_only_taken_beside_the_rest_of_the_name() -> None:
    text = "Julia May\n\nExperience\nWrote Julia code; started May 2021. Julia May led it.\n"
    red = _redacted(text)
    assert "Wrote Julia code; started May 2021. [NAME] led it." in red


def test_name_tokens_next_to_combining_marks_are_whole_words() -> None:
    spans = name_occurrences("Adébáyọ̀ and Adébáyọ̀'s work", "Oluwaseun Adébáyọ̀")
    assert len(spans) == 2


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("jane.doe+cv@example.co.uk", "email", "jane.doe+cv@example.co.uk"),
        ("Phone: +44 20 7946 0958", "phone", "+44 20 7946 0958"),
        ("call (555) 201-7788 now", "phone", "(555) 201-7788"),
        ("Mobile: 9876543210", "phone", "9876543210"),
        ("Nationality: Indian", "nationality", "Indian"),
        ("Staatsangehörigkeit: deutsch", "nationality", "deutsch"),
        ("Marital Status: Married", "marital_status", "Married"),
        ("Religion: Hindu", "religion", "Hindu"),
        ("Gender: Female", "gender", "Female"),
        ("Date of Birth: 02/11/1991", "birth_date", "02/11/1991"),
        ("born 3 March 1990 in Lagos", "birth_date", "3 March 1990"),
        ("Age: 34", "age", "34"),
        ("I am 34 years old", "age", "34 years old"),
        ("Pronouns: they/them", "pronoun", "they/them"),
        ("Jane (she/her)", "pronoun", "she/her"),
        ("42 Queen Street, Auckland 1010", "address", "42 Queen Street, Auckland 1010"),
        ("Musterstraße 12, 10115 Berlin", "address", "Musterstraße 12, 10115 Berlin"),
        ("Calle Mayor 12, Madrid", "address", "Calle Mayor 12, Madrid"),
        ("linkedin.com/in/jane-doe-123", "url", "linkedin.com/in/jane-doe-123"),
        ("https://github.com/someone", "url", "https://github.com/someone"),
    ],
)
def test_pii_kinds(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _kinds("CURRICULUM VITAE\n" + text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Trained on 2019 - 2021 data",
        "arXiv:2106.09685",
        "doi:10.1145/3292500.3330701",
        "Served 12000000 requests",
        "github.com/pytorch/pytorch/pull/1234",
        "Ages 18-65 cohort; heritage dating back",
        "Usage: python train.py",
    ],
)
def test_no_pii_in_ordinary_evidence(text: str) -> None:
    assert _kinds("CURRICULUM VITAE\n\nEXPERIENCE\n" + text + "\n") == []


def test_url_with_the_name_is_redacted_repo_urls_are_kept() -> None:
    text = "Jane Doe\njanedoe.dev · github.com/janedoe/thesis · github.com/pytorch/pytorch\n"
    kinds = _kinds(text)
    assert ("url", "janedoe.dev") in kinds
    assert ("url", "github.com/janedoe/thesis") in kinds
    assert all(v != "github.com/pytorch/pytorch" for _, v in kinds)


def test_tech_words_and_headings_are_not_redacted() -> None:
    text = (
        "Jane Doe\n\nSKILLS\nPython, PyTorch, Kubernetes\n\n"
        "EXPERIENCE\nML Engineer, Acme, 2019 - 2021\n"
    )
    red = _redacted(text)
    for word in ("SKILLS", "Python", "PyTorch", "Kubernetes", "EXPERIENCE", "ML Engineer", "Acme"):
        assert word in red


def test_indeed_profile_link_wrapped_over_two_lines() -> None:
    text = (
        "Kasturika Borah\nBengaluru - Email me on Indeed: indeed.com/r/Kasturika-\n"
        "Borah/9e71468914b38ee8\n"
    )
    red = _redacted(text)
    assert "Borah" not in red and "Kasturika" not in red and "9e71468914b38ee8" not in red


def test_contact_holds_display_values() -> None:
    profile = parse(
        Document("cv.md", "markdown", "# Jane Doe\njane@example.com · +44 20 7946 0958\n")
    )
    assert profile.contact["name"] == "Jane Doe"
    assert profile.contact["email"] == "jane@example.com"
    assert profile.contact["phone"] == "+44 20 7946 0958"
