"""One walk over a PDF page's objects: which text is hidden, and is there a column gutter.

Hidden means a human looking at the rendered page cannot read it, while a text extractor can:

* render mode 3 (invisible) or 7 (clip only);
* a fill colour equal to what is underneath (white on the white page, or the colour of the
  filled rectangle drawn before it), or a fully transparent fill;
* type under 4 pt (a 1-pt buzzword list);
* a box entirely outside the page's crop box;
* an opaque filled rectangle painted after it over its whole box;
* a box mostly outside its clip path, or its form XObject's (``_clip``).

One exception: a scanned page with an OCR text layer draws its text invisibly (render mode 3)
over a picture of the page. When an image covers most of the page, every text object on it is
invisible, and that text lies on the image, the text is the page's only readable form: it is
kept as visible and the page is flagged ``ocr`` (the reader says so in an ``ocr_text_layer``
notice). Invisible text beside visible text, or on a page without such an image, stays hidden.

Some producers (Qt, hence wkhtmltopdf) draw one text object per glyph and draw word spaces as
glyphs with no Unicode mapping and no ink; pdfium then drops the space and runs the words
together. A text object that directly follows such an empty glyph is marked ``space_before``
so the reader can put the space back.

Text objects are also placed left or right of a column gutter (a vertical band, in the middle
of the page, that no text crosses) so two-column CVs read column by column. The per-object data
is gathered with the lean prototypes of ``_pdfium`` and judged with numpy, since real CVs often
hold one text object per glyph.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from shortlist.ingest._clip import REASON as CLIPPED
from shortlist.ingest._clip import clipped_away
from shortlist.ingest._pdfium import address, fast, font_size

__all__ = ["PageLayout", "scan_page"]

_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_MIN_PT = 4.0  # smaller type is taken as hidden
_SAME_COLOUR = 24  # largest per-channel difference still "the same colour" (of 255)
_MAX_FORM_DEPTH = 8
_WHITE = (255, 255, 255)
_OCR_COVER = 0.5  # an image over at least this share of the crop box makes a page a scan
_BLANK = 0.01  # a text object whose box is narrower and lower than this (pt) drew no ink


@dataclass(slots=True)
class PageLayout:
    """``objects`` maps a text object's address to (hidden reason or "", reading region,
    space before it).

    Regions: 0 full-width text above the columns, 1 left column, 2 right column, 3 full-width
    text below. ``objects`` is filled only when the page needs per-character routing (hidden
    text or a gutter); ``spaced`` holds the sorted addresses of the text objects that follow
    an empty glyph (a word space pdfium cannot see). ``ocr`` says the page is a scan whose
    invisible OCR text was kept as visible.
    """

    hidden: bool = False
    gutter: float | None = None
    images: int = 0
    ocr: bool = False
    objects: dict[int, tuple[str, int, bool]] = field(default_factory=dict)
    spaced: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))


@dataclass(slots=True)
class _Walk:
    """Per-object data as gathered: raw 32-byte records decoded by numpy in one go."""

    text_blob: bytearray = field(default_factory=bytearray)  # R,G,B,A u32; l,b,r,t f32
    text_meta: list[int] = field(default_factory=list)  # order, mode, depth
    handles: list[int] = field(default_factory=list)
    shape_blob: bytearray = field(default_factory=bytearray)
    shape_meta: list[int] = field(default_factory=list)  # order, is_image
    clipped: list[tuple[int, int, int]] = field(default_factory=list)  # see _clip.clipped_away
    images: int = 0
    order: int = 0


def _records(blob: bytearray, meta: list[int], width: int) -> np.ndarray:
    """Columns: order, l, b, r, t, R, G, B, A, then the remaining ``meta`` fields."""
    n = len(blob) // 32
    raw = np.frombuffer(bytes(blob), dtype=np.uint8).reshape(n, 32)
    rgba = raw[:, :16].copy().view(np.uint32).astype(np.float64)
    box = raw[:, 16:].copy().view(np.float32).astype(np.float64)
    extra = np.asarray(meta, dtype=np.float64).reshape(n, width)
    return np.hstack([extra[:, :1], box, rgba, extra[:, 1:]])


def scan_page(page: pdfium.PdfPage) -> PageLayout:
    """Judge every text object of ``page``; see the module docstring."""
    walk = _Walk()
    _collect(page.raw, walk, 0)
    layout = PageLayout(images=walk.images)
    if not walk.handles:
        return layout
    texts = _records(walk.text_blob, walk.text_meta, 3)
    reasons, layout.ocr = _judge(texts, walk, page)
    visible = reasons == ""
    layout.hidden = not bool(visible.all())
    layout.gutter = _gutter(texts[visible], float(page.get_width()))
    spaced = _space_before(texts)
    if spaced.any():
        handles = np.asarray(walk.handles, dtype=np.uint64)
        layout.spaced = np.sort(handles[spaced])
    if layout.hidden or layout.gutter is not None:
        regions = _regions(texts, visible, layout.gutter)
        layout.objects = dict(
            zip(
                walk.handles,
                zip(reasons.tolist(), regions.tolist(), spaced.tolist(), strict=True),
                strict=True,
            )
        )
    return layout


def _space_before(texts: np.ndarray) -> np.ndarray:
    """Text objects drawn right after an empty glyph (no ink: a space with no Unicode)."""
    blank = (texts[:, 3] - texts[:, 1] <= _BLANK) & (texts[:, 4] - texts[:, 2] <= _BLANK)
    after = np.zeros(len(texts), dtype=bool)
    after[1:] = blank[:-1]
    spaced: np.ndarray = after & ~blank
    return spaced


def _collect(container: Any, walk: _Walk, depth: int) -> None:
    f = fast()
    buf = f.buffer
    ia = ctypes.addressof(buf)
    r, g, b, a, left, bottom, right, top = f.out
    if depth == 0:
        handle = address(container)
        count, get = f.count_objects(handle), f.walk_get
    else:
        handle = container
        count, get = f.form_count(handle), f.walk_form_get
    render_mode, fill_color, bounds = f.walk_render_mode, f.walk_fill_color, f.walk_bounds
    clip, clip_count = f.walk_clip, f.walk_clip_count
    text_blob, text_meta, handles = walk.text_blob, walk.text_meta, walk.handles
    for j in range(max(count, 0)):
        obj = get(handle, j)
        if not obj:
            continue
        walk.order += 1
        mode = render_mode(obj)
        if mode >= 0:
            fill_color(obj, r, g, b, a)
            bounds(obj, left, bottom, right, top)
            text_blob += buf
            text_meta += (walk.order, mode, depth)
            handles.append(obj.value)
            if clip_count(clip(obj)) >= 0:  # -1 for nearly all: no clip, or one that holds it
                walk.clipped.append((len(handles) - 1, obj.value, depth))
            continue
        kind = f.walk_type(obj)
        if kind == _PATH:
            f.path_draw_mode(obj, ia, ia + 4)  # fill mode into the first slot
            if buf.raw[:4] == b"\x00\x00\x00\x00" or f.path_segments(obj) > 6:
                continue
            fill_color(obj, r, g, b, a)
            bounds(obj, left, bottom, right, top)
            walk.shape_blob += buf
            walk.shape_meta += (walk.order, 0)
        elif kind == _IMAGE:
            walk.images += 1
            bounds(obj, left, bottom, right, top)
            walk.shape_blob += buf
            walk.shape_meta += (walk.order, 1)
        elif kind == _FORM and depth < _MAX_FORM_DEPTH:
            first = len(handles)
            _collect(obj, walk, depth + 1)
            if len(handles) > first and clip_count(clip(obj)) >= 0:
                walk.clipped += ((i, obj.value, depth) for i in range(first, len(handles)))


def _judge(texts: np.ndarray, walk: _Walk, page: pdfium.PdfPage) -> tuple[np.ndarray, bool]:
    """The hidden reason of every text object ("" when visible), and is the page an OCR scan."""
    n = len(texts)
    reasons = np.full(n, "", dtype=object)
    order, left, bottom, right, top = (texts[:, i] for i in range(5))
    rgb, alpha, mode, depth = texts[:, 5:8], texts[:, 8], texts[:, 9], texts[:, 10]
    filled = (mode != 1) & (mode != 5)
    nonempty = (right > left) | (top > bottom)

    # background colour under each text object, and opaque rectangles on top of it
    bg = np.tile(np.array(_WHITE, dtype=np.float64), (n, 1))
    bg_known = np.ones(n, dtype=bool)
    covered = np.zeros(n, dtype=bool)
    on_scan = np.zeros(n, dtype=bool)  # on an image that covers most of the page
    box = page.get_cropbox()
    page_area = max((box[2] - box[0]) * (box[3] - box[1]), 1e-6)
    if walk.shape_meta:
        shapes = _records(walk.shape_blob, walk.shape_meta, 2)
        for s in shapes:
            inside = (
                (left >= s[1] - 1) & (right <= s[3] + 1) & (bottom >= s[2] - 1) & (top <= s[4] + 1)
            )
            if not inside.any():
                continue
            below = inside & (order > s[0])
            if s[9]:  # an image: what is under the text is unknown
                bg_known[below] = False
                w = min(s[3], box[2]) - max(s[1], box[0])
                h = min(s[4], box[3]) - max(s[2], box[1])
                if w > 0 and h > 0 and w * h >= _OCR_COVER * page_area:
                    on_scan |= below
                continue
            if s[8] >= 255:
                bg[below] = s[5:8]
                bg_known[below] = True
                covered |= inside & (order < s[0]) & nonempty
    outside = (
        (depth == 0)
        & nonempty
        & ((right < box[0]) | (left > box[2]) | (top < box[1]) | (bottom > box[3]))
    )
    same = filled & bg_known & (np.abs(rgb - bg).max(axis=1) <= _SAME_COLOUR) & nonempty
    white_bg = (bg >= 255 - _SAME_COLOUR).all(axis=1)
    transparent = filled & (alpha == 0) & nonempty

    reasons[covered] = "covered by filled shape"
    if walk.clipped:
        reasons[clipped_away(walk.clipped, n, box)] = CLIPPED
    reasons[outside] = "outside page box"
    reasons[same & ~white_bg] = "text colour matches background"
    reasons[same & white_bg] = "white text"
    reasons[transparent] = "transparent text"
    for i in np.flatnonzero(nonempty & (top - bottom < 4.6) & (reasons == "")):
        size = font_size(walk.handles[int(i)])
        if size < _MIN_PT:
            reasons[i] = f"font size {size:.1f} pt"
    reasons[mode == 7] = "render mode 7 (clip only)"
    invisible = (mode == 3) & nonempty
    # an OCR layer: nothing on the page is visibly drawn text, all of it lies on a scan
    drawn = nonempty & (mode != 3)
    ocr = bool(invisible.any()) and not drawn.any() and bool(on_scan[invisible].all())
    if not ocr:
        reasons[mode == 3] = "render mode 3 (invisible)"
    return reasons, ocr


def _gutter(boxes: np.ndarray, width: float) -> float | None:
    """x of a vertical band in the middle 20–80 % of the page that no text crosses.

    Both sides must hold a fair share (≥ 15 %) of the text, so right-aligned dates on a
    one-column CV do not count as a second column.
    """
    if len(boxes) < 20 or width <= 0:
        return None
    left, bottom, right, top = boxes[:, 1], boxes[:, 2], boxes[:, 3], boxes[:, 4]
    weight = np.maximum(top - bottom, 0.1) * np.maximum(right - left, 0.1)
    bins = int(width // 2) + 2
    cover = np.zeros(bins + 1)
    lo = np.clip((left // 2).astype(int) + 1, 0, bins)
    hi = np.clip((right // 2).astype(int), 0, bins)
    keep = hi >= lo
    np.add.at(cover, lo[keep], 1)
    np.add.at(cover, hi[keep] + 1, -1)
    cover = np.cumsum(cover)[:bins]
    total = float(weight.sum())
    allowed = max(1, len(boxes) // 200)
    start, stop = int(width * 0.2 / 2), int(width * 0.8 / 2)
    best: tuple[int, int] | None = None
    run = 0
    for x in range(start, stop):
        run = run + 1 if cover[x] <= allowed else 0
        if run >= 4 and (best is None or run > best[1]):
            best = (x, run)
    if best is None:
        return None
    gutter = (best[0] - best[1] / 2 + 1) * 2.0
    share_left = float(weight[right <= gutter].sum()) / total
    share_right = float(weight[left >= gutter].sum()) / total
    if min(share_left, share_right) < 0.15:
        return None
    return gutter


def _regions(texts: np.ndarray, visible: np.ndarray, gutter: float | None) -> np.ndarray:
    n = len(texts)
    if gutter is None:
        return np.ones(n, dtype=np.int64)
    left, bottom, right, top = texts[:, 1], texts[:, 2], texts[:, 3], texts[:, 4]
    regions = np.where(right <= gutter + 1, 1, np.where(left >= gutter - 1, 2, 0))
    columns = visible & (regions > 0)
    if columns.any():
        block_top = float(top[columns].max())
        spanning = regions == 0
        regions[spanning & ((top + bottom) / 2 < block_top)] = 3
    return regions
