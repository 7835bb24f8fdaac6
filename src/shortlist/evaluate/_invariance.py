"""Built-in invariance checks (CheckList-style) of shortlist's score on a set of Markdown CVs.

Each check edits every CV in a way that must not buy a better score, scores the edited text
against every brief, and reports the largest change seen next to its stated tolerance:

* **name swap** — the heading name, e-mail address and pronouns replaced by each of several
  people from different cultures: no score may move (tolerance 0). Names never reach scoring;
  this checks that claim end to end, redaction included.
* **skills ×10** — the Skills section's body repeated ten times: no score may move
  (tolerance 0). Repeating a skill adds nothing by design.
* **visible keyword paste** — the brief's must-have labels pasted as a line of the Skills
  section (a new Skills section if there is none): the score may rise by at most
  ``PASTE_TOLERANCE`` points, because listing is worth 0.15 of showing. The same paste's gain
  under the keyword match-rate baseline is given alongside, for contrast.
* **hidden keyword paste** — not testable here: Markdown has no hidden text. Hidden text is
  removed by ingest before anything is scored, and the ingest tests cover it for PDF, DOCX
  and HTML; the result says so rather than pretending to pass.

The checks work at the library level on ``Document(path, "markdown", text)`` →
``parse`` → ``signals.extract`` → ``match``, so they need no files beyond the inputs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from shortlist.match import EvidenceScorer, match
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.semantic import Encoder, SemanticFit
from shortlist.signals import extract
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Document, PartialDate, RoleSpec, Signals

from ._baselines import keyword_rate_scores
from ._scorers import DEFAULT_TODAY

__all__ = [
    "PASTE_TOLERANCE",
    "PEOPLE",
    "InvarianceResult",
    "invariance_checks",
    "paste_keywords",
    "read_markdown_folder",
    "repeat_skills",
    "swap_identity",
]

PASTE_TOLERANCE = 8.0

#: (name, e-mail, pronouns): names from several cultures and scripts, all fictional.
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Emily Walsh", "emily.walsh@example.com", "she/her"),
    ("Lakisha Washington", "lakisha.w@example.org", "she/her"),
    ("Jamal Jones", "jjones@example.net", "he/him"),
    ("Nguyễn Thị Minh Khai", "minhkhai@example.com", "she/her"),
    ("Oluwaseun Adébáyọ̀", "seun@example.org", "they/them"),
    ("José María García-López", "jm.garcia@example.com", "he/him"),
    ("Zhang Xiuying", "zhang.xy@example.com", "she/her"),
    ("Mohammed Abdullah Al-Harbi", "m.alharbi@example.org", "he/him"),
    ("Priyanka Venkataraman", "priyanka.v@example.com", "she/her"),
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PRONOUNS = re.compile(r"\b(?:she/her|he/him|they/them|she/they|he/they)\b", re.IGNORECASE)
_SKILLS_HEADING = re.compile(r"^##\s+[^\n]*skills[^\n]*$", re.IGNORECASE | re.MULTILINE)
_NEXT_SECTION = re.compile(r"^#{1,2}\s", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class InvarianceResult:
    """One check: the largest change seen, its tolerance, and whether it held.

    ``passed`` is ``None`` for a check that could not run on these inputs (``note`` says why).
    ``worst`` names the (brief, CV) behind ``max_change``.
    """

    name: str
    max_change: float
    tolerance: float
    passed: bool | None
    n_cases: int
    worst: str = ""
    note: str = ""


def _slug_tokens(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return [t for t in re.split(r"[^a-z0-9]+", folded.lower()) if t]


def _handles(name: str) -> list[tuple[str, ...]]:
    """Handle spellings of a name as (first, last) pieces: "amaraokafor", "a-okafor", ..."""
    tokens = _slug_tokens(name)
    if len(tokens) < 2:
        return [tuple(tokens)]
    first, last = tokens[0], "".join(tokens[1:])
    return [(first, last), (first[0], last), (tokens[0], tokens[-1]), (first[0], tokens[-1])]


def _swap_handles(text: str, old: str, new: str) -> str:
    """Rewrite user names in URLs built from the old name (github.com/amaraokafor, ...)."""
    new_forms = _handles(new)
    for old_form, new_form in zip(_handles(old), new_forms, strict=False):
        for sep in ("", "-", ".", "_"):
            pattern = re.compile(rf"(?<![a-z0-9]){re.escape(sep.join(old_form))}", re.IGNORECASE)
            text = pattern.sub(sep.join(new_form), text)
    return text


def swap_identity(text: str, name: str, email: str, pronouns: str) -> str:
    """Put another person in the CV: heading name, e-mails, URL handles, pronouns, and the
    surname where it recurs below the header (an author list).

    A CV with no pronoun line gets one after its contact line, which must change nothing too.
    Handles in URLs are rewritten as well, so the swap is what a different person with the
    same career would send (a URL that still spells the old name would be a half-swap).
    """
    lines = text.split("\n")
    old_name = lines[0][2:].strip() if lines and lines[0].startswith("# ") else ""
    if old_name:
        lines[0] = f"# {name}"
    head = "\n".join(lines[:6])
    rest = "\n".join(lines[6:])
    if _PRONOUNS.search(head):
        head = _PRONOUNS.sub(pronouns, head)
    else:
        head_lines = head.split("\n")
        contact = next((i for i, ln in enumerate(head_lines[1:], 1) if ln.strip()), 1)
        head_lines.insert(contact + 1, pronouns)
        head = "\n".join(head_lines)
    if old_name and len(old_name.split()) > 1 and len(name.split()) > 1:
        # the candidate's own surname in author lists ("M.-L. Zhou, R. Keller. ...")
        old_last, new_last = old_name.split()[-1], name.split()[-1]
        rest = re.sub(rf"(?<!\w){re.escape(old_last)}(?!\w)", new_last, rest)
    out = _EMAIL.sub(email, head + ("\n" + rest if len(lines) > 6 else ""))
    return _swap_handles(out, old_name, name) if old_name else out


def _skills_body(text: str) -> tuple[int, int] | None:
    heading = _SKILLS_HEADING.search(text)
    if heading is None:
        return None
    start = heading.end() + 1
    nxt = _NEXT_SECTION.search(text, start)
    return start, nxt.start() if nxt else len(text)


def repeat_skills(text: str, times: int = 10) -> str | None:
    """The text with its Skills section's body repeated; ``None`` if it has no Skills section."""
    body = _skills_body(text)
    if body is None:
        return None
    start, end = body
    chunk = text[start:end].strip("\n")
    return text[:start] + "\n" + "\n\n".join([chunk] * times) + "\n\n" + text[end:].lstrip("\n")


def paste_keywords(text: str, keywords: Sequence[str]) -> str:
    """The text with ``keywords`` as a visible line at the top of its Skills section."""
    line = ", ".join(keywords)
    body = _skills_body(text)
    if body is None:
        return text.rstrip("\n") + "\n\n## Skills\n\n" + line + "\n"
    start = body[0]
    return text[:start] + "\n" + line + "\n" + text[start:]


def invariance_checks(
    briefs: Mapping[str, str],
    cvs: Mapping[str, str],
    *,
    today: PartialDate | None = DEFAULT_TODAY,
    people: Sequence[tuple[str, str, str]] = PEOPLE,
    paste_tolerance: float = PASTE_TOLERANCE,
    model: EvidenceScorer | None = None,
    taxonomy: Taxonomy | None = None,
    encoder: Encoder | None = None,
) -> list[InvarianceResult]:
    """Run the checks over every (brief, CV); ``briefs`` and ``cvs`` map ids to Markdown text.

    Use ``read_markdown_folder`` to build the mappings from folders. With ``encoder``, scores
    are blended with the optional semantic similarity, as ``rank --semantic`` blends them.
    """
    tax = taxonomy or load_taxonomy()
    scorer = model or EvidenceScorer().fit_prior()
    roles = {b: infer_role(text, tax) for b, text in sorted(briefs.items())}
    fits = (
        {b: SemanticFit.from_brief(encoder, text) for b, text in sorted(briefs.items())}
        if encoder is not None
        else {}
    )

    def signals(text: str) -> Signals:
        profile = parse(Document("cv.md", "markdown", text), today=today)
        return extract(profile.redacted, tax)

    def score(sig: Signals, b: str, role: RoleSpec) -> float:
        m = match(sig, role, scorer, path="cv.md")
        return fits[b].blend(m, sig).score if fits else m.score

    def scores(text: str) -> dict[str, float]:
        sig = signals(text)
        return {b: score(sig, b, role) for b, role in roles.items()}

    base = {cv: scores(text) for cv, text in sorted(cvs.items())}
    results = [
        _check(
            "name/e-mail/pronoun swap",
            base,
            {cv: [scores(swap_identity(t, *p)) for p in people] for cv, t in sorted(cvs.items())},
            tolerance=0.0,
            signed=False,
        ),
    ]
    repeated = {cv: repeat_skills(t) for cv, t in sorted(cvs.items())}
    results.append(
        _check(
            "skills section repeated 10x",
            base,
            {cv: [scores(t)] for cv, t in repeated.items() if t is not None},
            tolerance=0.0,
            signed=False,
            note=_skipped(repeated),
        )
    )
    pasted: dict[str, dict[str, float]] = {}
    rate_gain = 0.0
    for cv, text in sorted(cvs.items()):
        pasted[cv] = {}
        for b, role in roles.items():
            variant = paste_keywords(text, [r.label for r in role.must])
            pasted[cv][b] = scores(variant)[b]
            rates = keyword_rate_scores(briefs[b], {"o": text, "p": variant}, taxonomy=tax)
            rate_gain = max(rate_gain, 100.0 * (rates["p"] - rates["o"]))
    results.append(
        _check(
            "must-haves pasted visibly into Skills",
            base,
            {cv: [v] for cv, v in pasted.items()},
            tolerance=paste_tolerance,
            signed=True,
            note=f"the same paste raises keyword_rate by up to {rate_gain:.1f} points (of 100)",
        )
    )
    results.append(
        InvarianceResult(
            "must-haves pasted as hidden text",
            math.nan,
            paste_tolerance,
            None,
            0,
            note="not testable on Markdown (it has no hidden text); ingest removes hidden text "
            "before scoring and its tests cover PDF, DOCX and HTML",
        )
    )
    return results


def _skipped(variants: Mapping[str, str | None]) -> str:
    skipped = sorted(cv for cv, v in variants.items() if v is None)
    return f"no Skills section, skipped: {', '.join(skipped)}" if skipped else ""


def _check(
    name: str,
    base: Mapping[str, Mapping[str, float]],
    variants: Mapping[str, Sequence[Mapping[str, float]]],
    *,
    tolerance: float,
    signed: bool,
    note: str = "",
) -> InvarianceResult:
    """Largest change over all variants and briefs: |Δ|, or the largest rise if ``signed``."""
    change: Callable[[float], float] = (lambda d: d) if signed else abs
    worst, worst_at, n = -math.inf, "", 0
    lowest = math.inf
    for cv, runs in variants.items():
        for run in runs:
            for b, score in run.items():
                delta = score - base[cv][b]
                n += 1
                lowest = min(lowest, delta)
                if change(delta) > worst:
                    worst, worst_at = change(delta), f"{b} / {cv}"
    if n == 0:
        return InvarianceResult(name, math.nan, tolerance, None, 0, note=note or "no cases")
    if signed:
        note = "; ".join(x for x in (f"largest fall {lowest:+.2f}", note) if x)
    where = worst_at if worst > 0.0 else ""  # a worst case of no change names nobody
    return InvarianceResult(name, worst, tolerance, worst <= tolerance, n, where, note)


def read_markdown_folder(folder: Path) -> dict[str, str]:
    """``{file stem: text}`` of the ``*.md`` files directly in ``folder``."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
