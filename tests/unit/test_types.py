"""Contracts of the shared stage objects: spans, partial dates, the redaction offset map."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shortlist.types import Document, OffsetMap, PartialDate, Span


def test_span_rejects_reversed_and_negative() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 2)
    with pytest.raises(ValueError, match="invalid span"):
        Span(-1, 2)


def test_stage_objects_are_frozen() -> None:
    doc = Document(path="a.txt", format="text", text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


def test_partial_date_orders_and_formats() -> None:
    assert PartialDate(2021, 3) < PartialDate(2021, 4) < PartialDate(2022)
    assert PartialDate(2021, 3).isoformat() == "2021-03"
    assert PartialDate(2019).isoformat() == "2019"
    with pytest.raises(ValueError, match="invalid month"):
        PartialDate(2020, 13)


def _redact(text: str, spans: list[Span], placeholder: str) -> tuple[str, OffsetMap]:
    out, pos = [], 0
    for s in spans:
        out += [text[pos : s.start], placeholder]
        pos = s.end
    out.append(text[pos:])
    return "".join(out), OffsetMap.from_replacements(
        [(s, len(placeholder)) for s in spans], len(text)
    )


@st.composite
def texts_with_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(min_size=0, max_size=80))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]
    return text, spans


@given(texts_with_spans(), st.sampled_from(["[NAME]", "X"]))
def test_offset_map_unchanged_text_maps_to_itself(
    case: tuple[str, list[Span]], placeholder: str
) -> None:
    text, spans = case
    redacted, offsets = _redact(text, spans, placeholder)
    # every character outside a placeholder maps back to the same character
    pos = 0
    for s in [*spans, Span(len(text), len(text))]:
        for i in range(pos, s.start):
            red_i = _shift(i, spans, placeholder)
            mapped = offsets.to_original(Span(red_i, red_i + 1))
            assert mapped == Span(i, i + 1)
            assert redacted[red_i] == text[i]
        pos = s.end
    whole = offsets.to_original(Span(0, len(redacted)))
    assert whole == Span(0, len(text))


def _shift(i: int, spans: list[Span], placeholder: str) -> int:
    return i + sum(len(placeholder) - len(s) for s in spans if s.end <= i)


def test_offset_map_placeholder_widens_to_the_replaced_span() -> None:
    text = "Contact Jane Doe now"
    redacted, offsets = _redact(text, [Span(8, 16)], "[NAME]")
    assert redacted == "Contact [NAME] now"
    assert offsets.to_original(Span(8, 14)).of(text) == "Jane Doe"
    assert offsets.to_original(Span(10, 12)).of(text) == "Jane Doe"
    assert offsets.to_original(Span(0, 18)).of(text) == text
