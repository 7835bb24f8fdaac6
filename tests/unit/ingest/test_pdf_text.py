"""PDF text beyond hidden-text checks: word spaces pdfium cannot see, and OCR'd scans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_document

from .conftest import FIXTURES, SECRET, fixture

EXAMPLES = sorted((Path(__file__).parents[3] / "examples" / "pdf").glob("*.pdf"))
UNMAPPED = (
    "Dedicated and focused professional who excels at prioritizing tasks\n"
    "Seeking a role of increased responsibility: Python, PyTorch, scikit-learn"
)
OCR_TEXT = "Cut p95 inference latency from 180 ms to 45 ms for 2M requests/day."


def test_unmapped_space_glyphs_become_spaces(settings: Settings) -> None:
    doc = read_document(fixture("unmapped_spaces.pdf"), "qt.pdf", settings)
    assert doc.text == UNMAPPED
    assert doc.warnings == ()


def test_unmapped_spaces_also_on_pages_routed_per_character(settings: Settings) -> None:
    doc = read_document(fixture("unmapped_spaces_hidden.pdf"), "qt.pdf", settings)
    assert doc.text == UNMAPPED
    ((code, message, text),) = [(n.code, n.message, n.text) for n in doc.warnings]
    assert (code, message, text) == ("hidden_text", "white text", SECRET)


def test_ocr_text_layer_over_a_scan_is_read_as_visible(settings: Settings) -> None:
    doc = read_document(fixture("ocr_scan.pdf"), "scan.pdf", settings)
    assert OCR_TEXT in doc.text
    assert doc.text.startswith("Alex Example\nMachine learning engineer, London\n")
    assert [n.code for n in doc.warnings] == ["ocr_text_layer"]
    assert "page 1" in doc.warnings[0].message


@pytest.mark.parametrize(
    ("name", "visible"),
    [
        ("ocr_small_image.pdf", ""),  # the image covers a corner, not the page
        ("hidden_render3.pdf", "References available on request."),  # no image at all
        ("ocr_scan_with_visible_text.pdf", "References available on request."),
    ],
)
def test_invisible_text_without_a_covering_scan_stays_hidden(
    name: str, visible: str, settings: Settings
) -> None:
    doc = read_document(fixture(name), name, settings)
    ((code, message, hidden),) = [(n.code, n.message, n.text) for n in doc.warnings]
    assert (code, message) == ("hidden_text", "render mode 3 (invisible)")
    assert hidden and hidden not in doc.text
    assert visible in doc.text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_pdfs_read_without_extra_spaces_or_warnings(path: Path, settings: Settings) -> None:
    """The clean reportlab examples carry real spaces: nothing is inserted, nothing flagged."""
    doc = read_document(path.read_bytes(), path.name, settings)
    assert doc.warnings == ()
    assert "  " not in doc.text


def test_example_pdf_text_is_unchanged() -> None:
    """Golden check: the examples read exactly as before the word-space repair was added.

    ``examples_pdf_text.json`` was recorded from the reader without the repair; rewrite it
    only when an example PDF itself changes.
    """
    golden = json.loads((FIXTURES / "examples_pdf_text.json").read_text(encoding="utf-8"))
    settings = Settings(isolate=False)
    got = {p.name: read_document(p.read_bytes(), p.name, settings).text for p in EXAMPLES}
    assert got == golden
