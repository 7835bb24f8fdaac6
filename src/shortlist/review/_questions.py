"""Bullet by bullet: outcome, process or claim, and for the rest a question that would fix it.

A question is a fixed template filled only with the bullet's own words — its opening clause and
the words the taxonomy found in it — and chosen by what the bullet lacks, in this order:

* no measured quantity → *measure*: what changed, by how much, against what;
* no scale marker      → *scale*: for how many requests, users, rows or models;
* no production marker → *production*: was it deployed or used, by whom.

The hints ("latency, throughput, cost") depend on the kind of skill the bullet names, never on
anything the CV does not say. The templates hold no digit, so a question can only show a number
the bullet itself contains (tests/unit/review/test_questions.py checks every example CV).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from shortlist.review._positioning import BROAD_FIELDS
from shortlist.review._types import LACKS, BulletReview, Lack, quote
from shortlist.taxonomy import Taxonomy
from shortlist.types import BulletEvidence, SectionKind, Signals

__all__ = ["bullet_reviews", "question_for"]

_ASKED: frozenset[SectionKind] = frozenset({"experience", "projects", "open_source"})
_REVIEWED: frozenset[SectionKind] = _ASKED | {"community", "publications", "awards", "other"}
_MAX_WORDS = 14
_CLAUSE_END = re.compile(r";|\s[—–-]\s|:\s|\.\s|\(|,\s(?:and|with|which|so|to|using)\s")
_IRREGULAR = frozenset(
    {
        "built",
        "led",
        "ran",
        "wrote",
        "set",
        "made",
        "drove",
        "gave",
        "spoke",
        "taught",
        "cut",
        "won",
        "grew",
        "shipped",
        "kept",
        "put",
        "took",
        "brought",
        "found",
        "sped",
        "rebuilt",
        "rewrote",
    }
)

# (hints for "what changed", hints for "at what scale"), by the kind of skill the line names
_HINTS: Mapping[str, tuple[str, str]] = {
    "serving": ("latency, throughput, cost per request", "requests per second or per day"),
    "infra": ("deploy time, failed releases, cost", "services, nodes or models run on it"),
    "cloud_service": ("cost, run time, reliability", "jobs, nodes or data volume"),
    "mlops_tool": (
        "time to ship a model, training–serving skew, failed releases",
        "models, features or teams using it",
    ),
    "data_tool": ("run time, data freshness, failed runs", "rows, events or gigabytes a day"),
    "database": ("query latency, data freshness", "rows or queries a day"),
    "vector_store": ("retrieval quality, latency, cost per query", "documents indexed, queries"),
    "llm_tool": (
        "answer quality on an eval set, hallucination rate, cost per query",
        "queries, documents or users",
    ),
    "model": ("quality on an eval set against the previous model", "queries or users"),
    "framework": (
        "accuracy, precision/recall or AUC against a baseline",
        "users, predictions or training examples",
    ),
    "library": ("accuracy or run time against a baseline", "rows, users or predictions"),
    "method": (
        "accuracy, precision/recall or AUC against a baseline",
        "users, predictions or training examples",
    ),
    "domain": ("a business metric: revenue, losses, time saved", "customers, cases or records"),
}
_DEFAULT_HINTS = (
    "time saved, errors avoided, cost or revenue",
    "users, requests, records or teams",
)
_HINT_ORDER = tuple(_HINTS)
_TEST_CUES = re.compile(r"a/b|\bexperiment|\bsignifican|\bab test|\brandomi|uplift", re.I)
_MAX_ASKS = 2  # a question asks about the first two things a line lacks


def bullet_reviews(signals: Signals, taxonomy: Taxonomy) -> tuple[BulletReview, ...]:
    """Every line of work, talk and publication (the summary is read as the statement)."""
    out = []
    for ev in signals.bullets:
        if ev.bullet.section not in _REVIEWED:
            continue
        words = _skill_words(signals, ev)
        asked = ev.bullet.section in _ASKED
        lacks = _lacks(ev) if asked else ()
        out.append(
            BulletReview(
                quote=quote(signals, ev.bullet.span),
                section=ev.bullet.section,
                kind=ev.kind,
                markers=ev.markers,
                skills=tuple(w for w, _ in words),
                quantities=tuple(q.text for q in ev.quantities),
                lacks=lacks,
                question=question_for(ev, words, taxonomy) if asked else None,
            )
        )
    return tuple(out)


def _lacks(ev: BulletEvidence) -> tuple[Lack, ...]:
    has = {
        "measure": bool(ev.quantities),
        "scale": "scale" in ev.markers,
        "production": "production" in ev.markers,
    }
    return tuple(lack for lack in LACKS if not has[lack])


def _skill_words(signals: Signals, ev: BulletEvidence) -> list[tuple[str, str]]:
    """(the bullet's own words, skill id) for each skill named in the bullet, in order."""
    span = ev.bullet.span
    seen: set[str] = set()
    out = []
    for m in sorted(signals.mentions, key=lambda m: m.span.start):
        if span.start <= m.span.start and m.span.end <= span.end and m.skill_id not in seen:
            seen.add(m.skill_id)
            out.append((m.text, m.skill_id))
    return out


def _clause(text: str) -> str:
    """The bullet's opening clause, at most ``_MAX_WORDS`` words, as written (less Markdown)."""
    text = text.replace("**", "").replace("__", "").replace("`", "").strip().rstrip(".")
    cut = _CLAUSE_END.search(text)
    head = text[: cut.start()] if cut and cut.start() > 12 else text
    words = head.split()
    clause = " ".join(words[:_MAX_WORDS])
    return clause + ("…" if len(words) > _MAX_WORDS else "")


def _subject(ev: BulletEvidence, words: list[tuple[str, str]]) -> str:
    """ "You built a Feast feature store … with Redis", or the quoted clause."""
    clause = _clause(ev.bullet.text)
    first = clause.split()[0] if clause.split() else ""
    low = first.lower()
    if low.endswith("ed") or low in _IRREGULAR:
        subject = "You " + low + clause[len(first) :]
    else:
        subject = f"“{clause}”"
    extra = [w for w, sid in words if sid not in BROAD_FIELDS and w.lower() not in clause.lower()][
        :2
    ]
    if extra:
        subject += " with " + " and ".join(extra)
    return subject


def _hints(ev: BulletEvidence, taxonomy: Taxonomy) -> tuple[str, str]:
    if "experimentation" in ev.markers and _TEST_CUES.search(ev.bullet.text):
        return ("the effect size and its confidence interval", "users or sessions in the test")
    categories = {taxonomy.get(s).category for s in ev.skills if s not in BROAD_FIELDS}
    for category in _HINT_ORDER:
        if category in categories:
            return _HINTS[category]
    if "communication" in ev.markers:
        return ("what decision it changed, who used it", "how many people or teams relied on it")
    return _DEFAULT_HINTS


def question_for(
    ev: BulletEvidence, words: list[tuple[str, str]], taxonomy: Taxonomy
) -> str | None:
    """The question for one bullet, or None when it already reports a measured outcome."""
    if ev.kind == "outcome":
        return None
    if ev.kind == "claim":
        clause = _clause(ev.bullet.text)
        return (
            f"“{clause}” reads as a claim. What did you do yourself, on which system or with "
            "which tool — and what changed because of it, for whom, by how much?"
        )
    lacks = _lacks(ev)[:_MAX_ASKS]
    change, scale = _hints(ev, taxonomy)
    parts = [_subject(ev, words) + "."]
    if "measure" in lacks:
        parts.append(f"What changed once it was in use: {change}? By how much, against what?")
    if "scale" in lacks:
        parts.append(f"At what scale: {scale}?")
    if "production" in lacks:
        parts.append("Was it deployed or used for real — by whom, and for how long?")
    if len(parts) == 1:  # numbers, scale and production, but no result: ask for the result
        parts.append(f"What was the result: {change}? By how much, against what?")
    return " ".join(parts)
