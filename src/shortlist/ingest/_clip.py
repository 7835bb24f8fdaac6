"""Text drawn outside its clip path: on the page nothing shows, yet an extractor reads it.

``q 0 0 1 1 re W n BT ... ET Q`` clips everything after it to a one-point square; text drawn
anywhere else is cut away whole. The CSS "visually hidden" pattern (a 1-pixel box with
``overflow: hidden``) turns into the same thing when HTML is printed to PDF.

The check is cheap on purpose: the clip's region is taken as the intersection of the bounding
boxes of its paths, and a text object (or a form XObject holding text) with less than half of
its box inside that region is hidden. A path's bounding box holds the whole path, so the test
can miss text hidden by an odd shape (a ring, an even-odd hole) but never hides text that is
inside a plain clip. pdfium drops a clip that is one rectangle holding the whole object, so
only the few objects whose clip does not hold them are looked at (see ``_pdfium``).

One layout artefact is let through: a producer that paginates HTML (Qt, hence wkhtmltopdf)
draws the line split by a page break on both pages, each time clipped to the page's text area,
so on one of the two pages the line sits just past the top or bottom edge of a clip as wide as
it, in the page margin, and is cut away. The line is read in full on the other page; it is not
an attempt to hide anything, and it is left as it was.
"""

from __future__ import annotations

import ctypes
import math

import numpy as np

from shortlist.ingest._pdfium import fast, font_size

__all__ = ["REASON", "clipped_away"]

REASON = "outside its clip path"
Box = tuple[float, float, float, float]  # left, bottom, right, top

_MAX_PATHS = 4  # only the first paths of a clip: fewer paths make a larger region, never hide
_MAX_SEGMENTS = 32  # a longer path is not read (a rectangle has 5 points, a rounded box 17)
_INSIDE = 0.5  # less than this share of a box inside its clip region: hidden
_MARGIN = 0.15  # page-break cuts lie in the top or bottom 15 % of the page
_PAD = 0.05  # pt added around a box, so a zero-width box still has an area
_BLANK = 0.01  # a box smaller than this both ways drew no ink and is not judged


def clipped_away(owners: list[tuple[int, int, int]], n: int, crop: Box) -> np.ndarray:
    """Which of ``n`` text objects are hidden by a clip path.

    ``owners`` holds (text object index, clipped object address, that object's form depth):
    the clipped object is the text object itself, or a form XObject that holds it. Each
    clipped object is judged once, however many text objects it holds.
    """
    hidden = np.zeros(n, dtype=bool)
    verdicts: dict[int, bool] = {}
    for index, owner, depth in owners:
        verdict = verdicts.get(owner)
        if verdict is None:
            verdict = verdicts[owner] = _outside(owner, depth, crop)
        if verdict:
            hidden[index] = True
    return hidden


def _outside(owner: int, depth: int, crop: Box) -> bool:
    """Whether less than half of ``owner``'s box lies in its clip region (cuts excepted).

    The object's box and its clip are in the same space (the page's, or the form's for an
    object inside a form XObject), so they compare directly.
    """
    box = _bounds(owner)
    if box is None or (box[2] - box[0] <= _BLANK and box[3] - box[1] <= _BLANK):
        return False
    clip = _clip_box(owner)
    if clip is None:
        return False
    left, bottom, right, top = box[0] - _PAD, box[1] - _PAD, box[2] + _PAD, box[3] + _PAD
    width = min(right, clip[2]) - max(left, clip[0])
    height = min(top, clip[3]) - max(bottom, clip[1])
    inside = max(width, 0.0) * max(height, 0.0) / ((right - left) * (top - bottom))
    return inside < _INSIDE and not _page_break_cut(owner, box, clip, depth, crop)


def _page_break_cut(owner: int, box: Box, clip: Box, depth: int, crop: Box) -> bool:
    """A line cut by a page break: see the module docstring.

    The clip spans the box from left to right, the box is within one line (its type size, or
    its height if larger: a full stop's box is far lower than its line) of the clip's top or
    bottom edge, and it lies in the top or bottom margin band of the page. Only page-level
    objects qualify (a form's space is not the page's).
    """
    left, bottom, right, top = box
    if depth or left < clip[0] - 1 or right > clip[2] + 1:
        return False
    size = font_size(owner)
    line = max(top - bottom, size if math.isfinite(size) else 0.0)
    if bottom >= clip[3] + line or top <= clip[1] - line:
        return False
    band = _MARGIN * (crop[3] - crop[1])
    return top <= crop[1] + band or bottom >= crop[3] - band


def _bounds(obj: int) -> Box | None:
    f = fast()
    fa = ctypes.addressof(f.floats)
    if not f.bounds(obj, fa, fa + 4, fa + 8, fa + 12):
        return None
    return f.floats[0], f.floats[1], f.floats[2], f.floats[3]


def _clip_box(obj: int) -> Box | None:
    """Bounding box of the region the clip path of ``obj`` lets through.

    The intersection of its paths' boxes (empty when they do not meet: ``left > right`` or
    ``bottom > top``), in the space of the object's own box. ``None`` when the object has no
    clip or none of its paths could be read.
    """
    f = fast()
    clip = f.clip_path(obj)
    region: Box | None = None
    for k in range(min(f.clip_count(clip), _MAX_PATHS)):
        box = _path_box(clip, k)
        if box is None:
            continue
        if region is None:
            region = box
        else:
            region = (
                max(region[0], box[0]),
                max(region[1], box[1]),
                min(region[2], box[2]),
                min(region[3], box[3]),
            )
    return region


def _path_box(clip: int, k: int) -> Box | None:
    """Bounding box of the points of path ``k`` (control points included, so it holds any
    curve), or ``None`` for an empty or overlong path."""
    f = fast()
    count = f.clip_segments(clip, k)
    if count <= 0 or count > _MAX_SEGMENTS:
        return None
    fa = ctypes.addressof(f.floats)
    xs: list[float] = []
    ys: list[float] = []
    for s in range(count):
        segment = f.clip_segment(clip, k, s)
        if not segment or not f.segment_point(segment, fa, fa + 4):
            return None
        xs.append(f.floats[0])
        ys.append(f.floats[1])
    return min(xs), min(ys), max(xs), max(ys)
