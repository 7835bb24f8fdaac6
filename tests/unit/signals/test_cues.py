"""``CueBank`` answers many cue sets in one pass: it must give exactly what each ``Cues`` gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from shortlist.signals._bullets import _BANK, _BANK_CUES
from shortlist.signals._cues import CueBank, Cues, Line

# words that start, end or extend the bank's own cues, so that lines hit them often and in
# every relation: a cue, a longer form of a cue, a cue inside a phrase, a near miss
_VOCAB = sorted(
    {
        piece
        for cues in _BANK_CUES.values()
        for cue in (*cues.words, *cues.prefixes, *cues.phrases)
        for piece in (cue, cue + "ed", cue[:-1], cue.split(" ")[-1])
        if piece
    }
    | {"worked", "on", "various", "using", "with", "p<0.01", "#4312", "3x", "120", "ms", "→"}
)


def _separate(line: Line) -> set[str]:
    return {name for name, cues in _BANK_CUES.items() if cues.found(line)}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB) | st.text(min_size=1, max_size=8), max_size=25))
def test_bank_equals_asking_each_cue_set(words: list[str]) -> None:
    line = Line(" ".join(words))
    assert _BANK.found(line) == _separate(line)


def test_a_longer_cue_of_one_set_does_not_hide_a_shorter_cue_of_another() -> None:
    bank = CueBank(
        {
            "short": Cues(prefixes=("deploy",)),
            "long": Cues(phrases=("deployment review",)),
            "inner": Cues(prefixes=("review",)),
        }
    )
    assert bank.found(Line("Led the deployment review board")) == {"short", "long", "inner"}
    assert bank.found(Line("Deployed it")) == {"short"}
    assert bank.found(Line("redeployed it")) == set()


def test_a_gated_pattern_runs_only_when_its_gate_finds_something() -> None:
    digits = Cues(pattern=re.compile(r"\b\d+ ?gpus\b", re.IGNORECASE), gate=re.compile(r"\d"))
    bank = CueBank({"scale": digits})
    assert bank.found(Line("trained on 64 GPUs")) == {"scale"}
    assert bank.found(Line("trained on many GPUs")) == set()
