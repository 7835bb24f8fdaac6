"""Cue-phrase matching that is fast enough to run on every line of every CV.

A long ``\\b(?:a|b|c|…)`` regex alternation costs Python's ``re`` one attempt per alternative
per character. Instead a line is lower-cased and split into word tokens once; then a cue is a
set lookup (whole words), a ``str.startswith`` on a tuple (prefixes such as ``deploy`` for
deployed/deploying), a substring test on the space-joined tokens (multi-word phrases), and —
only for the few cues that are really patterns, such as numbers with units — a small regex.
"""

from __future__ import annotations

import re
from typing import Any

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


class Cues:
    """A set of cues; ``found`` is true when any of them occurs in a line.

    ``words`` must equal a whole token; ``prefixes`` start a token (``deploy`` → deployed);
    ``phrases`` are space-separated tokens whose last token may be a prefix; ``pattern`` is a
    regex run on the raw line for cues that are patterns (numbers with units).
    """

    __slots__ = ("_starts", "pattern", "phrases", "prefixes", "words")

    def __init__(
        self,
        words: frozenset[str] = frozenset(),
        prefixes: tuple[str, ...] = (),
        phrases: tuple[str, ...] = (),
        pattern: re.Pattern[str] | None = None,
    ) -> None:
        self.words = words
        self.prefixes = prefixes
        self.phrases = phrases
        self.pattern = pattern
        starts = set(prefixes) | set(phrases)
        # one regex over the space-joined tokens, anchored on the space before a token, with
        # the cues folded into a trie so that re tries one branch per letter, not every cue:
        # far cheaper than testing every token against every prefix in Python
        self._starts = re.compile(" " + _trie_pattern(starts)) if starts else None

    def found(self, line: Line) -> bool:
        if self.words and not self.words.isdisjoint(line.tokens):
            return True
        if self._starts is not None and self._starts.search(line.joined):
            return True
        return self.pattern is not None and self.pattern.search(line.raw) is not None

    def first_token_in(self, line: Line) -> bool:
        """Whether the line *starts* with one of the cues (an opening verb)."""
        if not line.tokens:
            return False
        if line.tokens[0] in self.words:
            return True
        return self._starts is not None and self._starts.match(line.joined) is not None


def _trie_pattern(words: set[str]) -> str:
    """A regex matching any of ``words`` as a prefix, with shared prefixes factored out.

    Only used to test whether some cue occurs, so the order of alternatives does not matter;
    a word that is a prefix of another makes the longer one redundant.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # the word ends here: whatever follows is accepted
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)
