"""``read_document``: bytes → ``Document``, in-process, with every limit except time/memory.

The reader is picked by signature (``_detect``); each returns raw page strings and notices,
which ``_normalise.assemble`` turns into the one text form every later stage reads.
"""

from __future__ import annotations

from collections.abc import Callable

from shortlist.config import Settings
from shortlist.errors import CorruptFile, EmptyDocument, InputError, LimitExceeded
from shortlist.ingest._detect import Kind, detect_format
from shortlist.ingest._normalise import assemble
from shortlist.ingest._types import Extracted
from shortlist.types import Document

__all__ = ["read_document"]


def read_document(data: bytes, path: str, settings: Settings) -> Document:
    """Read one file's bytes into a ``Document`` of its visible text.

    Pure and in-process: no file access, no worker. ``path`` is only recorded (and breaks the
    Markdown/plain-text tie). Raises ``InputError`` subclasses: ``UnsupportedFormat``,
    ``EmptyDocument``, ``CorruptFile``, ``NoTextLayer`` or ``LimitExceeded`` (``too_large``,
    ``zip_bomb``, ``xml_entities``, ``too_many_pages``).
    """
    if len(data) > settings.max_file_bytes:
        raise LimitExceeded(
            f"the file is {len(data)} bytes; the limit is {settings.max_file_bytes}",
            code="too_large",
        )
    kind = detect_format(data, path)
    try:
        extracted = _reader(kind)(data, settings)
    except InputError:
        raise
    except RecursionError:
        raise CorruptFile(f"the {kind} file nests too deeply to read") from None
    except MemoryError:
        raise LimitExceeded("reading the file ran out of memory", code="memory") from None
    except (ValueError, KeyError, IndexError, TypeError, OSError, UnicodeError) as exc:
        raise CorruptFile(f"the {kind} file cannot be read ({type(exc).__name__}: {exc})") from None
    text, pages, notices = assemble(extracted.pages, extracted.notices, settings.max_text_chars)
    if not text.strip():
        hidden = [n for n in notices if n.code in ("hidden_text", "invisible_unicode")]
        if hidden:
            # all text was hidden: still a Document, so the reviewer sees why it scores nothing
            return Document(path, kind, "", (), tuple(notices))
        raise EmptyDocument(f"the {kind} file has no text")
    return Document(path=path, format=kind, text=text, pages=pages, warnings=notices)


def _reader(kind: Kind) -> Callable[[bytes, Settings], Extracted]:
    """The reader for ``kind``; imported lazily so a text-only run never loads pdfium."""
    if kind == "pdf":
        from shortlist.ingest._pdf import read_pdf

        return read_pdf
    if kind == "docx":
        from shortlist.ingest._docx import read_docx

        return read_docx
    if kind == "html":
        from shortlist.ingest._html import read_html

        return lambda data, _settings: read_html(data)
    if kind == "jsonresume":
        from shortlist.ingest._jsonresume import read_jsonresume

        return lambda data, _settings: read_jsonresume(data)
    if kind == "rtf":
        from shortlist.ingest._rtf import read_rtf

        return read_rtf
    from shortlist.ingest._text import read_text

    return lambda data, _settings: read_text(data)
