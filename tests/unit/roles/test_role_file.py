"""Role files: inferred → written → edited → read back, with clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from shortlist.errors import RoleError
from shortlist.roles import infer_role, role_from_file_text, role_to_file_dict
from shortlist.taxonomy import load_taxonomy


@pytest.mark.parametrize("name", ["mlops-platform", "llm-rag-applied-ai"])
def test_round_trip_keeps_every_requirement(examples: Path, name: str) -> None:
    tax = load_taxonomy()
    inferred = infer_role((examples / "briefs" / f"{name}.md").read_text(encoding="utf-8"), tax)
    text = yaml.safe_dump(role_to_file_dict(inferred, tax), sort_keys=False)
    back = role_from_file_text(text, tax)
    assert [set(r.skill_ids) for r in back.must] == [set(r.skill_ids) for r in inferred.must]
    assert [set(r.skill_ids) for r in back.nice] == [set(r.skill_ids) for r in inferred.nice]
    assert (back.family, back.seniority, back.domain, back.specialisms) == (
        inferred.family,
        inferred.seniority,
        inferred.domain,
        inferred.specialisms,
    )


def test_names_aliases_and_ids_resolve_and_widen() -> None:
    tax = load_taxonomy()
    role = role_from_file_text(
        "family: applied_ai\nmust:\n  - vector search\n  - label: Registry\n"
        "    skills: [mlflow, wandb]\nnice: [k8s]\n",
        tax,
    )
    assert "pgvector" in role.must[0].skill_ids  # a narrower skill meets the broader one
    assert role.must[1].label == "Registry"
    assert set(role.must[1].skill_ids) >= {"mlflow", "wandb"}
    assert role.nice[0].skill_ids == ("kubernetes",) or "kubernetes" in role.nice[0].skill_ids


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- just a list", "expected a mapping"),
        ("family: wizard\nmust: [Python]", "family must be one of"),
        ("seniority: godlike\nmust: [Python]", "seniority must be"),
        ("must: [Python]\ncolour: blue", "unknown keys"),
        ("must: [zzzz-not-a-skill]", "no known skill"),
        ("family: mlops", "at least one requirement"),
        ("must: [{label: x}]", "a requirement is a skill name"),
        ("must: [: :", "not valid YAML"),
    ],
)
def test_bad_role_files_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(RoleError, match=message):
        role_from_file_text(text, load_taxonomy())
