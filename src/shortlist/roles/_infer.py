"""Role brief text → RoleSpec.

A brief is read line by line. Headings switch the reading mode: "Must have", "Requirements",
"What you'll need" → must-haves; "Nice to have", "Bonus", "Preferred" → nice-to-haves. A line
can override its section with an inline cue ("... is a plus", "required"). Each line yields
requirements from the taxonomy skills it names: skills joined by "or", "/", "such as", "e.g."
form one requirement met by any of them (and by any narrower skill, so "a vector store" is met
by pgvector); skills joined by "and" or commas are separate requirements.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from shortlist.errors import RoleError
from shortlist.signals import families_for_title, seniority_for_title
from shortlist.taxonomy import SkillHit, Taxonomy
from shortlist.types import FAMILIES, Family, Requirement, RoleSpec, Seniority

__all__ = ["infer_role", "must_lines"]

_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<md>.+?)|(?P<plain>[^\n]{2,60}?)\s*[:\-–]?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦–]|\d{1,2}[.)])\s+(?P<body>.+)$")
_MUST_CUES = re.compile(
    r"\b(?:must[- ]haves?|must have|requirements?|required|what you(?:'|’)ll need|you have|"
    r"you bring|essential|minimum qualifications|basic qualifications|qualifications|"
    r"who you are|what we(?:'|’)re looking for|skills and experience|about you)\b",
    re.I,
)
_NICE_CUES = re.compile(
    r"\b(?:nice[- ]to[- ]haves?|nice to have|bonus|preferred|a plus|plus points|"
    r"desirable|good to have|would be great|extra credit|ideally|not required)\b",
    re.I,
)
_OTHER_CUES = re.compile(
    r"\b(?:about (?:us|the team|the company)|benefits|perks|what we offer|how to apply|"
    r"salary|compensation|our stack|the team|responsibilit\w+|what you(?:'|’)ll do|"
    r"the role|day to day|interview process)\b",
    re.I,
)
_INLINE_NICE = re.compile(
    r"\b(?:is a plus|a plus|bonus|nice to have|preferred|ideally|desirable)\b", re.I
)
_ALTERNATIVE = re.compile(
    r"\bor\b|/|\bsuch as\b|\be\.?g\.?|\blike\b|\bincluding\b|\bsimilar\b|\bequivalent\b|"
    r"\bany of\b|\bone of\b|:",
    re.I,
)
_LIST_OPEN = re.compile(
    r"\bsuch as\b|\be\.?g\.?|\blike\b|\bincluding\b|\bany of\b|\bone of\b|:", re.I
)
_LIST_CLOSE = re.compile(r"[);\]]|\.\s")
_CONCEPTS = frozenset({"method", "practice", "domain", "soft_skill"})
# "5+ years", "3 yrs", and a range by its lower end: "5-8 years", "3 to 5 years"
_YEARS = re.compile(r"\b(\d{1,2})(?:\s*(?:-|–|to)\s*\d{1,2})?\s*\+?\s*(?:years|yrs)\b", re.I)


def infer_role(text: str, taxonomy: Taxonomy) -> RoleSpec:
    """Read a role brief. Raises ``RoleError`` when it names no skill at all."""
    lines = text.splitlines()
    title = _title(lines)
    must: list[Requirement] = []
    nice: list[Requirement] = []
    unsectioned: list[Requirement] = []
    must_text: list[str] = []  # must-have lines without their optional clauses
    loose_text: list[str] = []  # list lines under no must or nice heading, the same way
    for body, mode, bullet in _body_lines(lines):
        optional = _optional_clauses(body)
        if mode == "must" or (mode == "other" and bullet):
            (must_text if mode == "must" else loose_text).append(_without(body, optional))
        placed = _requirements(body, taxonomy)
        if not placed:
            continue
        for req, start in placed:
            line_mode = "nice" if any(a <= start < b for a, b in optional) else mode
            if line_mode == "must":
                must.append(req)
            elif line_mode == "nice":
                nice.append(req)
            elif bullet:
                unsectioned.append(req)
    if not must:
        must, unsectioned = unsectioned, []
    required = must_text or loose_text  # the lines the must-haves came from
    hits = taxonomy.find(text)  # once: for the prose fallback and for the domain
    asked = "\n".join(required)  # a brief of prose only: every line may ask for the domain
    if not must and not nice:
        # prose with no requirement lists: every skill it names, most named first
        must = _by_frequency(hits, taxonomy)
    must = _dedupe(must, ())
    nice = _dedupe(nice + unsectioned, must)
    if not must and not nice:
        raise RoleError("the brief names no skill, tool or practice that shortlist knows")
    family_scores = _family_scores(title, must, nice, taxonomy)
    family = max(FAMILIES, key=lambda f: (family_scores[f], -FAMILIES.index(f)))
    return RoleSpec(
        title=title,
        family=family,
        family_scores=family_scores,
        seniority=_seniority(title, required, text, _header(lines)),
        must=tuple(must),
        nice=tuple(nice),
        domain=_domain(hits, taxonomy.find(asked) if asked else hits, taxonomy),
        specialisms=_specialisms(must, nice, taxonomy),
    )


def must_lines(text: str) -> list[str]:
    """The brief's must-have lines as written (list markers stripped), read with the same
    heading rules as ``infer_role``; every list line when no heading marks must-haves. For the
    optional semantic similarity, which compares a brief's wording, not only its skills."""
    items = [(body.strip(), mode) for body, mode, item in _body_lines(text.splitlines()) if item]
    return [b for b, mode in items if mode == "must"] or [b for b, _ in items]


def _body_lines(lines: Iterable[str]) -> Iterator[tuple[str, str, bool]]:
    """Each line that is not a heading: (its text without a list marker, the mode the headings
    above it set — "must", "nice" or "other" — and whether it is a list item)."""
    mode = "other"
    for line in lines:
        bullet = _BULLET.match(line)
        heading = None if bullet else _HEADING.match(line)
        if heading and (heading.group("md") or _looks_like_heading(line)):
            mode = _mode(heading.group("md") or heading.group("plain") or "", mode)
            continue
        yield (bullet.group("body") if bullet else line), mode, bullet is not None


def _title(lines: list[str]) -> str:
    """The first line, when it is short enough to be a job title (not a company blurb)."""
    for line in lines:
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped if len(stripped) <= 80 else ""
    return ""


_MAX_PROSE_REQUIREMENTS = 12


def _by_frequency(hits: list[SkillHit], taxonomy: Taxonomy) -> list[Requirement]:
    counts = Counter(h.skill_id for h in hits)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))[:_MAX_PROSE_REQUIREMENTS]
    return [
        Requirement(label=taxonomy.get(k).name, skill_ids=tuple(sorted(taxonomy.descendants(k))))
        for k in ranked
    ]


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    return (
        bool(s) and len(s) <= 60 and (s.endswith((":", " -", "–")) or (s.isupper() and len(s) > 3))
    )


def _mode(heading: str, current: str) -> str:
    if _NICE_CUES.search(heading):
        return "nice"
    if _MUST_CUES.search(heading):
        return "must"
    if _OTHER_CUES.search(heading):
        return "other"
    return current


_CLAUSE_END = re.compile(r"[;,]|\.(?:\s|$)")


def _optional_clauses(line: str) -> list[tuple[int, int]]:
    """Spans of the clauses (between commas, semicolons and full stops) that hold a
    nice-to-have cue: "Spark or Flink; Kafka is a plus" makes only Kafka optional, and
    "dense retrieval, ideally combined into a hybrid" leaves the retrieval required."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in (*_CLAUSE_END.finditer(line), None):
        end = m.start() if m is not None else len(line)
        if _INLINE_NICE.search(line, start, end):
            spans.append((start, end))
        start = m.end() if m is not None else end
    return spans


def _requirements(line: str, taxonomy: Taxonomy) -> list[tuple[Requirement, int]]:
    """The requirements a line names, each with the offset of its first skill."""
    hits = _distinct(taxonomy.find(line))
    groups: list[list[SkillHit]] = []
    opened = ""  # "examples" after "such as", "e.g.", ":"; "aside" inside brackets
    previous_end = 0
    for hit in hits:
        gap = line[previous_end : hit.start]
        previous_end = hit.end
        if opened and _LIST_CLOSE.search(gap):
            opened = ""
        if _LIST_OPEN.search(gap):
            opened = "examples"
        elif "(" in gap or "[" in gap:
            opened = "aside"
        if groups and opened == "aside":
            # Tools in brackets are examples of the skill before them ("Python (pandas,
            # statsmodels)"); concepts in brackets elaborate ("Kubernetes (autoscaling,
            # debugging)") and are not requirements of their own.
            ids_so_far = [h.skill_id for h in groups[-1]]
            if _related(taxonomy, hit.skill_id, ids_so_far) or (
                taxonomy.get(hit.skill_id).category not in _CONCEPTS
            ):
                groups[-1].append(hit)
            continue
        if groups and (opened == "examples" or _ALTERNATIVE.search(gap)):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    requirements = []
    for group in groups:
        ids = sorted({d for h in group for d in taxonomy.descendants(h.skill_id)})
        label = " or ".join(taxonomy.get(h.skill_id).name for h in group)
        requirements.append((Requirement(label=label, skill_ids=tuple(ids)), group[0].start))
    return requirements


def _related(taxonomy: Taxonomy, skill_id: str, group: list[str]) -> bool:
    parents = set(taxonomy.get(skill_id).parents)
    for other in group:
        if skill_id in taxonomy.descendants(other) or other in taxonomy.descendants(skill_id):
            return True
        if parents & set(taxonomy.get(other).parents):
            return True
    return False


def _distinct(hits: Iterable[SkillHit]) -> list[SkillHit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        if h.skill_id not in seen:
            seen.add(h.skill_id)
            out.append(h)
    return out


def _dedupe(reqs: list[Requirement], already: Iterable[Requirement]) -> list[Requirement]:
    """Drop a requirement that repeats one before it: the same skills or broader ones ("deep
    learning" after "PyTorch"), or only skills that one already names ("Kubernetes" after
    "Docker or Kubernetes").

    A *narrower* requirement after a broad one stays: "machine learning" followed by
    "learning-to-rank or re-rankers" asks for something more specific, which a broad line must
    not swallow.
    """
    covered = [(set(r.skill_ids), set(r.label.split(" or "))) for r in already]
    out: list[Requirement] = []
    for r in reqs:
        ids, named = set(r.skill_ids), set(r.label.split(" or "))
        if any(c <= ids or named <= n for c, n in covered):
            continue
        covered.append((ids, named))
        out.append(r)
    return out


def _family_scores(
    title: str, must: list[Requirement], nice: list[Requirement], taxonomy: Taxonomy
) -> dict[Family, float]:
    raw: dict[Family, float] = dict.fromkeys(FAMILIES, 0.0)
    raw["other"] = 0.5
    for family in families_for_title(title):
        raw[family] += 4.0
    for reqs, weight in ((must, 1.0), (nice, 0.4)):
        for req in reqs:
            label_ids = [i for i in req.skill_ids if taxonomy.get(i).name in req.label]
            for skill_id in label_ids or req.skill_ids[:1]:
                weights = taxonomy.get(skill_id).family_weights
                for fam in FAMILIES:
                    raw[fam] += weight * weights.get(fam, 0.0) / max(1, len(label_ids))
    exp = {f: math.exp(v / 2.0) for f, v in raw.items()}
    total = sum(exp.values())
    return {f: round(exp[f] / total, 6) for f in FAMILIES}


_LEVEL_WORDS: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    ("junior", re.compile(r"\b(?:junior|graduate|entry[- ]level|intern(?:ship)?)\b", re.I)),
    ("mid", re.compile(r"\b(?:mid(?:[- ]level)?|intermediate)\b", re.I)),
    ("senior", re.compile(r"\bsenior\b", re.I)),
    ("staff", re.compile(r"\b(?:staff|principal)\b", re.I)),
)


def _header(lines: list[str]) -> str:
    """The metadata lines of the paragraph under the title ("**Acme** · Leeds · Full-time ·
    Mid-level to Senior"): lines of fields split by "·" or "|", not prose, which may say
    "mentor junior engineers" or "our staff of 40"."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    block: list[str] = []
    for line in lines[first + 1 :]:
        if not line.strip():
            if block:
                break
            continue
        if line.lstrip().startswith("#") or _looks_like_heading(line):
            break
        block.append(line)
    return "\n".join(line for line in block if "·" in line or "|" in line)


def _without(line: str, spans: list[tuple[int, int]]) -> str:
    """The line with the given spans cut out."""
    out, start = [], 0
    for a, b in spans:
        out.append(line[start:a])
        start = b
    return "".join(out) + line[start:]


def _seniority(title: str, required: list[str], text: str, header: str) -> Seniority | None:
    """The minimum level: the title's level word; else the largest "N+ years" in ``required``
    (the must-have lines without their optional clauses: "5+ years in software, including 2+
    with LLMs" asks for 5), or else the smallest anywhere in the brief; else the lowest level
    the header names ("Full-time · Mid-level to Senior"). docs/roles.md has the rules."""
    level = seniority_for_title(title)
    if level is not None:
        return level
    asked = [int(m.group(1)) for line in required for m in _YEARS.finditer(line)]
    anywhere = [int(m.group(1)) for m in _YEARS.finditer(text)]
    y = max(asked) if asked else min(anywhere) if anywhere else None
    if y is not None:
        return "junior" if y < 2 else "mid" if y < 5 else "senior" if y < 8 else "staff"
    for level, rx in _LEVEL_WORDS:
        if rx.search(header):
            return level
    return None


def _domain(hits: list[SkillHit], required: list[SkillHit], taxonomy: Taxonomy) -> str | None:
    """The sector the brief is about (the domain it names most) when its must-haves name it
    too; else None. A company's own sector named only in "About us" or the nice-to-haves is not
    a requirement, nor is another sector a must-have mentions in passing ("working with
    clinical-safety colleagues" at an insurer)."""
    counts = Counter(h.skill_id for h in hits if taxonomy.get(h.skill_id).category == "domain")
    if not counts:
        return None
    top = min(counts, key=lambda k: (-counts[k], k))
    return top if any(h.skill_id == top for h in required) else None


def _specialisms(
    must: list[Requirement], nice: list[Requirement], taxonomy: Taxonomy
) -> tuple[str, ...]:
    """Specialisms that carry at least a fifth of the requirements' weight."""
    mass: dict[str, float] = {}
    total = 0.0
    for reqs, weight in ((must, 2.0), (nice, 1.0)):
        for req in reqs:
            total += weight
            named = [i for i in req.skill_ids if taxonomy.get(i).name in req.label]
            for spec in {s for i in named or req.skill_ids for s in taxonomy.get(i).specialisms}:
                mass[spec] = mass.get(spec, 0.0) + weight
    return tuple(sorted(s for s, m in mass.items() if total and m / total >= 0.2))
