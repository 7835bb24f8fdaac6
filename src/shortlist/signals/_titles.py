"""What a job title says about role family and level; shared by CVs and role briefs."""

from __future__ import annotations

import re

from shortlist.types import Family, Seniority

__all__ = ["families_for_title", "is_ml_title", "is_other_title", "seniority_for_title"]

_TITLE_RULES: tuple[tuple[Family, re.Pattern[str]], ...] = (
    (
        "mlops",
        re.compile(
            r"\b(?:ml ?ops|ml platform|platform|infrastructure|infra|devops|sre|"
            r"site reliability|llmops)\b",
            re.I,
        ),
    ),
    ("research", re.compile(r"\b(?:research|researcher|phd|postdoc\w*)\b", re.I)),
    (
        "applied_ai",
        re.compile(
            r"\b(?:ai engineer|llm|genai|generative ai|applied ai|ai product|prompt|"
            r"conversational ai|ai solutions?)\b",
            re.I,
        ),
    ),
    (
        "applied_ml",
        re.compile(
            r"\b(?:machine learning engineer|ml engineer|mle|applied scientist|"
            r"computer vision engineer|nlp engineer|deep learning engineer|recommendation|"
            r"ranking)\b",
            re.I,
        ),
    ),
    (
        "data_science",
        re.compile(
            r"\b(?:data scientist|data science|statistician|decision scientist|"
            r"quantitative analyst|analytics)\b",
            re.I,
        ),
    ),
)
_ML_TITLE = re.compile(
    r"\b(?:ml|ai|machine learning|data|learning|llm|nlp|vision|model\w*)\b", re.I
)
_OTHER_TITLE = re.compile(
    r"\b(?:engineer|developer|analyst|manager|consultant|designer|accountant|teacher|"
    r"administrator|officer|assistant|specialist|architect)\b",
    re.I,
)
_SENIORITY_TITLES: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    (
        "staff",
        re.compile(r"\b(?:staff|principal|distinguished|head of|director|vp|chief)\b", re.I),
    ),
    ("senior", re.compile(r"\b(?:senior|sr\.?|lead)\b", re.I)),
    (
        "junior",
        re.compile(
            r"\b(?:junior|jr\.?|intern|internship|graduate|trainee|apprentice|entry[- ]level)\b",
            re.I,
        ),
    ),
)


def families_for_title(title: str) -> list[Family]:
    """The AI/ML families a title names (often none, sometimes two: "ML Platform Engineer")."""
    return [family for family, rx in _TITLE_RULES if rx.search(title)]


def is_ml_title(title: str) -> bool:
    return bool(_ML_TITLE.search(title))


def is_other_title(title: str) -> bool:
    """A job title outside AI/ML ("Backend Engineer", "Accountant")."""
    return (
        not families_for_title(title)
        and not is_ml_title(title)
        and bool(_OTHER_TITLE.search(title))
    )


def seniority_for_title(title: str) -> Seniority | None:
    for level, rx in _SENIORITY_TITLES:
        if rx.search(title):
            return level
    return None
