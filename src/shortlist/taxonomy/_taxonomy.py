"""The ``Taxonomy``: skills by id, their hierarchy, a matcher and a search; and its loader.

The data lives in ``shortlist/taxonomy/data/*.yaml``; the header of each file gives the
record format and the provenance and licence of the ESCO and O*NET ids. ``load_taxonomy``
reads it once with ``importlib.resources``; nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from shortlist.errors import ConfigError
from shortlist.taxonomy._matcher import Matcher, SurfaceMode, surface_variants
from shortlist.taxonomy._model import CATEGORIES, FAMILY_KEYS, SPECIALISM_KEYS, Skill, SkillHit
from shortlist.taxonomy._rules import RULES

__all__ = ["SHARED_SURFACES", "Taxonomy", "TaxonomyDataError", "load_taxonomy"]

#: Surfaces (lower-cased) that more than one skill may use on purpose, and why.
SHARED_SURFACES: Mapping[str, str] = MappingProxyType(
    {
        "triton": "NVIDIA Triton Inference Server and the OpenAI Triton kernel language share "
        "the bare word; its context rule picks one (kernels/CUDA vs serving/inference).",
    }
)

_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_KEYS = frozenset(
    {
        "id",
        "name",
        "category",
        "weights",
        "aliases",
        "cased",
        "guarded",
        "specialisms",
        "parents",
        "esco",
        "onet",
    }
)


# libyaml's safe loader when PyYAML was built with it: about seven times faster
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TaxonomyDataError(ConfigError, ValueError):
    """The packaged taxonomy data breaks its own schema (a bug in the data files)."""


def _strs(record: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key) or ()
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise TaxonomyDataError(f"{record.get('id')}: {key} must be a list of strings")
    return tuple(str(v) for v in value)


class Taxonomy:
    """Skills by id, with ``find`` (mentions in a text), ``descendants`` and ``search``."""

    __slots__ = ("_children", "_descendants", "_guarded", "_matcher", "skills")

    def __init__(
        self,
        skills: Iterable[Skill],
        *,
        cased: Mapping[str, Iterable[str]] | None = None,
        guarded: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """``cased`` / ``guarded``: skill id → surfaces that need exact case / context."""
        by_id: dict[str, Skill] = {}
        for skill in skills:
            if skill.id in by_id:
                raise TaxonomyDataError(f"duplicate skill id {skill.id!r}")
            by_id[skill.id] = skill
        self.skills: Mapping[str, Skill] = MappingProxyType(by_id)
        cased_ = {k: frozenset(v) for k, v in (cased or {}).items()}
        guarded_ = {k: frozenset(v) for k, v in (guarded or {}).items()}
        self._guarded = guarded_
        surfaces: list[tuple[str, str, SurfaceMode]] = []
        owner: dict[str, str] = {}
        for skill in by_id.values():
            for surface in dict.fromkeys((skill.name, *skill.aliases)):
                mode: SurfaceMode = "plain"
                if surface in guarded_.get(skill.id, ()):
                    mode = "guarded"
                elif surface in cased_.get(skill.id, ()):
                    mode = "cased"
                for variant in surface_variants(surface):
                    key = variant.lower()
                    other = owner.setdefault(key, skill.id)
                    if other != skill.id and key not in SHARED_SURFACES:
                        raise TaxonomyDataError(
                            f"surface {variant!r} is used by both {other!r} and {skill.id!r}"
                        )
                surfaces.append((skill.id, surface, mode))
        for key, skill_id in owner.items():
            # "copilot" + "s" must not be a surface of another skill: plurals match too
            plural_owner = owner.get(key + "s")
            if plural_owner not in (None, skill_id) and key not in SHARED_SURFACES:
                raise TaxonomyDataError(
                    f"surface {key + 's'!r} of {plural_owner!r} is the plural of one of "
                    f"{skill_id!r}"
                )
        children: dict[str, set[str]] = {k: set() for k in by_id}
        for skill in by_id.values():
            for parent in skill.parents:
                if parent not in by_id:
                    raise TaxonomyDataError(f"{skill.id}: unknown parent {parent!r}")
                children[parent].add(skill.id)
        self._children = {k: frozenset(v) for k, v in children.items()}
        self._descendants: dict[str, frozenset[str]] = {}
        for skill_id in by_id:
            self._ancestors_acyclic(skill_id)
        self._matcher = Matcher(surfaces, RULES)

    @classmethod
    def from_yaml(cls, *documents: str) -> Taxonomy:
        """A taxonomy from YAML documents, each a list of skill records (the data format)."""
        skills: list[Skill] = []
        cased: dict[str, tuple[str, ...]] = {}
        guarded: dict[str, tuple[str, ...]] = {}
        for document in documents:
            records = yaml.load(document, Loader=_YAML_LOADER) or []
            if not isinstance(records, list):
                raise TaxonomyDataError("a taxonomy document must be a list of skills")
            for record in records:
                skill, c, g = _parse(record)
                skills.append(skill)
                if c:
                    cased[skill.id] = c
                if g:
                    guarded[skill.id] = g
        return cls(skills, cased=cased, guarded=guarded)

    def _ancestors_acyclic(self, skill_id: str) -> None:
        path: list[str] = []
        stack = [(skill_id, iter(self.skills[skill_id].parents))]
        on_path = {skill_id}
        path.append(skill_id)
        while stack:
            _node, parents = stack[-1]
            parent = next(parents, None)
            if parent is None:
                stack.pop()
                on_path.discard(path.pop())
                continue
            if parent in on_path:
                raise TaxonomyDataError(f"cycle in parents: {' -> '.join([*path, parent])}")
            on_path.add(parent)
            path.append(parent)
            stack.append((parent, iter(self.skills[parent].parents)))

    # ── the interface ─────────────────────────────────────────────────────────────────────

    def __len__(self) -> int:
        return len(self.skills)

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self.skills

    def get(self, skill_id: str) -> Skill:
        """The skill with this id; ``KeyError`` if there is none."""
        try:
            return self.skills[skill_id]
        except KeyError:
            raise KeyError(f"unknown skill id {skill_id!r}") from None

    def find(self, text: str) -> list[SkillHit]:
        """Every mention in ``text``: leftmost-longest, non-overlapping, sorted by start."""
        return self._matcher.find(text)

    def descendants(self, skill_id: str) -> frozenset[str]:
        """The skill and every skill that has it as an ancestor."""
        cached = self._descendants.get(skill_id)
        if cached is not None:
            return cached
        self.get(skill_id)
        seen = {skill_id}
        stack = [skill_id]
        while stack:
            for child in self._children[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        result = frozenset(seen)
        self._descendants[skill_id] = result
        return result

    def ancestors(self, skill_id: str) -> frozenset[str]:
        """Every broader skill above this one (not the skill itself)."""
        seen: set[str] = set()
        stack = list(self.get(skill_id).parents)
        while stack:
            parent = stack.pop()
            if parent not in seen:
                seen.add(parent)
                stack.extend(self.skills[parent].parents)
        return frozenset(seen)

    def is_guarded(self, skill_id: str, surface: str) -> bool:
        """Whether ``surface`` names ``skill_id`` only in context (R, Go, Ray, ...)."""
        return surface in self._guarded.get(skill_id, ())

    def search(self, query: str, limit: int = 20) -> list[Skill]:
        """Skills whose id, name or alias contains ``query`` (case-insensitive), best first.

        Exact matches come first, then prefixes (of the whole form or of one of its words),
        then other substrings; within a rank, a match on the name beats one on an alias, then
        shorter names, then ids in alphabetical order.
        """
        q = " ".join(query.lower().replace("_", " ").split())
        if not q or limit <= 0:
            return []
        scored: list[tuple[int, int, int, str]] = []
        for skill in self.skills.values():
            best: tuple[int, int] | None = None
            forms = [(skill.name, 0), (skill.id.replace("_", " "), 0)]
            forms.extend((a, 1) for a in skill.aliases)
            for form, is_alias in forms:
                f = form.lower()
                if f == q:
                    rank = 0
                elif f.startswith(q):
                    rank = 1
                elif any(w.startswith(q) for w in re.split(r"[\s\-/.]+", f)):
                    rank = 2
                elif q in f:
                    rank = 3
                else:
                    continue
                if best is None or (rank, is_alias) < best:
                    best = (rank, is_alias)
            if best is not None:
                scored.append((best[0], best[1], len(skill.name), skill.id))
        scored.sort()
        return [self.skills[s[3]] for s in scored[:limit]]


def _parse(record: Any) -> tuple[Skill, tuple[str, ...], tuple[str, ...]]:
    if not isinstance(record, dict):
        raise TaxonomyDataError(f"a skill record must be a mapping, not {record!r}")
    unknown = set(record) - _KEYS
    skill_id = record.get("id")
    if unknown:
        raise TaxonomyDataError(f"{skill_id}: unknown keys {sorted(unknown)}")
    if not isinstance(skill_id, str) or not _ID.match(skill_id):
        raise TaxonomyDataError(f"skill id {skill_id!r} is not snake_case")
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TaxonomyDataError(f"{skill_id}: missing name")
    category = record.get("category")
    if category not in CATEGORIES:
        raise TaxonomyDataError(f"{skill_id}: unknown category {category!r}")
    weights = record.get("weights")
    if (
        not isinstance(weights, list)
        or len(weights) != len(FAMILY_KEYS)
        or not all(isinstance(w, int | float) and 0 <= w <= 1 for w in weights)
    ):
        raise TaxonomyDataError(f"{skill_id}: weights must be {len(FAMILY_KEYS)} numbers in 0..1")
    specialisms = _strs(record, "specialisms")
    bad = [s for s in specialisms if s not in SPECIALISM_KEYS]
    if bad:
        raise TaxonomyDataError(f"{skill_id}: unknown specialisms {bad}")
    aliases = _strs(record, "aliases")
    cased = _strs(record, "cased")
    guarded = _strs(record, "guarded")
    all_aliases = tuple(a for a in dict.fromkeys((*aliases, *cased, *guarded)) if a != name)
    skill = Skill(
        id=skill_id,
        name=name,
        aliases=all_aliases,
        category=str(category),
        specialisms=specialisms,
        family_weights=MappingProxyType(
            {k: float(w) for k, w in zip(FAMILY_KEYS, weights, strict=True)}
        ),
        parents=_strs(record, "parents"),
        ambiguous=bool(cased or guarded),
        esco_ids=_strs(record, "esco"),
        onet_ids=_strs(record, "onet"),
    )
    return skill, cased, guarded


@functools.cache
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy (read once, then cached)."""
    folder = resources.files("shortlist.taxonomy").joinpath("data")
    documents = [
        entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    ]
    return Taxonomy.from_yaml(*documents)
