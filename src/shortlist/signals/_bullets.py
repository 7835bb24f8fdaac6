"""Bullet evidence: is a line a measured outcome, a concrete activity, or a bare claim?

The rubric (docs/scoring.md):

* **outcome** — reports a measured result: a number with a unit attached to a change or a
  result ("p95 latency 120 → 38 ms", "+3.1% conversion", "cut cost by $40k/month"), or a
  number describing what the work ran at ("serving 1.5M requests/day").
* **process** — a concrete activity with an object ("Built a feature store on Feast for ..."),
  but nothing measured.
* **claim** — self-description or vague responsibility ("Worked on ML models", "Responsible
  for data pipelines", "Passionate about leveraging AI").

Markers name the evidence layers a line shows (production, scale, experimentation, failure
analysis, open source, community, communication). They are cue-phrase rules, deliberately
simple and listed here in one place so that they can be read and argued with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shortlist.types import Bullet, BulletEvidence, BulletKind, Quantity, Span

__all__ = ["MARKERS", "classify_bullet", "find_quantities"]

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAG = r"(?:\s?(?:[kKmMbB]|bn|mn|million|billion|thousand)\b)?"
_MAGNITUDES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_UNIT = (
    r"(?:\s?(?:%|percent|pp|ms|µs|us|sec(?:onds?)?|s\b|min(?:utes?)?|h(?:ours?)?\b|hrs?|days?"
    r"|weeks?|months?|x\b|×|[KMGTP]i?B\b|GPUs?|nodes?|users?|customers?"
    r"|req(?:uests)?/(?:s|sec|day|min)|requests?|QPS|RPS|TPS|events?|rows?|records?|documents?|docs?"
    r"|tokens?|images?|models?|features?|transactions?|queries|calls?|engineers?|teams?"
    r"|people|patients?|merchants?|stores?|countries|languages?|points?|bps|stars?"
    r"|downloads?|PRs?|clusters?|pipelines?|experiments?|predictions?|sessions?|claims?"
    r"|loans?|accounts?|(?:per|/)\s?(?:day|month|year|second|sec|s|hour|week))(?![A-Za-z]))?"
)
_TEAM_UNITS = frozenset({"engineer", "engineers", "team", "teams", "people", "model", "models"})
_QUANTITY_RE = re.compile(
    rf"(?P<cur>[$€£¥])?\s?(?P<a>{_NUM})(?P<ma>{_MAG})(?P<ua>{_UNIT})"
    rf"(?:\s?(?:→|->|to|⇒)\s?[$€£¥]?(?P<b>{_NUM})(?P<mb>{_MAG})(?P<ub>{_UNIT}))?",
)
# "from X to Y" with the unit after Y only
_FROM_TO_RE = re.compile(
    rf"\bfrom\s+[$€£¥]?(?P<a>{_NUM})(?P<ma>{_MAG})\s*(?P<ua>{_UNIT})\s+to\s+[$€£¥]?(?P<b>{_NUM})(?P<mb>{_MAG})"
    rf"(?P<ub>{_UNIT})",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_OUTCOME_VERBS = re.compile(
    r"\b(?:reduc|cut|lower|decreas|improv|increas|boost|rais|grew|grow|sav|speed|sped|"
    r"accelerat|halv|doubl|tripl|shrank|shrunk|drop|lift|gain|won|achiev|reach|deliver|"
    r"eliminat|prevent|caught|recover|beat|outperform|generat|drove|driv|brought|trimmed|"
    r"slash|moved .* from)\w*",
    re.IGNORECASE,
)
_ACTION_VERBS = re.compile(
    r"^\W*(?:built|build|designed|design|developed|develop|implemented|implement|deployed|"
    r"deploy|migrated|migrate|moved|created|create|led|lead|launched|launch|shipped|ship|"
    r"architected|automated|automate|trained|train|fine-tuned|wrote|write|owned|own|ran|run|"
    r"introduced|added|set up|setup|established|productionised|productionized|rebuilt|"
    r"refactored|integrated|integrate|optimised|optimized|scaled|containerised|containerized|"
    r"maintained|maintain|managed|manage|mentored|mentor|organised|organized|published|"
    r"presented|authored|co-authored|contributed|benchmarked|evaluated|analysed|analyzed|"
    r"modelled|modeled|prototyped|replaced|reduced|cut|improved|increased|delivered|drove|"
    r"partnered|collaborated|defined|instrumented|monitored|investigated|diagnosed|debugged|"
    r"taught|gave|spoke|created|curated|labelled|labeled|annotated|reviewed|ported|wrapped|"
    r"extended|rolled out|rewrote|forecast|forecasted|estimated|quantified|tested|validated)\b",
    re.IGNORECASE,
)
_CLAIM_RE = re.compile(
    r"\b(?:passionate|enthusiast|excellent|strong (?:knowledge|background|understanding|skills)|"
    r"expert in|proficient|familiar|exposure to|knowledge of|responsible for|worked on|"
    r"involved in|helped (?:with|on)|assisted|participated|team player|detail[- ]oriented|"
    r"results[- ]driven|self[- ]starter|hard[- ]working|motivated|eager|keen|love|"
    r"leverag\w+ (?:ai|ml|cutting)|real[- ]world problems|cutting[- ]edge|state[- ]of[- ]the[- ]art"
    r"|various|several|multiple|many)\b",
    re.IGNORECASE,
)

MARKERS: dict[str, re.Pattern[str]] = {
    "production": re.compile(
        r"\b(?:in production|production|deployed|deploy\w*|served|serving|p9[059]|latency|"
        r"slos?|slas?|uptime|on-?call|rollback|rolled back|canary|shadow (?:mode|deploy\w*)|"
        r"blue[- ]green|monitor\w*|alert\w*|drift|ci/cd|real[- ]time|online (?:inference|"
        r"serving|features?)|incident|sre|autoscal\w*|inference (?:service|server|endpoint)|"
        r"endpoints?|live traffic|rollout|productioni[sz]ed)\b",
        re.IGNORECASE,
    ),
    "scale": re.compile(
        r"(?:\b\d[\d.,]*\s?(?:[kKmMbB]|bn|million|billion)\b|\b(?:qps|rps|req(?:uests)?/(?:s|"
        r"sec|day)|requests?/day|requests? per (?:second|day)|tb|pb|petabytes?|terabytes?|"
        r"thousands of|millions of|billions of|multi-?gpu|multi-?node|distributed training|"
        r"\d+\s?gpus?|\d+\s?nodes)\b)",
        re.IGNORECASE,
    ),
    "experimentation": re.compile(
        r"\b(?:a/b tests?|a/b testing|ab tests?|experiment\w*|holdouts?|hold-out|significan\w*|"
        r"p\s?[<=]\s?0?\.\d+|confidence intervals?|ablations?|leakage|cross-?validation|"
        r"baselines?|offline eval\w*|backtest\w*|power analysis|randomi[sz]ed|"
        r"difference-in-differences|causal|uplift|mlflow|weights & biases|w&b|wandb|"
        r"experiment tracking|counterfactual|stratified)\b",
        re.IGNORECASE,
    ),
    "failure_analysis": re.compile(
        r"\b(?:root[- ]cause\w*|post-?mortems?|error analysis|failure (?:modes?|analysis)|"
        r"debugg\w*|diagnos\w*|caught|regressions?|iterat\w*|found that|traced|"
        r"fixed|broke|broken|silent failures?|lessons learned)\b",
        re.IGNORECASE,
    ),
    "open_source": re.compile(
        r"(?:\b(?:merged|pull requests?|maintainer|core contributor|contributor to|"
        r"open[- ]source\w*|upstream\w*|github stars?|pypi)\b|\bPRs?\b|#\d{2,6}\b|"
        r"\b\d[\d,.]*k?\s?(?:stars|downloads)\b)",
        re.IGNORECASE,
    ),
    "community": re.compile(
        r"\b(?:talks?|spoke|speaker|presented at|keynote|meetups?|conferences?|pydata|neurips|"
        r"icml|iclr|acl|emnlp|cvpr|kdd|workshops?|blog(?:ged|s)?|posts?|newsletter|podcast|"
        r"taught|teaching|lectur\w*|tutorials?|mentor\w*|organi[sz]ed|organi[sz]er|"
        r"hackathons?|kaggle)\b",
        re.IGNORECASE,
    ),
    "communication": re.compile(
        r"\b(?:stakeholders?|non-?technical|non-?specialists?|executives?|leadership|"
        r"explain\w*|present\w* (?:to|results|findings)|wrote (?:a|the) (?:guide|design|"
        r"doc\w*|rfc|playbook|runbook)|documentation|design docs?|rfcs?|runbooks?|"
        r"playbooks?|model cards?|risk (?:committee|review)|regulators?|clinicians|"
        r"product managers?|cross-functional)\b",
        re.IGNORECASE,
    ),
}


def find_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Numbers with their units (and a 'before' value for changes) in ``text``.

    Bare years ("2019") and numbers without any unit, currency or change are ignored: they say
    nothing measured. Spans are shifted by ``offset``.
    """
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_FROM_TO_RE, _QUANTITY_RE):
        for m in pattern.finditer(text):
            start, end = m.span()
            raw = m.group(0).strip()
            if not raw or any(s < end and start < e for s, e in taken):
                continue
            a = _to_float(m.group("a"), m.group("ma"))
            b = _to_float(m.group("b"), m.group("mb")) if m.group("b") else None
            unit = ((m.group("ub") or "") if b is not None else "") or (m.group("ua") or "")
            unit = unit.strip()
            cur = m.groupdict().get("cur")
            if cur:
                unit = cur + (unit and " " + unit)
            if not unit and b is None:
                continue  # a bare number (or a year) is not a measurement
            if _YEAR_RE.match(m.group("a")) and unit in {"", "s"}:
                continue
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            s = offset + start + lead
            found.append(
                Quantity(
                    value=b if b is not None else a,
                    unit=unit,
                    span=Span(s, s + len(raw)),
                    text=raw,
                    before=a if b is not None else None,
                )
            )
            taken.append((start, end))
    found.sort(key=lambda q: q.span.start)
    return tuple(found)


def _to_float(raw: str, magnitude: str | None) -> float:
    scale = _MAGNITUDES.get((magnitude or "").strip().lower(), 1.0)
    return float(raw.replace(",", "")) * scale


def _markers(text: str) -> tuple[str, ...]:
    return tuple(name for name, rx in MARKERS.items() if rx.search(text))


def _kind(text: str, quantities: tuple[Quantity, ...], markers: Iterable[str]) -> BulletKind:
    has_change = any(q.before is not None for q in quantities)
    measured = bool(quantities) and (
        has_change
        or bool(_OUTCOME_VERBS.search(text))
        or any(q.unit and q.unit != "s" and q.unit.lower() not in _TEAM_UNITS for q in quantities)
    )
    if measured:
        return "outcome"
    if _CLAIM_RE.search(text) and not _ACTION_VERBS.search(text):
        return "claim"
    concrete = bool(_ACTION_VERBS.search(text)) or bool(set(markers) - {"scale"})
    words = len(text.split())
    if concrete and words >= 5:
        return "process"
    return "claim"


_KIND_BASE: dict[BulletKind, float] = {"outcome": 0.6, "process": 0.3, "claim": 0.05}
_MARKER_BONUS = {
    "production": 0.12,
    "scale": 0.08,
    "experimentation": 0.08,
    "failure_analysis": 0.06,
    "open_source": 0.06,
    "community": 0.05,
    "communication": 0.05,
}


def classify_bullet(bullet: Bullet, skills: tuple[str, ...] = ()) -> BulletEvidence:
    """Read one bullet: its kind, quantities, markers and a 0..1 strength."""
    quantities = find_quantities(bullet.text, bullet.span.start)
    markers = _markers(bullet.text)
    kind = _kind(bullet.text, quantities, markers)
    if kind == "claim":
        markers = tuple(m for m in markers if m in {"community", "open_source"})
    strength = _KIND_BASE[kind] + sum(_MARKER_BONUS[m] for m in markers)
    if kind == "outcome":
        strength += min(0.1, 0.05 * len(quantities))
    return BulletEvidence(
        bullet=bullet,
        kind=kind,
        quantities=quantities,
        markers=markers,
        skills=skills,
        strength=round(min(1.0, strength), 6),
    )
