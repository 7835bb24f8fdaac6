"""Positioning: which family and specialism a CV signals, and how its summary reads.

The family and specialism come straight from ``Signals`` (the probabilities ``match`` uses for
``family_fit``), so the review can never tell a candidate they read as one thing while the
ranking reads them as another. The summary is read with the same parts: the taxonomy's skill
mentions inside it, the bullet classifier's quantities and markers, the stock-phrase finder, and
the title rules that name a family.

A *specific* statement names a family ("ML engineer"), a specialism ("recommendation systems",
"RAG") and a domain ("e-commerce") or evidence ("in production", "1.5M requests a day"), and
carries no stock phrase. "ML engineer with Python, TensorFlow and AWS looking for opportunities
to apply AI to real-world problems" names a family and three tools — tools, and broad fields
such as "AI" or "machine learning", are not a specialism — and ends on a stock phrase.
"""

from __future__ import annotations

from shortlist.review._types import Positioning, Statement, quote
from shortlist.signals import families_for_title
from shortlist.taxonomy import Taxonomy
from shortlist.types import FAMILIES, Family, SectionKind, Signals, Span

__all__ = ["BROAD_FIELDS", "CLEAR_CONFIDENCE", "CLEAR_MARGIN", "positioning"]

#: Fields too broad to be a specialism: every AI/ML CV could name them.
BROAD_FIELDS = frozenset(
    {
        "artificial_intelligence",
        "machine_learning",
        "deep_learning",
        "neural_networks",
        "data_science",
        "generative_ai",
        "data_engineering",
        "data_literacy",
        "cloud_computing",
        "software_engineering",
        "supervised_learning",
        "statistics",
        "problem_solving",
    }
)
_SPECIALISM_CATEGORIES = frozenset({"method", "practice"})
_STATEMENT_SECTIONS: frozenset[SectionKind] = frozenset({"summary"})
#: The main family is a clear target when it has at least this probability ...
CLEAR_CONFIDENCE = 0.35
#: ... and leads the runner-up by at least this much.
CLEAR_MARGIN = 0.1
#: A specialism is named as the CV's when its strength (Signals.specialisms) reaches this.
_SPECIALISM_SHOWN = 0.5
_FAMILY_WORDS: dict[Family, str] = {
    "research": "ML research engineer",
    "applied_ml": "applied ML engineer",
    "mlops": "MLOps / ML platform engineer",
    "applied_ai": "applied AI engineer",
    "data_science": "data scientist",
    "other": "no AI/ML family",
}


def family_words(family: Family) -> str:
    return _FAMILY_WORDS[family]


def positioning(signals: Signals, taxonomy: Taxonomy, target: Family | None = None) -> Positioning:
    """Read the family, specialism and statement; ``target`` is the family asked about."""
    ranked = sorted(FAMILIES, key=lambda f: (-signals.family_scores.get(f, 0.0), f))
    family = signals.family
    runner_up = next(f for f in ranked if f != family)
    confidence = signals.family_scores.get(family, 0.0)
    second = signals.family_scores.get(runner_up, 0.0)
    specialism, spec_value = _top_specialism(signals)
    statement = _statement(signals, taxonomy)
    notes: list[str] = []
    clear = family != "other" and confidence >= CLEAR_CONFIDENCE
    if family == "other":
        notes.append("the lines of experience do not read as any AI/ML role family")
    elif confidence < CLEAR_CONFIDENCE or confidence - second < CLEAR_MARGIN:
        clear = False
        notes.append(
            f"the CV reads about as much {family_words(runner_up)} as {family_words(family)}"
        )
    if statement.family is not None and statement.family != family:
        clear = False
        notes.append(
            f"the summary says {family_words(statement.family)}, but the lines of experience "
            f"read as {family_words(family)}"
        )
    if target is not None and target != family:
        notes.append(
            f"you target {family_words(target)}, but the CV reads as {family_words(family)}"
        )
    return Positioning(
        family=family,
        confidence=round(confidence, 3),
        runner_up=runner_up,
        runner_up_confidence=round(second, 3),
        specialism=specialism,
        specialism_confidence=round(spec_value, 3),
        domains=signals.domains,
        clear_target=clear,
        statement=statement,
        target=target,
        target_confidence=(
            None if target is None else round(signals.family_scores.get(target, 0.0), 3)
        ),
        notes=tuple(notes),
    )


def _top_specialism(signals: Signals) -> tuple[str | None, float]:
    if not signals.specialisms:
        return None, 0.0
    name, value = max(signals.specialisms.items(), key=lambda kv: (kv[1], kv[0]))
    return (name if value >= _SPECIALISM_SHOWN else None), value


def statement_span(signals: Signals) -> Span | None:
    """The summary paragraph: from its first sentence to its last."""
    spans = [ev.bullet.span for ev in signals.bullets if ev.bullet.section in _STATEMENT_SECTIONS]
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _statement(signals: Signals, taxonomy: Taxonomy) -> Statement:
    span = statement_span(signals)
    if span is None:
        return Statement(
            reading="missing",
            missing=("a summary that names the role you want, your specialism and its evidence",),
        )
    inside = [ev for ev in signals.bullets if span.start <= ev.bullet.span.start < span.end]
    family = next((fs[0] for ev in inside if (fs := families_for_title(ev.bullet.text))), None)
    specialism: list[str] = []
    domain: list[str] = []
    for m in signals.mentions:
        if not span.start <= m.span.start < span.end:
            continue
        skill = taxonomy.get(m.skill_id)
        if skill.category == "domain":
            _add(domain, m.text)
        elif m.skill_id not in BROAD_FIELDS and (
            set(skill.specialisms) - {"domain"} or skill.category in _SPECIALISM_CATEGORIES
        ):
            _add(specialism, m.text)
    evidence: list[str] = []
    for ev in inside:
        for q in ev.quantities:
            _add(evidence, q.text)
        for marker in ev.markers:
            _add(evidence, marker.replace("_", " "))
    stock = tuple(
        quote(signals, s) for s in signals.stock_phrases if span.start <= s.start < span.end
    )
    missing: list[str] = []
    if family is None:
        missing.append("the role family you want (for example 'ML engineer', 'data scientist')")
    if not specialism:
        missing.append("a specialism: the kind of system or method you know best")
    if not domain and not evidence:
        missing.append("a domain you worked in, or evidence such as production use or scale")
    if stock:
        missing.append(
            "your own words in place of stock phrases: " + ", ".join(q.text for q in stock)
        )
    return Statement(
        reading="generic" if missing else "specific",
        quote=quote(signals, span),
        family=family,
        specialism=tuple(specialism),
        domain=tuple(domain),
        evidence=tuple(evidence),
        stock_phrases=stock,
        missing=tuple(missing),
    )


def _add(words: list[str], word: str) -> None:
    if word.lower() not in (w.lower() for w in words):
        words.append(word)
