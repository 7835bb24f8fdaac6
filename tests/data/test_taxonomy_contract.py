"""Contract of the packaged skills taxonomy: the data must keep to its schema."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from shortlist.taxonomy import (
    CATEGORIES,
    FAMILY_KEYS,
    SHARED_SURFACES,
    SPECIALISM_KEYS,
    load_taxonomy,
)
from shortlist.taxonomy._matcher import surface_variants
from shortlist.taxonomy._rules import RULES
from shortlist.types import FAMILIES, SPECIALISMS

_MUST_COVER_TEXT = """
pytorch tensorflow jax keras scikit_learn xgboost lightgbm catboost hugging_face hf_transformers
hf_datasets hf_peft hf_trl hf_accelerate kubeflow kubeflow_pipelines mlflow wandb neptune_ai
comet_ml dvc vertex_ai vertex_ai_pipelines vertex_ai_feature_store aws_sagemaker
sagemaker_pipelines sagemaker_endpoints azure_ml aws_bedrock feast tecton evidently whylabs arize
great_expectations airflow dagster prefect argo_workflows ray ray_serve ray_train ray_tune ray_data
triton_inference_server openai_triton vllm tgi torchserve bentoml kserve seldon onnx onnx_runtime
tensorrt openvino tflite coreml quantisation pruning distillation docker kubernetes helm terraform
github_actions jenkins gitlab_ci argocd prometheus grafana opentelemetry aws gcp azure aws_s3
aws_ec2 aws_lambda aws_eks gcp_gke azure_aks gcp_bigquery gcp_dataflow aws_redshift aws_glue
aws_emr spark pyspark kafka flink apache_beam dbt snowflake databricks delta_lake iceberg
postgresql redis elasticsearch opensearch pgvector faiss milvus pinecone weaviate qdrant chroma
vector_search langchain langgraph llamaindex dspy haystack openai_api anthropic_api rag
embeddings rerankers prompt_engineering fine_tuning llm_fine_tuning lora qlora rlhf dpo
promptfoo braintrust ragas deepeval langsmith guardrails nemo_guardrails guardrails_ai
llm_evaluation red_teaming interpretability ab_testing causal_inference uplift_modelling
bayesian_methods time_series_forecasting recommender_systems computer_vision nlp
speech_processing reinforcement_learning graph_neural_networks anomaly_detection fraud_detection
credit_risk_modelling statistics sql python r_lang scala java go_lang cpp rust_lang julia_lang
cuda deepspeed fsdp megatron_lm distributed_training experiment_tracking feature_store
model_registry ci_cd_for_ml model_monitoring data_drift data_versioning data_quality mlops llmops
healthcare finance legal manufacturing ecommerce adtech insurance stakeholder_communication
mentoring technical_writing
"""
MUST_COVER = re.findall(r"\S+", _MUST_COVER_TEXT)

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_ESCO = re.compile(r"^http://data\.europa\.eu/esco/skill/[0-9a-f-]{36}$")
_ONET = re.compile(r"^\d{8}:\S.*$")


def _documents() -> dict[str, str]:
    folder = resources.files("shortlist.taxonomy").joinpath("data")
    return {
        e.name: e.read_text(encoding="utf-8") for e in folder.iterdir() if e.name.endswith(".yaml")
    }


def _records() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for text in _documents().values():
        out.extend(yaml.safe_load(text))
    return out


def test_at_least_500_skills() -> None:
    assert len(load_taxonomy()) >= 500


def test_ids_are_unique_and_snake_case() -> None:
    ids = [str(r["id"]) for r in _records()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not _SNAKE.match(i)] == []


@pytest.mark.parametrize("skill_id", MUST_COVER)
def test_must_cover_skill_is_present(skill_id: str) -> None:
    assert skill_id in load_taxonomy().skills


def test_every_surface_belongs_to_one_skill_unless_documented() -> None:
    owners: dict[str, set[str]] = {}
    for skill in load_taxonomy().skills.values():
        for surface in (skill.name, *skill.aliases):
            for variant in surface_variants(surface):
                owners.setdefault(variant.lower(), set()).add(skill.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert set(shared) <= set(SHARED_SURFACES)
    plurals = {
        k: (v, owners[k + "s"])
        for k, v in owners.items()
        if k + "s" in owners and owners[k + "s"] != v and k not in SHARED_SURFACES
    }
    assert plurals == {}


def test_shared_surfaces_are_really_shared_and_explained() -> None:
    owners: dict[str, set[str]] = {}
    for skill in load_taxonomy().skills.values():
        for surface in (skill.name, *skill.aliases):
            owners.setdefault(surface.lower(), set()).add(skill.id)
    for surface, reason in SHARED_SURFACES.items():
        assert len(owners[surface]) > 1
        assert len(reason) > 20


def test_categories_and_specialisms_come_from_the_allowed_sets() -> None:
    assert set(SPECIALISM_KEYS) == set(SPECIALISMS)
    for skill in load_taxonomy().skills.values():
        assert skill.category in CATEGORIES, skill.id
        assert set(skill.specialisms) <= set(SPECIALISM_KEYS), skill.id
        assert len(set(skill.specialisms)) == len(skill.specialisms), skill.id


def test_family_weights_have_the_five_families_in_range() -> None:
    assert set(FAMILY_KEYS) == set(FAMILIES) - {"other"}
    for skill in load_taxonomy().skills.values():
        assert set(skill.family_weights) == set(FAMILY_KEYS), skill.id
        assert all(0.0 <= w <= 1.0 for w in skill.family_weights.values()), skill.id


def test_every_skill_indicates_some_family_except_spoken_languages() -> None:
    silent = [s.id for s in load_taxonomy().skills.values() if max(s.family_weights.values()) == 0]
    assert silent == ["languages_spoken"]


def test_parents_exist_and_form_no_cycle() -> None:
    taxonomy = load_taxonomy()
    for skill in taxonomy.skills.values():
        for parent in skill.parents:
            assert parent in taxonomy.skills, (skill.id, parent)
        assert skill.id not in taxonomy.ancestors(skill.id)


def test_ambiguous_flag_matches_guarded_or_cased_surfaces() -> None:
    taxonomy = load_taxonomy()
    for skill_id in RULES:
        skill = taxonomy.get(skill_id)
        assert skill.ambiguous
        assert any(taxonomy.is_guarded(skill_id, a) for a in (skill.name, *skill.aliases))


def test_the_brief_s_ambiguous_words_are_flagged() -> None:
    taxonomy = load_taxonomy()
    for skill_id in (
        "r_lang",
        "go_lang",
        "c_lang",
        "ray",
        "spark",
        "airflow",
        "julia_lang",
        "rust_lang",
        "triton_inference_server",
        "openai_triton",
    ):
        assert taxonomy.get(skill_id).ambiguous, skill_id
    for skill_id in ("keras", "pytorch", "kubeflow"):
        assert not taxonomy.get(skill_id).ambiguous, skill_id


def test_external_ids_are_well_formed() -> None:
    for skill in load_taxonomy().skills.values():
        assert all(_ESCO.match(i) for i in skill.esco_ids), skill.id
        assert all(_ONET.match(i) for i in skill.onet_ids), skill.id


def test_external_ids_exist_in_the_source_files() -> None:
    esco_path = "/work/shared/data/taxonomies/esco_skills.csv"
    onet_path = "/work/shared/data/taxonomies/onet_technology_skills.tsv"
    try:
        with open(esco_path, encoding="utf-8") as f:  # noqa: PTH123
            esco = {line.split(",", 1)[0] for line in f}
        with open(onet_path, encoding="utf-8") as f:  # noqa: PTH123
            rows = [line.split("\t") for line in f]
        onet = {f"{cols[2]}:{cols[1]}" for cols in rows if len(cols) > 3}
    except FileNotFoundError:
        pytest.skip("the ESCO / O*NET source files are not on this machine")
    attached = 0
    for skill in load_taxonomy().skills.values():
        assert set(skill.esco_ids) <= esco, skill.id
        assert set(skill.onet_ids) <= onet, skill.id
        attached += bool(skill.esco_ids or skill.onet_ids)
    assert attached >= 30


def test_every_data_file_carries_its_provenance_note() -> None:
    for name, text in _documents().items():
        head = text[:1500]
        assert "CC BY 4.0" in head and "ESCO" in head and "O*NET" in head, name


def test_records_use_only_known_keys() -> None:
    known = {
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
    for record in _records():
        assert set(record) <= known, record["id"]
