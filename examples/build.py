"""Render the example CVs in ``examples/cvs/*.md`` to PDF and DOCX.

Usage (from the repository root)::

    .venv/bin/python examples/build.py          # (re)write examples/pdf and examples/docx
    .venv/bin/python examples/build.py --check  # exit 1 if any output is missing or stale

Only the Markdown subset the example CVs use is supported:

* ``#``, ``##`` and ``###`` headings;
* ``- `` bullets;
* ``**bold**`` and ``*italic*`` inline;
* ``[text](url)`` links, rendered as their text;
* every other non-blank line is its own paragraph (contact lines stay on separate lines).

Output is deterministic: PDFs are written with reportlab's ``invariant`` mode and fixed
metadata; DOCX files get fixed core properties and are re-zipped with fixed timestamps.
The PDF font is Bitstream Vera, which ships inside reportlab, so output does not depend
on the fonts installed on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import reportlab
from docx.api import Document
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

EXAMPLES = Path(__file__).resolve().parent
CV_DIR = EXAMPLES / "cvs"
PDF_DIR = EXAMPLES / "pdf"
DOCX_DIR = EXAMPLES / "docx"

FIXED_DATETIME = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE_TIME = (2025, 1, 1, 0, 0, 0)
AUTHOR = "shortlist examples (fictional CV)"

FONT = "Vera"
FONT_FILES = {
    "Vera": "Vera.ttf",
    "Vera-Bold": "VeraBd.ttf",
    "Vera-Italic": "VeraIt.ttf",
    "Vera-BoldItalic": "VeraBI.ttf",
}

BlockKind = Literal["h1", "h2", "h3", "bullet", "para"]


@dataclass(frozen=True)
class Block:
    """One rendered unit of a CV: a heading, a bullet or a paragraph line."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Span:
    """A run of inline text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


# ---------------------------------------------------------------------------
# Markdown subset
# ---------------------------------------------------------------------------

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_INLINE = re.compile(r"(\*\*.+?\*\*|\*[^*\s][^*]*?\*)")


def parse_markdown(source: str) -> list[Block]:
    """Split the Markdown subset into blocks, one per heading, bullet or non-blank line."""
    blocks: list[Block] = []
    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(Block("h3", line[4:].strip()))
        elif line.startswith("## "):
            blocks.append(Block("h2", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(Block("h1", line[2:].strip()))
        elif line.startswith("- "):
            blocks.append(Block("bullet", line[2:].strip()))
        else:
            blocks.append(Block("para", line))
    return blocks


def parse_inline(text: str) -> list[Span]:
    """Split a line into spans of plain, bold and italic text; links become their text."""
    text = _LINK.sub(r"\1", text)
    spans: list[Span] = []
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            spans.append(Span(part[2:-2], bold=True))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            spans.append(Span(part[1:-1], italic=True))
        else:
            spans.append(Span(part))
    return spans


# ---------------------------------------------------------------------------
# PDF (reportlab Platypus)
# ---------------------------------------------------------------------------


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    font_dir = Path(reportlab.__file__).resolve().parent / "fonts"
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )


def _check_glyphs(cv_id: str, source: str) -> None:
    """Fail loudly if the CV uses a character the embedded font cannot draw."""
    font = pdfmetrics.getFont(FONT)
    covered: dict[int, int] = font.face.charToGlyph
    missing = sorted({ch for ch in source if ch >= " " and ord(ch) not in covered})
    if missing:
        shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
        raise SystemExit(f"{cv_id}: characters not in the PDF font: {shown}")


def _styles() -> dict[BlockKind, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=12.5,
        alignment=TA_LEFT,
        spaceAfter=1.5,
    )
    return {
        "h1": ParagraphStyle(
            "h1", parent=body, fontName="Vera-Bold", fontSize=20, leading=24, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName="Vera-Bold",
            fontSize=12.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=1,
            textColor=colors.HexColor("#1F3A5F"),
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName="Vera-Bold", fontSize=10.5, leading=13, spaceBefore=6
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=FONT
        ),
        "para": body,
    }


def _markup(text: str) -> str:
    """Inline spans as reportlab paragraph markup."""
    out: list[str] = []
    for span in parse_inline(text):
        escaped = html.escape(span.text, quote=False)
        if span.bold:
            escaped = f"<b>{escaped}</b>"
        if span.italic:
            escaped = f"<i>{escaped}</i>"
        out.append(escaped)
    return "".join(out)


def render_pdf(cv_id: str, source: str) -> bytes:
    """Render one CV to A4 PDF bytes with a real text layer."""
    _register_fonts()
    _check_glyphs(cv_id, source)
    blocks = parse_markdown(source)
    styles = _styles()
    title = next((b.text for b in blocks if b.kind == "h1"), cv_id)
    story: list[Flowable] = []
    previous: BlockKind | None = None
    for block in blocks:
        style = styles[block.kind]
        if block.kind == "bullet":
            flowable = Paragraph(_markup(block.text), style, bulletText="•")
        else:
            flowable = Paragraph(_markup(block.text), style)
        # Headings, and the line under a job title (usually its dates), stay with what follows.
        if block.kind in ("h2", "h3") or (block.kind == "para" and previous == "h3"):
            flowable.keepWithNext = True
        story.append(flowable)
        if block.kind == "h2":
            rule = HRFlowable(
                width="100%", thickness=0.6, color=colors.HexColor("#9AA8B8"), spaceAfter=3
            )
            rule.keepWithNext = True
            story.append(rule)
        previous = block.kind
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"CV — {title}",
        author=AUTHOR,
        subject="Curriculum vitae (fictional example)",
        creator="shortlist examples/build.py",
        producer="reportlab",
        invariant=1,
        lang="en",
    )
    doc.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# DOCX (python-docx)
# ---------------------------------------------------------------------------


def _add_runs(paragraph: DocxParagraph, text: str) -> None:
    for span in parse_inline(text):
        run = paragraph.add_run(span.text)
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True


def _fixed_zip(data: bytes) -> bytes:
    """Re-zip with fixed timestamps and member order so the bytes are reproducible."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(cv_id: str, source: str) -> bytes:
    """Render one CV to DOCX bytes: Title/Heading styles, List Bullet paragraphs, bold runs."""
    blocks = parse_markdown(source)
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    title = next((b.text for b in blocks if b.kind == "h1"), cv_id)
    props = document.core_properties
    props.title = f"CV — {title}"
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.subject = "Curriculum vitae (fictional example)"
    props.comments = "Generated by shortlist examples/build.py"
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    props.last_printed = FIXED_DATETIME
    props.revision = 1

    for block in blocks:
        if block.kind == "h1":
            paragraph = document.add_heading(level=0)
        elif block.kind == "h2":
            paragraph = document.add_heading(level=1)
        elif block.kind == "h3":
            paragraph = document.add_heading(level=2)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(style="List Bullet")
        else:
            paragraph = document.add_paragraph()
        _add_runs(paragraph, block.text)

    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def expected_outputs() -> dict[Path, bytes]:
    """Every output file and the bytes it should contain."""
    outputs: dict[Path, bytes] = {}
    for md_path in sorted(CV_DIR.glob("*.md")):
        cv_id = md_path.stem
        source = md_path.read_text(encoding="utf-8")
        outputs[PDF_DIR / f"{cv_id}.pdf"] = render_pdf(cv_id, source)
        outputs[DOCX_DIR / f"{cv_id}.docx"] = render_docx(cv_id, source)
    return outputs


def _orphans(outputs: dict[Path, bytes]) -> list[Path]:
    existing = [*PDF_DIR.glob("*.pdf"), *DOCX_DIR.glob("*.docx")]
    return sorted(p for p in existing if p not in outputs)


def check(outputs: dict[Path, bytes]) -> list[str]:
    """Problems with the files on disk compared with what would be generated."""
    problems: list[str] = []
    for path, data in outputs.items():
        rel = path.relative_to(EXAMPLES)
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_bytes() != data:
            problems.append(f"out of date: {rel}")
    problems.extend(f"no source CV for: {p.relative_to(EXAMPLES)}" for p in _orphans(outputs))
    return problems


def write(outputs: dict[Path, bytes]) -> int:
    """Write outputs that changed and remove orphans; return how many files changed."""
    PDF_DIR.mkdir(exist_ok=True)
    DOCX_DIR.mkdir(exist_ok=True)
    changed = 0
    for path, data in outputs.items():
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            changed += 1
    for orphan in _orphans(outputs):
        orphan.unlink()
        changed += 1
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if any generated file is missing or differs",
    )
    args = parser.parse_args(argv)
    outputs = expected_outputs()
    if args.check:
        problems = check(outputs)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: .venv/bin/python examples/build.py", file=sys.stderr)
            return 1
        print(f"ok: {len(outputs)} files up to date")
        return 0
    changed = write(outputs)
    print(f"wrote {changed} of {len(outputs)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
