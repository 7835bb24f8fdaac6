"""The AI/ML skills taxonomy: skills and tools as data, and a fast matcher over them.

``load_taxonomy()`` returns the packaged ``Taxonomy`` (cached). ``Taxonomy.find(text)`` lists
the mentions in a text with character offsets; the matching and context rules are described
in ``shortlist.taxonomy._matcher`` and ``shortlist.taxonomy._rules``.
"""

from shortlist.taxonomy._model import CATEGORIES, FAMILY_KEYS, SPECIALISM_KEYS, Skill, SkillHit
from shortlist.taxonomy._taxonomy import (
    SHARED_SURFACES,
    Taxonomy,
    TaxonomyDataError,
    load_taxonomy,
)

__all__ = [
    "CATEGORIES",
    "FAMILY_KEYS",
    "SHARED_SURFACES",
    "SPECIALISM_KEYS",
    "Skill",
    "SkillHit",
    "Taxonomy",
    "TaxonomyDataError",
    "load_taxonomy",
]
