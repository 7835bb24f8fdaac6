"""Skill spans on SkillSpan dev: ``Taxonomy.find`` against human span annotations.

Run from the repository root::

    .venv/bin/python bench/skillspan.py

Data: SkillSpan (Zhang et al., NAACL 2022; MIT licence), the dev splits HOUSE and TECH in CoNLL
(``../shared/data/skillspan/conll/skillspan_{house,tech}_dev.conll``: one token a line with its
skill and its knowledge BIO tag, a blank line between sentences; names are replaced by
placeholders such as ``<ORGANIZATION>``).

Mapping rule:

* gold — the union of the skill spans and the knowledge spans of a sentence, as token ranges
  (a span annotated both ways counts once);
* predicted — the sentence is the tokens joined by single spaces; each hit of
  ``load_taxonomy().find(sentence)`` becomes the range of tokens its characters overlap
  (duplicates count once).

Scores, per split and overall (spans pooled over sentences): *strict* — a predicted span is
right when the identical token range is gold; *loose* — a predicted span is right when it
overlaps some gold span, and a gold span is found when some predicted span overlaps it.
Recall is also given by gold type (skill / knowledge).

Baseline side by side: every maximal run of "technical" tokens — a token with an uppercase
letter (past its first character, for the first token of a sentence) or a digit, or in a small
list of lower-case tech words; placeholders and punctuation are never technical.

Expect low recall: SkillSpan's skills are mostly soft skills and long verb phrases ("work in
a team", "take ownership of deliveries") and its knowledge spans include domains and
qualifications; the taxonomy is about AI/ML tools and methods.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from shortlist.taxonomy import load_taxonomy

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SKILLSPAN = DATA / "skillspan" / "conll"
SPLITS = {"house": "skillspan_house_dev.conll", "tech": "skillspan_tech_dev.conll"}

TokenSpan = tuple[int, int]  # token range, end exclusive

TECH_WORDS = frozenset(
    [
        "python",
        "java",
        "javascript",
        "typescript",
        "sql",
        "nosql",
        "scala",
        "golang",
        "rust",
        "c",
        "c++",
        "c#",
        "r",
        "bash",
        "linux",
        "unix",
        "git",
        "docker",
        "kubernetes",
        "k8s",
        "aws",
        "azure",
        "gcp",
        "cloud",
        "spark",
        "hadoop",
        "kafka",
        "airflow",
        "terraform",
        "ansible",
        "jenkins",
        "react",
        "angular",
        "vue",
        "node",
        "node.js",
        "django",
        "flask",
        "pandas",
        "numpy",
        "pytorch",
        "tensorflow",
        "keras",
        "ml",
        "ai",
        "nlp",
        "api",
        "apis",
        "rest",
        "graphql",
        "html",
        "css",
        "devops",
        "mlops",
        "etl",
    ]
)


@dataclass(frozen=True, slots=True)
class Sentence:
    tokens: tuple[str, ...]
    skill: tuple[TokenSpan, ...]
    knowledge: tuple[TokenSpan, ...]

    @property
    def gold(self) -> frozenset[TokenSpan]:
        return frozenset(self.skill) | frozenset(self.knowledge)


def bio_spans(tags: Sequence[str]) -> tuple[TokenSpan, ...]:
    spans: list[TokenSpan] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            spans.append((start, i))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start = i
    return tuple(spans)


def read_conll(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            rows.append(line.split("\t"))
        elif rows:
            toks = tuple(r[0] for r in rows)
            skill = bio_spans([r[1] for r in rows])
            knowledge = bio_spans([r[2] for r in rows])
            sentences.append(Sentence(toks, skill, knowledge))
            rows = []
    return sentences


def taxonomy_spans() -> Callable[[Sentence], frozenset[TokenSpan]]:
    taxonomy = load_taxonomy()

    def predict(sentence: Sentence) -> frozenset[TokenSpan]:
        starts, pos = [], 0
        for tok in sentence.tokens:
            starts.append(pos)
            pos += len(tok) + 1
        text = " ".join(sentence.tokens)
        spans = set()
        for hit in taxonomy.find(text):
            covered = [
                i
                for i, (s, tok) in enumerate(zip(starts, sentence.tokens, strict=True))
                if s < hit.end and hit.start < s + len(tok)
            ]
            if covered:
                spans.add((covered[0], covered[-1] + 1))
        return frozenset(spans)

    return predict


def _technical(tok: str, first: bool) -> bool:
    if tok.startswith("<") and tok.endswith(">"):
        return False
    if not any(ch.isalnum() for ch in tok):
        return False
    if tok.lower() in TECH_WORDS or any(ch.isdigit() for ch in tok):
        return True
    upper = tok[1:] if first else tok
    return any(ch.isupper() for ch in upper)


def baseline_spans(sentence: Sentence) -> frozenset[TokenSpan]:
    spans: set[TokenSpan] = set()
    start: int | None = None
    for i, tok in enumerate([*sentence.tokens, ""]):
        tech = bool(tok) and _technical(tok, i == 0)
        if tech and start is None:
            start = i
        elif not tech and start is not None:
            spans.add((start, i))
            start = None
    return frozenset(spans)


def _overlaps(a: TokenSpan, others: Iterable[TokenSpan]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in others)


@dataclass(slots=True)
class Tally:
    pred: int = 0
    gold: int = 0
    strict_tp: int = 0
    loose_pred_ok: int = 0
    loose_gold_found: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type → [gold, strict, loose]

    def add(self, sentence: Sentence, predicted: frozenset[TokenSpan]) -> None:
        gold = sentence.gold
        self.pred += len(predicted)
        self.gold += len(gold)
        self.strict_tp += len(predicted & gold)
        self.loose_pred_ok += sum(_overlaps(p, gold) for p in predicted)
        self.loose_gold_found += sum(_overlaps(g, predicted) for g in gold)
        for name, spans in (("skill", sentence.skill), ("knowledge", sentence.knowledge)):
            row = self.by_type.setdefault(name, [0, 0, 0])
            row[0] += len(set(spans))
            row[1] += len(set(spans) & predicted)
            row[2] += sum(_overlaps(g, predicted) for g in set(spans))


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def print_row(split: str, system: str, t: Tally) -> None:
    sp, sr, sf = _prf(t.strict_tp, t.pred, t.strict_tp, t.gold)
    lp, lr, lf = _prf(t.loose_pred_ok, t.pred, t.loose_gold_found, t.gold)
    rec = "  ".join(
        f"{name} {row[1] / row[0]:.3f}/{row[2] / row[0]:.3f}"
        for name, row in t.by_type.items()
        if row[0]
    )
    print(
        f"{split:<8}{system:<11}{t.gold:>6}{t.pred:>6}  {sp:.3f} {sr:.3f} {sf:.3f}   "
        f"{lp:.3f} {lr:.3f} {lf:.3f}   {rec}"
    )


def main() -> int:
    paths = {split: SKILLSPAN / name for split, name in SPLITS.items()}
    if not all(p.is_file() for p in paths.values()):
        print(f"skipped: SkillSpan dev files not found under {SKILLSPAN}")
        return 0
    systems: dict[str, Callable[[Sentence], frozenset[TokenSpan]]] = {
        "taxonomy": taxonomy_spans(),
        "baseline": baseline_spans,
    }
    overall = {name: Tally() for name in systems}
    per_split: dict[str, dict[str, Tally]] = {}
    examples: dict[str, list[str]] = {"missed": [], "extra": []}
    for split, path in paths.items():
        sentences = read_conll(path)
        n_gold = sum(len(s.gold) for s in sentences)
        print(f"{split}: {len(sentences)} sentences, {n_gold} gold spans")
        per_split[split] = {name: Tally() for name in systems}
        for sentence in sentences:
            for name, predict in systems.items():
                predicted = predict(sentence)
                per_split[split][name].add(sentence, predicted)
                overall[name].add(sentence, predicted)
                if name == "taxonomy":
                    toks = sentence.tokens
                    for g in sorted(sentence.gold - predicted):
                        examples["missed"].append(" ".join(toks[g[0] : g[1]]))
                    for p in sorted(predicted - sentence.gold):
                        examples["extra"].append(" ".join(toks[p[0] : p[1]]))
    print(
        "\nstrict = exact token span; loose = any overlap.  "
        "recall by type: strict/loose\n"
        f"{'split':<8}{'system':<11}{'gold':>6}{'pred':>6}  {'P':<6}{'R':<6}{'F1':<8}"
        f"{'P':<6}{'R':<6}{'F1':<8}"
    )
    for split, tallies in [*per_split.items(), ("overall", overall)]:
        for name, tally in tallies.items():
            print_row(split, name, tally)
    for kind, spans in examples.items():
        counts: dict[str, int] = {}
        for s in spans:
            counts[s.lower()] = counts.get(s.lower(), 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
        label = "gold spans not predicted exactly" if kind == "missed" else "not gold"
        print(f"\ntaxonomy, most common {label} ({len(spans)} in all):")
        print("  " + "; ".join(f"{s!r}×{n}" for s, n in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
