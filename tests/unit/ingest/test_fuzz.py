"""Hypothesis fuzzing of the readers: any bytes give a Document or an InputError, nothing else.

A few seconds in the normal run; ``SHORTLIST_FUZZ_EXAMPLES=5000`` for a long run (``make fuzz``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shortlist.config import Settings
from shortlist.errors import InputError
from shortlist.ingest import read_document
from shortlist.types import Document

from .conftest import fixture

EXAMPLES = int(os.environ.get("SHORTLIST_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LIMITS = Settings(isolate=False)
SEEDS = {n: fixture(n) for n in ("clean_cv.pdf", "clean_cv.docx", "hidden.html", "resume.json")}


def _check(data: bytes, name: str) -> None:
    try:
        doc = read_document(data, name, LIMITS)
    except InputError as exc:
        assert exc.code and exc.message
        return
    assert isinstance(doc, Document)
    assert all(0 <= p.start <= p.end <= len(doc.text) for p in doc.pages)
    assert "\u200b" not in doc.text


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "splice"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 2000))]
        else:
            data[at:at] = draw(st.binary(max_size=64))
        if not data:
            break
    return bytes(data), name


@FUZZ
@given(mutated())
def test_mutated_files_never_escape(case: tuple[bytes, str]) -> None:
    _check(*case)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["cv.pdf", "cv.docx", "cv.md", "cv"]))
def test_random_bytes_never_escape(data: bytes, name: str) -> None:
    _check(data, name)


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_normalises_within_its_bounds(text: str) -> None:
    _check(text.encode("utf-8", "surrogatepass"), "cv.txt")
