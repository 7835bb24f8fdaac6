"""Build ``src/shortlist/match/data/background.json``: the background document frequencies that
weight the ``wording`` feature (docs/scoring.md).

    python tools/build_background.py ../shared/data/taxonomies/esco_skills.csv \
        ../shared/data/taxonomies/esco_occupations.csv

Each input is a CSV with a ``description`` column; every row is one document (an ESCO skill or
occupation: preferred label, alternative labels and definition). Terms are read with the same
tokenizer the feature uses (``shortlist.match._wording.tokens``) and the stop words are
scikit-learn's English list, which is written into the file so the package never imports
scikit-learn to score. Terms found in fewer than ``--min-df`` documents are left out; the
feature reads them as unseen (the highest weight), which changes their weight by about a tenth.

The output is deterministic (sorted keys), so running this again on the same files gives the
same bytes; ``--check`` fails when the committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from shortlist.match._wording import tokens

OUT = Path(__file__).resolve().parents[1] / "src" / "shortlist" / "match" / "data" / "background.json"
SOURCE = (
    "ESCO (European Skills, Competences, Qualifications and Occupations) skills and "
    "occupations descriptions, European Commission, CC BY 4.0 "
    "(https://esco.ec.europa.eu); document frequencies only"
)


def build(paths: list[Path], min_df: int) -> dict[str, object]:
    stop = frozenset(ENGLISH_STOP_WORDS)
    df: Counter[str] = Counter()
    n_docs = 0
    csv.field_size_limit(1 << 30)
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                n_docs += 1
                df.update(set(tokens(row["description"], stop)))
    return {
        "source": SOURCE,
        "files": [p.name for p in paths],
        "n_docs": n_docs,
        "min_df": min_df,
        "stop_words": sorted(stop),
        "df": {t: n for t, n in sorted(df.items()) if n >= min_df},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="+", type=Path, help="CSV files with a description column")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail if --out would change")
    args = parser.parse_args(argv)
    text = json.dumps(build(args.csv, args.min_df), ensure_ascii=False, indent=0) + "\n"
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"{args.out}: {data['n_docs']} documents, {len(data['df'])} terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
