"""Directional expectations: evidence raises a score; buzzwords and claims do not."""

from __future__ import annotations

from collections.abc import Callable

from shortlist.types import Match, RoleSpec

ScoreFn = Callable[[str, RoleSpec], Match]

BASE = (
    "# Sam Example\nsam@example.com\n\n## Experience\n\n"
    "### ML Engineer — Acme Payments, Berlin\nJan 2020 – Present\n\n"
    "- Worked on ML models for the risk team\n"
    "- Built a Kubernetes deployment for the fraud model\n\n"
    "## Skills\n\nPython, Kubernetes, MLflow, Terraform, Docker\n"
)
OUTCOME = (
    "- Moved fraud scoring to Kubernetes with KServe; p95 latency 120 → 38 ms at 1.5M "
    "requests/day\n"
)


def test_turning_a_process_line_into_an_outcome_raises_the_score(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    role = roles["mlops-platform"]
    improved = BASE.replace("- Built a Kubernetes deployment for the fraud model\n", OUTCOME)
    assert score(improved, role).score > score(BASE, role).score


def test_adding_an_evidence_line_never_lowers_any_score(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    more = BASE.replace("## Skills", OUTCOME.rstrip() + "\n\n## Skills")
    for role in roles.values():
        assert score(more, role).score >= score(BASE, role).score


def test_a_listed_only_requirement_is_listed_not_met(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    result = score(BASE, roles["mlops-platform"])
    status = {r.requirement.label: r.status for r in result.requirements}
    terraform = [s for label, s in status.items() if "Terraform" in label]
    assert terraform == ["listed"]
    kubernetes = [s for label, s in status.items() if label.startswith("Kubernetes")]
    assert kubernetes and kubernetes[0] == "met"
