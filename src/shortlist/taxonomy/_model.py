"""The records of the taxonomy: a ``Skill`` and a ``SkillHit`` (one mention found in a text)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["CATEGORIES", "FAMILY_KEYS", "SPECIALISM_KEYS", "Skill", "SkillHit"]

#: The families a skill can indicate, in the order ``weights`` lists them in the data files.
FAMILY_KEYS: tuple[str, ...] = ("research", "applied_ml", "mlops", "applied_ai", "data_science")

#: Specialisms a skill can signal (the same words as ``shortlist.types.SPECIALISMS``).
SPECIALISM_KEYS: tuple[str, ...] = ("mlops_infra", "llm_rag", "ai_safety_eval", "domain", "edge")

#: What kind of thing a skill is.
CATEGORIES: tuple[str, ...] = (
    "language",  # programming and query languages: Python, SQL, Rust
    "framework",  # deep-learning / ML frameworks: PyTorch, JAX, scikit-learn
    "library",  # libraries used from code: pandas, spaCy, Optuna
    "mlops_tool",  # tracking, registries, orchestration, feature stores, monitoring products
    "serving",  # model servers and inference runtimes: vLLM, Triton, ONNX Runtime
    "data_tool",  # processing and analytics engines: Spark, Kafka, dbt
    "cloud_service",  # clouds and their managed services: AWS, SageMaker, BigQuery
    "database",  # relational / NoSQL / search stores: PostgreSQL, Redis
    "vector_store",  # vector databases and ANN libraries: pgvector, FAISS, Qdrant
    "llm_tool",  # LLM application, eval and guardrail tooling: LangChain, Ragas
    "model",  # named model families: Llama, GPT-4, BERT
    "infra",  # containers, IaC, CI/CD, observability: Docker, Terraform
    "method",  # techniques and fields: RAG, LoRA, causal inference, NLP
    "practice",  # ways of working: MLOps, experiment tracking, code review
    "domain",  # industries: healthcare, finance
    "soft_skill",  # stakeholder communication, mentoring
    "tool",  # other software: Git, Jupyter, Excel, Tableau
)


@dataclass(frozen=True, slots=True)
class Skill:
    """One skill, tool, method, domain or practice, as hand-curated in ``data/*.yaml``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    specialisms: tuple[str, ...]
    family_weights: Mapping[str, float]
    parents: tuple[str, ...]
    ambiguous: bool
    esco_ids: tuple[str, ...]
    onet_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SkillHit:
    """A mention of ``skill_id`` at ``text[start:end]`` of the text given to ``find``."""

    skill_id: str
    start: int
    end: int


_new = object.__new__
_set_skill_id = SkillHit.__dict__["skill_id"].__set__
_set_start = SkillHit.__dict__["start"].__set__
_set_end = SkillHit.__dict__["end"].__set__


def make_hit(skill_id: str, start: int, end: int) -> SkillHit:
    """``SkillHit(skill_id, start, end)`` at half the cost (``find`` makes hundreds per CV).

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; setting
    the slots directly does the same work without the Python-level call. ``SkillHit`` has no
    ``__post_init__``; a test checks that both ways give equal objects.
    """
    hit: SkillHit = _new(SkillHit)
    _set_skill_id(hit, skill_id)
    _set_start(hit, start)
    _set_end(hit, end)
    return hit
