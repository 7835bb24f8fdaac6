"""Gendered pronouns in prose are personal data too: a third-person CV must not leak gender."""

from __future__ import annotations

import pytest

from shortlist.parse import parse
from shortlist.types import Document

BASE = (
    "# Sam Example\nsam@example.com\n\n## Summary\n\n"
    "{P} builds fraud models; {poss} team ships weekly. Colleagues describe {obj} as careful.\n"
)


def _redacted(subject: str, possessive: str, obj: str) -> str:
    text = BASE.format(P=subject, poss=possessive, obj=obj)
    return parse(Document("cv.md", "markdown", text)).redacted.text


def test_he_and_she_read_the_same() -> None:
    assert _redacted("She", "her", "her") == _redacted("He", "his", "him")
    assert "She" not in _redacted("She", "her", "her")


@pytest.mark.parametrize("word", ["shell", "theme", "Hershey", "history", "whisky"])
def test_words_that_contain_pronouns_are_kept(word: str) -> None:
    text = f"# Sam Example\nsam@example.com\n\n## Summary\n\nWrote {word} tooling.\n"
    assert word in parse(Document("cv.md", "markdown", text)).redacted.text
