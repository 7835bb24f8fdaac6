"""Finding skill mentions in text: one Aho–Corasick automaton plus boundary and context rules.

How ``Matcher.find`` reads a text:

* **Folding.** The text is lower-cased one character to one character, so offsets into the
  folded text are offsets into the original. (``str.lower`` can lengthen a string — "İ" becomes
  "i" + a combining dot — so when the lengths differ each character is folded on its own and
  only the first character of its lower-case form is kept.) Every white-space character folds
  to a space, Unicode hyphens and dashes to "-", curly apostrophes to "'".
* **Surfaces.** Every name and alias is a key of the automaton, lower-cased. A multi-word alias
  also matches with hyphens for spaces and the other way round ("fine-tuning" / "fine tuning").
  Three kinds of surface:

  - *plain*: matches in any case ("pytorch", "PyTorch", "PYTORCH");
  - *cased*: must match the case written in the data ("ML", "RL", "Spark", "Airflow", "LIME"),
    or its all-capitals form when four letters or longer ("SPARK");
  - *guarded*: cased **and** accepted only in context — see ``shortlist.taxonomy._rules``.

* **Word boundaries.** A surface starting with a letter or digit must not follow a letter,
  digit or "_" ("R" is not found in "Research", "go" not in "ago"); one ending with a letter
  or digit must not be followed by a letter, digit, "_", "+" or "#" ("C" is not found in
  "C++" or "C#", which are surfaces of their own), nor by "&" and a letter ("R&D"). Surfaces
  that start or end with punctuation (".NET", "C++") carry their own boundary. Punctuation
  inside a surface is matched literally ("scikit-learn", "Node.js", "CI/CD", "A/B testing").
* **Plurals.** A plain or cased surface of three or more characters ending in a letter other
  than "s" also matches with one "s" added ("LLMs", "GNNs", "rerankers"); the hit covers it.
* **Leftmost-longest.** Of the candidates that pass, the leftmost wins, and of those starting
  at the same place the longest: "Vertex AI Pipelines" is ``vertex_ai_pipelines``, not
  ``vertex_ai`` followed by something else. Hits never overlap and come sorted by start.
* **Context.** Guarded candidates that won are then accepted or dropped by their rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from shortlist.taxonomy._model import SkillHit, make_hit
from shortlist.taxonomy._rules import DEFAULT_RULE, NEAR_WINDOW, GuardRule

__all__ = ["Matcher", "SurfaceMode", "surface_variants"]

SurfaceMode = Literal["plain", "cased", "guarded"]

_SPACES = re.compile("[\t\n\r\f\v\u00a0\u2007\u202f\u2028\u2029]")
_PUNCT = re.compile("[\u2010-\u2014\u2212\u2018\u2019]")


def _punct(m: re.Match[str]) -> str:
    return "'" if m.group() in "\u2018\u2019" else "-"


_HONORIFIC = re.compile(r"(?:^|[^\w])(?:mr|mrs|ms|mx|dr|prof|sir|miss|madam)\.?\s+$", re.I)
_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_LIST_GAP = re.compile(
    r"\s*(?:[,;/|•·●▪◦&+()\[\]*-]+|\s{2,}|\n)\s*(?:(?:and|or)\s+)?"
    r"|\s+(?:and|or|&|\+)\s+",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(
    r"^\s*(?:[-•*▪●◦]\s*)?(?:[A-Za-z/&]+\s+){0,3}?(?:languages?|skills?|stack|tools?|"
    r"technologies|tech|frameworks?|libraries|platforms?|infrastructure|programming|"
    r"proficient in|familiar with|experience with|expertise)\s*[:|–-]",
    re.IGNORECASE,
)
_ITEM_BEFORE = re.compile(r"(?:[:,;/|•(]|\band|\bor)\s*$", re.IGNORECASE)
_ITEM_AFTER = re.compile(r"^\s*(?:$|[,;/|).]|and\b|or\b)", re.IGNORECASE)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def surface_variants(surface: str) -> set[str]:
    """The surface and its hyphen/space variants ("fine-tuning" ↔ "fine tuning")."""
    out = {surface}
    if " " in surface:
        out.add(surface.replace(" ", "-"))
    if "-" in surface and not surface.startswith("-") and not surface.endswith("-"):
        out.add(surface.replace("-", " "))
    return out


@dataclass(frozen=True, slots=True)
class _Entry:
    skill_id: str
    mode: SurfaceMode
    allowed: frozenset[str]  # exact spellings accepted for cased / guarded surfaces


# An automaton value: (length, entries, word_start, word_end, plural). A plain tuple, not a
# dataclass: the hot loop of ``find`` unpacks one per raw match.
_Key = tuple[int, tuple[_Entry, ...], bool, bool, bool]


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    skill_id: str
    guarded: tuple[_Entry, ...]  # non-empty while a guarded hit awaits its context check


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    low = _SPACES.sub(" ", low)
    if not low.isascii():
        low = _PUNCT.sub(_punct, low)
    return low


class Matcher:
    """An Aho–Corasick automaton over every surface form, with the rules above."""

    __slots__ = ("_automaton", "_longest", "_rules", "_short", "_short_re", "_size")

    def __init__(
        self,
        surfaces: Iterable[tuple[str, str, SurfaceMode]],
        rules: Mapping[str, tuple[GuardRule, ...]],
    ) -> None:
        by_key: dict[str, list[_Entry]] = {}
        for skill_id, surface, mode in surfaces:
            for variant in surface_variants(surface):
                allowed: frozenset[str] = frozenset()
                if mode != "plain":
                    forms = {variant}
                    if len(variant) >= 4:
                        forms.add(variant.upper())
                    allowed = frozenset(forms)
                key = _fold(variant)
                entries = by_key.setdefault(key, [])
                same = [e for e in entries if e.skill_id == skill_id and e.mode == mode]
                if same:
                    entries.remove(same[0])
                    allowed = allowed | same[0].allowed
                entries.append(_Entry(skill_id, mode, allowed))
        automaton = ahocorasick.Automaton()
        short: dict[str, tuple[_Entry, ...]] = {}
        for key, entries in by_key.items():
            plain = [e for e in entries if e.mode == "plain"]
            ordered = tuple(plain + [e for e in entries if e.mode != "plain"])
            if len(key) <= 2 and not plain and key.isalnum():
                # one- and two-letter cased forms ("R", "C", "Go", "ML", "AI") are found by a
                # case-sensitive regular expression instead: in the automaton they would match
                # inside most words of a text, only to be thrown away
                for e in ordered:
                    for form in e.allowed:
                        short[form] = (*short.get(form, ()), e)
                continue
            plural = (
                len(key) >= 3
                and key[-1].isalpha()
                and key[-1] != "s"
                and any(e.mode != "guarded" for e in ordered)
            )
            automaton.add_word(
                key, (len(key), ordered, _is_word(key[0]), _is_word(key[-1]), plural)
            )
        automaton.make_automaton()
        self._automaton = automaton
        self._short = short
        self._longest = max((len(k) for k in by_key), default=1) + 1
        # any one- or two-character token starting like one of the forms; the dictionary
        # decides (much cheaper than an alternation of the forms). The pattern opens with the
        # character class so that ``re`` scans for it in C; the look-behind then checks,
        # over the class character and the one before it, that no word character precedes
        firsts = "".join(sorted({re.escape(f[0]) for f in short}))
        self._short_re = (
            re.compile(rf"[{firsts}](?<!\w[{firsts}])\w?(?![\w+#]|&\w)") if short else None
        )
        self._rules = rules
        self._size = len(by_key)

    def __len__(self) -> int:
        return self._size

    def find(self, text: str) -> list[SkillHit]:
        """All mentions in ``text``: leftmost-longest, non-overlapping, sorted by start."""
        if not text:
            return []
        low = _fold(text)
        n = len(low)
        candidates: list[tuple[int, int, int, tuple[_Entry, ...]]] = []
        append = candidates.append
        check = self._check
        # ``iter_long`` does leftmost-longest in C; only where its match fails a boundary or
        # case check are the shorter or later keys around it looked at with ``iter``
        automaton = self._automaton
        for last, key in automaton.iter_long(low):
            found = check(text, low, n, last, key)
            if found is not None:
                append(found)
                continue
            start = last - key[0] + 1
            for last2, key2 in automaton.iter(low, start, min(n, last + self._longest)):
                if last2 != last or key2 is not key:
                    found = check(text, low, n, last2, key2)
                    if found is not None:
                        append(found)
        if self._short_re is not None:
            short = self._short
            for m in self._short_re.finditer(text):
                entries = short.get(m.group())
                if entries is not None:
                    start, end = m.span()
                    append((start, -end, start, entries))
        if not candidates:
            return []
        # by position only: two candidates at the same span would otherwise compare their
        # entry tuples, which have no order (the sort is stable, so the first found wins)
        candidates.sort(key=_position)
        hits: list[SkillHit] = []
        guarded: list[_Hit] = []
        last_end = -1
        for start, neg_end, _, entries in candidates:
            if start < last_end:
                continue
            last_end = -neg_end
            first = entries[0]
            if first.mode == "guarded":
                guarded.append(_Hit(start, last_end, first.skill_id, entries))
            else:
                hits.append(make_hit(first.skill_id, start, last_end))
        if guarded:
            self._resolve(text, hits, guarded)
        return hits

    @staticmethod
    def _check(
        text: str, low: str, n: int, last: int, key: _Key
    ) -> tuple[int, int, int, tuple[_Entry, ...]] | None:
        """The candidate (start, -end, start, entries) for a raw match, or None."""
        length, entries, word_start, word_end, plural = key
        start = last - length + 1
        end = last + 1
        if word_start and start:
            c = low[start - 1]
            if c.isalnum() or c == "_":
                return None
        if word_end and end < n:
            c = low[end]
            if c.isalnum() or c in "_+#":
                if c != "s" or not plural:
                    return None
                if end + 1 < n:
                    c = low[end + 1]
                    if c.isalnum() or c in "_+#":
                        return None
                end += 1
            elif c == "&" and end + 1 < n and _is_word(low[end + 1]):
                return None
        if entries[0].mode != "plain":
            surface = text[start : start + length]
            entries = tuple(e for e in entries if surface in e.allowed)
            if not entries:
                return None
            if end != start + length and entries[0].mode == "guarded":
                return None
        return start, -end, start, entries

    # ── context for guarded surfaces ──────────────────────────────────────────────────────

    def _rules_for(self, entries: tuple[_Entry, ...]) -> list[tuple[str, GuardRule]]:
        out: list[tuple[str, GuardRule]] = []
        for e in entries:
            for rule in self._rules.get(e.skill_id, (DEFAULT_RULE,)):
                out.append((e.skill_id, rule))
        return out

    def _resolve(self, text: str, hits: list[SkillHit], guarded: list[_Hit]) -> None:
        """Accept or drop each guarded hit by its context, inserting the accepted into ``hits``.

        ``hits`` holds the plain hits, sorted; guarded hits never overlap them.
        """
        starts = [h.start for h in hits]
        state: dict[int, str] = {}  # id(guarded hit) -> "ok" | "drop" | "pending"
        for g in guarded:
            verdict = self._local(text, g, hits, starts)
            if verdict is None:
                state[id(g)] = "pending"
            elif verdict == "":
                state[id(g)] = "drop"
            else:
                g.skill_id = verdict
                state[id(g)] = "ok"
        # list context: accept a pending hit next to an accepted one, until nothing changes
        changed = True
        while changed:
            changed = False
            for j, g in enumerate(guarded):
                if state[id(g)] != "pending":
                    continue
                if self._in_list(text, g, j, guarded, state, hits, starts) or (
                    self._on_label_line(text, g)
                ):
                    g.skill_id = self._default(g.guarded)
                    state[id(g)] = "ok"
                    changed = True
        for g in guarded:
            if state[id(g)] == "ok":
                i = bisect.bisect_left(starts, g.start)
                hits.insert(i, make_hit(g.skill_id, g.start, g.end))
                starts.insert(i, g.start)

    @staticmethod
    def _neighbours(
        g: _Hit,
        j: int,
        guarded: list[_Hit],
        state: dict[int, str],
        hits: list[SkillHit],
        starts: list[int],
    ) -> tuple[tuple[int, bool] | None, tuple[int, bool] | None]:
        """The nearest kept hit on each side: (its end or start, whether it is accepted)."""
        i = bisect.bisect_left(starts, g.start)
        left: tuple[int, bool] | None = (hits[i - 1].end, True) if i > 0 else None
        right: tuple[int, bool] | None = (hits[i].start, True) if i < len(hits) else None
        for k in range(j - 1, -1, -1):
            other = guarded[k]
            if state[id(other)] != "drop":
                if left is None or other.end > left[0]:
                    left = (other.end, state[id(other)] == "ok")
                break
        for k in range(j + 1, len(guarded)):
            other = guarded[k]
            if state[id(other)] != "drop":
                if right is None or other.start < right[0]:
                    right = (other.start, state[id(other)] == "ok")
                break
        return left, right

    def _default(self, entries: tuple[_Entry, ...]) -> str:
        for skill_id, rule in self._rules_for(entries):
            if rule.default:
                return skill_id
        return entries[0].skill_id

    def _local(self, text: str, hit: _Hit, hits: list[SkillHit], starts: list[int]) -> str | None:
        """The skill id if a cue accepts the hit, "" if it must be dropped, None if undecided."""
        s, e = hit.start, hit.end
        n = len(text)
        prev = text[s - 1] if s > 0 else " "
        nxt = text[e] if e < n else " "
        if prev in "-.@\\" or nxt == "-" or nxt == "\u2010" or nxt == "\u2013":
            return ""
        if nxt == "." and e + 1 < n and _is_word(text[e + 1]):
            return ""
        if nxt in "'\u2019" and text[e + 1 : e + 2] in ("s", "S"):
            return ""
        if e - s == 1 and prev == "(" and nxt == ")" and s >= 2 and _is_word(text[s - 2]):
            return ""
        before = text[max(0, s - 32) : s]
        after = text[e : e + 32]
        rules = self._rules_for(hit.guarded)
        if any(rule.name_like for _, rule in rules) and _HONORIFIC.search(before):
            return ""
        candidates = []
        for skill_id, rule in rules:
            if (rule.reject_before is not None and rule.reject_before.search(before)) or (
                rule.reject_after is not None and rule.reject_after.match(after)
            ):
                continue
            candidates.append((skill_id, rule))
        if not candidates:
            return ""
        for skill_id, rule in candidates:
            if (rule.before is not None and rule.before.search(before)) or (
                rule.after is not None and rule.after.match(after)
            ):
                return skill_id
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        if line_end < 0:
            line_end = n
        window = text[max(line_start, s - NEAR_WINDOW) : min(line_end, e + NEAR_WINDOW)]
        for skill_id, rule in candidates:
            if rule.near is not None and rule.near.search(window):
                return skill_id
        if any(rule.name_like for _, rule in candidates):
            m = _NEXT_CAPITALISED.match(text, e)
            if m:
                i = bisect.bisect_left(starts, m.start(1))
                if i == len(starts) or starts[i] != m.start(1):
                    return ""
        return None

    def _in_list(
        self,
        text: str,
        g: _Hit,
        j: int,
        guarded: list[_Hit],
        state: dict[int, str],
        hits: list[SkillHit],
        starts: list[int],
    ) -> bool:
        left, right = self._neighbours(g, j, guarded, state, hits, starts)
        if left is not None and left[1]:
            gap = text[left[0] : g.start]
            if len(gap) <= 16 and _LIST_GAP.fullmatch(gap):
                return True
        if right is not None and right[1]:
            gap = text[g.end : right[0]]
            if len(gap) <= 16 and _LIST_GAP.fullmatch(gap):
                return True
        return False

    @staticmethod
    def _on_label_line(text: str, hit: _Hit) -> bool:
        line_start = text.rfind("\n", 0, hit.start) + 1
        line_end = text.find("\n", hit.end)
        if line_end < 0:
            line_end = len(text)
        head = text[line_start : hit.start]
        return bool(
            _LABEL_LINE.match(head)
            and _ITEM_BEFORE.search(head)
            and _ITEM_AFTER.match(text[hit.end : line_end])
        )


def _position(candidate: tuple[int, int, int, object]) -> tuple[int, int, int]:
    return candidate[0], candidate[1], candidate[2]
