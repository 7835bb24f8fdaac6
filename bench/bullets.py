"""Bullet kinds (outcome / process / claim): ``classify_bullet`` against hand labels.

Run from the repository root::

    .venv/bin/python bench/bullets.py            # evaluate on bench/data/bullets.csv
    .venv/bin/python bench/bullets.py --collect  # re-collect the unlabelled candidates

Labels: ``bench/data/bullets.csv`` (id, source, text, label, note), labelled by hand against
``bench/data/BULLET_RUBRIC.md`` before the classifier was run on them. The candidates come from
the experience / project bullets of ``examples/cvs/*.md``, and from bullet-like lines of the
technical categories of ``../shared/data/resume-categories/resumes_dedup.csv`` and of
``../shared/data/resume-fields/traindata.json`` (a fixed, hash-ordered sample), deduplicated.

Prints accuracy (95% bootstrap interval, seed 0), macro-F1, per-class P/R/F1 and the confusion
matrix of ``classify_bullet(Bullet(text, ...), skills).kind`` (skills from the taxonomy, as in
``signals.extract``) and, side by
side, of a baseline: "has a digit → outcome; starts with a past-tense verb (-ed) → process;
else claim". Then every misclassified bullet, grouped by (gold, predicted).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from shortlist.evaluate import bootstrap_ci
from shortlist.signals import classify_bullet
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Bullet, Span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "bench" / "data" / "bullets.csv"
KINDS = ("outcome", "process", "claim")
TECH_CATEGORIES = frozenset(
    {
        "Data Science",
        "Python Developer",
        "DevOps Engineer",
        "Hadoop",
        "Database",
        "ETL Developer",
        "Java Developer",
        "Automation Testing",
        "Testing",
        "Blockchain",
        "DotNet Developer",
        "Network Security Engineer",
        "Business Analyst",
        "SAP Developer",
        "Web Designing",
    }
)
_WORK_HEADING = re.compile(r"experience|project|employment|open source|open-source|capstone", re.I)
_BULLET_MARK = re.compile(r"^\s*(?:[-*•●▪◦➢❖✓]|\d{1,2}[.)])\s+")
_NOISE = re.compile(
    r"exprience -|company -|description -|indeed\.com|https?://|@|\b(?:19|20)\d\d\s*(?:to|-|–)\s*"
    r"(?:present|(?:19|20)\d\d)|^(?:skills?|education|languages?|environment|tools?)\b",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:\n|\s[*•●▪◦➢❖✓]\s|\s-\s(?=[A-Z]))\s*")
# the CSV's bullets arrive as mojibake ("â¢" for "•"); they split lines too
_MOJIBAKE = re.compile(r"â\S?|ï\S?|Â·?")
_NOT_WORK = re.compile(
    r"\b(?:college|university|school|board|ssc|hsc|b\.?sc|bachelor|degree|courses?|period|"
    r"abstract|responsibilities|areas of expertise)\b|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\s+(?:19|20)\d\d",
    re.I,
)
_TRUNCATED = re.compile(r"(?:,|\b(?:and|by|of|the|to|for|had|with|on|in|a|an|as|per))$", re.I)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9%$.+ ]", " ", text.lower()).split())


def _clean(text: str) -> str:
    text = _BULLET_MARK.sub("", text.replace("**", "").replace("`", ""))
    return " ".join(text.split()).strip(" -*•")


def _example_bullets() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "examples" / "cvs").glob("*.md")):
        in_work = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                in_work = bool(_WORK_HEADING.search(line))
            elif in_work and _BULLET_MARK.match(line):
                yield f"examples/{path.stem}", _clean(line)


def _bullet_like(text: str) -> bool:
    words = text.split()
    return (
        6 <= len(words) <= 45
        and text[:1].isupper()
        and not _NOISE.search(text)
        and not _NOT_WORK.search(text)
        and not _TRUNCATED.search(text.rstrip(" .;:"))
        and sum(w.endswith(",") for w in words) < len(words) / 3
    )


def _sampled(items: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    return sorted(items, key=lambda it: hashlib.sha256(it[1].encode()).hexdigest())[:n]


def _resume_lines(n: int) -> list[tuple[str, str]]:
    path = DATA / "resume-categories" / "resumes_dedup.csv"
    found = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row["Category"] in TECH_CATEGORIES:
                for piece in _SPLIT.split(_MOJIBAKE.sub("\n", row["Resume"])):
                    text = _clean(piece)
                    if _bullet_like(text):
                        found.append((f"resume-categories/{i}", text))
    return _sampled(found, n)


def _traindata_lines(n: int) -> list[tuple[str, str]]:
    path = DATA / "resume-fields" / "traindata.json"
    found = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        content = json.loads(line)["content"]
        for piece in content.splitlines():
            text = _clean(piece)
            if _bullet_like(text):
                found.append((f"resume-fields/{i}", text))
    return _sampled(found, n)


def collect(n_resumes: int = 80, n_traindata: int = 80) -> list[tuple[str, str]]:
    """The unlabelled candidates, deduplicated on lower-cased words, in a fixed order."""
    seen: set[str] = set()
    out = []
    for source, text in [
        *_example_bullets(),
        *_resume_lines(n_resumes),
        *_traindata_lines(n_traindata),
    ]:
        key = _norm(text)
        if key and key not in seen:
            seen.add(key)
            out.append((source, text))
    return out


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def ours(text: str) -> str:
    # as in production (signals.extract): the skills the line names are passed along
    skills = tuple(dict.fromkeys(h.skill_id for h in load_taxonomy().find(text)))
    return classify_bullet(Bullet(text, Span(0, len(text)), "experience"), skills).kind


_PAST = re.compile(r"^[A-Za-z][a-z-]*ed\b")


def baseline(text: str) -> str:
    if any(ch.isdigit() for ch in text):
        return "outcome"
    return "process" if _PAST.match(text.strip()) else "claim"


def report(name: str, gold: Sequence[str], pred: Sequence[str]) -> None:
    pairs = list(zip(gold, pred, strict=True))
    correct = [float(g == p) for g, p in pairs]
    low, high = bootstrap_ci(correct, n_boot=2000, seed=0)
    print(f"\n### {name}")
    rows = []
    for k in KINDS:
        tp = sum(g == p == k for g, p in pairs)
        prec = tp / pred.count(k) if pred.count(k) else 0.0
        rec = tp / gold.count(k) if gold.count(k) else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append((k, prec, rec, f1, gold.count(k), pred.count(k)))
    macro = sum(r[3] for r in rows) / len(rows)
    print(
        f"accuracy {sum(correct) / len(correct):.3f}  (95% CI {low:.3f}–{high:.3f})   "
        f"macro-F1 {macro:.3f}"
    )
    print(f"{'class':<9}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}")
    for k, prec, rec, f1, n_gold, n_pred in rows:
        print(f"{k:<9}{prec:>7.3f}{rec:>7.3f}{f1:>7.3f}{n_gold:>6}{n_pred:>6}")
    print("confusion (rows gold, columns predicted)")
    print(" " * 9 + "".join(f"{k:>9}" for k in KINDS))
    for g in KINDS:
        print(f"{g:<9}" + "".join(f"{sum(x == (g, c) for x in pairs):>9}" for c in KINDS))


def main(argv: Sequence[str]) -> int:
    if "--collect" in argv:
        if not DATA.is_dir():
            print(f"skipped: {DATA} not found (the shared data folder is not present)")
            return 0
        for i, (source, text) in enumerate(collect(), 1):
            print(f"b{i:03d}\t{source}\t{text}")
        return 0
    rows = read_labels()
    gold = [r["label"] for r in rows]
    systems: dict[str, Callable[[str], str]] = {
        "classify_bullet": ours,
        "baseline: digit → outcome; leading -ed verb → process; else claim": baseline,
    }
    print(f"{len(rows)} labelled bullets ({LABELS.relative_to(ROOT)})")
    print("by source: " + ", ".join(f"{s} {n}" for s, n in _count(r["source"] for r in rows)))
    print("labels:    " + ", ".join(f"{k} {gold.count(k)}" for k in KINDS))
    preds = {name: [fn(r["text"]) for r in rows] for name, fn in systems.items()}
    for name, pred in preds.items():
        report(name, gold, pred)
    print("\n### classify_bullet mistakes, by (gold → predicted)")
    mine = preds["classify_bullet"]
    for g in KINDS:
        for p in KINDS:
            wrong = [r for r, x in zip(rows, mine, strict=True) if r["label"] == g and x == p]
            if g == p or not wrong:
                continue
            print(f"\n{g} → {p} ({len(wrong)})")
            for r in wrong:
                note = f"   [{r['note']}]" if r["note"] else ""
                print(f"  {r['id']} {r['text'][:150]}{note}")
    return 0


def _count(items: Iterator[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for item in items:
        key = item.split("/")[0]
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
