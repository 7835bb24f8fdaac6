"""Cue-phrase matching that is fast enough to run on every line of every CV.

A long ``\\b(?:a|b|c|…)`` regex alternation costs Python's ``re`` one attempt per alternative
per character. Instead a line is lower-cased and split into word tokens once; then a cue is a
set lookup (whole words), a ``str.startswith`` on a tuple (prefixes such as ``deploy`` for
deployed/deploying), a substring test on the space-joined tokens (multi-word phrases), and —
only for the few cues that are really patterns, such as numbers with units — a small regex.

A bullet is read against a dozen cue sets (markers, outcome verbs, claims, …). ``CueBank``
answers all of them in one pass over the line: one dictionary lookup per token for the words
and one regex scan for every prefix and phrase of every set (a trie whose word ends are named
empty groups), instead of a dozen scans. It gives exactly the sets that asking each ``Cues``
would give; a property test checks that.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["CueBank", "Cues", "Line"]

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
    regex run on the raw line for cues that are patterns (numbers with units). ``gate``, if
    given, is a one-character-class regex that must find something in the raw line before
    ``pattern`` is tried: a pattern that opens with ``\\b`` gets no fast scan from ``re``, and
    most lines hold no digit (or no ``<``), so the cheap test spares the slow one.
    """

    __slots__ = ("_starts", "gate", "pattern", "phrases", "prefixes", "words")

    def __init__(
        self,
        words: frozenset[str] = frozenset(),
        prefixes: tuple[str, ...] = (),
        phrases: tuple[str, ...] = (),
        pattern: re.Pattern[str] | None = None,
        gate: re.Pattern[str] | None = None,
    ) -> None:
        self.words = words
        self.prefixes = prefixes
        self.phrases = phrases
        self.pattern = pattern
        self.gate = gate
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
        if self.pattern is None or (self.gate is not None and not self.gate.search(line.raw)):
            return False
        return self.pattern.search(line.raw) is not None

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


class CueBank:
    """Several named ``Cues`` answered together: ``found(line)`` is the set of names whose cues
    occur in the line, the same set as ``{n for n, c in cues.items() if c.found(line)}``."""

    __slots__ = ("_groups", "_patterns", "_starts", "_words", "names")

    def __init__(self, cues: Mapping[str, Cues]) -> None:
        self.names = tuple(cues)
        words: dict[str, set[str]] = {}
        starts: dict[str, set[str]] = {}
        for name, c in cues.items():
            for w in c.words:
                words.setdefault(w, set()).add(name)
            for s in (*c.prefixes, *c.phrases):
                starts.setdefault(s, set()).add(name)
        self._words = {w: frozenset(n) for w, n in words.items()}
        self._patterns = tuple(
            (name, c.gate, c.pattern) for name, c in cues.items() if c.pattern is not None
        )
        self._groups: dict[str, frozenset[str]] = {}
        # a zero-width match at each space where some cue starts, so that a matched phrase
        # does not hide a cue starting at one of its later tokens
        self._starts = re.compile(" (?=" + self._trie(starts) + ")") if starts else None

    def _trie(self, starts: dict[str, set[str]]) -> str:
        """A regex over the cue starts whose match ends in a group naming every cue set that
        matched at that position.

        Every cue is a prefix, so where a shorter cue ends, any longer one below it also
        implies the shorter one's sets: the deeper alternatives are tried first and each word
        end is an empty group carrying the union of the sets on its path.
        """
        trie: dict[str, Any] = {}
        for cue, names in starts.items():
            node = trie
            for ch in cue:
                node = node.setdefault(ch, {})
            node.setdefault("", set()).update(names)

        def build(node: dict[str, Any], above: frozenset[str]) -> str:
            here = above | frozenset(node.get("", ()))
            branches = [
                re.escape(ch) + build(child, here) for ch, child in sorted(node.items()) if ch != ""
            ]
            if "" in node:
                group = f"g{len(self._groups)}"
                self._groups[group] = here
                branches.append(f"(?P<{group}>)")
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

        return build(trie, frozenset())

    def found(self, line: Line) -> set[str]:
        out: set[str] = set()
        words = self._words
        for token in words.keys() & line.tokens:  # the intersection runs in C
            out |= words[token]
        if self._starts is not None:
            groups = self._groups
            for m in self._starts.finditer(line.joined):
                out |= groups[m.lastgroup or ""]
        raw = line.raw
        for name, gate, pattern in self._patterns:
            if name in out or (gate is not None and not gate.search(raw)):
                continue
            if pattern.search(raw) is not None:
                out.add(name)
        return out
