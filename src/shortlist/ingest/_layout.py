"""One walk over a PDF page's objects: which text is hidden, and is there a column gutter.

Hidden means a human looking at the rendered page cannot read it, while a text extractor can:

* render mode 3 (invisible) or 7 (clip only);
* a fill colour equal to what is underneath (white on the white page, or the colour of the
  filled rectangle drawn before it), or a fully transparent fill;
* type under 4 pt (a 1-pt buzzword list);
* a box entirely outside the page's crop box;
* an opaque filled rectangle painted after it over its whole box.

Text objects are also placed left or right of a column gutter (a vertical band, in the middle
of the page, that no text crosses) so two-column CVs read column by column. The per-object data
is gathered with the lean prototypes of ``_pdfium`` and judged with numpy, since real CVs often
hold one text object per glyph.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from shortlist.ingest._pdfium import address, fast

__all__ = ["PageLayout", "scan_page"]

_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_MIN_PT = 4.0  # smaller type is taken as hidden
_SAME_COLOUR = 24  # largest per-channel difference still "the same colour" (of 255)
_MAX_FORM_DEPTH = 8
_WHITE = (255, 255, 255)


@dataclass(slots=True)
class PageLayout:
    """``objects`` maps a text object's address to (hidden reason or "", reading region).

    Regions: 0 full-width text above the columns, 1 left column, 2 right column, 3 full-width
    text below. ``objects`` is filled only when the page needs per-character routing.
    """

    hidden: bool = False
    gutter: float | None = None
    images: int = 0
    objects: dict[int, tuple[str, int]] = field(default_factory=dict)


@dataclass(slots=True)
class _Walk:
    """Per-object data as gathered: raw 32-byte records decoded by numpy in one go."""

    text_blob: bytearray = field(default_factory=bytearray)  # R,G,B,A u32; l,b,r,t f32
    text_meta: list[int] = field(default_factory=list)  # order, mode, depth
    handles: list[int] = field(default_factory=list)
    shape_blob: bytearray = field(default_factory=bytearray)
    shape_meta: list[int] = field(default_factory=list)  # order, is_image
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
    reasons = _judge(texts, walk, page)
    visible = reasons == ""
    layout.hidden = not bool(visible.all())
    layout.gutter = _gutter(texts[visible], float(page.get_width()))
    if layout.hidden or layout.gutter is not None:
        regions = _regions(texts, visible, layout.gutter)
        layout.objects = {h: (str(reasons[i]), int(regions[i])) for i, h in enumerate(walk.handles)}
    return layout


def _collect(container: Any, walk: _Walk, depth: int) -> None:
    f = fast()
    buf = f.buffer
    ia = ctypes.addressof(buf)
    r, g, b, a = ia, ia + 4, ia + 8, ia + 12
    left, bottom, right, top = ia + 16, ia + 20, ia + 24, ia + 28
    if depth == 0:
        handle = address(container)
        count, get = f.count_objects(handle), f.get_object
    else:
        handle = container
        count, get = f.form_count(handle), f.form_object
    render_mode, fill_color, bounds = f.render_mode, f.fill_color, f.bounds
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
            handles.append(obj)
            continue
        kind = f.get_type(obj)
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
            _collect(obj, walk, depth + 1)


def _judge(texts: np.ndarray, walk: _Walk, page: pdfium.PdfPage) -> np.ndarray:
    """The hidden reason of every text object ("" when visible)."""
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
                continue
            if s[8] >= 255:
                bg[below] = s[5:8]
                bg_known[below] = True
                covered |= inside & (order < s[0]) & nonempty
    box = page.get_cropbox()
    outside = (
        (depth == 0)
        & nonempty
        & ((right < box[0]) | (left > box[2]) | (top < box[1]) | (bottom > box[3]))
    )
    same = filled & bg_known & (np.abs(rgb - bg).max(axis=1) <= _SAME_COLOUR) & nonempty
    white_bg = (bg >= 255 - _SAME_COLOUR).all(axis=1)
    transparent = filled & (alpha == 0) & nonempty

    reasons[covered] = "covered by filled shape"
    reasons[outside] = "outside page box"
    reasons[same & ~white_bg] = "text colour matches background"
    reasons[same & white_bg] = "white text"
    reasons[transparent] = "transparent text"
    for i in np.flatnonzero(nonempty & (top - bottom < 4.6) & (reasons == "")):
        size = _font_size(walk.handles[int(i)])
        if size < _MIN_PT:
            reasons[i] = f"font size {size:.1f} pt"
    reasons[mode == 7] = "render mode 7 (clip only)"
    reasons[mode == 3] = "render mode 3 (invisible)"
    return reasons


def _font_size(obj: int) -> float:
    """Effective type size: the font size scaled by the text object's matrix."""
    f = fast()
    fa = ctypes.addressof(f.floats)
    if not f.font_size(obj, fa):
        return math.inf
    size = float(f.floats[0])
    if f.matrix(obj, fa):
        a, b, c, d = (float(f.floats[k]) for k in range(4))
        size *= math.sqrt(abs(a * d - b * c))
    return size if size > 0 else math.inf


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
