"""Cue-phrase matching that is fast enough to run on every line of every CV.

A long ``\\b(?:a|b|c|…)`` regex alternation costs Python's ``re`` one attempt per alternative
per character. Instead a line is lower-cased and split into word tokens once; then a cue is a
set lookup (whole words), a ``str.startswith`` on a tuple (prefixes such as ``deploy`` for
deployed/deploying), a substring test on the space-joined tokens (multi-word phrases), and —
only for the few cues that are really patterns, such as numbers with units — a small regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cues", "Line"]

_TOKEN = re.compile(r"[a-z0-9]+(?:[/&+#.'’-][a-z0-9]+)*")


class Line:
    """One line of text prepared for cue matching."""

    __slots__ = ("joined", "lower", "raw", "tokens")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.lower = raw.lower()
        self.tokens = _TOKEN.findall(self.lower)
        self.joined = " " + " ".join(self.tokens) + " "


@dataclass(frozen=True, slots=True)
class Cues:
    """A set of cues; ``found`` is true when any of them occurs in a line."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()  # space-separated tokens; the last token may be a prefix
    pattern: re.Pattern[str] | None = None  # run on the raw line

    def found(self, line: Line) -> bool:
        if self.words and not self.words.isdisjoint(line.tokens):
            return True
        if self.prefixes and any(t.startswith(self.prefixes) for t in line.tokens):
            return True
        if any(" " + p in line.joined for p in self.phrases):
            return True
        return self.pattern is not None and self.pattern.search(line.raw) is not None

    def first_token_in(self, line: Line) -> bool:
        """Whether the line *starts* with one of the words or phrases (an opening verb)."""
        if not line.tokens:
            return False
        if line.tokens[0] in self.words or line.tokens[0].startswith(self.prefixes or ("\0",)):
            return True
        return any(line.joined.startswith(" " + p + " ") for p in self.phrases)
