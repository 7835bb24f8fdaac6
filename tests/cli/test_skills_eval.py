"""`shortlist skills`, `shortlist taxonomy` and `shortlist eval` through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from shortlist.cli import app

runner = CliRunner()


def test_skills_offsets_point_at_the_text() -> None:
    text = "Served LightGBM on Triton behind KServe; wrote R and Go"
    result = runner.invoke(app, ["skills", "-"], input=text)
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert {m["skill_id"] for m in found} >= {"lightgbm", "kserve"}
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"]


def test_skills_lines_gives_one_array_per_line() -> None:
    result = runner.invoke(app, ["skills", "-", "--lines"], input="PyTorch and JAX\nno tools\n")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [len(r) for r in rows] == [2, 0]
    assert rows[0][1]["start"] == len("PyTorch and ")


def test_skills_reads_a_cv_file(example_cvs: list[Path]) -> None:
    result = runner.invoke(app, ["skills", str(example_cvs[0])])
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_taxonomy_search_and_no_match() -> None:
    result = runner.invoke(app, ["taxonomy", "kubeflow", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"].startswith("kubeflow")
    assert runner.invoke(app, ["taxonomy", "zzzz-no-such-skill"]).exit_code == 1


def test_eval_on_a_tiny_graded_set(tmp_path: Path, examples: Path) -> None:
    briefs, cvs = tmp_path / "briefs", tmp_path / "cvs"
    briefs.mkdir()
    cvs.mkdir()
    brief = "mlops-platform"
    (briefs / f"{brief}.md").write_text(
        (examples / "briefs" / f"{brief}.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    grades = {"amara-okafor": 3, "lukas-brandt": 3, "ana-ribeiro": 0, "olivia-brown": 0}
    for cv in grades:
        (cvs / f"{cv}.md").write_text(
            (examples / "cvs" / f"{cv}.md").read_text(encoding="utf-8"), encoding="utf-8"
        )
    csv = tmp_path / "grades.csv"
    csv.write_text(
        "brief_id,cv_id,grade\n" + "".join(f"{brief},{cv},{g}\n" for cv, g in grades.items()),
        encoding="utf-8",
    )
    args = ["eval", str(csv), str(briefs), str(cvs), "--n-boot", "200", "--n-perm", "200"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert "shortlist" in json.dumps(payload)
    assert (
        runner.invoke(app, ["eval", str(tmp_path / "nope.csv"), str(briefs), str(cvs)]).exit_code
        == 2
    )


def test_eval_group_selects_briefs_from_the_groups_file(tmp_path: Path, examples: Path) -> None:
    briefs, cvs = tmp_path / "briefs", tmp_path / "cvs"
    briefs.mkdir()
    cvs.mkdir()
    rows = ["brief_id,cv_id,grade"]
    for brief in ("mlops-platform", "ml-data-scientist"):
        shutil.copy(examples / "briefs" / f"{brief}.md", briefs)
        for cv, g in (("amara-okafor", 3), ("ana-ribeiro", 2), ("olivia-brown", 0)):
            rows.append(f"{brief},{cv},{g}")
    for cv in ("amara-okafor", "ana-ribeiro", "olivia-brown"):
        shutil.copy(examples / "cvs" / f"{cv}.md", cvs)
    (tmp_path / "grades.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "groups.csv").write_text(
        "brief_id,group\nmlops-platform,ops\nml-data-scientist,ds\n", encoding="utf-8"
    )
    base = ["eval", str(tmp_path / "grades.csv"), str(briefs), str(cvs), "--n-boot", "100"]
    base += ["--n-perm", "100", "--format", "json"]
    result = runner.invoke(app, [*base, "--group", "ops"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["briefs"] == ["mlops-platform"]
    both = runner.invoke(app, [*base, "--group", "ops", "--group", "ds"])
    assert json.loads(both.stdout)["briefs"] == ["ml-data-scientist", "mlops-platform"]
    unknown = runner.invoke(app, [*base, "--group", "nope"])
    assert unknown.exit_code == 2
    assert "ops" in unknown.output
    missing = runner.invoke(app, [*base, "--group", "ops", "--groups", str(tmp_path / "x.csv")])
    assert missing.exit_code == 2
    assert runner.invoke(app, [*base, "--groups", str(tmp_path / "groups.csv")]).exit_code == 2
