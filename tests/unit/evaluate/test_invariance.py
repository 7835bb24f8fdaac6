"""The invariance-check helpers edit CVs as documented, and the checks report honestly."""

from __future__ import annotations

import math
from pathlib import Path

from shortlist.evaluate import (
    invariance_checks,
    paste_keywords,
    read_markdown_folder,
    repeat_skills,
    swap_identity,
)

CV = (
    "# Amara Okafor\n\namara.okafor@example.com · Manchester · github.com/amaraokafor\n\n"
    "## Experience\n\n### ML Engineer — Acme, London\nJan 2020 – Present\n\n"
    "- Served fraud models with Triton; p95 latency 120 ms to 38 ms\n\n"
    "## Skills\n\nPython, Kubernetes\n\n## Education\n\n**MSc Statistics**, Leeds, 2018\n"
)


def test_swap_identity_replaces_name_email_handle_and_adds_pronouns() -> None:
    out = swap_identity(CV, "Nguyễn Thị Minh Khai", "mk@example.com", "she/her")
    assert out.startswith("# Nguyễn Thị Minh Khai\n")
    assert "amara" not in out.lower() and "okafor" not in out.lower()
    assert "mk@example.com" in out and "she/her" in out
    assert "github.com/nguyenthiminhkhai" in out
    assert out.endswith(CV[CV.index("## Experience") :])


def test_repeat_skills_repeats_only_the_skills_body() -> None:
    out = repeat_skills(CV, 10)
    assert out is not None
    assert out.count("Python, Kubernetes") == 10
    assert out.count("MSc Statistics") == 1
    assert repeat_skills("# A\n\n## Experience\n\n- did things\n") is None


def test_paste_keywords_goes_into_the_skills_section_or_a_new_one() -> None:
    out = paste_keywords(CV, ["MLflow", "Terraform"])
    assert out.index("MLflow, Terraform") < out.index("## Education")
    assert out.index("## Skills") < out.index("MLflow, Terraform")
    bare = "# A\n\n## Experience\n\n- did things\n"
    assert paste_keywords(bare, ["MLflow"]).endswith("## Skills\n\nMLflow\n")


def test_checks_run_and_the_hidden_paste_says_it_cannot_run(examples: Path) -> None:
    briefs = {"mlops-platform": (examples / "briefs" / "mlops-platform.md").read_text("utf-8")}
    cvs = {k: v for k, v in read_markdown_folder(examples / "cvs").items() if k < "b"}
    results = invariance_checks(briefs, cvs, people=[("Jamal Jones", "jj@example.net", "he/him")])
    by_name = {r.name: r for r in results}
    assert len(results) == 4
    assert by_name["skills section repeated 10x"].passed is True
    paste = by_name["must-haves pasted visibly into Skills"]
    assert paste.n_cases == len(cvs) and paste.max_change >= 0.0
    hidden = by_name["must-haves pasted as hidden text"]
    assert hidden.passed is None and math.isnan(hidden.max_change) and "Markdown" in hidden.note
