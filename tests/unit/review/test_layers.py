"""The five evidence layers: present with the lines that show them, or missing with advice."""

from __future__ import annotations

from collections.abc import Callable

from shortlist.review import LAYER_NAMES, Layer, review
from shortlist.types import Signals

ReadFn = Callable[[str], Signals]

STRONG = (
    "Deployed a fraud model on Kubernetes serving 1.5M requests/day; p95 latency fell from "
    "120 ms to 38 ms.",
    "Ran an A/B test against the rules baseline: +3.1% caught fraud, p < 0.01, on a time-based "
    "hold-out split to avoid leakage.",
    "Traced a silent failure to a broken feature pipeline and fixed the root cause.",
    "Explained model risk to non-technical stakeholders on the risk committee.",
    "Spoke at PyData London about drift alerts; merged a pull request to Evidently upstream.",
)
WEAK = ("Worked on ML models.", "Responsible for data pipelines.")


def _layers(signals: Signals) -> dict[str, Layer]:
    return {layer.name: layer for layer in review(signals).layers}


def test_all_five_layers_in_order(read: ReadFn, make_cv: Callable[..., str]) -> None:
    assert tuple(layer.name for layer in review(read(make_cv("", STRONG))).layers) == LAYER_NAMES


def test_layers_shown_quote_the_candidates_lines(read: ReadFn, make_cv: Callable[..., str]) -> None:
    text = make_cv("", STRONG)
    layers = _layers(read(text))
    for name in ("portfolio", "experimentation", "communication", "community"):
        assert layers[name].status != "missing", name
    portfolio = {c.name: c for c in layers["portfolio"].checks}
    assert portfolio["outcomes"].present and portfolio["failure_analysis"].present
    quote = portfolio["outcomes"].evidence[0]
    assert quote.text in STRONG[0] + STRONG[1]
    assert text[quote.start : quote.end] == quote.text  # offsets index the original text
    tests = {c.name: c for c in layers["experimentation"].checks}["tests"]
    assert tests.present and "A/B" in tests.evidence[0].text


def test_missing_layers_say_what_to_add(read: ReadFn, make_cv: Callable[..., str]) -> None:
    layers = _layers(read(make_cv("", WEAK)))
    for name in ("portfolio", "experimentation", "communication", "community"):
        layer = layers[name]
        assert layer.status == "missing", name
        assert all(not c.present and c.evidence == () for c in layer.checks)
        assert len(layer.missing) == len(layer.checks)
        assert all(m.endswith(".") for m in layer.missing)


def test_a_claim_line_never_counts_as_portfolio_evidence(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    layers = _layers(read(make_cv("", ("Responsible for production models at scale.",))))
    assert layers["portfolio"].status == "missing"


def test_quotes_map_placeholders_back_to_the_original(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    line = "Spoke at PyData London about drift alerts with Sam Example."
    text = make_cv("", (line,))
    community = _layers(read(text))["community"]
    talk = {c.name: c for c in community.checks}["talks"].evidence[0]
    assert "Sam Example" not in talk.text  # the review never shows a name ...
    assert text[talk.start : talk.end] == line  # ... but points at the whole original line
