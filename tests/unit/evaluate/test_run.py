"""``evaluate`` end to end on a tiny graded set built in tmp_path, and its presentations."""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from shortlist.evaluate import (
    BriefInput,
    CVInput,
    EvalReport,
    evaluate,
    metric_names,
    read_grades,
    read_groups,
    render_report,
    report_dict,
)

CVS = ["amara-okafor", "lukas-brandt", "marcus-johnson", "elena-popescu", "mohammed-al-sayed"]
GRADES = {
    "mlops-platform": {
        "amara-okafor": 3,
        "lukas-brandt": 3,
        "mohammed-al-sayed": 1,
        "marcus-johnson": 1,
        "elena-popescu": 0,
    },
    "ml-data-scientist": {
        "amara-okafor": 0,
        "lukas-brandt": 0,
        "mohammed-al-sayed": 0,
        "marcus-johnson": 0,
        "elena-popescu": 1,
    },
}


def _dev_set(root: Path, examples: Path) -> tuple[Path, Path, Path]:
    (root / "briefs").mkdir()
    (root / "cvs").mkdir()
    for brief in GRADES:
        shutil.copy(examples / "briefs" / f"{brief}.md", root / "briefs")
    for cv in CVS:
        shutil.copy(examples / "cvs" / f"{cv}.md", root / "cvs")
    rows = ["brief_id,cv_id,grade"]
    rows += [f"{b},{c},{g}" for b, cvs in GRADES.items() for c, g in cvs.items()]
    (root / "grades.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root / "grades.csv", root / "briefs", root / "cvs"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> EvalReport:
    paths = _dev_set(tmp_path_factory.mktemp("dev"), examples)
    return evaluate(*paths, n_boot=200, n_perm=500, soup_cvs=["mohammed-al-sayed"])


def test_every_scorer_gets_every_metric_with_an_interval(report: EvalReport) -> None:
    assert report.scorers == ("shortlist", "tfidf", "bm25", "keyword_rate")
    assert report.briefs == ("ml-data-scientist", "mlops-platform")
    for scorer in report.scorers:
        assert [m.name for m in report.metrics[scorer]] == metric_names((5, 10))
        for m in report.metrics[scorer]:
            assert m.low - 1e-9 <= m.value <= m.high + 1e-9, (scorer, m)
            assert set(m.per_brief) == set(report.briefs)


def test_shortlist_is_tested_against_each_baseline_on_both_units(report: EvalReport) -> None:
    assert {(t.b, t.unit) for t in report.tests} == {
        (b, u) for b in ("tfidf", "bm25", "keyword_rate") for u in ("brief", "pair")
    }
    pair_tests = [t for t in report.tests if t.unit == "pair"]
    # 2 briefs: mlops has 8 differently-graded pairs, data science 4
    assert all(t.n_units == 12 for t in pair_tests)
    assert all(0.0 < t.p_value <= 1.0 for t in report.tests)


def test_soup_named_in_the_call_is_checked_against_grade_three_cvs(report: EvalReport) -> None:
    assert "mohammed-al-sayed" in report.soup_cvs
    for violations in report.soup_violations.values():
        for v in violations:
            assert v.soup_cv in report.soup_cvs
            assert report.grades[v.brief_id][v.rich_cv] == 3
            assert v.soup_score > v.rich_score


def test_the_report_renders_and_serialises(report: EvalReport) -> None:
    text = render_report(report)
    assert "ndcg@10" in text and "vs keyword_rate" in text and "p=" in text
    data = json.loads(json.dumps(report_dict(report), allow_nan=False))
    assert data["metrics"]["shortlist"]["pairwise"]["unit"] == "pair"
    assert set(data["scores"]) == set(report.scorers)


def test_evaluation_is_deterministic(report: EvalReport, tmp_path: Path, examples: Path) -> None:
    again = evaluate(
        *_dev_set(tmp_path, examples), n_boot=200, n_perm=500, soup_cvs=["mohammed-al-sayed"]
    )
    assert report_dict(again) == report_dict(report)


def test_custom_scorers_and_an_oracle(tmp_path: Path, examples: Path) -> None:
    grades_csv, briefs, cvs = _dev_set(tmp_path, examples)
    grades = read_grades(grades_csv)

    def oracle(brief: BriefInput, pool: Mapping[str, CVInput]) -> Mapping[str, float]:
        return {cv: float(grades[brief.id][cv]) + 0.01 * len(cv) for cv in pool}

    def flat(brief: BriefInput, pool: Mapping[str, CVInput]) -> Mapping[str, float]:
        return dict.fromkeys(pool, 0.0)

    rep = evaluate(
        grades_csv,
        briefs,
        cvs,
        scorers={"oracle": oracle, "flat": flat},
        primary="oracle",
        n_boot=100,
        n_perm=200,
    )
    assert rep.metric("oracle", "ndcg@5").value == pytest.approx(1.0)
    assert rep.metric("oracle", "pairwise").value == 1.0
    assert rep.metric("flat", "pairwise").value == 0.5  # every pair tied
    assert rep.test("flat", "pairwise").mean_diff == pytest.approx(0.5)
    assert rep.test("flat", "pairwise").p_value < 0.01
    with pytest.raises(ValueError, match="primary"):
        evaluate(grades_csv, briefs, cvs, scorers={"flat": flat})


def test_unreadable_and_ungraded_files_are_reported(tmp_path: Path, examples: Path) -> None:
    grades_csv, briefs, cvs = _dev_set(tmp_path, examples)
    (cvs / "elena-popescu.md").write_bytes(b"")
    (cvs / "extra.md").write_text("# Someone\n", encoding="utf-8")
    rep = evaluate(grades_csv, briefs, cvs, n_boot=50, n_perm=50)
    assert [Path(e.path).stem for e in rep.errors] == ["elena-popescu"]
    assert rep.ungraded == ("extra",)
    assert all(math.isinf(rep.scores[s]["mlops-platform"]["elena-popescu"]) for s in rep.scorers)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("brief,cv,grade\nb,c,1\n", "header"),
        ("brief_id,cv_id,grade\nb,c,4\n", "grade 0–3"),
        ("brief_id,cv_id,grade\nb,c,x\n", "is not 0–3"),
        ("brief_id,cv_id,grade\nb,c,1\nb,c,2\n", "graded twice"),
        ("brief_id,cv_id,grade\n", "no grades"),
    ],
)
def test_malformed_grades_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "grades.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_grades(path)


def test_a_graded_file_that_is_missing_is_an_error(tmp_path: Path, examples: Path) -> None:
    grades_csv, briefs, cvs = _dev_set(tmp_path, examples)
    (cvs / "lukas-brandt.md").unlink()
    with pytest.raises(ValueError, match="lukas-brandt"):
        evaluate(grades_csv, briefs, cvs, n_boot=10, n_perm=10)


def test_briefs_only_restricts_the_run_to_those_briefs_with_the_same_results(
    tmp_path: Path, examples: Path, report: EvalReport
) -> None:
    paths = _dev_set(tmp_path, examples)
    one = evaluate(*paths, n_boot=200, n_perm=500, briefs_only=["mlops-platform"])
    assert one.briefs == ("mlops-platform",)
    assert one.scores["shortlist"]["mlops-platform"] == report.scores["shortlist"]["mlops-platform"]
    with pytest.raises(ValueError, match="not graded"):
        evaluate(*paths, n_boot=200, n_perm=500, briefs_only=["no-such-brief"])
    with pytest.raises(ValueError, match="no brief"):
        evaluate(*paths, n_boot=200, n_perm=500, briefs_only=[])


def test_read_groups_reads_members_in_order_and_rejects_malformed_files(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_text("brief_id,group\na,tuning\nb,held-out\nc,held-out\na,all\n", encoding="utf-8")
    assert read_groups(path) == {"tuning": ("a",), "held-out": ("b", "c"), "all": ("a",)}
    for bad in ("brief,group\na,x\n", "brief_id,group\na,\n", "brief_id,group\na,x\na,x\n"):
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(ValueError):
            read_groups(path)
    with pytest.raises(ValueError, match="cannot read"):
        read_groups(tmp_path / "missing.csv")


def test_the_dev_set_groups_cover_every_graded_brief_once(examples: Path) -> None:
    groups = read_groups(examples / "dev" / "groups.csv")
    members = [b for g in groups.values() for b in g]
    assert sorted(members) == sorted(read_grades(examples / "dev" / "grades.csv"))
    assert len(members) == len(set(members))


def test_a_brief_that_names_no_skill_is_an_error_naming_the_brief(
    tmp_path: Path, examples: Path
) -> None:
    grades_csv, briefs, cvs = _dev_set(tmp_path, examples)
    (briefs / "mlops-platform.md").write_text("# A job\n\nWe are a friendly team.\n", "utf-8")
    with pytest.raises(ValueError, match=r"brief mlops-platform: .*names no skill"):
        evaluate(grades_csv, briefs, cvs, n_boot=10, n_perm=10)
