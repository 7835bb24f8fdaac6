"""Every hidden-text technique: kept out of ``text``, reported with what it said.

Read through ``read_files`` with isolation on, so each file is also read within the pool's own
time and memory limits.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_document, read_files
from shortlist.types import Document, Notice

from .conftest import BUZZ, FIXTURES, SECRET, fixture

CASES = {
    "hidden_white.pdf": ("white text", SECRET),
    "hidden_near_white.pdf": ("white text", SECRET),
    "hidden_render3.pdf": ("render mode 3 (invisible)", SECRET),
    "hidden_tiny.pdf": ("font size 1.0 pt", BUZZ),
    "hidden_tiny_scaled.pdf": ("font size 1.0 pt", BUZZ),
    "hidden_offpage.pdf": ("outside page box", SECRET),
    "hidden_covered.pdf": ("covered by filled shape", SECRET),
    "hidden_same_as_box.pdf": ("text colour matches background", SECRET),
    "hidden_clip.pdf": ("outside its clip path", SECRET),
    "hidden_clip_form.pdf": ("outside its clip path", SECRET),
    "hidden_vanish.docx": ("w:vanish", SECRET),
    "hidden_white.docx": ("white text", SECRET),
    "hidden_tiny.docx": ("font size 1.0 pt", BUZZ),
    "hidden_theme.docx": ("white text", SECRET),
    "hidden_theme_shading.docx": ("text colour matches background", SECRET),
    "hidden_shaded.docx": ("text colour matches background", SECRET),
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
    for name in ("hidden_white.pdf", "hidden_clip.pdf", "hidden_clip_form.pdf"):
        assert documents[name].text.endswith("References available on request."), name
    for name in ("hidden_vanish.docx", "hidden_theme.docx", "hidden_theme_shading.docx"):
        assert "Available immediately." in documents[name].text, name


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # A column clip, a rounded box, and a line cut at a page break (wkhtmltopdf draws the
        # line on both pages, each time clipped to the text area) are not hidden text.
        (
            "clip_visible.pdf",
            (
                "Cut p95 inference latency",
                "Open source: maintainer",
                "Mentored four junior engineers.",
            ),
        ),
        # White theme text on a dark theme fill (whose cached fill is ``auto``), white text on a
        # ``solid`` navy pattern over a white fill, dark text on a light run shading.
        (
            "shaded_contrast.docx",
            (
                "Open source: maintainer of a popular ML library",
                "Speaker at PyData London",
                "Kaggle competitions master",
            ),
        ),
    ],
    ids=["clips-that-hold-their-text", "readable-colour-on-shading"],
)
def test_visible_styling_hides_nothing(
    name: str, words: tuple[str, ...], settings: Settings
) -> None:
    doc = read_document(fixture(name), name, settings)
    assert doc.warnings == ()
    for w in words:
        assert w in doc.text


def _clipped_line(clip: tuple[float, float, float, float], baseline: float) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 760, "Alex Example, ML engineer")
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(*clip)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawString(60, baseline, SECRET)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("clip", "baseline"),
    [
        ((28.5, 400, 538, 385), 392),  # just below a full-width clip, but mid-page
        ((59, 712, 0.75, 0.75), 702),  # a one-pixel box above it (CSS "visually hidden")
    ],
    ids=["mid-page-edge", "one-pixel-box"],
)
def test_text_just_past_a_clip_is_hidden_away_from_page_breaks(
    clip: tuple[float, float, float, float], baseline: float, settings: Settings
) -> None:
    doc = read_document(_clipped_line(clip, baseline), "clip.pdf", settings)
    assert doc.warnings == (Notice("hidden_text", "outside its clip path", SECRET),)
    assert doc.text == "Alex Example, ML engineer"


def test_theme_tint_and_shade_follow_word() -> None:
    """Word's palette: accent 1 (4472C4) darker 25 % is 2F5496, lighter 40 % is 8EAADB."""
    from shortlist.ingest._theme import _lighten

    for got, want in (
        (_lighten((0x44, 0x72, 0xC4), None, 0xBF), (0x2F, 0x54, 0x96)),
        (_lighten((0x44, 0x72, 0xC4), 0x99, None), (0x8E, 0xAA, 0xDB)),
        (_lighten((0xFF, 0xFF, 0xFF), None, 0xD9), (0xD9, 0xD9, 0xD9)),
    ):
        assert max(abs(a - b) for a, b in zip(got, want, strict=True)) <= 2, (got, want)


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
