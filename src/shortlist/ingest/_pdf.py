"""PDF → visible page text with pypdfium2 (Apache/BSD licensed; PyMuPDF is AGPL).

Per page: the page objects are walked once (``_layout``) to learn where the text is and which
text objects are hidden; when nothing is hidden and there is one column, the text comes from a
single ``FPDFText_GetText`` call (fast path). Otherwise each character is routed by the text
object it belongs to: hidden ones into ``hidden_text`` notices, visible ones in reading order
(left column, then right).

Word spaces that pdfium cannot see (drawn as empty glyphs with no Unicode, see ``_layout``) are
put back before the first character of each text object that follows one, unless whitespace is
already there. A scanned page whose OCR text layer was kept as visible adds one
``ocr_text_layer`` notice for the document.
"""

from __future__ import annotations

import array
import ctypes
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from shortlist.config import Settings
from shortlist.errors import CorruptFile, EmptyDocument, LimitExceeded, NoTextLayer
from shortlist.ingest._layout import PageLayout, scan_page
from shortlist.ingest._pdfium import address, fast
from shortlist.ingest._types import Extracted
from shortlist.types import Notice

__all__ = ["read_pdf"]

_NEWLINE = (0x0A, 0x0D)
_WHITESPACE = frozenset((0x20, 0x09, 0x0A, 0x0D, 0xA0))
_SPACE = 0x20


def read_pdf(data: bytes, settings: Settings) -> Extracted:
    """Visible text of each page; raises ``InputError`` subclasses for unreadable PDFs."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise CorruptFile("the PDF is encrypted with a password") from None
        raise CorruptFile(f"not a readable PDF ({text})") from None
    try:
        count = len(pdf)
        if count > settings.max_pages:
            raise LimitExceeded(
                f"the PDF has {count} pages; the limit is {settings.max_pages}",
                code="too_many_pages",
            )
        if count == 0:
            raise EmptyDocument("the PDF has no pages")
        out = Extracted(pages=[])
        images = 0
        scans: list[int] = []
        for index in range(count):
            text, notices, page_images, ocr = _read_page(pdf, index)
            out.pages.append(text)
            out.notices.extend(notices)
            images += page_images
            if ocr:
                scans.append(index + 1)
        if scans:
            out.notices.append(_ocr_notice(scans))
    except pdfium.PdfiumError as exc:
        raise CorruptFile(f"a page of the PDF cannot be read ({exc})") from None
    finally:
        pdf.close()
    if not any(p.strip() for p in out.pages):
        hidden = any(n.code == "hidden_text" for n in out.notices)
        if images and not hidden:
            raise NoTextLayer("the PDF holds only images (a scan?); it has no text to read")
        if not hidden:
            raise EmptyDocument("the PDF has no text")
    return out


def _ocr_notice(pages: list[int]) -> Notice:
    listed = ", ".join(str(p) for p in pages)
    return Notice(
        "ocr_text_layer",
        f"page{'s' * (len(pages) > 1)} {listed}: a scanned image with an invisible OCR text "
        "layer; the OCR text is read as visible and may hold recognition errors",
    )


def _read_page(pdf: pdfium.PdfDocument, index: int) -> tuple[str, list[Notice], int, bool]:
    """Visible text, hidden-text notices, image count and "is an OCR scan" of one page."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            layout = scan_page(page)
            n = pdfium_c.FPDFText_CountChars(textpage.raw)
            if n <= 0:
                return "", [], layout.images, False
            units = _all_text(textpage.raw, n)
            if not layout.hidden and layout.gutter is None:
                if len(layout.spaced):
                    return (
                        _hyphens(_spaced(textpage.raw, units, n, layout)),
                        [],
                        layout.images,
                        layout.ocr,
                    )
                return _hyphens(_decode(units)), [], layout.images, layout.ocr
            text, notices = _route(textpage.raw, units, n, layout)
            return _hyphens(text), notices, layout.images, layout.ocr
        finally:
            textpage.close()
    finally:
        page.close()


def _spaced(textpage: Any, units: ctypes.Array[ctypes.c_ushort], n: int, layout: PageLayout) -> str:
    """The page text with a space before each first character of a ``spaced`` text object.

    No space goes where whitespace (pdfium's own space or line break) is already in place.
    """
    char_object = fast().walk_char_object
    tp = ctypes.c_void_p(address(textpage))
    objs = np.fromiter((char_object(tp, i) or 0 for i in range(n)), dtype=np.uint64, count=n)
    codes = np.frombuffer(memoryview(units).cast("B"), dtype=np.uint16, count=n)
    at = np.searchsorted(layout.spaced, objs)
    at[at >= len(layout.spaced)] = 0
    flagged = layout.spaced[at] == objs
    flagged[0] = False
    flagged[1:] &= objs[1:] != objs[:-1]  # the object's first character only
    prev = codes[:-1]
    flagged[1:] &= (
        (prev != 0x20) & (prev != 0x0A) & (prev != 0x0D) & (prev != 0x09) & (prev != 0xA0)
    )
    where = np.flatnonzero(flagged)
    if not len(where):
        return _decode(units)
    return _decode(np.insert(codes, where, _SPACE))


def _hyphens(text: str) -> str:
    """pdfium marks a hyphen it found at a line end as U+FFFE; join the word it split."""
    if "\ufffe" not in text:
        return text
    return text.replace("\ufffe\r\n", "").replace("\ufffe", "-")


def _all_text(textpage: Any, n: int) -> ctypes.Array[ctypes.c_ushort]:
    """The UTF-16 code unit of every character index (pdfium stores one unit per index)."""
    buf = (ctypes.c_ushort * (n + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, n, buf)
    return buf


def _decode(units: ctypes.Array[ctypes.c_ushort] | array.array[int] | np.ndarray) -> str:
    text = bytes(units).decode("utf-16-le", errors="surrogatepass").rstrip("\x00")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _route(
    textpage: Any, units: ctypes.Array[ctypes.c_ushort], n: int, layout: PageLayout
) -> tuple[str, list[Notice]]:
    """Split the page's characters into visible text (in reading order) and hidden runs.

    pdfium inserts generated spaces and line breaks that belong to no object; they follow the
    region (or the hidden run) of the character before them.
    """
    char_object = fast().walk_char_object
    tp = ctypes.c_void_p(address(textpage))
    objects = layout.objects
    regions = [array.array("H") for _ in range(4)]
    runs: list[tuple[str, array.array[int]]] = []
    reason, in_run = "", False
    last_region, last_obj = -1, 0
    pending = array.array("H")  # generated separators, owned by the next real character
    for i in range(n):
        obj = char_object(tp, i) or 0
        info = objects.get(obj)
        if info is None:
            if in_run:
                runs[-1][1].append(units[i])
            else:
                pending.append(units[i])
            continue
        reason, region, space = info
        first, last_obj = obj != last_obj, obj
        if reason:
            if not in_run or runs[-1][0] != reason:
                runs.append((reason, array.array("H")))
            run = runs[-1][1]
            if space and first and run and run[-1] not in _WHITESPACE:
                run.append(_SPACE)
            run.append(units[i])
            in_run = True
            continue
        in_run = False
        target = regions[region]
        if region == last_region:
            target.extend(pending)
        elif target and target[-1] not in _NEWLINE:
            target.append(0x0A)  # the column changed: a line of this column ended
        del pending[:]
        if space and first and target and target[-1] not in _WHITESPACE:
            target.append(_SPACE)
        target.append(units[i])
        last_region = region
    parts = [_decode(r).strip("\r\n") for r in regions]
    text = "\r\n".join(p for p in parts if p)
    merged: dict[str, list[str]] = {}
    for why, run in runs:
        chunk = " ".join(_decode(run).split())
        if chunk:
            merged.setdefault(why, []).append(chunk)
    notices = [Notice("hidden_text", why, " ".join(chunks)) for why, chunks in merged.items()]
    return text, notices
