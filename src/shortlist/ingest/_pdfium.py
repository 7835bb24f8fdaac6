"""Lean ctypes prototypes for the handful of pdfium calls made once per page object.

pypdfium2's generated bindings type every handle as a ``POINTER(struct)``, so each call builds
and checks pointer objects. A real CV PDF can hold 6 000 text objects (one per glyph), and the
checks then cost more than pdfium's own work. These prototypes take and return plain addresses
(``c_void_p``) and write results into one reusable buffer, which measured about twice as fast.
They point at the same functions pypdfium2 already loaded; nothing is loaded at import time.

The per-object walk goes one step further (``walk_*``): the object getters return a
``c_void_p`` subclass, which ctypes hands back as is, and the walk calls take no ``argtypes``,
so handles and the prebuilt ``c_void_p`` out-pointers (``out``) pass through without any
conversion. That cut the walk over a one-glyph-per-object page by about a third.

Every object's clip path is looked at too (``walk_clip``, ``walk_clip_count``), but only its
path count: pdfium drops a clip that is one rectangle holding the whole object, so a count of
-1 ("no clip") is what nearly every object answers. The ``clip_*`` prototypes read the points of
the few clips left.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import pypdfium2.raw as pdfium_c

__all__ = ["Fast", "Handle", "address", "fast", "font_size"]

_V = ctypes.c_void_p
_I = ctypes.c_int


@dataclass(frozen=True, slots=True)
class Fast:
    """The prototypes, plus scratch buffers (one reader per process; not thread-safe)."""

    count_objects: Any
    get_object: Any
    get_type: Any
    render_mode: Any
    fill_color: Any
    bounds: Any
    font_size: Any
    matrix: Any
    form_count: Any
    form_object: Any
    path_draw_mode: Any
    path_segments: Any
    char_object: Any
    walk_get: Any  # (page handle, index) -> Handle
    walk_form_get: Any  # (form Handle, index) -> Handle
    walk_render_mode: Any
    walk_fill_color: Any
    walk_bounds: Any
    walk_type: Any
    walk_char_object: Any  # (c_void_p text page, int index) -> address or None
    walk_clip: Any  # (Handle) -> the object's clip path, a Handle
    walk_clip_count: Any  # (clip Handle) -> number of paths, -1 when the object has no clip
    clip_path: Any  # (object address) -> clip path address
    clip_count: Any
    clip_segments: Any  # (clip, path index) -> number of segments
    clip_segment: Any  # (clip, path index, segment index) -> segment address
    segment_point: Any  # (segment, x out, y out)
    buffer: ctypes.Array[ctypes.c_char]  # 32 bytes: four u32 then four f32 out-values
    out: tuple[ctypes.c_void_p, ...]  # pointers to the buffer's eight 4-byte slots
    floats: ctypes.Array[ctypes.c_float]


class Handle(ctypes.c_void_p):
    """A page object handle as returned by the ``walk_*`` getters (``.value`` is the address)."""


def _proto(name: str, restype: Any, *argtypes: Any) -> Any:
    func = getattr(pdfium_c, name)
    addr = ctypes.cast(func, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(addr)


def _bare(name: str, restype: Any) -> Any:
    """A prototype without ``argtypes``: every argument must already be a ctypes instance."""
    return _proto(name, restype)


@cache
def fast() -> Fast:
    """Build the prototypes on first use."""
    buffer = (ctypes.c_char * 32)()
    base = ctypes.addressof(buffer)
    return Fast(
        count_objects=_proto("FPDFPage_CountObjects", _I, _V),
        get_object=_proto("FPDFPage_GetObject", _V, _V, _I),
        get_type=_proto("FPDFPageObj_GetType", _I, _V),
        render_mode=_proto("FPDFTextObj_GetTextRenderMode", _I, _V),
        fill_color=_proto("FPDFPageObj_GetFillColor", _I, _V, _V, _V, _V, _V),
        bounds=_proto("FPDFPageObj_GetBounds", _I, _V, _V, _V, _V, _V),
        font_size=_proto("FPDFTextObj_GetFontSize", _I, _V, _V),
        matrix=_proto("FPDFPageObj_GetMatrix", _I, _V, _V),
        form_count=_proto("FPDFFormObj_CountObjects", _I, _V),
        form_object=_proto("FPDFFormObj_GetObject", _V, _V, ctypes.c_ulong),
        path_draw_mode=_proto("FPDFPath_GetDrawMode", _I, _V, _V, _V),
        path_segments=_proto("FPDFPath_CountSegments", _I, _V),
        char_object=_proto("FPDFText_GetTextObject", _V, _V, _I),
        walk_get=_proto("FPDFPage_GetObject", Handle, _V, _I),
        walk_form_get=_proto("FPDFFormObj_GetObject", Handle, _V, ctypes.c_ulong),
        walk_render_mode=_bare("FPDFTextObj_GetTextRenderMode", _I),
        walk_fill_color=_bare("FPDFPageObj_GetFillColor", _I),
        walk_bounds=_bare("FPDFPageObj_GetBounds", _I),
        walk_type=_bare("FPDFPageObj_GetType", _I),
        walk_char_object=_bare("FPDFText_GetTextObject", _V),
        walk_clip=_bare("FPDFPageObj_GetClipPath", Handle),
        walk_clip_count=_bare("FPDFClipPath_CountPaths", _I),
        clip_path=_proto("FPDFPageObj_GetClipPath", _V, _V),
        clip_count=_proto("FPDFClipPath_CountPaths", _I, _V),
        clip_segments=_proto("FPDFClipPath_CountPathSegments", _I, _V, _I),
        clip_segment=_proto("FPDFClipPath_GetPathSegment", _V, _V, _I, _I),
        segment_point=_proto("FPDFPathSegment_GetPoint", _I, _V, _V, _V),
        buffer=buffer,
        out=tuple(ctypes.c_void_p(base + 4 * k) for k in range(8)),
        floats=(ctypes.c_float * 8)(),
    )


def address(handle: Any) -> int:
    """The address behind a pypdfium2 raw handle."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def font_size(obj: int) -> float:
    """Effective type size of a text object: its font size scaled by its matrix (inf if none)."""
    f = fast()
    fa = ctypes.addressof(f.floats)
    if not f.font_size(obj, fa):
        return math.inf
    size = float(f.floats[0])
    if f.matrix(obj, fa):
        a, b, c, d = (float(f.floats[k]) for k in range(4))
        size *= math.sqrt(abs(a * d - b * c))
    return size if size > 0 else math.inf
