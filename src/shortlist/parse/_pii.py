"""Personal data in a CV's original text: what it is and where, so it can be cut out.

Each finder looks for one kind (e-mail, phone, labelled fields such as "Nationality: ...",
pronouns, ages, dates of birth, street addresses, identifying URLs, the name and every later
use of it). The spans are then merged: overlapping finds become one span of the kind of the
longest find, so "jane.doe@x.com" is one [EMAIL], not an e-mail with a name inside.

The rule of thumb is to redact by *shape and position*, never by a list of names, and to
prefer redacting a little too much in the header over leaking anything into scoring.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from shortlist.parse._links import find_urls, is_profile_url
from shortlist.parse._names import detect_name, name_occurrences, name_tokens
from shortlist.types import LinkKind, PIIKind, Span

__all__ = ["Found", "PIIResult", "find_pii"]

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

_PHONE_RE = re.compile(
    r"(?=[+(\d])(?<![\w+/.])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,4}"
    r"(?![\w/])"
)

_LABELS: tuple[tuple[PIIKind, str], ...] = (
    (
        "nationality",
        r"nationality|citizenship|staatsangehörigkeit|nationalität|nationalité|"
        r"nacionalidad|citizen of",
    ),
    (
        "marital_status",
        r"marital\s+status|civil\s+status|familienstand|état\s+civil|"
        r"situation\s+familiale|estado\s+civil",
    ),
    ("religion", r"religion|konfession|religión|faith"),
    ("gender", r"gender|sex|geschlecht|sexe|género|sexo"),
    (
        "birth_date",
        r"date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|birthday|born|geburtsdatum|"
        r"geboren|date\s+de\s+naissance|fecha\s+de\s+nacimiento|né\(?e?\)?\s+le",
    ),
    ("age", r"age|alter|âge|edad"),
    (
        "address",
        r"address|permanent\s+address|current\s+address|postal\s+address|"
        r"home\s+address|residence|adresse|anschrift|wohnort|dirección|domicilio",
    ),
    ("pronoun", r"pronouns?|pronomen|pronoms?"),
    (
        "phone",
        r"phone|mobile|mob|tel|telephone|cell|handy|téléphone|teléfono|móvil|"
        r"contact\s+no\.?|ph",
    ),
    ("name", r"father'?s\s+name|mother'?s\s+name|husband'?s\s+name|spouse"),
    ("url", r"twitter|x|instagram|facebook|skype|telegram|discord|mastodon"),
)
_LABEL_RE = re.compile(
    r"(?:^|(?<=[|•;·,]))[ \t]*(?:[-*•>][ \t]*)?\**(?P<label>"
    + "|".join(f"(?P<k{i}>{pat})" for i, (_, pat) in enumerate(_LABELS))
    + r")\**[ \t]*(?:[:：]|[ \t]-[ \t])[ \t]*(?P<value>[^|•;\n]*?[^|•;\n\s])"
    r"(?=[ \t]*(?:[|•;]|[ \t]{2,}|$))",
    re.IGNORECASE | re.MULTILINE,
)

_PRONOUN_RE = re.compile(
    r"(?=[shtzxeiSHTZXEIéÉ])(?<![\w/])(?:she|he|they|ze|xe|sie|er|elle|il|ella|él)[ \t]*/[ \t]*"
    r"(?:her|him|them|hir|zir|xem|they|she|he|ihr|ihm|elle|lui|ella|él)"
    r"(?:[ \t]*/[ \t]*(?:hers|his|theirs|them|hir|zirs|xyrs))?(?![\w/])",
    re.IGNORECASE,
)
_AGE_RE = re.compile(
    r"(?=\d)(?<!\w)\d{2}[ \t]*(?:years?[ \t]+old|yrs?[ \t]+old|y/o|y\.o\.|jahre[ \t]+alt)(?!\w)",
    re.IGNORECASE,
)
_DOB_RE = re.compile(
    r"(?<!\w)(?:born|geboren|née?|nacid[oa])[ \t]+(?:on[ \t]+|am[ \t]+|le[ \t]+|el[ \t]+|in[ \t]+)?"
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+[A-Za-zäéû]+\.?"
    r"[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|(?:19|20)\d{2})",
    re.IGNORECASE,
)
_STREET_WORDS = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Way|Court|"
    r"Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Close|Crescent|Highway|Hwy\.?|Parkway|Row|Gardens|"
    r"Mews|Nagar|Marg"
)
#: (hints, pattern): a pattern runs only if one of its hints is in the lower-cased text
_ADDRESS_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        (),
        re.compile(
            # "\d(?<![\w.]\d)\d{0,4}" is "(?<![\w.])\d{1,5}" starting with a plain class,
            # which the regex engine scans for in C
            rf"\d(?<![\w.]\d)\d{{0,4}}[A-Za-z]?,?[ \t]+(?:[A-Z][\w'.-]*[ \t]+){{0,4}}"
            rf"(?:{_STREET_WORDS})(?!\w)"
        ),
    ),
    (
        ("straße", "strasse", "str.", "weg ", "gasse", "platz", "allee"),
        re.compile(
            r"(?<!\w)[A-ZÄÖÜ][\wäöüß-]*\.?(?:(?<=straße)|(?<=strasse)|(?<=gasse|platz|allee)|"
            r"(?<=str\.)|(?<=weg))[ \t]+\d{1,4}[a-z]?(?!\w)"
        ),
    ),
    (
        ("rue ", "avenue", "boulevard", "bd ", "place ", "allée", "chemin", "impasse", "quai"),
        re.compile(
            r"(?<!\w)\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|place|allée|"
            r"chemin|impasse|quai)[ \t]+[\w' -]+"
        ),
    ),
    (
        ("calle", "c/", "avenida", "avda", "av.", "paseo", "plaza"),
        re.compile(
            r"(?<!\w)(?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza)[ \t]+[\w' ]+,?[ \t]*"
            r"(?:nº[ \t]*)?\d{1,4}"
        ),
    ),
)
_ADDRESS_TAIL = re.compile(r"[^|•;\n@]*")
_YEARS_ONLY = re.compile(r"(?:(?:19|20)\d{2}[\s.-]*)+")


@dataclass(frozen=True, slots=True)
class Found:
    kind: PIIKind
    span: Span
    link_kind: LinkKind | None = None  # for URLs: what the redacted link pointed at


@dataclass(frozen=True, slots=True)
class PIIResult:
    found: tuple[Found, ...]  # sorted, disjoint
    contact: dict[str, str] = field(default_factory=dict)


def _phones(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _PHONE_RE.finditer(text):
        s = m.group()
        digits = sum(c.isdigit() for c in s)
        international = s.startswith(("+", "00")) or s.startswith("(")
        if not (9 if not international else 8) <= digits <= 15:
            continue
        if _YEARS_ONLY.fullmatch(s) or re.search(r"(?:arxiv|doi)\W{0,3}$", text[: m.start()], re.I):
            continue
        if "." in s and s.count(".") not in (2, 3) and not international:
            continue  # "2106.09685" is an arXiv id, not a phone number
        out.append(Found("phone", Span(m.start(), m.end())))
    return out


_GENDERED = re.compile(  # the look-ahead lets re skip to an h or an s
    r"(?=[hHsS])\b(?:she|he|her|hers|him|his|herself|himself)\b", re.IGNORECASE
)


def _pronouns(text: str) -> list[Found]:
    """``_PRONOUN_RE`` matches, searched only in the lines that hold a "/" (a match never
    spans lines)."""
    out: list[Found] = []
    i = text.find("/")
    while i != -1:
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i)
        if b == -1:
            b = len(text)
        out += [
            Found("pronoun", Span(m.start(), m.end())) for m in _PRONOUN_RE.finditer(text, a, b)
        ]
        i = text.find("/", b)
    return out


def _labelled(text: str) -> list[Found]:
    out: list[Found] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if ":" in line or "：" in line or " - " in line:
            out += _labelled_line(text, start, pos - 1)
    return out


def _labelled_line(text: str, start: int, end: int) -> list[Found]:
    out: list[Found] = []
    for m in _LABEL_RE.finditer(text, start, end):
        kind = next(k for i, (k, _) in enumerate(_LABELS) if m.group(f"k{i}"))
        value = m.group("value")
        if kind == "age" and not re.match(r"\d{2}\b", value):
            continue
        if kind == "phone" and sum(c.isdigit() for c in value) < 6:
            continue
        if kind == "url" and m.group("label").lower() == "x" and "@" not in value:
            continue
        out.append(Found(kind, Span(m.start("value"), m.end("value"))))
    return out


def _addresses(text: str, low: str) -> list[Found]:
    out: list[Found] = []
    for hints, pattern in _ADDRESS_PATTERNS:
        if hints and not any(h in low for h in hints):
            continue
        for m in pattern.finditer(text):
            end = m.end()
            tail = _ADDRESS_TAIL.match(text, end)
            if tail and len(tail.group()) < 60 and "http" not in tail.group():
                end += len(tail.group().rstrip())
            out.append(Found("address", Span(m.start(), end)))
    return out


def _urls(text: str, tokens: list[str], local: str) -> list[Found]:
    """URLs that identify the person: profiles by design, or any URL with the name in it."""
    keys = {t.lower() for t in tokens if len(t) >= 3}
    if len(local) >= 4:
        keys.add(local.lower())
    compact = "".join(t.lower() for t in tokens)
    if len(compact) >= 4:
        keys.add(compact)
    keys |= {_ascii(k) for k in keys if len(_ascii(k)) >= 3}
    urls = find_urls(text)
    # a handle seen in a profile URL ("github.com/jdoe") identifies the person in every other
    # URL of the CV too ("github.com/jdoe/fraud-api"), whatever the name looks like
    handles = {_handle(u.url) for u in urls if is_profile_url(u.url)} - {""}
    out: list[Found] = []
    for u in urls:
        low = u.url.lower()
        if is_profile_url(u.url) or _handle(u.url) in handles or any(k in low for k in keys):
            out.append(Found("url", u.span, u.kind))
    return out


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _handle(url: str) -> str:
    """The first path segment of a URL on a code or model host, lower-cased; "" otherwise."""
    u = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower())
    host, _, path = u.partition("/")
    if host not in ("github.com", "gitlab.com", "huggingface.co", "hf.co", "kaggle.com"):
        return ""
    first = path.split("/", 1)[0].split("?", 1)[0]
    return f"{host}/{first}" if first else ""


def _merge(found: list[Found]) -> list[Found]:
    """Overlapping finds become one, of the kind of the longest; touching names join."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.span.start, -f.span.end)):
        if out and f.span.start < out[-1].span.end:
            prev = out[-1]
            keep = prev if len(prev.span) >= len(f.span) else f
            out[-1] = Found(
                keep.kind, Span(prev.span.start, max(prev.span.end, f.span.end)), keep.link_kind
            )
        else:
            out.append(f)
    return out


def find_pii(text: str) -> PIIResult:
    """All personal data in ``text`` as sorted, disjoint spans, plus display contact values."""
    found: list[Found] = []
    emails = (
        [Found("email", Span(m.start(), m.end())) for m in EMAIL_RE.finditer(text)]
        if "@" in text
        else []
    )
    found += emails
    contact: dict[str, str] = {}
    if emails:
        contact["email"] = emails[0].span.of(text)
    local = contact.get("email", "").split("@", 1)[0]

    name = detect_name(text)
    tokens: list[str] = []
    if name is not None:
        contact["name"] = name.name
        tokens = name_tokens(name.name)
        found.append(Found("name", name.span))
        if name.honorific is not None:
            found.append(Found("honorific", name.honorific))
        for span in name_occurrences(text, name.name):
            found.append(Found("name", span))
            hm = re.search(
                r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle)\.?[ \t]+$",
                text[max(0, span.start - 8) : span.start],
            )
            if hm:
                start = max(0, span.start - 8) + hm.start()
                word = re.match(r"\w+\.?", hm.group())
                assert word is not None
                found.append(Found("honorific", Span(start, start + word.end())))
    found += _urls(text, tokens, local)
    phones = _phones(text)
    found += phones
    labelled = _labelled(text)
    found += labelled
    if phones:
        contact["phone"] = phones[0].span.of(text)
    low = text.lower()
    if "/" in low:
        found += _pronouns(text)
    # gendered pronouns in prose ("She led ...", "his team") say who the candidate is, too
    found += [Found("pronoun", Span(m.start(), m.end())) for m in _GENDERED.finditer(text)]
    if any(k in low for k in ("old", "y/o", "y.o.", "jahre")):
        found += [Found("age", Span(m.start(), m.end())) for m in _AGE_RE.finditer(text)]
    if any(k in low for k in ("born", "geboren", "né", "nacid")):
        found += [
            Found("birth_date", Span(m.start("date"), m.end("date")))
            for m in _DOB_RE.finditer(text)
        ]
    found += _addresses(text, low)
    merged = _merge(found)
    for f in merged:
        if f.kind == "url" and f.link_kind == "linkedin" and "linkedin" not in contact:
            contact["linkedin"] = f.span.of(text)
        if f.kind == "phone" and "phone" not in contact:
            contact["phone"] = f.span.of(text)
    return PIIResult(tuple(merged), contact)
