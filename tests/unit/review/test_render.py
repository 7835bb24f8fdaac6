"""The three renderings: JSON keys (the contract), the terminal table, the offline HTML page."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from shortlist.render import dumps
from shortlist.review import Review, review, review_dict, review_html, review_text
from shortlist.roles import infer_role
from shortlist.taxonomy import Taxonomy
from shortlist.types import Signals

ReadFn = Callable[[str], Signals]
LINES = (
    "Built the feature store with Feast for the fraud models.",
    "Moved scoring to Triton; p95 latency fell from 120 ms to 38 ms for 1.5M requests/day.",
)
BRIEF = "# MLOps Engineer\n\n## Must have\n\n- Kubernetes\n- A feature store such as Feast\n"


def _review(read: ReadFn, make_cv: Callable[..., str], taxonomy: Taxonomy) -> Review:
    role = infer_role(BRIEF, taxonomy)
    return review(
        read(make_cv("MLOps engineer.", LINES, skills="Kubernetes, <Docker>")),
        role=role,
        path="cv.md",
    )


def test_json_has_the_documented_keys(
    read: ReadFn, make_cv: Callable[..., str], taxonomy: Taxonomy
) -> None:
    r = _review(read, make_cv, taxonomy)
    payload = json.loads(dumps(review_dict(r)))
    assert set(payload) == {
        "path", "positioning", "layers", "bullets", "bullet_counts", "keyword_soup",
        "genericness", "notices", "brief",
    }  # fmt: skip
    assert set(payload["positioning"]["statement"]) >= {"reading", "quote", "missing"}
    assert [layer["name"] for layer in payload["layers"]] == [
        "specialism", "portfolio", "experimentation", "communication", "community",
    ]  # fmt: skip
    assert set(payload["bullets"][0]) == {
        "text", "start", "end", "section", "kind", "markers", "skills", "quantities", "lacks",
        "question",
    }  # fmt: skip
    brief = payload["brief"]
    assert set(brief) >= {"role", "score", "must", "nice", "flags", "components"}
    for req in brief["must"]:
        assert set(req) == {"requirement", "status", "evidence"}  # rank's requirement shape
        assert req["status"] in {"met", "listed", "missing"}
    assert payload["bullet_counts"] == {"outcome": 1, "process": 1, "claim": 0}


def test_table_reads_every_section(
    read: ReadFn, make_cv: Callable[..., str], taxonomy: Taxonomy
) -> None:
    text = review_text(_review(read, make_cv, taxonomy))
    for heading in ("Positioning", "Evidence layers", "Line by line", "Keyword soup"):
        assert heading in text
    assert "Against the brief: MLOps Engineer" in text
    assert "Must-haves" in text and "match score" in text
    assert "\x1b[" not in text  # plain text: no colour codes


def test_html_is_self_contained_escaped_and_scriptless(
    read: ReadFn, make_cv: Callable[..., str], taxonomy: Taxonomy
) -> None:
    page = review_html(_review(read, make_cv, taxonomy))
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    assert "<script" not in page
    assert not re.search(r"""(?:src|href)\s*=|https?://|url\(""", page)
    assert "&lt;Docker&gt;" in page or "<Docker>" not in page  # the CV's text is escaped
    assert page.count("<h1") == 1 and "<h2" in page and "<h3" in page
    assert 'data-start="' in page
