"""Field extraction and redaction of the parse stage on 200 annotated real resumes.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python bench/parse_fields.py [--data PATH] [--misses]

Data: DataTurks "Entity Recognition in Resumes" (``../shared/data/resume-fields/traindata.json``,
one JSON per line, ``{"content", "annotation": [{"label", "points": [{"start","end","text"}]}]}``,
end offsets inclusive).

Prints, per field, precision / recall / F1 of ``shortlist.parse`` and of a simple baseline (the
obvious rules: first line is the name, an e-mail regex, ...) side by side; then name and e-mail
*redaction recall* (share of annotated name / e-mail spans whose every non-space character lies
inside a PII span), with every miss listed; then parse speed (median over CVs of the best of
five parses, one core).

Matching: a predicted value matches a gold value when, lower-cased with spaces collapsed, one
contains the other (annotations are noisy about trailing words); each gold value is matched at
most once per resume; duplicates in gold or prediction are counted once. Years of experience
match within one year (an annotated "6 months" is half a year), and are scored only on resumes
that annotate them. The row "years (positions only)" scores the figure from dated positions
alone, before the CV's own statement of its experience is taken into account (see
``shortlist.parse._experience``); "years of experience" is the final figure.

``--misses`` lists, per resume, the gold values no prediction matched and, for designation and
companies, the predictions that matched no gold value (on resumes that annotate the field).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from shortlist.parse import parse
from shortlist.parse._experience import experience_years
from shortlist.parse._positions import split_title_org
from shortlist.types import Document, PartialDate, Profile

FIELDS = {
    "name": "Name",
    "email": "Email Address",
    "designation": "Designation",
    "companies": "Companies worked at",
    "degree": "Degree",
    "college": "College Name",
    "graduation year": "Graduation Year",
    "years of experience": "Years of Experience",
}
#: rows scored against the gold of another field: the interval-only years figure
DERIVED = {"years (positions only)": "years of experience"}
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/resume-fields/traindata.json"


def norm(s: str) -> str:
    return " ".join(s.lower().split()).strip(" .,-–—|:;")


def _aligned(content: str, start: int, text: str) -> tuple[int, int, str]:
    """The annotated span, re-found nearby when DataTurks offsets drift (they do, by a few
    characters); a leading "Indeed:" label is dropped from e-mail spans (it is no address)."""
    if content[start : start + len(text)] != text:
        near = content.find(text, max(0, start - 40), start + len(text) + 40)
        if near != -1:
            start = near
    m = re.match(r"\s*Indeed:\s*", text)
    if m:
        start, text = start + m.end(), text[m.end() :]
    return start, start + len(text), text


def gold_fields(record: dict[str, object]) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {k: [] for k in FIELDS}
    for ann in record.get("annotation") or []:  # type: ignore[union-attr]
        for key, label in FIELDS.items():
            if label in ann["label"]:
                for p in ann["points"]:
                    out[key].append(_aligned(str(record["content"]), p["start"], p["text"]))
    return out


# ── predictions ─────────────────────────────────────────────────────────────────────────────


_CONTACT = re.compile(r"\[(?:EMAIL|PHONE|URL|ADDRESS)\]|(?i:e-?mail me)")


def predict_shortlist(profile: Profile, today: PartialDate | None = None) -> dict[str, list[str]]:
    r = profile.redacted
    original = profile.document.text
    contact = profile.contact
    email = [contact["email"]] if "email" in contact else []
    if not email:
        # the Indeed export's "Email me on Indeed: indeed.com/r/..." is the contact address
        urls = [p.span.of(original) for p in profile.pii if p.kind == "url"]
        email = [u for u in urls if "indeed.com/r/" in u.lower()][:1]
    titles = [p.title for p in r.positions if p.title]
    # the CV's own headline under the name is a designation too
    header = next((s for s in r.sections if s.kind == "header"), None)
    if header is not None:
        lines = [ln.strip() for ln in header.span.of(r.text).split("\n") if ln.strip()]
        # ... unless it is a contact line ("City, State - Email me on Indeed: [URL]")
        if (
            len(lines) >= 2
            and lines[0] == "[NAME]"
            and len(lines[1].split()) <= 8
            and not _CONTACT.search(lines[1])
        ):
            headline = split_title_org(re.split(r"\s+-\s+", lines[1]))[0]
            if headline:
                titles.insert(0, headline)
    by_dates = experience_years(r.text, r.positions, today).intervals
    return {
        "name": [contact["name"]] if "name" in contact else [],
        "email": email,
        "designation": titles,
        "companies": [p.organisation for p in r.positions if p.organisation],
        "degree": [e.degree + (" " + e.field if e.field else "") for e in r.education if e.degree],
        "college": [e.institution for e in r.education if e.institution],
        "graduation year": [str(e.year) for e in r.education if e.year],
        "years of experience": [] if r.years_experience is None else [str(r.years_experience)],
        "years (positions only)": [] if by_dates is None else [str(by_dates)],
    }


_B_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S*indeed\.com/r/\S+")
_B_DEGREE = re.compile(
    r"\b(?:B\.?E|B\.?Tech|M\.?Tech|B\.?Sc|M\.?Sc|MBA|MCA|BCA|Bachelor|Master|Ph\.?D|B\.?Com|"
    r"Diploma)\b"
)
_B_COLLEGE = re.compile(r"[^\n]*\b(?:University|College|Institute|School)\b[^\n]*")
_B_DATES = re.compile(r"\b(?:19|20)\d{2}\s+to\s+(?:Present|\w+\s+(?:19|20)\d{2})")
_B_YEARS = re.compile(r"(\d+(?:\.\d+)?)\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)


def predict_baseline(text: str) -> dict[str, list[str]]:
    """The obvious rules a first attempt would use."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    email = _B_EMAIL.search(text)
    companies: list[str] = []
    titles = lines[1:2]
    raw = text.split("\n")
    nonempty = [i for i, ln in enumerate(raw) if ln.strip()]
    for k, i in enumerate(nonempty):
        if _B_DATES.search(raw[i]) and k >= 2:
            companies.append(raw[nonempty[k - 1]].split(" - ")[0])
            titles.append(raw[nonempty[k - 2]])
    degrees = [ln for ln in lines if _B_DEGREE.search(ln)]
    colleges = [m.group().split(" - ")[0] for m in _B_COLLEGE.finditer(text)]
    years: list[str] = []
    for i, ln in enumerate(lines):
        if _B_DEGREE.search(ln):
            found = re.findall(r"\b(?:19|20)\d{2}\b", " ".join(lines[i : i + 4]))
            if found:
                years.append(found[-1])
    yoe = _B_YEARS.search(text)
    return {
        "name": lines[:1],
        "email": [email.group()] if email else [],
        "designation": titles,
        "companies": companies,
        "degree": degrees,
        "college": colleges,
        "graduation year": years,
        "years of experience": [yoe.group(1)] if yoe else [],
    }


# ── scoring ─────────────────────────────────────────────────────────────────────────────────


_GOLD_YEARS = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*\+?\s*(?P<unit>months?|mo|y(?:ea)?rs?\.?)?"
    r"(?:\s*(?:and\s+)?(?P<m>\d{1,2})\s*months?)?",
    re.IGNORECASE,
)


def gold_years(gold: str) -> float | None:
    """An annotated duration in years: "5 Years 11 Months" is 5.9, "6 months" is 0.5."""
    g = _GOLD_YEARS.search(gold)
    if g is None:
        return None
    value = float(g["n"])
    if (g["unit"] or "").lower().startswith("mo"):
        return value / 12
    return value + (int(g["m"]) / 12 if g["m"] else 0.0)


def _match(field: str, pred: str, gold: str) -> bool:
    if field == "years of experience":
        g = gold_years(gold)
        try:
            return g is not None and abs(float(pred) - g) <= 1.0
        except ValueError:
            return False
    if field == "graduation year":
        g = re.search(r"(?:19|20)\d{2}", gold)
        return g is not None and g.group() == pred.strip()
    p, q = _tokens(pred), _tokens(gold)
    return bool(p) and bool(q) and (p <= q or q <= p)


def _tokens(s: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", s.lower())) - {"in", "of", "and", "the"}


class Score:
    def __init__(self) -> None:
        self.tp_pred = self.n_pred = self.tp_gold = self.n_gold = 0

    def add(self, field: str, preds: Iterable[str], golds: Iterable[str]) -> None:
        p = list(dict.fromkeys(x for x in preds if norm(x)))
        g = list(dict.fromkeys(norm(x) for x in golds if norm(x)))
        self.n_pred += len(p)
        self.n_gold += len(g)
        self.tp_pred += sum(any(_match(field, x, y) for y in g) for x in p)
        self.tp_gold += sum(any(_match(field, x, y) for x in p) for y in g)

    def prf(self) -> tuple[float, float, float]:
        prec = self.tp_pred / self.n_pred if self.n_pred else 0.0
        rec = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1


def covered(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """Whether every non-space character of ``text[start:end]`` lies inside some span."""
    for i in range(start, min(end, len(text))):
        if text[i].isspace():
            continue
        if not any(a <= i < b for a, b in spans):
            return False
    return True


def _best_time(doc: Document, repeats: int = 5) -> float:
    """Seconds for one parse: the best of a few runs, as ``timeit`` reports, so that other
    processes on a shared machine do not inflate the figure."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        parse(doc)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--misses", action="store_true", help="also list field misses")
    ap.add_argument(
        "--today",
        help="YYYY-MM to resolve 'Present' (as the CLI passes today's date); default: parse's "
        "own rule, the latest date written in the CV",
    )
    ap.add_argument(
        "--examples",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "examples" / "cvs",
        help="Markdown CVs timed as the 'two-page CV' speed figure",
    )
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    today = None
    if args.today:
        year, month = args.today.split("-")
        today = PartialDate(int(year), int(month))

    ours = {f: Score() for f in [*FIELDS, *DERIVED]}
    base = {f: Score() for f in [*FIELDS, *DERIVED]}
    red_hits = {"name": 0, "email": 0}
    red_total = {"name": 0, "email": 0}
    red_misses: list[str] = []
    times: list[float] = []
    for n, rec in enumerate(records):
        text = rec["content"]
        gold = gold_fields(rec)
        doc = Document(f"traindata#{n}", "text", text)
        profile = parse(doc, today=today)
        times.append(_best_time(doc))
        pred, bpred = predict_shortlist(profile, today), predict_baseline(text)
        for f in [*FIELDS, *DERIVED]:
            gf = DERIVED.get(f, f)
            if gf == "years of experience" and not gold[gf]:
                continue
            golds = [g[2] for g in gold[gf]]
            ours[f].add(gf, pred[f], golds)
            base[f].add(gf, bpred[gf], golds)
        spans = [(p.span.start, p.span.end) for p in profile.pii]
        for f in ("name", "email"):
            for start, end, gtext in dict.fromkeys(gold[f]):
                red_total[f] += 1
                if covered(spans, text, start, end):
                    red_hits[f] += 1
                else:
                    red_misses.append(f"  #{n} {f}: {gtext!r}")
        if args.misses:
            for f in ("name", "designation", "companies", "degree", "college"):
                missed = [g[2] for g in gold[f] if not any(_match(f, p, g[2]) for p in pred[f])]
                if missed:
                    print(f"#{n} {f}: missed {sorted(set(missed))} predicted {pred[f]}")
            for f in ("designation", "companies"):
                wrong = [p for p in pred[f] if not any(_match(f, p, g[2]) for g in gold[f])]
                if wrong and gold[f]:
                    print(f"#{n} {f}: false positives {sorted(set(wrong))}")

    print(
        f"resumes: {len(records)}; 'Present' resolved against: "
        f"{args.today or 'latest date in CV'}\n"
    )
    print("| field | shortlist P | R | F1 | baseline P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for f in [*FIELDS, *DERIVED]:
        p, r, f1 = ours[f].prf()
        bp, br, bf1 = base[f].prf()
        print(f"| {f} | {p:.2f} | {r:.2f} | {f1:.2f} | {bp:.2f} | {br:.2f} | {bf1:.2f} |")
    print("\n| redaction recall | covered | total | recall |")
    print("|---|---|---|---|")
    for f in ("name", "email"):
        rate = red_hits[f] / red_total[f] if red_total[f] else 0.0
        print(f"| {f} | {red_hits[f]} | {red_total[f]} | {rate:.1%} |")
    print(f"\nredaction misses ({len(red_misses)}):")
    print("\n".join(red_misses) or "  none")
    med = statistics.median(times) * 1000
    chars = statistics.median(len(r["content"]) for r in records)
    per_kb = statistics.median(
        t * 1000 / max(1, len(r["content"])) * 1000 for t, r in zip(times, records, strict=True)
    )
    print(
        f"\nparse time per CV: median {med:.2f} ms (median CV {chars:.0f} chars; "
        f"{per_kb:.2f} ms per 1,000 chars), best of 5, one core, no PDF extraction"
    )
    examples = sorted(args.examples.glob("*.md")) if args.examples.is_dir() else []
    if examples:
        texts = [p.read_text(encoding="utf-8") for p in examples]
        ex_times = [
            _best_time(Document(name.name, "markdown", t))
            for name, t in zip(examples, texts, strict=True)
        ]
        size = statistics.median(len(t) for t in texts)
        print(
            f"bundled example CVs ({len(examples)}, median {size:.0f} chars, 1-2 pages): "
            f"median {statistics.median(ex_times) * 1000:.2f} ms per CV"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
