"""Directional expectations: evidence raises a score; buzzwords and claims do not."""

from __future__ import annotations

from collections.abc import Callable

from shortlist.taxonomy import load_taxonomy
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


def test_adding_evidence_for_the_role_never_lowers_its_score(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    tax = load_taxonomy()
    checked = 0
    for role in roles.values():
        for req in role.must:
            skill = tax.get(req.skill_ids[0])
            weights = skill.family_weights
            if max(weights, key=lambda f: weights[f]) != role.family:
                continue  # a line about another family's tool may lower family fit
            line = (
                f"- Rebuilt the {skill.name} workflow in production; cut p95 latency from "
                "120 ms to 38 ms at 1.5M requests/day\n"
            )
            more = BASE.replace("## Skills", line + "\n## Skills")
            assert score(more, role).score >= score(BASE, role).score, (role.title, skill.id)
            checked += 1
    assert checked >= 8  # the property was exercised on several skills of several roles


def test_evidence_in_another_family_lowers_family_fit_only_slightly(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    more = BASE.replace("## Skills", OUTCOME.rstrip() + "\n\n## Skills")
    for role in roles.values():
        assert score(more, role).score >= score(BASE, role).score - 1.0


def test_a_listed_only_requirement_is_listed_not_met(
    score: ScoreFn, roles: dict[str, RoleSpec]
) -> None:
    result = score(BASE, roles["mlops-platform"])
    status = {r.requirement.label: r.status for r in result.requirements}
    terraform = [s for label, s in status.items() if "Terraform" in label]
    assert terraform == ["listed"]
    kubernetes = [s for label, s in status.items() if label.startswith("Kubernetes")]
    assert kubernetes and kubernetes[0] == "met"
