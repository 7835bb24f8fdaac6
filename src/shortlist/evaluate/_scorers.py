"""What a scorer is, and the four scorers ``evaluate`` runs by default.

A scorer is any callable ``(brief, cvs) -> {cv_id: score}``: it gets one brief (id, path and
visible text) and the pool of readable CVs (id, path and ingested ``Document``) and returns a
score per CV id, higher meaning a better fit. Scores are only compared within one brief, so
their scale is the scorer's own business. A CV the scorer leaves out is ranked last.

Handing over both the path and the ingested document lets a scorer choose: the baselines read
``Document.text`` (the same visible text the product reads); ``ShortlistScorer`` goes through
``shortlist.pipeline`` from the files, exactly as ``shortlist rank`` does, so the evaluation
measures the product and not a re-implementation of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from shortlist.config import Settings
from shortlist.match import EvidenceScorer
from shortlist.pipeline import Candidate, read_brief, read_candidates, screen, semantic_fit
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Document, PartialDate, Shortlist

from ._baselines import bm25_scores, keyword_rate_scores, tfidf_scores

__all__ = [
    "DEFAULT_TODAY",
    "BriefInput",
    "CVInput",
    "Scorer",
    "ShortlistScorer",
    "baseline_scorers",
]

#: "Present" in a CV's dates is read as this month, so results do not drift with the clock.
DEFAULT_TODAY = PartialDate(2026, 11)


@dataclass(frozen=True, slots=True)
class BriefInput:
    """One role brief: ``id`` is the file stem, ``text`` its visible text."""

    id: str
    path: Path
    text: str


@dataclass(frozen=True, slots=True)
class CVInput:
    """One readable CV: ``id`` is the file stem, ``document`` what ingest read from it."""

    id: str
    path: Path
    document: Document


Scorer = Callable[[BriefInput, Mapping[str, CVInput]], Mapping[str, float]]


def _texts(cvs: Mapping[str, CVInput]) -> dict[str, str]:
    return {cv_id: cv.document.text for cv_id, cv in cvs.items()}


def baseline_scorers(taxonomy: Taxonomy | None = None) -> dict[str, Scorer]:
    """The three baselines as scorers: ``tfidf``, ``bm25`` and ``keyword_rate``."""

    def tfidf(brief: BriefInput, cvs: Mapping[str, CVInput]) -> Mapping[str, float]:
        return tfidf_scores(brief.text, _texts(cvs))

    def bm25(brief: BriefInput, cvs: Mapping[str, CVInput]) -> Mapping[str, float]:
        return bm25_scores(brief.text, _texts(cvs))

    def keyword_rate(brief: BriefInput, cvs: Mapping[str, CVInput]) -> Mapping[str, float]:
        return keyword_rate_scores(brief.text, _texts(cvs), taxonomy=taxonomy)

    return {"tfidf": tfidf, "bm25": bm25, "keyword_rate": keyword_rate}


class ShortlistScorer:
    """The product as a scorer: ``read_brief`` + ``read_candidates`` + ``screen`` (with
    ``semantic=True``, blended with the optional semantic similarity, as ``rank --semantic``).

    Candidates are read once per pool (keyed by the tuple of paths) and reused for every brief,
    as one ``shortlist rank`` run per brief would read them the same way each time. The last
    ``Shortlist`` per brief is kept so the caller can read flags (``keyword_soup``, ...).
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        today: PartialDate | None = DEFAULT_TODAY,
        model: EvidenceScorer | None = None,
        taxonomy: Taxonomy | None = None,
        semantic: bool = False,
    ) -> None:
        self.semantic = semantic
        self.settings = settings or Settings.model_validate({"isolate": False})
        self.today = today
        self.model = model
        self.taxonomy = taxonomy
        self._pool: tuple[tuple[Path, ...], list[Candidate]] | None = None
        self.shortlists: dict[str, Shortlist] = {}

    def _candidates(self, cvs: Mapping[str, CVInput]) -> list[Candidate]:
        key = tuple(cvs[cv_id].path for cv_id in sorted(cvs))
        if self._pool is None or self._pool[0] != key:
            candidates, _ = read_candidates(
                list(key), self.settings, taxonomy=self._tax(), today=self.today
            )
            self._pool = (key, candidates)
        return self._pool[1]

    def _tax(self) -> Taxonomy:
        if self.taxonomy is None:
            self.taxonomy = load_taxonomy()
        return self.taxonomy

    def __call__(self, brief: BriefInput, cvs: Mapping[str, CVInput]) -> Mapping[str, float]:
        if self.model is None:
            self.model = EvidenceScorer().fit_prior()
        role = read_brief(brief.path, self.settings, self._tax())
        fit = semantic_fit(role, brief.text) if self.semantic else None
        result = screen(role, self._candidates(cvs), scorer=self.model, semantic=fit)
        self.shortlists[brief.id] = result
        ids = {str(cv.path): cv_id for cv_id, cv in cvs.items()}
        return {ids[r.match.path]: r.match.score for r in result.ranked}

    def flags(self, brief_id: str) -> dict[str, tuple[str, ...]]:
        """Flags per CV path stem from the last run for ``brief_id`` (empty if none ran)."""
        result = self.shortlists.get(brief_id)
        if result is None:
            return {}
        return {Path(r.match.path).stem: r.match.flags for r in result.ranked}
