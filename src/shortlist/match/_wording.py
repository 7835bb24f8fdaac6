"""The ``wording`` feature: how much of the brief's must-have wording the CV's work lines use.

The evidence features read skills through the taxonomy; they cannot see a must-have written in
plain words ("point-in-time correct training data", "switchback tests", "release gates").
This feature reads words, but only where the rubric counts evidence:

* the query is the brief's must-have lines as written (``RoleSpec.wording``; a role file's
  ``wording``, or its must-have labels);
* the CV side is its *evidence lines* (``evidence_lines``): the redacted text outside the
  header, summary and list sections (skills, certifications, languages, interests), with
  redaction placeholders and publication authors removed. Keywords pasted into a skills list
  or summary, names and pronoun lines never reach it.

The fit is a BM25-style weighted coverage with no length normalisation::

    fit = Σₜ wₜ · tfₜ / (tfₜ + K1)  /  Σₜ wₜ,     wₜ = idf(t) · (1 + ln qtfₜ)

over the distinct terms t of the must-have lines (qtf: how often the brief uses t; tf: how
often the evidence lines do), with ``idf(t) = ln(1 + (N − dfₜ + 0.5) / (dfₜ + 0.5))`` from a
fixed background corpus shipped in the package (``data/background.json``, document frequencies
over the ESCO skills and occupations descriptions, CC BY 4.0; built by
``tools/build_background.py``). The background is fixed, so a CV's score does not depend on
which other CVs are in the pile, and ``shortlist review`` reads a single CV the same way.
The feature is ``min(1, fit / SCALE)``.

It is non-decreasing in evidence: another line can only add term occurrences, and
``tf / (tf + K1)`` only grows with them (saturating, so repeating a line ten times adds
little). K1 is BM25's usual 1.2; SCALE (``WORDING_SCALE``) is the 90th percentile of the fit
over the 16 dev-set briefs × 27 example CVs (bench/RESULTS.md), so about one pair in ten
reaches the full feature.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from shortlist.parse import PLACEHOLDERS
from shortlist.types import RedactedProfile, RoleSpec, SectionKind

__all__ = [
    "K1",
    "WORDING_SCALE",
    "Background",
    "evidence_lines",
    "evidence_terms",
    "clean_lines",
    "load_background",
    "query_weights",
    "role_wording",
    "saturation",
    "tokens",
    "wording_feature",
    "wording_fit",
]

K1 = 1.2
WORDING_SCALE = 0.11

_TOKEN = re.compile(r"\w[\w+#]*")
_NUMBER = re.compile(r"[\d_]+[+#]*")
_NOT_EVIDENCE: frozenset[SectionKind] = frozenset(
    {"header", "summary", "skills", "certifications", "languages", "interests"}
)
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in sorted(set(PLACEHOLDERS.values()))))
# an author in a publication line: initials and a surname ("M.-L. Zhou", "R. Keller"); other
# people's names say nothing of the work, and a surname the candidate shares with a co-author
# is redacted in one CV and not in another
_AUTHOR = re.compile(r"(?<!\w)[A-Z]\.(?:-?[A-Z]\.)*\s*(?:[A-Z][\w'’-]*)?")
_MARKS = re.compile(r"^\s*(?:#+\s*|[-*•]\s+)")
_MIN_LINE = 3


class Background:
    """Document frequencies of a background corpus: ``n_docs``, ``df`` per term (terms seen in
    fewer than two documents are left out and read as unseen), and the stop words that are
    never terms."""

    __slots__ = ("df", "n_docs", "source", "stop_words")

    def __init__(
        self, n_docs: int, df: dict[str, int], stop_words: frozenset[str], source: str = ""
    ) -> None:
        if n_docs < 1:
            raise ValueError("a background corpus needs at least one document")
        if any(not 0 <= v <= n_docs for v in df.values()):
            raise ValueError("a document frequency must lie between 0 and the corpus size")
        self.n_docs = n_docs
        self.df = df
        self.stop_words = stop_words
        self.source = source

    def idf(self, term: str) -> float:
        """BM25's non-negative IDF, ``ln(1 + (N − df + 0.5) / (df + 0.5))``."""
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))


@lru_cache(maxsize=1)
def load_background() -> Background:
    """The packaged background (``shortlist/match/data/background.json``), read once."""
    raw = resources.files("shortlist.match").joinpath("data", "background.json").read_text("utf-8")
    data = json.loads(raw)
    return Background(
        int(data["n_docs"]),
        {str(k): int(v) for k, v in data["df"].items()},
        frozenset(data["stop_words"]),
        str(data.get("source", "")),
    )


def tokens(text: str, stop_words: frozenset[str]) -> list[str]:
    """Lower-cased word tokens of two or more characters (``c++`` and ``c#`` kept), without
    stop words and numbers ("5+", "2024")."""
    return [
        t
        for t in _TOKEN.findall(text.lower())
        if len(t) > 1 and not _NUMBER.fullmatch(t) and t not in stop_words
    ]


def _clean(raw: str) -> str:
    line = _PLACEHOLDER.sub(" ", raw)
    return " ".join(_MARKS.sub("", line).replace("**", "").replace("*", "").split())


def clean_lines(lines: Sequence[str]) -> list[str]:
    """Lines without list marks, emphasis and placeholders; lines under three characters go."""
    return [c for c in map(_clean, lines) if len(c) >= _MIN_LINE]


def evidence_lines(profile: RedactedProfile) -> list[str]:
    """The CV's lines outside its header, summary and list sections (skills, certifications,
    languages, interests), with redaction placeholders removed.

    Lists and summaries are where keywords get pasted, and the rubric does not count them as
    evidence; the placeholders differ between CVs that differ only in who wrote them (a
    pronoun line), and must not move a score. Author names in publication lines go too.
    """
    text = profile.text
    skip = [(s.span.start, s.span.end) for s in profile.sections if s.kind in _NOT_EVIDENCE]
    papers = [(s.span.start, s.span.end) for s in profile.sections if s.kind == "publications"]
    out: list[str] = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        if not any(a <= start < b for a, b in skip):
            if any(a <= start < b for a, b in papers):
                raw = _AUTHOR.sub(" ", raw)
            line = _clean(raw)
            if len(line) >= _MIN_LINE:
                out.append(line)
        start = end + 1
    return out


_TERMS_CACHE: OrderedDict[int, tuple[RedactedProfile, Counter[str]]] = OrderedDict()
_TERMS_CACHE_SIZE = 512
_TERMS_LOCK = threading.Lock()


def evidence_terms(profile: RedactedProfile) -> Counter[str]:
    """How often each term occurs in the CV's evidence lines.

    The last few hundred profiles' counts are kept (by identity, holding the profile so its
    id cannot be reused), so one CV read against many roles, or many times by ``review``, is
    tokenised once. Do not modify the returned counter."""
    key = id(profile)
    with _TERMS_LOCK:
        hit = _TERMS_CACHE.get(key)
        if hit is not None and hit[0] is profile:
            _TERMS_CACHE.move_to_end(key)
            return hit[1]
    stop = load_background().stop_words
    counts = Counter(t for line in evidence_lines(profile) for t in tokens(line, stop))
    with _TERMS_LOCK:
        _TERMS_CACHE[key] = (profile, counts)
        if len(_TERMS_CACHE) > _TERMS_CACHE_SIZE:
            _TERMS_CACHE.popitem(last=False)
    return counts


@lru_cache(maxsize=256)
def query_weights(wording: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """The distinct terms of the must-have lines with their weights ``idf · (1 + ln qtf)``,
    in first-use order; empty when the lines have no term."""
    background = load_background()
    counts = Counter(t for line in clean_lines(wording) for t in tokens(line, background.stop_words))
    return tuple((t, background.idf(t) * (1.0 + math.log(n))) for t, n in counts.items())


def role_wording(role: RoleSpec) -> tuple[str, ...]:
    """The lines the ``wording`` feature reads for a role: its brief's must-have lines, or its
    must-have labels when it has none (a role file without ``wording``)."""
    return role.wording or tuple(r.label for r in role.must)


def saturation(tf: int) -> float:
    """``tf / (tf + K1)``: 0 for an absent term, rising towards 1 with repeats."""
    return tf / (tf + K1)


def wording_fit(weights: tuple[tuple[str, float], ...], terms: Mapping[str, int]) -> float:
    """The raw fit, ``Σ wₜ·sat(tfₜ) / Σ wₜ`` in [0, 1); 0 without query terms.

    The numerator is added term by term in the weights' order (plain IEEE additions, not the
    builtin ``sum``, whose algorithm changed in Python 3.12), which the batch index repeats
    column by column, so both give the same bits."""
    if not weights:
        return 0.0
    acc = 0.0
    for t, w in weights:
        acc += w * saturation(terms.get(t, 0))
    return acc / math.fsum(w for _, w in weights)


def wording_feature(fit: float) -> float:
    """The feature from the raw fit: ``min(1, fit / WORDING_SCALE)``."""
    return min(1.0, fit / WORDING_SCALE)
