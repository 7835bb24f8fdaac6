"""Keyword soup: listed-only skills, ordered by how much showing them would help."""

from __future__ import annotations

from collections.abc import Callable

from shortlist.review import review
from shortlist.roles import infer_role
from shortlist.taxonomy import Taxonomy
from shortlist.types import Signals

ReadFn = Callable[[str], Signals]
LINES = ("Built churn models in scikit-learn for the retention team.",)
BRIEF = """# ML Engineer

## Must have

- Kubernetes in production
- Experiment tracking with MLflow

## Nice to have

- Terraform
"""


def test_only_listed_skills_are_soup(read: ReadFn, make_cv: Callable[..., str]) -> None:
    r = review(read(make_cv("", LINES, skills="scikit-learn, Kubernetes, MLflow, Tableau")))
    ids = [s.skill_id for s in r.keyword_soup]
    assert "scikit_learn" not in ids  # a line shows it
    assert {"kubernetes", "mlflow", "tableau"} <= set(ids)
    for s in r.keyword_soup:
        assert s.gain is None and s.requirement is None  # no brief given
        assert "Kubernetes" in s.listed_at.text or s.name in s.listed_at.text


def test_broad_fields_are_not_soup(read: ReadFn, make_cv: Callable[..., str]) -> None:
    r = review(read(make_cv("", LINES, skills="Machine Learning, Artificial Intelligence, Docker")))
    assert [s.skill_id for s in r.keyword_soup] == ["docker"]


def test_without_a_brief_soup_is_ordered_by_fit_to_the_target(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    signals = read(make_cv("", LINES, skills="Tableau, Terraform, Kubernetes, Power BI"))
    mlops = [s.skill_id for s in review(signals, target="mlops").keyword_soup]
    ds = [s.skill_id for s in review(signals, target="data_science").keyword_soup]
    assert mlops.index("kubernetes") < mlops.index("tableau")
    assert ds.index("tableau") < ds.index("kubernetes")
    fits = [s.relevance for s in review(signals, target="mlops").keyword_soup]
    assert fits == sorted(fits, reverse=True)


def test_with_a_brief_must_haves_come_first_with_their_points(
    read: ReadFn, make_cv: Callable[..., str], taxonomy: Taxonomy
) -> None:
    role = infer_role(BRIEF, taxonomy)
    signals = read(make_cv("", LINES, skills="Tableau, Terraform, Kubernetes, MLflow"))
    soup = review(signals, role=role).keyword_soup
    by_id = {s.skill_id: s for s in soup}
    assert by_id["kubernetes"].requirement == "must"
    assert by_id["terraform"].requirement == "nice"
    assert by_id["tableau"].requirement is None
    assert by_id["kubernetes"].gain is not None and by_id["kubernetes"].gain > 0
    assert by_id["kubernetes"].gain > (by_id["terraform"].gain or 0.0) > 0
    assert by_id["tableau"].gain == 0.0
    gains = [s.gain or 0.0 for s in soup]
    assert gains == sorted(gains, reverse=True)
