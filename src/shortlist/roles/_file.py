"""Role files: a recruiter's correction of an inferred RoleSpec, as YAML or JSON.

``shortlist role BRIEF --format yaml > role.yaml`` writes what was inferred; edit it, then
``shortlist rank --role role.yaml CVS...``. The format (docs/roles.md)::

    title: Senior MLOps Engineer
    family: mlops            # research | applied_ml | mlops | applied_ai | data_science | other
    seniority: senior        # junior | mid | senior | staff, or null
    domain: ecommerce        # a taxonomy domain id, or null
    specialisms: [mlops_infra]
    must:
      - Kubernetes                          # a skill by name, alias or id
      - label: Model registry               # or a requirement met by any of several skills
        skills: [mlflow, model_registry]
    nice:
      - Feast

A requirement's skills are widened to their narrower skills, as for an inferred brief.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from shortlist.errors import RoleError
from shortlist.taxonomy import Taxonomy
from shortlist.types import FAMILIES, SENIORITIES, SPECIALISMS, Requirement, RoleSpec

__all__ = ["role_from_file_text", "role_to_file_dict"]

_KEYS = {"title", "family", "seniority", "domain", "specialisms", "must", "nice"}


def role_from_file_text(text: str, taxonomy: Taxonomy, *, name: str = "role file") -> RoleSpec:
    """Parse and validate a role file (YAML, of which JSON is a subset)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RoleError(f"{name}: not valid YAML or JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise RoleError(f"{name}: expected a mapping with keys {sorted(_KEYS)}")
    unknown = set(data) - _KEYS
    if unknown:
        raise RoleError(f"{name}: unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    family = data.get("family", "other")
    if family not in FAMILIES:
        raise RoleError(f"{name}: family must be one of {list(FAMILIES)}, not {family!r}")
    seniority = data.get("seniority")
    if seniority is not None and seniority not in SENIORITIES:
        raise RoleError(f"{name}: seniority must be one of {list(SENIORITIES)} or null")
    specialisms = tuple(data.get("specialisms") or ())
    bad = [s for s in specialisms if s not in SPECIALISMS]
    if bad:
        raise RoleError(f"{name}: unknown specialisms {bad}; allowed: {list(SPECIALISMS)}")
    must = tuple(_requirement(r, taxonomy, name) for r in _list(data, "must", name))
    nice = tuple(_requirement(r, taxonomy, name) for r in _list(data, "nice", name))
    if not must and not nice:
        raise RoleError(f"{name}: needs at least one requirement under must or nice")
    domain = data.get("domain")
    if domain is not None and domain not in taxonomy.skills:
        raise RoleError(f"{name}: unknown domain {domain!r} (see `shortlist taxonomy`)")
    return RoleSpec(
        title=str(data.get("title") or ""),
        family=family,
        family_scores={f: 1.0 if f == family else 0.0 for f in FAMILIES},
        seniority=seniority,
        must=must,
        nice=nice,
        domain=domain,
        specialisms=specialisms,
    )


def _list(data: dict[str, Any], key: str, name: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise RoleError(f"{name}: {key} must be a list")
    return value


def _resolve(term: str, taxonomy: Taxonomy, name: str) -> list[str]:
    if term in taxonomy.skills:
        return [term]
    hits = taxonomy.find(term)
    whole = [h.skill_id for h in hits if h.start == 0 and h.end == len(term.strip())]
    if whole:
        return whole[:1]
    found = list(dict.fromkeys(h.skill_id for h in hits))
    if not found:
        raise RoleError(f"{name}: no known skill in {term!r} (see `shortlist taxonomy`)")
    return found


def _requirement(entry: Any, taxonomy: Taxonomy, name: str) -> Requirement:
    if isinstance(entry, str):
        ids = _resolve(entry, taxonomy, name)
        label = entry
    elif isinstance(entry, dict) and set(entry) <= {"label", "skills"} and entry.get("skills"):
        terms = entry["skills"]
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise RoleError(f"{name}: skills must be a list of skill names or ids")
        ids = [i for t in terms for i in _resolve(t, taxonomy, name)]
        label = str(entry.get("label") or " or ".join(taxonomy.get(i).name for i in ids))
    else:
        raise RoleError(
            f"{name}: a requirement is a skill name, or {{label: ..., skills: [...]}}; "
            f"got {json.dumps(entry, default=str)}"
        )
    widened = sorted({d for i in ids for d in taxonomy.descendants(i)})
    return Requirement(label=label, skill_ids=tuple(widened))


def role_to_file_dict(role: RoleSpec, taxonomy: Taxonomy) -> dict[str, Any]:
    """A RoleSpec as an editable role file (requirements by their named skills)."""

    def entry(req: Requirement) -> Any:
        named = [i for i in req.skill_ids if taxonomy.get(i).name in req.label.split(" or ")]
        if len(named) == 1 and taxonomy.get(named[0]).name == req.label:
            return req.label
        return {"label": req.label, "skills": named or list(req.skill_ids)}

    return {
        "title": role.title,
        "family": role.family,
        "seniority": role.seniority,
        "domain": role.domain,
        "specialisms": list(role.specialisms),
        "must": [entry(r) for r in role.must],
        "nice": [entry(r) for r in role.nice],
    }
