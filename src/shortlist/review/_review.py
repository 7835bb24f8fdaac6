"""``review``: Signals (+ a RoleSpec or a target family) → the candidate's Review.

Pure: it reads only the ``Signals`` of the candidate's redacted text, and — when a brief is
given — the ``Match`` that ``shortlist rank`` would compute for it, through the very same
``match`` call. That is the whole point: the advice a candidate gets and the ranking a hiring
manager sees come from one engine, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

from shortlist.match import EvidenceScorer, match
from shortlist.review._layers import layers
from shortlist.review._positioning import positioning
from shortlist.review._questions import bullet_reviews
from shortlist.review._soup import keyword_soup
from shortlist.review._types import BriefReading, Review
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Family, RoleSpec, Signals

__all__ = ["review"]


def review(
    signals: Signals,
    *,
    role: RoleSpec | None = None,
    target: Family | None = None,
    scorer: EvidenceScorer | None = None,
    taxonomy: Taxonomy | None = None,
    path: str = "",
    notices: Iterable[str] = (),
) -> Review:
    """Read one CV for its candidate.

    ``role``: a brief's RoleSpec; the review then carries the hiring manager's explanation
    (``match`` on the same Signals) and orders listed-only skills by the points showing them
    would add. ``target``: the family the candidate aims at (default: the brief's family, or
    else the family the CV reads as). ``scorer``: the ranking's scorer (default: the priors).
    ``notices``: the document's warning codes, passed to ``match`` as ``rank`` passes them.
    """
    tax = taxonomy or load_taxonomy()
    notices = tuple(notices)
    aim = target or (role.family if role is not None else None)
    position = positioning(signals, tax, aim)
    brief = None
    baseline = None
    model = None
    if role is not None:
        model = scorer or EvidenceScorer().fit_prior()
        result = match(signals, role, model, path=path, notices=notices)
        n_must = len(role.must)
        brief = BriefReading(
            role=role,
            match=result,
            must=result.requirements[:n_must],
            nice=result.requirements[n_must:],
        )
        baseline = result.score
    return Review(
        path=path,
        positioning=position,
        layers=layers(signals, tax, position),
        bullets=bullet_reviews(signals, tax),
        keyword_soup=keyword_soup(
            signals, tax, aim or signals.family, role=role, scorer=model, baseline=baseline
        ),
        genericness=round(signals.genericness, 3),
        brief=brief,
        notices=notices,
    )
