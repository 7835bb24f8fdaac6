"""The ``Taxonomy`` interface: lookup, hierarchy, search, loading and validation."""

from __future__ import annotations

import pytest

import shortlist.taxonomy as taxonomy_module
from shortlist.taxonomy import Skill, Taxonomy, TaxonomyDataError, load_taxonomy


def test_all_is_complete() -> None:
    public = {n for n in dir(taxonomy_module) if not n.startswith("_")}
    assert set(taxonomy_module.__all__) == public - {"annotations"}


def test_load_taxonomy_is_cached() -> None:
    assert load_taxonomy() is load_taxonomy()


def test_get_returns_the_skill() -> None:
    skill = load_taxonomy().get("pytorch")
    assert isinstance(skill, Skill)
    assert skill.name == "PyTorch"
    assert skill.category == "framework"
    assert skill.family_weights["research"] == 1.0
    assert "pytorh" in skill.aliases


def test_get_unknown_id_raises() -> None:
    with pytest.raises(KeyError, match="no_such_skill"):
        load_taxonomy().get("no_such_skill")


def test_family_weights_read_as_designed() -> None:
    t = load_taxonomy()
    assert t.get("kubeflow").family_weights["mlops"] == 1.0
    assert t.get("kubeflow").family_weights["applied_ml"] == 0.6
    assert t.get("langchain").family_weights["applied_ai"] == 1.0
    assert t.get("causal_inference").family_weights["data_science"] == 1.0
    assert t.get("jax").family_weights["research"] == 0.9


def test_descendants_include_the_skill_and_everything_below() -> None:
    t = load_taxonomy()
    vector = t.descendants("vector_search")
    assert {"vector_search", "pgvector", "faiss", "qdrant", "pinecone", "chroma"} <= vector
    aws = t.descendants("aws")
    assert {"aws", "aws_sagemaker", "sagemaker_pipelines", "aws_s3", "aws_bedrock"} <= aws
    assert "vertex_ai" not in aws
    assert t.descendants("vertex_ai") >= {"vertex_ai_pipelines", "vertex_ai_feature_store"}
    assert t.descendants("pgvector") == frozenset({"pgvector"})


def test_ancestors() -> None:
    assert {"vertex_ai", "gcp", "cloud_computing"} <= load_taxonomy().ancestors(
        "vertex_ai_pipelines"
    )


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("pytorch", "pytorch"),
        ("PyTorch", "pytorch"),
        ("sagemaker", "aws_sagemaker"),
        ("k8s", "kubernetes"),
        ("vertex ai pipe", "vertex_ai_pipelines"),
        ("r_lang", "r_lang"),
        ("langch", "langchain"),
    ],
)
def test_search_ranks_the_obvious_answer_first(query: str, first: str) -> None:
    assert load_taxonomy().search(query)[0].id == first


def test_search_limit_and_empty_query() -> None:
    t = load_taxonomy()
    assert len(t.search("a", limit=5)) == 5
    assert t.search("") == []
    assert t.search("zzzzzz-nothing") == []


_GOOD = """
- {id: parent_skill, name: Parent, category: method, weights: [0, 0, 0, 0, 1]}
- {id: child_skill, name: Child Tool, category: library, weights: [0, 1, 0, 0, 0],
   aliases: [childtool], parents: [parent_skill]}
"""


def test_from_yaml_builds_a_small_taxonomy() -> None:
    t = Taxonomy.from_yaml(_GOOD)
    assert len(t) == 2
    assert [h.skill_id for h in t.find("the childtool and a Parent")] == [
        "child_skill",
        "parent_skill",
    ]
    assert t.descendants("parent_skill") == {"parent_skill", "child_skill"}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            _GOOD + "- {id: child_skill, name: X, category: method, weights: [0,0,0,0,0]}",
            "duplicate skill id",
        ),
        ("- {id: Bad-Id, name: X, category: method, weights: [0,0,0,0,0]}", "snake_case"),
        ("- {id: x, name: X, category: nonsense, weights: [0,0,0,0,0]}", "unknown category"),
        ("- {id: x, name: X, category: method, weights: [0,0,0,2,0]}", "weights"),
        ("- {id: x, name: X, category: method, weights: [0,0,0]}", "weights"),
        (
            "- {id: x, name: X, category: method, weights: [0,0,0,0,0], specialisms: [cooking]}",
            "unknown specialisms",
        ),
        (
            "- {id: x, name: X, category: method, weights: [0,0,0,0,0], parents: [nope]}",
            "unknown parent",
        ),
        ("- {id: x, name: X, category: method, weights: [0,0,0,0,0], colour: red}", "unknown keys"),
        (
            "- {id: a, name: A, category: method, weights: [0,0,0,0,0], parents: [b]}\n"
            "- {id: b, name: B, category: method, weights: [0,0,0,0,0], parents: [a]}",
            "cycle",
        ),
        (
            "- {id: a, name: Same, category: method, weights: [0,0,0,0,0]}\n"
            "- {id: b, name: B, category: method, weights: [0,0,0,0,0], aliases: [same]}",
            "used by both",
        ),
        (
            "- {id: a, name: Copilot, category: method, weights: [0,0,0,0,0]}\n"
            "- {id: b, name: B, category: method, weights: [0,0,0,0,0], aliases: [copilots]}",
            "plural",
        ),
    ],
)
def test_from_yaml_rejects_broken_data(document: str, message: str) -> None:
    with pytest.raises(TaxonomyDataError, match=message):
        Taxonomy.from_yaml(document)


def test_the_fast_hit_constructor_equals_the_dataclass_one() -> None:
    from shortlist.taxonomy._model import SkillHit, make_hit

    fast = make_hit("pytorch", 3, 10)
    assert fast == SkillHit("pytorch", 3, 10)
    assert hash(fast) == hash(SkillHit("pytorch", 3, 10))
    assert repr(fast) == "SkillHit(skill_id='pytorch', start=3, end=10)"
    with pytest.raises(AttributeError):
        fast.start = 4  # type: ignore[misc]
