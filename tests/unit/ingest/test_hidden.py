"""Every hidden-text technique: kept out of ``text``, reported with what it said.

Read through ``read_files`` with isolation on, so each file is also read within the pool's own
time and memory limits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_document, read_files
from shortlist.types import Document, Notice

from .conftest import BUZZ, FIXTURES, SECRET

CASES = {
    "hidden_white.pdf": ("white text", SECRET),
    "hidden_near_white.pdf": ("white text", SECRET),
    "hidden_render3.pdf": ("render mode 3 (invisible)", SECRET),
    "hidden_tiny.pdf": ("font size 1.0 pt", BUZZ),
    "hidden_tiny_scaled.pdf": ("font size 1.0 pt", BUZZ),
    "hidden_offpage.pdf": ("outside page box", SECRET),
    "hidden_covered.pdf": ("covered by filled shape", SECRET),
    "hidden_same_as_box.pdf": ("text colour matches background", SECRET),
    "hidden_vanish.docx": ("w:vanish", SECRET),
    "hidden_white.docx": ("white text", SECRET),
    "hidden_tiny.docx": ("font size 1.0 pt", BUZZ),
}


@pytest.fixture(scope="module")
def documents(pooled: Settings) -> dict[str, Document]:
    names = [*CASES, "hidden.html", "invisible_unicode.txt"]
    results = read_files([FIXTURES / n for n in names], pooled)
    out: dict[str, Document] = {}
    for name, result in zip(names, results, strict=True):
        assert isinstance(result, Document), result
        out[name] = result
    return out


@pytest.mark.parametrize(("name", "expected"), CASES.items())
def test_hidden_text_is_reported_and_kept_out(
    name: str, expected: tuple[str, str], documents: dict[str, Document]
) -> None:
    message, hidden = expected
    doc = documents[name]
    assert doc.warnings == (Notice("hidden_text", message, hidden),)
    assert hidden not in doc.text and "Kubernetes" not in doc.text and "ignore" not in doc.text
    assert "Cut p95 inference latency" in doc.text


def test_visible_text_after_hidden_text_survives(documents: dict[str, Document]) -> None:
    assert documents["hidden_white.pdf"].text.endswith("References available on request.")
    assert "Available immediately." in documents["hidden_vanish.docx"].text


def test_html_inline_styles(documents: dict[str, Document]) -> None:
    assert documents["hidden.html"].warnings == (
        Notice("hidden_text", "white text", SECRET),
        Notice("hidden_text", "display:none", BUZZ),
        Notice("hidden_text", "font-size:1px", "tiny words"),
    )


def test_invisible_unicode_and_tag_smuggling(documents: dict[str, Document]) -> None:
    doc = documents["invisible_unicode.txt"]
    assert doc.text == "Alex Example\nML engineer. PyTorch and scikit-learn."
    (notice,) = doc.warnings
    assert notice.code == "invisible_unicode"
    assert notice.text == SECRET
    assert "U+200B ZERO WIDTH SPACE ×1" in notice.message
    assert "TAG characters ×62" in notice.message


@pytest.mark.parametrize(
    "text",
    [
        "Soft\u00adhyphen and \ufeffBOM and emoji 👩\u200d💻 and ❤\ufe0f",
        "Icon font glyphs \ue0b0 \uf0e0 phone",
        "right-to-left mark \u200f in a name",
    ],
)
def test_benign_invisible_characters_are_dropped_quietly(text: str) -> None:
    doc = read_document(text.encode(), "x.txt", Settings(isolate=False))
    assert doc.warnings == ()


def test_everything_hidden_still_yields_a_document(tmp_path: Path) -> None:
    data = "\u200b\u200b".encode()
    doc = read_document(data, "x.txt", Settings(isolate=False))
    assert doc.text == ""
    assert doc.warnings[0].code == "invisible_unicode"
