"""Reading briefs: sections, alternatives, bracketed examples, prose fallbacks."""

from __future__ import annotations

import pytest

from shortlist.errors import RoleError
from shortlist.roles import infer_role
from shortlist.taxonomy import load_taxonomy

TAX = load_taxonomy()


def _labels(reqs: tuple[object, ...]) -> list[str]:
    return [r.label for r in reqs]  # type: ignore[attr-defined]


def test_must_and_nice_sections_and_inline_cues() -> None:
    role = infer_role(
        "# Senior MLOps Engineer\n\n## Requirements\n- Kubernetes and Terraform\n"
        "- Great Expectations is a plus\n\n## Nice to have\n- Dagster\n",
        TAX,
    )
    assert role.family == "mlops" and role.seniority == "senior"
    assert _labels(role.must) == ["Kubernetes", "Terraform"]
    assert {"Great Expectations", "Dagster"} <= set(_labels(role.nice))


def test_a_nice_cue_makes_only_its_own_clause_optional() -> None:
    role = infer_role(
        "## Must have\n- Apache Spark or Flink; Kafka is a plus\n"
        "- Dense retrieval with embeddings and Elasticsearch, ideally combined into a hybrid\n",
        TAX,
    )
    must, nice = _labels(role.must), _labels(role.nice)
    assert any("Apache Spark" in label for label in must)
    assert any("Elasticsearch" in label for label in must)
    assert any("Kafka" in label for label in nice)
    assert not any("Kafka" in label for label in must)


def test_a_broad_requirement_does_not_swallow_narrower_ones_after_it() -> None:
    role = infer_role(
        "## Must have\n- 3+ years of machine learning in production\n"
        "- Elasticsearch and re-rankers\n- Docker or Kubernetes\n- Kubernetes\n",
        TAX,
    )
    labels = _labels(role.must)
    assert labels[0] == "machine learning"
    assert "Elasticsearch" in labels and "rerankers" in labels
    # a repeat of a skill an earlier line already names is dropped
    assert labels.count("Kubernetes") == 0 and "Docker or Kubernetes" in labels


def test_alternatives_and_examples_form_one_requirement() -> None:
    role = infer_role(
        "Requirements:\n- Experiment tracking: MLflow or Weights & Biases\n"
        "- Strong Python (pandas, statsmodels) or R\n",
        TAX,
    )
    first, second = role.must[0], role.must[1]
    assert {"mlflow", "wandb"} <= set(first.skill_ids)
    assert {"python", "pandas", "r_lang"} <= set(second.skill_ids)


def test_concepts_in_brackets_elaborate_and_are_not_requirements() -> None:
    role = infer_role(
        "Must have\n- Kubernetes in production (autoscaling, debugging failing pods)\n", TAX
    )
    assert _labels(role.must) == ["Kubernetes"]


def test_headings_ending_in_a_dash_are_headings() -> None:
    role = infer_role(
        "About us: we build fraud models.\nRequired Skills -\nPyTorch and Kubeflow\n", TAX
    )
    assert {"PyTorch", "Kubeflow"} <= set(_labels(role.must))


def test_prose_without_lists_falls_back_to_every_skill_named() -> None:
    role = infer_role(
        "We are hiring an engineer to build retrieval with pgvector and LangChain, "
        "evaluated with Ragas. LangChain experience matters most.",
        TAX,
    )
    assert _labels(role.must)[0] == "LangChain"
    assert len(role.must) >= 3


def test_a_brief_with_no_known_skill_is_refused() -> None:
    with pytest.raises(RoleError, match="names no skill"):
        infer_role("We are a friendly team. Apply now!", TAX)


def test_seniority_is_the_largest_years_among_the_must_haves() -> None:
    role = infer_role(
        "# Research Scientist\n\n## About us\nFounded 12 years ago.\n\n## Must have\n"
        "- 5+ years of research in machine learning, including 2+ years with LLMs\n- PyTorch\n",
        TAX,
    )
    assert role.seniority == "senior"  # not mid (the 2+), not staff (the company's 12)


def test_seniority_falls_back_to_the_smallest_years_then_to_the_header() -> None:
    prose = infer_role("Data Scientist\n\nWe want 3 years of Python and 6 years of SQL.", TAX)
    assert prose.seniority == "mid"
    header = infer_role(
        "# Machine Learning Engineer\n\n**Acme** · Leeds · Full-time · Mid-level to Senior\n\n"
        "## Must have\n- PyTorch and Docker\n",
        TAX,
    )
    assert header.seniority == "mid"  # the lowest level the header names
    title = infer_role(
        "# Staff ML Engineer\n\n**Acme** · Mid-level\n\n## Must have\n- 3+ years of PyTorch\n", TAX
    )
    assert title.seniority == "staff"  # the title's word wins


def test_domain_is_required_only_when_the_must_haves_ask_for_the_brief_s_sector() -> None:
    sector = (
        "# ML Engineer\n\n## About us\nA hospital group: clinical records, healthcare "
        "analytics, patient care.\n\n"
    )
    asked = infer_role(sector + "## Must have\n- PyTorch\n- Healthcare experience\n", TAX)
    assert asked.domain == "healthcare"
    about_only = infer_role(
        sector + "## Must have\n- PyTorch\n\n## Nice to have\n- EHR data\n", TAX
    )
    assert about_only.domain is None
    passing = infer_role(
        "# ML Engineer\n\n## About us\nAn insurer: insurance claims, insurance pricing.\n\n"
        "## Must have\n- PyTorch\n- Working with legal or clinical colleagues\n",
        TAX,
    )
    assert (
        passing.domain is None
    )  # a must-have names healthcare in passing; the sector is insurance


def test_level_and_domain_read_the_required_clauses_of_the_lines_the_must_haves_came_from() -> None:
    optional = infer_role(
        "# ML Engineer\n\n## About us\nA hospital group: clinical records, healthcare.\n\n"
        "## Must have\n- 3+ years of PyTorch; 8+ years in ML is a plus\n"
        "- Docker, and healthcare experience is a plus\n",
        TAX,
    )
    assert optional.seniority == "mid" and optional.domain is None
    bare = infer_role(
        "ML Engineer\n\nWe are a healthcare company.\n\n- PyTorch\n- Healthcare experience\n", TAX
    )
    assert bare.domain == "healthcare"  # no must heading: the bare list asks for it
    prose = infer_role("A healthcare company needs an ML engineer with PyTorch.", TAX)
    assert prose.domain == "healthcare"


def test_a_years_range_counts_from_its_lower_end() -> None:
    for phrase, level in (("5-8 years", "senior"), ("3 to 5 years", "mid"), ("2–4 yrs", "mid")):
        role = infer_role(f"# ML Engineer\n\n## Must have\n- {phrase} of PyTorch\n", TAX)
        assert role.seniority == level, phrase


def test_only_the_metadata_line_under_the_title_gives_a_level() -> None:
    spaced = infer_role(
        "\n# ML Engineer\n\n**Acme** · Leeds · Full-time · Mid-level to Senior\n\n"
        "## Must have\n- PyTorch\n",
        TAX,
    )
    assert spaced.seniority == "mid"
    prose = infer_role(
        "# ML Engineer\n\nOur staff of 40 mentor junior engineers.\n\n## Must have\n- PyTorch\n",
        TAX,
    )
    assert prose.seniority is None
