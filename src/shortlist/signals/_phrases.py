"""Stock phrases: the filler that makes CVs read alike ("passionate about leveraging AI").

Found with one Aho–Corasick pass over the lower-cased text (whole words only, leftmost-longest,
non-overlapping): a regex alternation of these phrases cost ~1 ms per CV.
"""

from __future__ import annotations

from functools import cache

import ahocorasick

from shortlist.types import Span

__all__ = ["STOCK_PHRASES", "find_stock_phrases"]

STOCK_PHRASES: tuple[str, ...] = (
    "passionate about",
    "leveraging ai",
    "leverage ai",
    "leverages ai",
    "leveraging ml",
    "leverage ml",
    "leveraging machine learning",
    "leverage machine learning",
    "leveraging data",
    "leverage data",
    "real-world problems",
    "real world problems",
    "results-driven",
    "results driven",
    "team player",
    "fast-paced environment",
    "fast paced environment",
    "cutting-edge",
    "cutting edge",
    "detail-oriented",
    "detail oriented",
    "self-starter",
    "self starter",
    "think outside the box",
    "hard-working",
    "hard working",
    "proven track record",
    "excellent communication skills",
    "go-getter",
    "synergy",
    "synergies",
    "highly motivated",
    "dynamic team",
    "dynamic environment",
    "strong work ethic",
    "eager to learn",
    "quick learner",
    "wide range of",
    "extensive experience in",
)


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in STOCK_PHRASES:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    return automaton


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_stock_phrases(text: str) -> tuple[Span, ...]:
    """Spans of stock phrases in ``text``, whole words only, non-overlapping."""
    low = _lower_same_length(text)
    found: list[Span] = []
    for last, length in _automaton().iter(low):
        start = last - length + 1
        end = last + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if end < len(low) and low[end].isalnum():
            continue
        found.append(Span(start, end))
    found.sort(key=lambda s: (s.start, -len(s)))
    out: list[Span] = []
    for span in found:
        if not out or span.start >= out[-1].end:
            out.append(span)
    return tuple(out)
