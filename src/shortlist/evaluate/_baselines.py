"""The three baselines shortlist must beat, written plainly so nobody can call them straw men.

Each reads the same visible text the product reads (``Document.text`` from ingest) and scores
every CV of a pool against one brief, with the brief as the query:

* ``tfidf_scores`` — cosine similarity of TF-IDF vectors (scikit-learn's ``TfidfVectorizer``,
  English stop words, sublinear tf, IDF fitted on the CV pool). The classic "resume vs job
  description similarity" tool.
* ``bm25_scores`` — Okapi BM25 (k1 = 1.5, b = 0.75) with the non-negative Lucene IDF
  ``ln(1 + (N − n + 0.5) / (n + 0.5))``, over the CV pool, summed over the brief's distinct
  terms. The standard lexical retrieval baseline.
* ``keyword_rate_scores`` — the share of the brief's keywords present anywhere in the CV, as
  ATS "match rate" tools show. The brief's keywords are the distinct taxonomy skills the brief
  names (``Taxonomy.find``); a keyword is present when the same skill id is found anywhere in
  the CV, skills list included, with no credit for narrower skills. This is deliberately the
  literal reading such tools make: it cannot tell a listed tool from a shipped one.

All three are deterministic and need nothing but the texts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from shortlist.taxonomy import Taxonomy, load_taxonomy

__all__ = [
    "BM25_B",
    "BM25_K1",
    "bm25_scores",
    "brief_keywords",
    "keyword_rate_scores",
    "tfidf_scores",
    "tokenize",
]

BM25_K1 = 1.5
BM25_B = 0.75

# scikit-learn's default token pattern, so TF-IDF and BM25 see the same terms.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens of two or more characters, English stop words removed."""
    return [t for t in _TOKEN.findall(text.lower()) if t not in ENGLISH_STOP_WORDS]


def tfidf_scores(brief_text: str, cv_texts: Mapping[str, str]) -> dict[str, float]:
    """Cosine similarity between the brief and each CV in TF-IDF space fitted on the CVs."""
    ids = sorted(cv_texts)
    if not ids:
        return {}
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, lowercase=True)
    try:
        matrix = vectorizer.fit_transform([cv_texts[i] for i in ids])
    except ValueError:  # an empty vocabulary: no CV has a single content word
        return dict.fromkeys(ids, 0.0)
    query = vectorizer.transform([brief_text])
    # Rows are L2-normalised by the vectorizer, so the dot product is the cosine.
    sims = np.asarray((matrix @ query.T).toarray()).ravel()
    return {cv_id: float(s) for cv_id, s in zip(ids, sims, strict=True)}


def bm25_scores(
    brief_text: str,
    cv_texts: Mapping[str, str],
    *,
    k1: float = BM25_K1,
    b: float = BM25_B,
) -> dict[str, float]:
    """Okapi BM25 of each CV for the brief's distinct terms, statistics from the CV pool."""
    ids = sorted(cv_texts)
    if not ids:
        return {}
    docs = {cv_id: Counter(tokenize(cv_texts[cv_id])) for cv_id in ids}
    lengths = {cv_id: sum(c.values()) for cv_id, c in docs.items()}
    avg_len = sum(lengths.values()) / len(ids) or 1.0
    n_docs = len(ids)
    query = sorted(set(tokenize(brief_text)))
    df = {t: sum(1 for c in docs.values() if t in c) for t in query}
    idf = {t: math.log(1.0 + (n_docs - df[t] + 0.5) / (df[t] + 0.5)) for t in query}
    out: dict[str, float] = {}
    for cv_id in ids:
        tf = docs[cv_id]
        norm = k1 * (1.0 - b + b * lengths[cv_id] / avg_len)
        out[cv_id] = math.fsum(idf[t] * tf[t] * (k1 + 1.0) / (tf[t] + norm) for t in query if tf[t])
    return out


def brief_keywords(brief_text: str, taxonomy: Taxonomy) -> frozenset[str]:
    """The distinct taxonomy skill ids a brief names: what an ATS would call its keywords."""
    return frozenset(hit.skill_id for hit in taxonomy.find(brief_text))


def keyword_rate_scores(
    brief_text: str,
    cv_texts: Mapping[str, str],
    *,
    taxonomy: Taxonomy | None = None,
) -> dict[str, float]:
    """Share (0–1) of the brief's keywords found anywhere in each CV; 0 if it names none."""
    tax = taxonomy or load_taxonomy()
    keywords = brief_keywords(brief_text, tax)
    out: dict[str, float] = {}
    for cv_id in sorted(cv_texts):
        if not keywords:
            out[cv_id] = 0.0
            continue
        found = {hit.skill_id for hit in tax.find(cv_texts[cv_id])}
        out[cv_id] = len(keywords & found) / len(keywords)
    return out
