"""Clean documents of every format: the right format, the right text, and no warnings."""

from __future__ import annotations

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_document

from .conftest import fixture


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("clean_cv.pdf", "pdf"),
        ("clean_two_pages.pdf", "pdf"),
        ("white_on_dark.pdf", "pdf"),
        ("two_column.pdf", "pdf"),
        ("clean_cv.docx", "docx"),
        ("white_on_dark.docx", "docx"),
        ("docx_named.pdf", "docx"),
        ("clean_cv.txt", "text"),
        ("clean_cv.md", "markdown"),
        ("resume.json", "jsonresume"),
    ],
)
def test_clean_files_read_with_zero_warnings(name: str, fmt: str, settings: Settings) -> None:
    doc = read_document(fixture(name), name, settings)
    assert doc.format == fmt
    assert doc.warnings == ()
    assert doc.pages and doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)


@pytest.mark.parametrize("name", ["clean_cv.pdf", "clean_cv.docx", "clean_cv.txt"])
def test_cv_text_is_complete(name: str, settings: Settings) -> None:
    text = read_document(fixture(name), name, settings).text
    assert "Cut p95 inference latency from 180 ms to 45 ms for 2M requests/day." in text
    assert "Python, PyTorch, scikit-learn, Airflow, Docker, AWS" in text


def test_pdf_pages_are_spans_of_the_text(settings: Settings) -> None:
    doc = read_document(fixture("clean_two_pages.pdf"), "x.pdf", settings)
    assert len(doc.pages) == 2
    assert doc.pages[0].of(doc.text).startswith("Alex Example")
    assert doc.pages[1].of(doc.text).startswith("Alex Example")
    assert doc.pages[0].end < doc.pages[1].start


def test_two_columns_read_left_then_right(settings: Settings) -> None:
    text = read_document(fixture("two_column.pdf"), "x.pdf", settings).text
    lines = text.splitlines()
    assert lines[0] == "Alex Example - ML Engineer"
    assert lines[1:31] == [f"Left column line {i} about model training" for i in range(30)]
    assert lines[31:61] == [f"Right column line {i} about serving" for i in range(30)]


def test_white_text_on_a_dark_box_is_visible(settings: Settings) -> None:
    assert (
        "Skills: Python, PyTorch" in read_document(fixture("white_on_dark.pdf"), "x", settings).text
    )
    docx = read_document(fixture("white_on_dark.docx"), "x", settings).text
    assert "Open source: maintainer of a popular ML library" in docx


def test_docx_reads_header_table_and_footer_in_order(settings: Settings) -> None:
    text = read_document(fixture("clean_cv.docx"), "x.docx", settings).text
    lines = text.splitlines()
    assert lines[0] == "Alex Example - CV"
    assert lines[-1] == "alex@example.com"
    assert "Languages" in lines and "English, German" in lines


def test_markdown_is_kept_as_written(settings: Settings) -> None:
    doc = read_document(fixture("clean_cv.md"), "cv.txt", settings)
    assert doc.text.startswith("# Alex Example\n")
    assert "\n- Cut p95" in doc.text


def test_md_suffix_makes_plain_text_markdown(settings: Settings) -> None:
    assert read_document(b"Alex\nML engineer\n", "cv.md", settings).format == "markdown"
    assert read_document(b"Alex\nML engineer\n", "cv.txt", settings).format == "text"


def test_json_resume_becomes_text_with_headings(settings: Settings) -> None:
    text = read_document(fixture("resume.json"), "r.json", settings).text
    assert "\nExperience\nML Engineer, Acme (2021-01 – Present)\n- Cut p95 latency" in text
    assert "\nSkills\nML: PyTorch, scikit-learn" in text


def test_html_drops_script_style_and_alt_text(settings: Settings) -> None:
    doc = read_document(fixture("hidden.html"), "cv.html", settings)
    assert doc.format == "html"
    assert doc.text == "Alex Example\n\nML engineer with PyTorch.\n\nCut latency 180 ms to 45 ms"


def test_normalisation_ligatures_hyphens_and_encodings(settings: Settings) -> None:
    raw = "Eﬃcient experi-\nments on ﬁne-tuning\r\n".encode("utf-16")
    assert read_document(raw, "x.txt", settings).text == "Efficient experiments on fine-tuning"
    latin1 = "Café résumé".encode("cp1252")
    assert read_document(latin1, "x.txt", settings).text == "Café résumé"


def test_rtf_is_refused_clearly(settings: Settings) -> None:
    from shortlist.errors import UnsupportedFormat

    with pytest.raises(UnsupportedFormat, match="RTF is not supported"):
        read_document(b"{\\rtf1\\ansi Hello}", "cv.rtf", settings)
