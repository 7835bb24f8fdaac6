"""The five evidence layers, each read as a few checks with the lines that pass them.

Every check is a question about the bullets ``signals`` already classified: does any line carry
this marker (production, scale, failure analysis, ...) and, for the finer checks, one of a few
cue words? The markers are the ones ``match`` counts for its layer features, so a layer the
review calls missing is one the score gets nothing for. The cue words are listed here, in one
place, so that they can be read and argued with.

Layers (docs/review.md): specialism; portfolio evidence at production scale; experimentation
record; communication; community.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from shortlist.review._positioning import family_words
from shortlist.review._types import Check, Layer, LayerName, LayerStatus, Positioning, quote
from shortlist.taxonomy import Taxonomy
from shortlist.types import BulletEvidence, Signals

__all__ = ["layers"]

_MAX_QUOTES = 3
_WORK_SECTIONS = frozenset({"experience", "projects", "open_source"})
_TITLES: dict[LayerName, str] = {
    "specialism": "Specialism",
    "portfolio": "Portfolio evidence at production scale",
    "experimentation": "Experimentation record",
    "communication": "Communication",
    "community": "Community",
}

Pick = Callable[[BulletEvidence], bool]


def _cues(*words: str) -> Callable[[str], bool]:
    low = tuple(w.lower() for w in words)
    return lambda text: any(w in text.lower() for w in low)


def _marked(marker: str, cue: Callable[[str], bool] | None = None) -> Pick:
    def pick(ev: BulletEvidence) -> bool:
        return marker in ev.markers and (cue is None or cue(ev.bullet.text))

    return pick


def _check(
    signals: Signals, name: str, label: str, advice: str, pick: Pick, rank_by_strength: bool = True
) -> Check:
    found = [ev for ev in signals.bullets if ev.bullet.section != "summary" and pick(ev)]
    if rank_by_strength:
        found.sort(key=lambda ev: (-ev.strength, ev.bullet.span.start))
    return Check(
        name=name,
        label=label,
        evidence=tuple(quote(signals, ev.bullet.span) for ev in found[:_MAX_QUOTES]),
        advice=advice,
    )


def _status(checks: Iterable[Check]) -> LayerStatus:
    checks = tuple(checks)
    shown = sum(c.present for c in checks)
    if shown == 0:
        return "missing"
    return "strong" if shown / len(checks) >= 0.6 else "some"


def _layer(name: LayerName, checks: tuple[Check, ...]) -> Layer:
    return Layer(name=name, title=_TITLES[name], status=_status(checks), checks=checks)


def layers(signals: Signals, taxonomy: Taxonomy, position: Positioning) -> tuple[Layer, ...]:
    """All five layers, in the order of DESIGN.md's differentiation stack."""
    return (
        _specialism(signals, taxonomy, position),
        _portfolio(signals),
        _experimentation(signals),
        _communication(signals),
        _community(signals),
    )


def _specialism(signals: Signals, taxonomy: Taxonomy, position: Positioning) -> Layer:
    spec = position.specialism

    def shows_spec(ev: BulletEvidence) -> bool:
        return (
            spec is not None
            and ev.kind != "claim"
            and ev.bullet.section in _WORK_SECTIONS
            and any(spec in taxonomy.get(s).specialisms for s in ev.skills)
        )

    def shows_domain(ev: BulletEvidence) -> bool:
        return (
            ev.kind != "claim"
            and ev.bullet.section in _WORK_SECTIONS
            and any(taxonomy.get(s).category == "domain" for s in ev.skills)
        )

    statement = position.statement
    focus = _check(
        signals,
        "focus",
        "a specialism shown in lines of work",
        "No specialism stands out in your lines of work: show the kind of system or method you "
        f"know best in two or three lines (you read as {family_words(position.family)}).",
        shows_spec,
    )
    target = Check(
        name="statement",
        label="a specific summary",
        evidence=(statement.quote,) if statement.reading == "specific" and statement.quote else (),
        advice="Your summary does not yet read as a specific target: "
        + ("; ".join(statement.missing) or "add one")
        + ".",
    )
    domain = _check(
        signals,
        "domain",
        "a domain named in lines of work",
        "No line of work names the domain it served (the industry, the users, the data).",
        shows_domain,
    )
    return _layer("specialism", (focus, target, domain))


def _portfolio(signals: Signals) -> Layer:
    def work(marker: str) -> Pick:
        inner = _marked(marker)
        return lambda ev: ev.kind != "claim" and inner(ev)

    return _layer(
        "portfolio",
        (
            _check(
                signals,
                "end_to_end",
                "systems shipped to production",
                "No line shows a system running in production: say what was deployed, "
                "served or monitored, and who relied on it.",
                work("production"),
            ),
            _check(
                signals,
                "outcomes",
                "quantified outcomes",
                "No line reports a measured outcome: what changed, by how much, against what.",
                lambda ev: ev.kind == "outcome",
            ),
            _check(
                signals,
                "scale",
                "scale",
                "No line says at what scale the work ran (requests, users, rows, models).",
                work("scale"),
            ),
            _check(
                signals,
                "failure_analysis",
                "failure analysis and iteration",
                "No line shows something that broke or underperformed, how you found out why, "
                "and what you changed.",
                work("failure_analysis"),
            ),
            _check(
                signals,
                "open_source",
                "merged open-source work",
                "No line shows open-source work others merged or use (a project, a merged "
                "pull request, a package).",
                _marked("open_source"),
            ),
        ),
    )


def _experimentation(signals: Signals) -> Layer:
    return _layer(
        "experimentation",
        (
            _check(
                signals,
                "tracking",
                "tracked experiments and baselines",
                "No line shows experiments tracked against a baseline (MLflow, W&B, ablations).",
                _marked(
                    "experimentation",
                    _cues("mlflow", "w&b", "wandb", "weights", "baseline", "ablation", "track"),
                ),
            ),
            _check(
                signals,
                "tests",
                "A/B or significance tests",
                "No line shows an A/B test or a significance test, with its effect and interval.",
                _marked(
                    "experimentation",
                    _cues(
                        "a/b",
                        "ab test",
                        "significan",
                        "confidence interval",
                        "p <",
                        "p<",
                        "p=",
                        "power analysis",
                        "randomi",
                        "causal",
                        "uplift",
                    ),
                ),
            ),
            _check(
                signals,
                "splits",
                "sound splits and leakage care",
                "No line shows how evaluation data was kept honest (hold-out or time-based "
                "splits, backtests, leakage checks).",
                _marked(
                    "experimentation",
                    _cues(
                        "leak",
                        "holdout",
                        "hold-out",
                        "cross-valid",
                        "backtest",
                        "split",
                        "stratif",
                        "out-of-time",
                        "offline eval",
                    ),
                ),
            ),
        ),
    )


def _communication(signals: Signals) -> Layer:
    return _layer(
        "communication",
        (
            _check(
                signals,
                "non_specialists",
                "explaining models and risk to non-specialists",
                "No line shows you explaining a model, a result or a risk to people outside ML "
                "(stakeholders, clinicians, regulators, leadership).",
                _marked(
                    "communication",
                    _cues(
                        "stakeholder",
                        "non-technical",
                        "nontechnical",
                        "non-specialist",
                        "executive",
                        "leadership",
                        "regulator",
                        "clinician",
                        "explain",
                        "presented",
                        "product manager",
                        "risk",
                        "cross-functional",
                    ),
                ),
            ),
            _check(
                signals,
                "writing",
                "writing others rely on",
                "No line shows writing others rely on (design docs, RFCs, runbooks, model "
                "cards, papers).",
                lambda ev: (
                    ev.bullet.section == "publications"
                    or _marked(
                        "communication",
                        _cues("doc", "rfc", "runbook", "playbook", "model card", "guide", "wrote"),
                    )(ev)
                ),
            ),
        ),
    )


def _community(signals: Signals) -> Layer:
    return _layer(
        "community",
        (
            _check(
                signals,
                "talks",
                "talks",
                "No talk: a meetup or conference talk on work you did is the strongest signal "
                "here.",
                _marked(
                    "community",
                    _cues(
                        "talk",
                        "spoke",
                        "speaker",
                        "keynote",
                        "presented at",
                        "conference",
                        "pydata",
                        "pycon",
                        "workshop",
                        "—",
                        "neurips",
                        "icml",
                        "meetup",
                    ),
                ),
            ),
            _check(
                signals,
                "writing",
                "posts and tutorials",
                "No post or tutorial: writing up one problem you solved shows how you think.",
                _marked("community", _cues("blog", "post", "newsletter", "tutorial", "podcast")),
            ),
            _check(
                signals,
                "people",
                "meetups, mentoring, teaching",
                "No line shows you organising, mentoring or teaching.",
                _marked(
                    "community",
                    _cues(
                        "organis",
                        "organiz",
                        "mentor",
                        "taught",
                        "teach",
                        "lectur",
                        "hackathon",
                        "meetup",
                    ),
                ),
            ),
            _check(
                signals,
                "tools",
                "tools others use",
                "No tool others use: a package, a dataset or a merged contribution with users.",
                _marked("open_source"),
            ),
        ),
    )
