"""Finding URLs in a CV and saying what they point at (code host, paper, profile, website).

The same finder runs twice: on the original text, where the PII stage decides which URLs
identify the person (a LinkedIn profile, a GitHub user page, a personal domain with the name
in it) and replaces them with "[URL]"; and on the redacted text, where the remaining URLs become
``Link`` objects. The kind of a redacted URL is kept (it says "has a GitHub" without saying
whose), so the scorer can still see that a candidate links to code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shortlist.types import Link, LinkKind, Span

__all__ = ["UrlMatch", "classify_url", "find_links", "find_urls", "is_profile_url"]

_KNOWN_HOSTS = (
    r"github\.com|gitlab\.com|linkedin\.com|huggingface\.co|hf\.co|kaggle\.com|arxiv\.org|"
    r"doi\.org|dx\.doi\.org|scholar\.google\.[a-z.]+|medium\.com|twitter\.com|x\.com|"
    r"indeed\.com|orcid\.org|researchgate\.net|semanticscholar\.org|openreview\.net|"
    r"aclanthology\.org|papers\.nips\.cc|proceedings\.mlr\.press|dev\.to|substack\.com|"
    r"stackoverflow\.com|gitlab\.io|github\.io"
)
_TLDS = r"com|org|net|io|ai|dev|co|me|de|fr|es|uk|in|edu|app|xyz|tech|info|ch|nl|eu|ca|au"
_PATH = r"[^\s<>()\[\]{}\"'`|,]*[^\s<>()\[\]{}\"'`|,.;:!?*]"

URL_RE = re.compile(
    rf"""
    (?:https?://|www\.)[^\s<>()\[\]{{}}"'`|]*[^\s<>()\[\]{{}}"'`|.,;:!?*]
    | (?<![\w@.\-/])(?:[\w-]+\.)*(?:{_KNOWN_HOSTS})(?:/{_PATH})?
    | (?<![\w@.\-/])(?:[a-z0-9-]+\.)+(?:{_TLDS})/{_PATH}
    | (?<![\w@.\-/])[a-z0-9][a-z0-9-]{{2,}}\.(?:dev|io|ai|me|tech|site|page)(?![\w.@-])
    | (?<![\w/])(?:arXiv:\s?\d{{4}}\.\d{{4,5}}(?:v\d+)?|doi:\s?10\.\d{{4,9}}/\S+[^\s.,;)])
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: "indeed.com/r/Jane-\nDoe/0123abcd": the profile URLs of the Indeed CV export, wrapped.
INDEED_RE = re.compile(
    r"(?:https?://)?(?:www\.)?indeed\.com/r/[\w.-]+(?:-?\n[\w.-]+)?(?:/\n?[0-9a-f]{6,})?"
    r"(?:\?[^\s]*)?",
    re.IGNORECASE,
)
#: the host alone, as ``INDEED_RE`` spells it: an Indeed URL starts at most 12 characters
#: ("https://www.") before it
_INDEED_HOST = re.compile(r"indeed\.com", re.IGNORECASE)
_SPACE = re.compile(r"\s")


_URLISH_ENDS = (
    ".com",
    ".org",
    ".net",
    ".io",
    ".ai",
    ".dev",
    ".me",
    ".tech",
    ".site",
    ".page",
    ".co",
)


@dataclass(frozen=True, slots=True)
class UrlMatch:
    url: str
    span: Span
    kind: LinkKind


def classify_url(url: str) -> LinkKind:
    """The kind of a URL by its host (and, for papers, its path)."""
    u = url.lower()
    if u.startswith("arxiv:") or u.startswith("doi:"):
        return "paper"
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", u).split("/", 1)[0]
    if host.endswith("github.com") or host.endswith("github.io"):
        return "github"
    if host.endswith("gitlab.com") or host.endswith("gitlab.io"):
        return "gitlab"
    if host in ("huggingface.co", "hf.co"):
        return "huggingface"
    if host.endswith("kaggle.com"):
        return "kaggle"
    if host.endswith("linkedin.com"):
        return "linkedin"
    if host.startswith("scholar.google") or host.endswith("semanticscholar.org"):
        return "scholar"
    if (
        host.endswith("arxiv.org")
        or host.endswith("doi.org")
        or host
        in (
            "openreview.net",
            "aclanthology.org",
            "papers.nips.cc",
            "proceedings.mlr.press",
        )
        or u.endswith(".pdf")
    ):
        return "paper"
    return "website"


def is_profile_url(url: str) -> bool:
    """True for URLs that name a person by design (profiles, user pages), whoever they are."""
    u = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")
    host, _, path = u.partition("/")
    segments = [s for s in path.split("?")[0].split("/") if s]
    if host.endswith("linkedin.com"):
        return bool(segments) and segments[0] in ("in", "pub")
    if host in ("twitter.com", "x.com", "orcid.org", "indeed.com", "researchgate.net"):
        return bool(segments)
    if host.endswith("github.io") or host.endswith("gitlab.io"):
        return True
    if host.startswith("scholar.google"):
        return "user=" in path
    if host == "medium.com":
        return bool(segments) and segments[0].startswith("@")
    if host in ("github.com", "gitlab.com", "kaggle.com", "huggingface.co", "hf.co"):
        reserved = {"orgs", "topics", "datasets", "spaces", "papers", "competitions", "models"}
        return len(segments) == 1 and segments[0] not in reserved
    return False


def _chunks(text: str) -> list[tuple[int, int]]:
    """Spans of the white-space-free chunks with a dot inside: the only places URLs live.

    A loop over the dots is several times faster than any regex scan of the whole text.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    i = text.find(".")
    last_end = -1
    while i != -1:
        if i + 1 < n and not text[i + 1].isspace() and i >= last_end:
            a = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i), text.rfind("\t", 0, i)) + 1
            if a and text[a - 1] == " ":  # both prefixes end in a space
                for prefix in ("arxiv: ", "doi: "):
                    if text[max(0, a - len(prefix)) : a].lower() == prefix:
                        a -= len(prefix)
            # ``\s`` is exactly ``str.isspace``
            space = _SPACE.search(text, i)
            b = n if space is None else space.start()
            out.append((a, b))
            last_end = b
            i = text.find(".", b)
            continue
        i = text.find(".", i + 1)
    return out


def _indeed_urls(text: str) -> list[UrlMatch]:
    """``INDEED_RE.finditer(text)``, tried only where a match can start: up to 12 characters
    before each "indeed.com" (a scan of the whole text is slow, as the pattern has no fixed
    first character)."""
    out: list[UrlMatch] = []
    last_end = 0
    for h in _INDEED_HOST.finditer(text):
        j = h.start()
        for s in range(max(last_end, j - 12), j + 1):
            m = INDEED_RE.match(text, s)
            if m is not None:
                out.append(UrlMatch(m.group(), Span(m.start(), m.end()), "website"))
                last_end = m.end()
                break
    return out


def find_urls(text: str) -> list[UrlMatch]:
    """Every URL-like string in ``text``, with its kind, in order and without overlaps."""
    found: list[UrlMatch] = []
    if "indeed.com" in text.lower():
        found += _indeed_urls(text)
    # only chunks with a dot inside can hold a URL: scanning them alone keeps this linear
    for a, b in _chunks(text):
        c = text[a:b].lower().rstrip(".,;:)!?\"'")
        if not ("/" in c or ":" in c or c.startswith("www") or c.endswith(_URLISH_ENDS)):
            continue
        for m in URL_RE.finditer(text, a, b):
            span = Span(m.start(), m.end())
            if any(f.span.start < span.end and span.start < f.span.end for f in found):
                continue
            found.append(UrlMatch(m.group(), span, classify_url(m.group())))
    found.sort(key=lambda f: f.span.start)
    return found


def find_links(text: str, redacted_kinds: dict[int, LinkKind]) -> tuple[Link, ...]:
    """Links in the redacted text: real URLs plus "[URL]" placeholders of known kind.

    ``redacted_kinds`` maps the offset of each "[URL]" placeholder in ``text`` to the kind of
    the URL it replaced.
    """
    links = [Link(u.url, u.kind, u.span) for u in find_urls(text)]
    for offset, kind in redacted_kinds.items():
        links.append(Link("[URL]", kind, Span(offset, offset + len("[URL]"))))
    links.sort(key=lambda link: link.span.start)
    return tuple(links)
