"""Behaviour of ``Taxonomy.find``: boundaries, leftmost-longest, case, Unicode, context rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shortlist.taxonomy import SkillHit, load_taxonomy


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.skill_id, text[h.start : h.end]) for h in load_taxonomy().find(text)]


def _ids(text: str) -> set[str]:
    return {h.skill_id for h in load_taxonomy().find(text)}


# ── ambiguous words: (text, skill id, expected surface) must be found ────────────────────────

POSITIVES = [
    # R
    ("Languages: Python, R, SQL", "r_lang", "R"),
    ("Built forecasting models in R and Python.", "r_lang", "R"),
    ("R (tidyverse, ggplot2) for the analysis", "r_lang", "R"),
    ("Skills: R", "r_lang", "R"),
    ("Python/R", "r_lang", "R"),
    ("wrote R packages for survey weighting", "r_lang", "R"),
    ("RStudio and Shiny dashboards", "r_lang", "RStudio"),
    # Go
    ("Python, Go, Rust", "go_lang", "Go"),
    ("Rewrote the feature service in Go, cutting p99 by 40%", "go_lang", "Go"),
    ("Go microservices behind gRPC", "go_lang", "Go"),
    ("Golang", "go_lang", "Golang"),
    ("Tech stack: Go", "go_lang", "Go"),
    # C
    ("C/C++ and CUDA", "c_lang", "C"),
    ("embedded C on microcontrollers", "c_lang", "embedded C"),
    ("firmware in C on ARM", "c_lang", "C"),
    ("Python, C, Java", "c_lang", "C"),
    ("wrote C extensions for NumPy", "c_lang", "C"),
    # Ray
    ("Ray Serve for online inference", "ray_serve", "Ray Serve"),
    ("Ray Train and Ray Tune", "ray_train", "Ray Train"),
    ("distributed preprocessing on Ray", "ray", "Ray"),
    ("scaled batch inference with Ray on Kubernetes", "ray", "Ray"),
    ("Dask, Ray, Spark", "ray", "Ray"),
    ("Ray cluster on EKS", "ray", "Ray cluster"),
    # Spark / Airflow (capitalised is enough)
    ("Spark jobs over 4 TB a day", "spark", "Spark jobs"),
    ("ETL in Spark", "spark", "Spark"),
    ("Apache Spark", "spark", "Apache Spark"),
    ("PySpark", "pyspark", "PySpark"),
    ("Airflow DAGs for retraining", "airflow", "Airflow DAGs"),
    ("orchestrated with Airflow", "airflow", "Airflow"),
    ("apache airflow", "airflow", "apache airflow"),
    # Julia / Rust
    ("Programming languages: Julia, Python", "julia_lang", "Julia"),
    ("ODE solvers in Julia (DifferentialEquations.jl)", "julia_lang", "Julia"),
    ("Rust, Go, Python", "rust_lang", "Rust"),
    ("tokenizer rewritten in Rust with PyO3 bindings", "rust_lang", "Rust"),
    ("Rust crates for fast parsing", "rust_lang", "Rust"),
    # Triton: server vs kernel language
    ("served the ensemble on Triton with dynamic batching", "triton_inference_server", "Triton"),
    ("NVIDIA Triton", "triton_inference_server", "NVIDIA Triton"),
    ("Triton Inference Server", "triton_inference_server", "Triton Inference Server"),
    ("TorchServe, Triton, KServe", "triton_inference_server", "Triton"),
    ("wrote fused Triton kernels for attention", "openai_triton", "Triton kernels"),
    ("custom GPU code in Triton replacing CUDA", "openai_triton", "Triton"),
    ("OpenAI Triton", "openai_triton", "OpenAI Triton"),
    # other guarded words
    ("Apache Beam pipelines on Dataflow", "apache_beam", "Apache Beam"),
    ("wrote Beam transforms in Python", "apache_beam", "Beam"),
    ("prompted Claude and GPT-4 for extraction", "claude", "Claude"),
    ("fine-tuned Llama 3 with LoRA", "llama", "Llama 3"),
    ("Llama, Mistral, Qwen", "mistral", "Mistral"),
    ("tracked runs in Neptune and MLflow", "neptune_ai", "Neptune"),
    ("Feast feature store", "feast", "Feast feature store"),
    ("Chroma, FAISS", "chroma", "Chroma"),
    ("Evidently AI", "evidently", "Evidently AI"),
    ("Bedrock with Claude for RAG", "aws_bedrock", "Bedrock"),
    ("Glue jobs feeding Athena", "aws_glue", "Glue jobs"),
    ("Lambda functions on S3 events", "aws_lambda", "Lambda functions"),
    ("Polars instead of pandas", "polars", "Polars"),
    ("SHAP and LIME for explainability", "lime", "LIME"),
    ("EMR, Glue, Redshift", "aws_emr", "EMR"),
]

NEGATIVES = [
    ("Research assistant; good communication", "r_lang"),
    ("R&D engineer in an R&D lab", "r_lang"),
    ("R-squared of 0.93", "r_lang"),
    ("Series R funding", "r_lang"),
    ("I want to go home", "go_lang"),
    ("Go to market plan; go-live in March", "go_lang"),
    ("Go-to person for on-call", "go_lang"),
    ("Let's Go", "go_lang"),
    ("C-suite stakeholders", "c_lang"),
    ("Raised a Series C round", "c_lang"),
    ("grade C in chemistry; vitamin C", "c_lang"),
    ("Intel(C) compiler", "c_lang"),
    ("met Ray Dalio at a conference", "ray"),
    ("Mr Ray reviewed my thesis", "ray"),
    ("Ray's team", "ray"),
    ("a ray of light; X-ray imaging", "ray"),
    ("the spark that started it", "spark"),
    ("airflow in the data centre", "airflow"),
    ("Julia Roberts", "julia_lang"),
    ("Julia, Ray", "julia_lang"),
    ("Julia's project", "julia_lang"),
    ("Managed by Julia in London", "julia_lang"),
    ("rust on old pipes", "rust_lang"),
    ("Rust Belt manufacturing", "rust_lang"),
    ("Triton was the Greek god of the sea", "triton_inference_server"),
    ("Triton was the Greek god of the sea", "openai_triton"),
    ("a beam of light", "apache_beam"),
    ("Claude Shannon's information theory", "claude"),
    ("llama farm", "llama"),
    ("Neptune is a planet", "neptune_ai"),
    ("a wedding feast", "feast"),
    ("Evidently, the results improved", "evidently"),
    ("the bedrock of our culture", "aws_bedrock"),
    ("glue code between services", "aws_glue"),
    ("lime and soda", "lime"),
    ("EMR notes from hospitals", "aws_emr"),
]


@pytest.mark.parametrize(("text", "skill_id", "surface"), POSITIVES)
def test_ambiguous_words_are_found_in_context(text: str, skill_id: str, surface: str) -> None:
    assert (skill_id, surface) in _found(text)


@pytest.mark.parametrize(("text", "skill_id"), NEGATIVES)
def test_ambiguous_words_are_not_found_out_of_context(text: str, skill_id: str) -> None:
    assert skill_id not in _ids(text)


# ── boundaries and punctuation ────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++, C# and C", [("cpp", "C++"), ("csharp", "C#"), ("c_lang", "C")]),
        ("scikit-learn", [("scikit_learn", "scikit-learn")]),
        ("sklearn", [("scikit_learn", "sklearn")]),
        ("Node.js", [("nodejs", "Node.js")]),
        (".NET", [("dotnet", ".NET")]),
        ("CI/CD", [("ci_cd", "CI/CD")]),
        ("A/B testing", [("ab_testing", "A/B testing")]),
        ("Weights & Biases", [("wandb", "Weights & Biases")]),
        ("W&B", [("wandb", "W&B")]),
        ("llama.cpp", [("llama_cpp", "llama.cpp")]),
        ("PyTorch's autograd", [("pytorch", "PyTorch")]),
        ("(PyTorch)", [("pytorch", "PyTorch")]),
    ],
)
def test_punctuation_inside_and_around_surfaces(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pytorchx",
        "xpytorch",
        "torchvisionary",
        "snake_case_pytorch",
        "mlflow_tracking",
        "kafkaesque",
    ],
)
def test_no_match_inside_a_word(text: str) -> None:
    assert _found(text) == []


def test_go_is_not_found_inside_words() -> None:
    assert _ids("good, going, ago, cargo, Google, algorithm") == set()


def test_leftmost_longest() -> None:
    assert _found("Vertex AI Pipelines") == [("vertex_ai_pipelines", "Vertex AI Pipelines")]
    assert _found("Vertex AI") == [("vertex_ai", "Vertex AI")]
    assert _found("Hugging Face Transformers") == [("hf_transformers", "Hugging Face Transformers")]
    assert _found("Kubeflow Pipelines") == [("kubeflow_pipelines", "Kubeflow Pipelines")]
    assert _found("SageMaker Pipelines and SageMaker") == [
        ("sagemaker_pipelines", "SageMaker Pipelines"),
        ("aws_sagemaker", "SageMaker"),
    ]


def test_a_longer_surface_that_fails_its_boundary_gives_way_to_a_shorter_one() -> None:
    assert _found("Vertex AI Pipelinesque") == [("vertex_ai", "Vertex AI")]


def test_case_insensitive_for_plain_surfaces() -> None:
    for text in ("pytorch", "PyTorch", "PYTORCH", "Pytorch"):
        assert _found(text) == [("pytorch", text)]


def test_cased_surfaces_need_their_case() -> None:
    assert _found("ML") == [("machine_learning", "ML")]
    assert _found("ml") == []
    assert _found("RL") == [("reinforcement_learning", "RL")]
    assert _found("rl") == []
    assert "spark" not in _ids("spark")


def test_misspellings_and_abbreviations() -> None:
    assert _ids("pytorh, tensorlfow, k8s, sklearn, hf transformers") == {
        "pytorch",
        "tensorflow",
        "kubernetes",
        "scikit_learn",
        "hf_transformers",
    }


def test_plurals_are_matched_and_covered() -> None:
    assert _found("LLMs and GNNs") == [("llm", "LLMs"), ("graph_neural_networks", "GNNs")]
    assert _found("trained rerankers") == [("rerankers", "rerankers")]


def test_multiword_surfaces_match_across_a_line_break_and_with_hyphens() -> None:
    assert _found("time series\nforecasting") == [
        ("time_series_forecasting", "time series\nforecasting")
    ]
    assert _found("fine tuning") == [("fine_tuning", "fine tuning")]
    assert _found("fine-tuning") == [("fine_tuning", "fine-tuning")]


def test_cv_section_headings_are_not_skills() -> None:
    assert _found("Education\nExperience\nSkills\nInterests") == []


# ── offsets and Unicode ───────────────────────────────────────────────────────────────────


def test_offsets_index_the_original_text() -> None:
    text = "Used PyTorch and Kubeflow Pipelines on GKE."
    hits = load_taxonomy().find(text)
    assert [text[h.start : h.end] for h in hits] == ["PyTorch", "Kubeflow Pipelines", "GKE"]
    assert hits[0] == SkillHit("pytorch", 5, 12)


def test_unicode_that_lengthens_when_lower_cased_keeps_offsets() -> None:
    # "İ".lower() is two characters; offsets after it must still index the original
    text = "İİİ İstanbul — PyTorch, Kubernetes"
    assert _found(text) == [("pytorch", "PyTorch"), ("kubernetes", "Kubernetes")]


def test_unicode_spaces_dashes_and_quotes() -> None:
    text = "fine\u2011tuning with Ray\u00a0Serve; PyTorch\u2019s API"
    assert _found(text) == [
        ("fine_tuning", "fine\u2011tuning"),
        ("ray_serve", "Ray\u00a0Serve"),
        ("pytorch", "PyTorch"),
    ]


def test_non_latin_text_next_to_skills() -> None:
    text = "熟悉PyTorch和Docker。Опыт: Kubernetes, MLflow"
    assert ("docker", "Docker") in _found(text) or _ids(text) >= {"kubernetes", "mlflow"}
    assert {"kubernetes", "mlflow"} <= _ids(text)


def test_empty_text() -> None:
    assert load_taxonomy().find("") == []


# ── properties ────────────────────────────────────────────────────────────────────────────


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_hits_are_in_range_sorted_and_disjoint(text: str) -> None:
    hits = load_taxonomy().find(text)
    previous_end = 0
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.start >= previous_end
        previous_end = hit.end


_SURFACES = sorted(
    {
        (s.id, s.name)
        for s in load_taxonomy().skills.values()
        if not s.ambiguous and s.name.isascii() and len(s.name) >= 3
    }
)
_FILLER = st.lists(
    st.sampled_from(["lorem", "ipsum", "dolor", "42", "sit", "amet", "—", "&&", "est"]),
    max_size=6,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_SURFACES), _FILLER, _FILLER)
def test_a_surface_inserted_into_unrelated_text_is_found(
    surface: tuple[str, str], before: str, after: str
) -> None:
    skill_id, name = surface
    text = f"{before} {name} {after}"
    start = len(before) + 1
    assert SkillHit(skill_id, start, start + len(name)) in load_taxonomy().find(text)
