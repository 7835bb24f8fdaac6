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

from shortlist.signals._cues import CueBank, Cues, Line
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
    # the look-ahead lets re skip to a currency sign or digit instead of trying every position
    rf"(?=[$€£¥\d])(?P<cur>[$€£¥])?\s?(?P<a>{_NUM})(?P<ma>{_MAG})(?P<ua>{_UNIT})"
    rf"(?:\s?(?:→|->|to|⇒)\s?[$€£¥]?(?P<b>{_NUM})(?P<mb>{_MAG})(?P<ub>{_UNIT}))?",
)
# "from X to Y" with the unit after Y only
_FROM_TO_RE = re.compile(
    rf"(?=[fF])\bfrom\s+[$€£¥]?(?P<a>{_NUM})(?P<ma>{_MAG})\s*(?P<ua>{_UNIT})\s+to\s+[$€£¥]?(?P<b>{_NUM})(?P<mb>{_MAG})"
    rf"(?P<ub>{_UNIT})",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# "AUC 0.79", "F1 of 0.87", "used by 8 teams", "300+ experiments", "8×A100": measured, too
_EXTRA_QUANTITY = re.compile(
    r"\b(?P<metric>AUC|ROC[- ]AUC|PR[- ]AUC|F1|Gini|recall|precision|accuracy|MAPE|RMSE|MAE|"
    r"NDCG(?:@\d+)?|MRR|BLEU|ROUGE(?:-\w+)?|R2|R²|KS)\s*(?:of|=|:|at)?\s*(?P<v>0?\.\d+|\d+(?:\.\d+)?%?)"
    r"|\bused by (?P<users>\d[\d,]*)\b"
    r"|\b(?P<count>\d[\d,]*)\+\s?(?P<what>[a-z][\w-]*s)\b"
    r"|\b(?P<n>\d+)\s?[×x]\s?(?P<hw>A100|H100|V100|T4|L4|GPUs?|TPUs?)\b",
    re.IGNORECASE,
)
_EXTRA_KEYS = (
    "auc",
    "f1",
    "gini",
    "recall",
    "precision",
    "accuracy",
    "mape",
    "rmse",
    "mae",
    "ndcg",
    "mrr",
    "bleu",
    "rouge",
    "r2",
    "r²",
    "ks",
    "used by",
    "+",
)
_TIMES = re.compile(r"\d\s?[x×]")


def _may_hold_extra(text: str) -> bool:
    """A cheap gate before _EXTRA_QUANTITY: substring tests are far faster than the regex."""
    low = text.lower()
    return any(k in low for k in _EXTRA_KEYS) or _TIMES.search(text) is not None


_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_OUTCOME_VERBS = Cues(
    prefixes=(
        "reduc",
        "cut",
        "lower",
        "decreas",
        "improv",
        "increas",
        "boost",
        "rais",
        "grew",
        "grow",
        "sav",
        "speed",
        "sped",
        "accelerat",
        "halv",
        "doubl",
        "tripl",
        "shrank",
        "shrunk",
        "drop",
        "lift",
        "gain",
        "won",
        "achiev",
        "reach",
        "deliver",
        "eliminat",
        "prevent",
        "caught",
        "recover",
        "beat",
        "outperform",
        "generat",
        "drove",
        "driv",
        "brought",
        "trimmed",
        "slash",
    ),
    phrases=("went from", "down from", "up from"),
)
_ACTION_VERBS = Cues(
    words=frozenset(
        [
            "built",
            "build",
            "designed",
            "design",
            "developed",
            "develop",
            "implemented",
            "implement",
            "deployed",
            "deploy",
            "migrated",
            "migrate",
            "moved",
            "created",
            "create",
            "led",
            "lead",
            "launched",
            "launch",
            "shipped",
            "ship",
            "architected",
            "automated",
            "automate",
            "trained",
            "train",
            "fine-tuned",
            "wrote",
            "write",
            "owned",
            "own",
            "ran",
            "run",
            "introduced",
            "added",
            "setup",
            "established",
            "productionised",
            "productionized",
            "rebuilt",
            "refactored",
            "integrated",
            "integrate",
            "optimised",
            "optimized",
            "scaled",
            "containerised",
            "containerized",
            "maintained",
            "maintain",
            "managed",
            "manage",
            "mentored",
            "mentor",
            "organised",
            "organized",
            "published",
            "presented",
            "authored",
            "co-authored",
            "contributed",
            "benchmarked",
            "evaluated",
            "analysed",
            "analyzed",
            "modelled",
            "modeled",
            "prototyped",
            "replaced",
            "reduced",
            "cut",
            "improved",
            "increased",
            "delivered",
            "drove",
            "partnered",
            "collaborated",
            "defined",
            "instrumented",
            "monitored",
            "investigated",
            "diagnosed",
            "debugged",
            "taught",
            "gave",
            "spoke",
            "curated",
            "labelled",
            "labeled",
            "annotated",
            "reviewed",
            "ported",
            "wrapped",
            "extended",
            "rewrote",
            "forecast",
            "forecasted",
            "estimated",
            "quantified",
            "tested",
            "validated",
        ]
    ),
    # gerunds and nouns of the same verbs ("Building ...", "Migration of ...") are activities
    prefixes=(
        "build",
        "develop",
        "design",
        "writ",
        "manag",
        "maintain",
        "perform",
        "install",
        "configur",
        "migrat",
        "optimi",
        "restor",
        "creat",
        "implement",
        "deploy",
        "automat",
        "analy",
        "train",
        "handl",
        "collect",
        "integrat",
        "monitor",
        "test",
        "evaluat",
    ),
    phrases=("set up", "rolled out"),
)
_CLAIMS = Cues(
    words=frozenset(
        [
            "passionate",
            "enthusiast",
            "enthusiastic",
            "excellent",
            "proficient",
            "familiar",
            "various",
            "several",
            "multiple",
            "many",
            "assisted",
            "participated",
            "motivated",
            "eager",
            "keen",
            "love",
        ]
    ),
    phrases=(
        "strong knowledge",
        "strong background",
        "strong understanding",
        "strong skills",
        "expert in",
        "expertise in",
        "experience in",
        "experience with",
        "hands-on experience",
        "exposure to",
        "knowledge of",
        "responsible for",
        "worked on",
        "involved in",
        "helped with",
        "helped on",
        "team player",
        "detail-oriented",
        "detail oriented",
        "results-driven",
        "results driven",
        "self-starter",
        "self starter",
        "hard-working",
        "hard working",
        "leveraging ai",
        "leveraging ml",
        "leverage ai",
        "leverage ml",
        "leveraging cutting",
        "real-world problems",
        "real world problems",
        "cutting-edge",
        "cutting edge",
        "state-of-the-art",
        "state of the art",
    ),
)

_TOOL_USE = Cues(words=frozenset(["using", "with", "via"]))
_VAGUE = Cues(words=frozenset(["various", "multiple", "several", "numerous"]))
_NUMBER_SCALE = re.compile(
    r"\b\d[\d.,]*\s?(?:[kKmMbB]|bn|million|billion)\b|\b\d+\s?(?:gpus?|GPUs?|nodes)\b"
)
MARKERS: dict[str, Cues] = {
    "production": Cues(
        words=frozenset(
            [
                "production",
                "deployed",
                "served",
                "serving",
                "latency",
                "slo",
                "slos",
                "sla",
                "slas",
                "uptime",
                "on-call",
                "oncall",
                "rollback",
                "rollbacks",
                "canary",
                "drift",
                "ci/cd",
                "incident",
                "incidents",
                "sre",
                "endpoint",
                "endpoints",
                "rollout",
                "rollouts",
                "productionised",
                "productionized",
                "p50",
                "p90",
                "p95",
                "p99",
            ]
        ),
        prefixes=("deploy", "monitor", "alert", "autoscal"),
        phrases=(
            "rolled back",
            "shadow mode",
            "shadow deploy",
            "blue-green",
            "blue green",
            "real-time",
            "real time",
            "online inference",
            "online serving",
            "online feature",
            "inference service",
            "inference server",
            "inference endpoint",
            "live traffic",
        ),
    ),
    "scale": Cues(
        words=frozenset(
            [
                "qps",
                "rps",
                "tps",
                "tb",
                "pb",
                "petabytes",
                "terabytes",
                "petabyte",
                "terabyte",
                "requests/day",
                "requests/s",
                "req/s",
                "req/day",
                "requests/sec",
            ]
        ),
        prefixes=("multi-gpu", "multi-node"),
        phrases=(
            "requests per second",
            "requests per day",
            "requests a day",
            "requests a second",
            "thousands of",
            "millions of",
            "billions of",
            "distributed training",
        ),
        pattern=_NUMBER_SCALE,
        gate=_DIGIT,
    ),
    "experimentation": Cues(
        words=frozenset(["a/b", "mlflow", "w&b", "wandb", "baseline", "baselines"]),
        prefixes=(
            "experiment",
            "significan",
            "ablation",
            "backtest",
            "randomi",
            "counterfactual",
            "stratif",
            "holdout",
            "hold-out",
            "leakage",
            "cross-valid",
            "crossvalid",
            "causal",
            "uplift",
        ),
        phrases=(
            "ab test",
            "confidence interval",
            "offline eval",
            "power analysis",
            "difference-in-differences",
            "difference in differences",
            "weights biases",
        ),
        pattern=re.compile(r"\bp\s?[<=]\s?0?\.\d+"),
        gate=re.compile("[<=]"),
    ),
    "failure_analysis": Cues(
        words=frozenset(["caught", "traced", "fixed", "broke", "broken"]),
        prefixes=(
            "root-cause",
            "post-mortem",
            "postmortem",
            "debugg",
            "diagnos",
            "regression",
            "iterat",
        ),
        phrases=(
            "root cause",
            "error analysis",
            "failure mode",
            "failure analysis",
            "found that",
            "silent failure",
            "lessons learned",
        ),
    ),
    "open_source": Cues(
        words=frozenset(["merged", "maintainer", "maintainers", "upstream", "pypi", "pr", "prs"]),
        prefixes=("open-source", "opensource", "upstream"),
        phrases=(
            "pull request",
            "core contributor",
            "contributor to",
            "open source",
            "github stars",
        ),
        pattern=re.compile(r"#\d{2,6}\b|\b\d[\d,.]*k?\s?(?:stars|downloads)\b"),
        gate=_DIGIT,
    ),
    "community": Cues(
        words=frozenset(
            [
                "talk",
                "talks",
                "spoke",
                "speaker",
                "keynote",
                "meetup",
                "meetups",
                "conference",
                "conferences",
                "pydata",
                "pycon",
                "neurips",
                "icml",
                "iclr",
                "acl",
                "emnlp",
                "cvpr",
                "kdd",
                "workshop",
                "workshops",
                "blog",
                "blogs",
                "blogged",
                "post",
                "posts",
                "newsletter",
                "podcast",
                "taught",
                "teaching",
                "tutorial",
                "tutorials",
                "hackathon",
                "hackathons",
                "kaggle",
            ]
        ),
        prefixes=("lectur", "mentor", "organis", "organiz"),
        phrases=("presented at",),
    ),
    "communication": Cues(
        words=frozenset(
            [
                "stakeholder",
                "stakeholders",
                "non-technical",
                "nontechnical",
                "non-specialist",
                "non-specialists",
                "executive",
                "executives",
                "leadership",
                "documentation",
                "rfc",
                "rfcs",
                "runbook",
                "runbooks",
                "playbook",
                "playbooks",
                "regulator",
                "regulators",
                "clinicians",
                "cross-functional",
            ]
        ),
        prefixes=("explain",),
        phrases=(
            "presented to",
            "presented results",
            "presented findings",
            "design doc",
            "model card",
            "risk committee",
            "risk review",
            "product manager",
            "wrote a guide",
            "wrote the guide",
        ),
    ),
}


def find_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Numbers with their units (and a 'before' value for changes) in ``text``.

    Bare years ("2019") and numbers without any unit, currency or change are ignored: they say
    nothing measured. Spans are shifted by ``offset``.
    """
    if not _DIGIT.search(text):
        return ()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    # "from X to Y" needs a "from": skip that (slow) pattern on the many lines without one
    patterns = (_FROM_TO_RE, _QUANTITY_RE) if "from" in text.lower() else (_QUANTITY_RE,)
    for pattern in patterns:
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
            magnitude = (m.group("ma") or "").strip()
            if magnitude and not unit:
                unit = magnitude  # "1.5M card authorisations a day": a scale, unit or not
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
    for m in _EXTRA_QUANTITY.finditer(text) if _may_hold_extra(text) else ():
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if m.group("metric"):
            raw_value, unit = m.group("v").rstrip("%"), m.group("metric")
        elif m.group("users"):
            raw_value, unit = m.group("users"), "users"
        elif m.group("count"):
            raw_value, unit = m.group("count"), m.group("what")
        else:
            raw_value, unit = m.group("n"), m.group("hw")
        found.append(
            Quantity(
                value=_to_float(raw_value, None),
                unit=unit,
                span=Span(offset + start, offset + end),
                text=m.group(0),
            )
        )
        taken.append((start, end))
    found.sort(key=lambda q: q.span.start)
    return tuple(found)


def _to_float(raw: str, magnitude: str | None) -> float:
    scale = _MAGNITUDES.get((magnitude or "").strip().lower(), 1.0)
    return float(raw.replace(",", "")) * scale


# every cue set a bullet is read against, answered in one pass per bullet
_BANK_CUES: dict[str, Cues] = {
    **MARKERS,
    "+outcome_verb": _OUTCOME_VERBS,
    "+claim": _CLAIMS,
    "+vague": _VAGUE,
    "+tool_use": _TOOL_USE,
}
_BANK = CueBank(_BANK_CUES)


def _markers(found: set[str]) -> tuple[str, ...]:
    return tuple(name for name in MARKERS if name in found)


def _kind(
    line: Line, quantities: tuple[Quantity, ...], markers: Iterable[str], found: set[str]
) -> BulletKind:
    has_change = any(q.before is not None for q in quantities)
    measured = bool(quantities) and (
        has_change
        or "+outcome_verb" in found
        or any(q.unit and q.unit != "s" and q.unit.lower() not in _TEAM_UNITS for q in quantities)
    )
    if measured:
        return "outcome"
    opens_with_action = _ACTION_VERBS.first_token_in(line)
    if "+claim" in found and (not opens_with_action or "+vague" in found):
        return "claim"
    concrete = opens_with_action or bool(set(markers) - {"scale"})
    if concrete and len(line.tokens) >= 5:
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
    line = Line(bullet.text)
    quantities = find_quantities(bullet.text, bullet.span.start)
    found = _BANK.found(line)
    markers = _markers(found)
    kind = _kind(line, quantities, markers, found)
    if kind == "claim" and skills and "+tool_use" in found and "+claim" not in found:
        kind = "process"  # "Fraud scoring service using LightGBM and Kafka": a concrete build
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
