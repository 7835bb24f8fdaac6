"""Ranking: by score, ties explicit and sharing a rank, order stable."""

from __future__ import annotations

from shortlist.match import rank
from shortlist.types import Match


def _m(path: str, score: float) -> Match:
    return Match(path=path, score=score, family="mlops", components={}, requirements=())


def test_ties_share_a_rank_and_are_marked() -> None:
    ranked = rank([_m("c.pdf", 50.0), _m("a.pdf", 70.0), _m("b.pdf", 50.0), _m("d.pdf", 10.0)])
    assert [(r.match.path, r.rank, r.tied) for r in ranked] == [
        ("a.pdf", 1, False),
        ("b.pdf", 2, True),
        ("c.pdf", 2, True),
        ("d.pdf", 4, False),
    ]


def test_order_does_not_depend_on_input_order() -> None:
    items = [_m(f"{i}.pdf", float(i % 3)) for i in range(12)]
    assert rank(items) == rank(list(reversed(items)))
