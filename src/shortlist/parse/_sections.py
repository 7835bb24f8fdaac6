"""Cutting a CV into sections by its headings.

A heading is recognised by *form* (Markdown "#"/"##", a line in capitals, bold, a short line
ending in a colon) and named by *wording* (a vocabulary in English, German, French and Spanish,
then a keyword fallback: "Relevant Industry Experience" is experience). Form alone is not
enough — a company or school in capitals inside a section is no heading — so a line must
either read like a heading or be a Markdown heading of level one or two. A weakly marked
heading ("Projects:" in mixed case) does not end an experience section: CVs use such labels
inside a job.

Text before the first heading is the "header" section. A CV with no headings at all is one
header section followed by one "other" section holding everything after the first block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.types import Section, SectionKind, Span

__all__ = ["Line", "SectionInfo", "heading_kind", "split_lines", "split_sections"]

_VOCAB: dict[SectionKind, str] = {
    "summary": """summary|research interests|research focus|professional summary|
        career summary|profile|professional profile|about|about me|objective|
        career objective|objectives|personal statement|overview|introduction|
        executive summary|synopsis|zusammenfassung|profil|kurzprofil|über mich|résumé|
        profil professionnel|à propos|a propos|perfil|resumen|sobre mí|perfil profesional|
        summary of qualifications|highlights|career highlights""",
    "experience": """experience|work experience|professional experience|employment|
        employment history|work history|career history|career|relevant experience|
        industry experience|experience summary|positions|internships|internship|
        professional background|berufserfahrung|erfahrung|beruflicher werdegang|werdegang|
        praxiserfahrung|expérience|expérience professionnelle|expériences professionnelles|
        expériences|experiencia|experiencia laboral|experiencia profesional|
        company details|work experience details|professional experience details""",
    "projects": """projects|personal projects|selected projects|key projects|academic projects|
        side projects|project experience|projects undertaken|project details|projekte|projets|
        proyectos|portfolio""",
    "education": """education|academic background|qualifications|educational qualifications|
        academic qualifications|education and training|educational background|
        academic details|education details|academics|scholastic profile|ausbildung|bildung|
        studium|bildungsweg|formation|éducation|formations|educación|formación|
        formación académica|estudios""",
    "skills": """skills|technical skills|core skills|key skills|skills and tools|skill set|
        skillset|competencies|core competencies|technologies|tech stack|toolbox|
        technical proficiency|expertise|areas of expertise|it skills|skill details|tools|
        tools and technologies|technical expertise|kenntnisse|fähigkeiten|
        technische kenntnisse|kompetenzen|it kenntnisse|compétences|compétences techniques|
        habilidades|competencias|conocimientos|aptitudes""",
    "publications": """publications|papers|selected publications|research|research experience|
        patents|publications and patents|veröffentlichungen|publikationen|publicaciones""",
    "certifications": """certifications|certificates|certification|licenses|
        licenses and certifications|courses|training|trainings|online courses|zertifikate|
        zertifizierungen|weiterbildung|certificaciones|certificats|cursos""",
    "awards": """awards|honours|honors|achievements|awards and honors|awards and honours|
        honors and awards|accomplishments|scholarships|auszeichnungen|prix|distinctions|
        premios|logros""",
    "community": """talks|speaking|community|talks and community|presentations|volunteering|
        volunteer|volunteer experience|leadership|activities|extracurricular|
        extracurricular activities|extra curricular activities|teaching|writing|blog|
        mentoring|conferences|talks and writing|vorträge|engagement|ehrenamt|bénévolat|
        voluntariado""",
    "open_source": """open source|open-source|open source contributions|oss|
        open source work|contributions""",
    "languages": """languages|spoken languages|language skills|languages known|sprachen|
        sprachkenntnisse|langues|idiomas""",
    "interests": """interests|hobbies|hobbies and interests|personal interests|interessen|
        hobbys|freizeit|centres d'intérêt|centres d'intérêts|loisirs|intereses|aficiones""",
    "other": """additional information|personal details|personal information|references|
        declaration|strengths|misc|miscellaneous|other|contact|contact information|
        personal data|personal profile|persönliche daten|informations personnelles|
        datos personales|links|additional|others""",
}

VOCAB: dict[str, SectionKind] = {}
for _kind, _words in _VOCAB.items():
    for _w in _words.split("|"):
        VOCAB[" ".join(_w.split())] = _kind

#: keyword fallback for headings not in the vocabulary, checked in order
_KEYWORDS: tuple[tuple[str, SectionKind], ...] = (
    ("open source", "open_source"),
    ("publication", "publications"),
    ("experience", "experience"),
    ("employment", "experience"),
    ("erfahrung", "experience"),
    ("expérience", "experience"),
    ("project", "projects"),
    ("education", "education"),
    ("academic", "education"),
    ("qualification", "education"),
    ("skill", "skills"),
    ("competenc", "skills"),
    ("kenntnisse", "skills"),
    ("certific", "certifications"),
    ("award", "awards"),
    ("honou", "awards"),
    ("achievement", "awards"),
    ("talk", "community"),
    ("teaching", "community"),
    ("leadership", "community"),
    ("communication", "community"),
    ("service", "community"),
    ("community", "community"),
    ("writing", "community"),
    ("volunteer", "community"),
    ("language", "languages"),
    ("interest", "interests"),
    ("hobb", "interests"),
    ("summary", "summary"),
    ("objective", "summary"),
    ("profile", "summary"),
)

#: any keyword of ``_KEYWORDS`` (only "open source" has a space, and it is checked apart)
_ANY_KEYWORD = re.compile("|".join(re.escape(k) for k, _ in _KEYWORDS if " " not in k))
_INLINE_KINDS = frozenset({"skills", "interests", "languages", "summary"})
_NUMBERING = re.compile(r"^\d+[.)]\s*|^[ivx]+\.\s+")
_NOT_HEADING = re.compile(r"\d{3,}|@|\[(?:NAME|EMAIL|PHONE|URL)\]")
_INLINE_RE = re.compile(r"^[\s*#_]*([^:\n]{3,40}?)[\s*_]*:\s*\S")
_GAP3 = re.compile(r"\s{3,}")
_STRIP = re.compile(r"^[\s#*_=>|\-–—:·•]+|[\s#*_=|\-–—:·•]+$")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # excluding the newline
    text: str


@dataclass(frozen=True, slots=True)
class SectionInfo:
    kind: SectionKind
    heading: str
    span: Span  # whole section, heading included
    body: Span  # after the heading line (or after the inline label)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _normalise(label: str) -> str:
    s = _STRIP.sub("", label).lower().replace("&", " and ").replace("/", " and ")
    s = _NUMBERING.sub("", s)
    return " ".join(s.split())


def _lookup(norm: str) -> SectionKind | None:
    if norm in VOCAB:
        return VOCAB[norm]
    if " and " in norm:
        # "Talks & Teaching", "Open Source & Community": the first half that names a kind
        for half in norm.split(" and "):
            kind = _lookup(half.strip())
            if kind is not None:
                return kind
    words = norm.split()
    if not 1 <= len(words) <= 5:
        return None
    if not _ANY_KEYWORD.search(words[-1]) and "open source" not in norm:
        return None  # no keyword anywhere: the loop below would find none
    for key, kind in _KEYWORDS:
        # the keyword must be the head noun (last word): "Project Manager" is no heading
        if key in words[-1] or (" " in key and key in norm):
            return kind
    return None


def heading_kind(line: str, colon_ok: bool = False) -> tuple[SectionKind, bool] | None:
    """(kind, strong) if ``line`` on its own is a section heading, else None.

    ``colon_ok``: the CV writes its headings "Experience:", so that style counts as strong.
    """
    s = line.strip()
    if not s or len(s) > 60 or (s[0] != "#" and (s.count(" ") > 7 or s[-1] in ".,;)")):
        return None
    level = len(s) - len(s.lstrip("#"))
    norm = _normalise(s)
    if not norm or _NOT_HEADING.search(norm):
        return None
    if level >= 1:
        kind = VOCAB.get(norm) or (_lookup(norm) if level <= 2 else None)
        if kind is not None:
            return kind, True
        return ("other", True) if level == 2 else None
    if s.endswith((".", ",", ";")) or len(norm.split()) > 6:
        return None
    bare = s.strip("*_:# ").strip()
    caps = bare.isupper()
    bold = s.startswith(("**", "__"))
    exact = VOCAB.get(norm)
    if exact is not None:
        return exact, caps or bold or not s.endswith(":") or colon_ok
    kind = _lookup(norm)
    if kind is None:
        return None
    titleish = all(
        w[:1].isupper() or w.lower() in ("and", "of", "&", "de", "du") for w in bare.split()
    )
    if caps or bold or (titleish and len(norm.split()) <= 4):
        return kind, caps or bold
    return None


def _inline(line: str) -> tuple[SectionKind, int] | None:
    """ "Skills: Python, ..." → (kind, offset of the content) for a few list-like sections."""
    if ":" not in line:  # the pattern needs a colon: most lines are done here
        return None
    m = _INLINE_RE.match(line)
    if not m:
        return None
    kind = VOCAB.get(_normalise(m.group(1)))
    if kind is None or kind not in _INLINE_KINDS:
        return None
    return kind, m.end() - 1


_COLUMN_PRIORITY: tuple[SectionKind, ...] = (
    "experience",
    "projects",
    "publications",
    "open_source",
    "community",
    "summary",
    "education",
    "skills",
    "certifications",
    "awards",
    "languages",
    "interests",
    "other",
)


def _column_heading(line: str) -> tuple[SectionKind, bool] | None:
    """Two headings side by side ("SKILLS        EXPERIENCE"): a two-column layout read
    across. The section takes the kind that matters most for evidence (experience first)."""
    if "   " not in line:
        return None
    parts = [p for p in _GAP3.split(line.strip()) if p]
    if len(parts) < 2:
        return None
    kinds = [heading_kind(p) for p in parts]
    if any(k is None for k in kinds):
        return None
    found = {k[0] for k in kinds if k is not None}
    return next(k for k in _COLUMN_PRIORITY if k in found), True


def _colon_style(lines: list[Line]) -> bool:
    """Whether the CV marks its headings with a colon ("Experience:"), so that style is no
    weaker than capitals elsewhere: three or more vocabulary headings written that way."""
    n = 0
    for ln in lines:
        s = ln.text.strip()
        if s.endswith(":") and len(s) < 40 and _normalise(s) in VOCAB:
            n += 1
            if n >= 3:
                return True
    return False


def split_sections(text: str, lines: list[Line]) -> list[SectionInfo]:
    """Sections in order, covering the text from the first non-blank line to the end."""
    colon_ok = _colon_style(lines)
    marks: list[tuple[int, SectionKind, str, int]] = []  # line index, kind, heading, body start
    current: SectionKind = "header"
    for i, ln in enumerate(lines):
        hk = heading_kind(ln.text, colon_ok) or _column_heading(ln.text)
        if hk is not None:
            kind, strong = hk
            if not strong and current == "experience" and kind not in ("education", "skills"):
                continue
            marks.append((i, kind, ln.text.strip(), ln.end + 1))
            current = kind
            continue
        il = _inline(ln.text)
        if il is not None and current not in ("skills", il[0]) and current != "experience":
            kind, off = il
            heading = ln.text[:off].strip().rstrip(":").strip("*_# ")
            marks.append((i, kind, heading, ln.start + off))
            current = kind
    end = len(text)
    out: list[SectionInfo] = []
    first_start = marks[0] if marks else None
    head_end = lines[first_start[0]].start if first_start else end
    if text[:head_end].strip():
        if not marks:
            return _no_headings(text, lines)
        out.append(SectionInfo("header", "", Span(0, head_end), Span(0, head_end)))
    for j, (i, kind, heading, body) in enumerate(marks):
        start = lines[i].start
        stop = lines[marks[j + 1][0]].start if j + 1 < len(marks) else end
        out.append(SectionInfo(kind, heading, Span(start, stop), Span(min(body, stop), stop)))
    return out


def _no_headings(text: str, lines: list[Line]) -> list[SectionInfo]:
    """No heading anywhere: the first block is the header, the rest one "other" section."""
    seen = False
    cut = len(text)
    for ln in lines:
        if ln.text.strip():
            seen = True
        elif seen:
            cut = ln.start
            break
    out = [SectionInfo("header", "", Span(0, cut), Span(0, cut))]
    if text[cut:].strip():
        out.append(SectionInfo("other", "", Span(cut, len(text)), Span(cut, len(text))))
    return out


def to_sections(infos: list[SectionInfo]) -> tuple[Section, ...]:
    return tuple(Section(i.kind, i.heading, i.span) for i in infos)
