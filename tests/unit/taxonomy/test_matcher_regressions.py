"""Regressions found on real text, and a property test over text built from real surfaces."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from shortlist.taxonomy import load_taxonomy

TAX = load_taxonomy()
SURFACES = sorted({a for s in TAX.skills.values() for a in (s.name, *s.aliases)})


def test_two_candidates_on_one_span_do_not_crash() -> None:
    # found in a job post: two entries ended at the same span and the sort compared them
    text = "* Strong understanding of ML techniques such as CNNs,"
    assert [(h.skill_id, text[h.start : h.end]) for h in TAX.find(text)] == [
        ("machine_learning", "ML"),
        ("cnn", "CNNs"),
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SURFACES),
            st.sampled_from([" ", ", ", " and ", "/", " (", ") ", "s ", ". ", "-", "\n", "'s "]),
        ),
        max_size=12,
    ),
    st.booleans(),
)
def test_text_made_of_surfaces_never_breaks_the_matcher(
    parts: list[tuple[str, str]], upper: bool
) -> None:
    text = "".join(word + sep for word, sep in parts)
    if upper:
        text = text.upper()
    hits = TAX.find(text)
    for a, b in pairwise(hits):
        assert a.end <= b.start
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
