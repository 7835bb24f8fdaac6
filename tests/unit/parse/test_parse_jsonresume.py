"""JSON Resume export, checked against the vendored v1.0.0 schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shortlist.parse import jsonresume_schema, parse, to_jsonresume
from shortlist.types import Document

GOLDEN = Path(__file__).parents[2] / "golden" / "parse" / "cases"
CVS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".md", ".txt"))


def _check(value: object, schema: dict[str, object], root: dict[str, object], where: str) -> None:
    """The subset of JSON Schema the resume schema uses: type, properties, items, $ref,
    pattern, additionalProperties: false. Enough to catch a wrong property name or date."""
    if "$ref" in schema:
        ref = str(schema["$ref"]).removeprefix("#/definitions/")
        schema = root["definitions"][ref]  # type: ignore[index]
    kind = schema.get("type")
    if kind == "object":
        assert isinstance(value, dict), where
        props: dict[str, dict[str, object]] = schema.get("properties", {})  # type: ignore[assignment]
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), f"{where}: unknown {set(value) - set(props)}"
        for key, sub in value.items():
            if key in props:
                _check(sub, props[key], root, f"{where}.{key}")
    elif kind == "array":
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            _check(item, schema["items"], root, f"{where}[{i}]")  # type: ignore[arg-type]
    elif kind == "string":
        assert isinstance(value, str), where
        if "pattern" in schema:
            assert re.match(str(schema["pattern"]), value), f"{where}: {value!r}"
        if schema.get("format") == "email":
            assert "@" in value, where
        if schema.get("format") == "uri":
            assert re.match(r"^[a-z][a-z0-9+.-]*:", value), f"{where}: {value!r}"


def test_schema_is_the_published_one() -> None:
    schema = jsonresume_schema()
    props = schema["properties"]
    assert isinstance(props, dict)
    assert set(props) == {
        "$schema",
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    }
    work = props["work"]["items"]["properties"]
    assert {"name", "position", "startDate", "endDate", "highlights"} <= set(work)


@pytest.mark.parametrize("path", CVS, ids=[p.stem for p in CVS])
def test_export_is_valid(path: Path) -> None:
    profile = parse(Document(path.name, "markdown", path.read_text(encoding="utf-8")))
    doc = to_jsonresume(profile)
    schema = jsonresume_schema()
    _check(doc, schema, schema, "resume")


@pytest.mark.parametrize("path", CVS[:4], ids=[p.stem for p in CVS[:4]])
def test_export_is_valid_with_jsonschema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    profile = parse(Document(path.name, "markdown", path.read_text(encoding="utf-8")))
    jsonschema.validate(to_jsonresume(profile), jsonresume_schema())


def test_export_content() -> None:
    text = (GOLDEN / "01_markdown_standard.md").read_text(encoding="utf-8")
    doc = to_jsonresume(parse(Document("cv.md", "markdown", text)))
    basics = doc["basics"]
    assert isinstance(basics, dict)
    assert basics["name"] == "Jane Doe" and basics["email"] == "jane.doe@example.com"
    assert {p["network"] for p in basics["profiles"]} == {"LinkedIn", "GitHub"}
    work = doc["work"]
    assert isinstance(work, list)
    assert work[0]["position"] == "Senior ML Engineer" and work[0]["name"] == "Acme Corp"
    assert work[0]["startDate"] == "2021-03" and "endDate" not in work[0]
    assert work[1]["endDate"] == "2021-02"
    assert len(work[0]["highlights"]) == 2
    # the export is the candidate's own CV: original wording, name included
    assert "Jane's focus" in basics["summary"]
    assert doc["education"] == [
        {
            "institution": "University College London",
            "area": "Machine Learning",
            "studyType": "MSc",
            "endDate": "2017",
        }
    ]
