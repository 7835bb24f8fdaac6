"""Review → one self-contained HTML page (``shortlist review --format html``).

The page opens offline from a file: inline CSS, no script, no font, image or link to fetch.
Headings nest (h1 → h2 → h3) so a screen reader can jump between sections; every status is
written as a word beside its colour; tables have captions and header scopes. Quotes carry their
character offsets into the CV's text as ``data-start``/``data-end``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from shortlist.match import FLAGS
from shortlist.review._positioning import family_words
from shortlist.review._types import BriefReading, Layer, Positioning, Review
from shortlist.types import EvidenceQuote, RequirementResult

__all__ = ["review_html"]

_STYLE = """
:root{--ink:#1b1f24;--muted:#4f5b66;--line:#d8dee4;--ok:#0f6b32;--some:#7a4d00;--no:#a3121b}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
 margin:0;background:#f6f8fa}
main{max-width:68rem;margin:0 auto;padding:2rem 1.5rem 4rem;background:#fff}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2.2rem 0 .6rem;
 border-bottom:2px solid var(--line);padding-bottom:.3rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
p.lead{color:var(--muted);margin:.2rem 0 1rem}
dl.facts{display:grid;grid-template-columns:11rem 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
blockquote{margin:.35rem 0;padding:.3rem .7rem;border-left:4px solid #9ab;background:#f3f6f9;
 color:#24303c}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:.05rem .5rem;
 border-radius:1rem;border:1px solid currentColor;text-transform:uppercase;letter-spacing:.02em}
.strong,.met,.specific,.outcome,.yes{color:var(--ok)}.some,.listed,.generic,.process{color:var(--some)}
.missing,.claim,.no{color:var(--no)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.3rem 0;color:var(--muted)}
th,td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f5;font-size:.9rem}
td.q{color:#153e75}
ul.todo{margin:.3rem 0 .6rem 1.1rem;padding:0}ul.todo li{margin:.15rem 0}
section.layer{border:1px solid var(--line);border-radius:.5rem;padding:.3rem 1rem .8rem;
 margin:.8rem 0}
.num{text-align:right;font-variant-numeric:tabular-nums}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
"""

e = html.escape


def _badge(word: str, label: str | None = None) -> str:
    return f'<span class="badge {e(word)}">{e(label or word)}</span>'


def _quote(q: EvidenceQuote) -> str:
    return f'<blockquote data-start="{q.start}" data-end="{q.end}">{e(q.text)}</blockquote>'


def _list(items: Iterable[str], cls: str = "todo") -> str:
    rows = "".join(f"<li>{e(i)}</li>" for i in items)
    return f'<ul class="{cls}">{rows}</ul>' if rows else ""


def _positioning(p: Positioning) -> str:
    s = p.statement
    facts = [
        (
            "Reads as",
            f"{e(family_words(p.family))} ({e(p.family)}, {p.confidence:.0%}); "
            f"next: {e(p.runner_up)} {p.runner_up_confidence:.0%}",
        ),
    ]
    if p.target is not None:
        facts.append(("Your target", f"{e(p.target)} ({p.target_confidence or 0:.0%})"))
    facts += [
        (
            "Specialism",
            f"{e(p.specialism)} ({p.specialism_confidence:.0%})"
            if p.specialism
            else "none stands out",
        ),
        ("Domains", e(", ".join(p.domains)) or "none named"),
        (
            "Clear target",
            _badge("yes") if p.clear_target else _badge("no") + " " + e("; ".join(p.notes)),
        ),
        ("Summary reads", _badge(s.reading)),
    ]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    named = [
        f"family: {s.family}" if s.family else "",
        f"specialism: {', '.join(s.specialism)}" if s.specialism else "",
        f"domain: {', '.join(s.domain)}" if s.domain else "",
        f"evidence: {', '.join(s.evidence)}" if s.evidence else "",
    ]
    body = f'<dl class="facts">{dl}</dl>'
    if s.quote is not None:
        body += "<h3>Your summary</h3>" + _quote(s.quote)
    if any(named):
        body += "<p>It names " + e("; ".join(n for n in named if n)) + ".</p>"
    if s.missing:
        body += "<p>A specific summary would add:</p>" + _list(s.missing)
    return '<section aria-labelledby="pos"><h2 id="pos">Positioning</h2>' + body + "</section>"


def _layer(layer: Layer) -> str:
    rows = []
    for c in layer.checks:
        shown = "".join(_quote(q) for q in c.evidence) or e(c.advice)
        status = _badge("met", "shown") if c.present else _badge("missing")
        rows.append(f'<tr><th scope="row">{e(c.label)}</th><td>{status}</td><td>{shown}</td></tr>')
    return (
        f'<section class="layer" aria-labelledby="l-{layer.name}">'
        f'<h3 id="l-{layer.name}">{e(layer.title)} {_badge(layer.status)}</h3>'
        f"<table><caption>What shows {e(layer.title.lower())}, and what is missing</caption>"
        '<thead><tr><th scope="col">check</th><th scope="col">status</th>'
        '<th scope="col">your lines, or what to add</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _bullets(review: Review) -> str:
    rows = []
    for i, b in enumerate(review.bullets, 1):
        question = e(b.question) if b.question else ("—" if b.kind == "outcome" else "")
        rows.append(
            f'<tr><td class="num">{i}</td><td>{_badge(b.kind)}</td><td>{_quote(b.quote)}</td>'
            f'<td class="q">{question}</td></tr>'
        )
    return (
        '<section aria-labelledby="lines"><h2 id="lines">Line by line</h2>'
        '<p class="lead">An <b>outcome</b> line reports a measured result; a <b>process</b> line '
        "says what you did but not what changed; a <b>claim</b> says neither. Each question uses "
        "only your own words: answer it with what you know to be true.</p>"
        "<table><caption>Each line of experience, projects and community</caption><thead><tr>"
        '<th scope="col">#</th><th scope="col">kind</th><th scope="col">your line</th>'
        '<th scope="col">question to answer</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _soup(review: Review) -> str:
    if not review.keyword_soup:
        return ""
    gain = review.brief is not None
    head = '<th scope="col">skill</th><th scope="col">fit to target</th>'
    if gain:
        head += '<th scope="col">brief asks</th><th scope="col">points if shown</th>'
    rows = []
    for s in review.keyword_soup:
        cells = f'<th scope="row">{e(s.name)}</th><td class="num">{s.relevance:.1f}</td>'
        if gain:
            points = f"{s.gain:+.2f}" if s.gain is not None else ""
            cells += f'<td>{e(s.requirement or "")}</td><td class="num">{points}</td>'
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<section aria-labelledby="soup"><h2 id="soup">Keyword soup</h2>'
        '<p class="lead">Skills you list that no line of experience shows. Listing counts for a '
        "tenth of showing; the most useful to show first are at the top.</p>"
        f"<table><caption>Listed only ({len(review.keyword_soup)})</caption><thead><tr>{head}"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>"
    )


def _requirements(title: str, results: tuple[RequirementResult, ...]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{e(r.requirement.label)}</th><td>{_badge(r.status)}</td>'
        f"<td>{''.join(_quote(q) for q in r.evidence) or '—'}</td></tr>"
        for r in results
    )
    return (
        f"<h3>{e(title)}</h3><table><caption>{e(title)}: met, listed only, or missing</caption>"
        '<thead><tr><th scope="col">requirement</th><th scope="col">status</th>'
        f'<th scope="col">your words</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def _brief(b: BriefReading) -> str:
    m = b.match
    flags = _list(f"{f}: {FLAGS[f]}" for f in m.flags)
    return (
        '<section aria-labelledby="brief"><h2 id="brief">Against the brief: '
        f"{e(b.role.title)}</h2><p>Match score <b>{m.score:.1f}</b> / 100 — the score and the "
        "explanation <code>shortlist rank</code> gives a hiring manager for this CV.</p>"
        + _requirements("Must-haves", b.must)
        + (_requirements("Nice-to-haves", b.nice) if b.nice else "")
        + (f"<h3>Flags</h3>{flags}" if flags else "")
        + "</section>"
    )


def review_html(review: Review) -> str:
    """One self-contained HTML page: no network, no external assets, no script."""
    title = f"How {review.path or 'this CV'} reads"
    notices = _list(f"{c}: the file hides text, which was not read" for c in review.notices)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{e(title)} — shortlist review</title><style>{_STYLE}</style></head>"
        f"<body><main><h1>{e(title)}</h1>"
        '<p class="lead">Read by the same engine that ranks CVs for a role: every quote is your '
        "own text, and nothing here is invented.</p>"
        + notices
        + _positioning(review.positioning)
        + '<section aria-labelledby="layers"><h2 id="layers">The five evidence layers</h2>'
        + "".join(_layer(layer) for layer in review.layers)
        + "</section>"
        + _bullets(review)
        + _soup(review)
        + (_brief(review.brief) if review.brief is not None else "")
        + "<footer>shortlist review — offline, no data left this machine.</footer>"
        "</main></body></html>\n"
    )
