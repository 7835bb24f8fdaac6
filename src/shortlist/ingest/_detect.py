"""Which reader gets the bytes: decided by signature, never by the file name alone.

A CV named ``cv.pdf`` may be a DOCX, a scan saved as PNG or random bytes; trusting the extension
would hand a parser input it was not written for. The name only breaks one tie: plain text that
shows no Markdown cues is still read as Markdown when it is called ``*.md``.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Literal

from shortlist.errors import EmptyDocument, UnsupportedFormat

__all__ = ["Kind", "decode_text", "detect_format", "text_kind"]

Kind = Literal["pdf", "docx", "html", "text", "markdown", "jsonresume", "rtf"]

_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(r"<(?:p|div|br|h[1-6]|ul|li|table|span)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_MD_BULLET = re.compile(r"^\s{0,3}[-*+]\s+\S", re.M)
_MD_SETEXT = re.compile(r"^\S.*\n(?:=+|-{3,})\s*$", re.M)
_JSONRESUME_KEYS = {"basics", "work", "education", "skills", "projects", "volunteer", "awards"}


def detect_format(data: bytes, path: str) -> Kind:
    """The format of ``data``; raises ``EmptyDocument`` or ``UnsupportedFormat``."""
    head = data[:1024]
    if not data.strip():
        raise EmptyDocument("the file is empty" if not data else "the file holds only white space")
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(_OLE2):
        raise UnsupportedFormat("a legacy Word .doc (OLE2) file; save it as DOCX or PDF")
    for magic, what in _IMAGES.items():
        if data.startswith(magic):
            raise UnsupportedFormat(f"{what}; image-only CVs need OCR, which shortlist does not do")
    if data.startswith(b"PK"):
        raise UnsupportedFormat("a ZIP archive of a kind shortlist does not read")
    return text_kind(decode_text(data), path)


def text_kind(text: str, path: str) -> Kind:
    """HTML, JSON Resume, Markdown or plain text, from what the decoded text looks like."""
    stripped = text.lstrip()
    if _HTML_START.match(stripped[:4096].encode("utf-8", "replace")) or (
        stripped.startswith("<") and len(_HTML_TAGS.findall(stripped[:20_000])) >= 2
    ):
        return "html"
    if stripped.startswith("{") and _is_jsonresume(stripped):
        return "jsonresume"
    if (
        _MD_HEADING.search(text)
        or len(_MD_BULLET.findall(text)) >= 2
        or _MD_SETEXT.search(text)
        or path.lower().endswith((".md", ".markdown"))
    ):
        return "markdown"
    return "text"


def _is_jsonresume(text: str) -> bool:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and bool(_JSONRESUME_KEYS & value.keys())


def decode_text(data: bytes) -> str:
    """Bytes of a text file as ``str``: BOM first, then UTF-8, then Windows-1252.

    Raises ``UnsupportedFormat`` for bytes that are not text at all (NULs or many control
    characters), which is what garbage, a truncated binary or an unknown format look like.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise UnsupportedFormat(
                    f"not valid {codec} text despite its byte-order mark"
                ) from None
    sample = data[:65536]
    if b"\x00" in sample:
        raise UnsupportedFormat("binary data of no format shortlist reads")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    head = text[:65536]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r\f")
    bad = head.count("\ufffd")
    if (controls + bad) > max(8, len(head) // 50):
        raise UnsupportedFormat("binary data of no format shortlist reads")
    return text
