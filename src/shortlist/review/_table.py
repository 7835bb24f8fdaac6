"""Review → Rich renderables for the terminal (``shortlist review --format table``).

Status is always spelled out ("missing", "listed"), never shown by colour alone, so the
report reads the same in a terminal without colour or in a file.
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from shortlist.match import FLAGS
from shortlist.review._positioning import family_words
from shortlist.review._types import Review
from shortlist.types import RequirementResult

__all__ = ["review_renderable", "review_text"]

_STATUS_STYLE = {
    "strong": "green",
    "some": "yellow",
    "missing": "red",
    "met": "green",
    "listed": "yellow",
    "specific": "green",
    "generic": "yellow",
}
_KIND_STYLE = {"outcome": "green", "process": "yellow", "claim": "red"}
_SOUP_ROWS = 15


def _styled(word: str) -> Text:
    return Text(word, style=_STATUS_STYLE.get(word, ""))


def _positioning(review: Review) -> Table:
    p = review.positioning
    s = p.statement
    table = Table(title="Positioning", show_header=False, title_justify="left", expand=True)
    table.add_column("what", style="bold", width=20)
    table.add_column("reading")
    table.add_row(
        "reads as",
        f"{family_words(p.family)} ({p.family}, {p.confidence:.0%}); "
        f"next: {p.runner_up} {p.runner_up_confidence:.0%}",
    )
    if p.target is not None:
        table.add_row("your target", f"{p.target} ({p.target_confidence or 0:.0%} of the reading)")
    table.add_row(
        "specialism",
        f"{p.specialism} ({p.specialism_confidence:.0%})" if p.specialism else "none stands out",
    )
    table.add_row("domains", ", ".join(p.domains) or "none named")
    table.add_row("clear target", Text("yes" if p.clear_target else "no — " + "; ".join(p.notes)))
    table.add_row("summary", _styled(s.reading))
    if s.quote is not None:
        table.add_row("", Text(f"“{s.quote.text}”", style="italic"))
    named = [
        f"family: {s.family}" if s.family else "",
        f"specialism: {', '.join(s.specialism)}" if s.specialism else "",
        f"domain: {', '.join(s.domain)}" if s.domain else "",
        f"evidence: {', '.join(s.evidence)}" if s.evidence else "",
    ]
    if any(named):
        table.add_row("it names", "; ".join(n for n in named if n))
    for item in s.missing:
        table.add_row("it lacks", item)
    return table


def _layers(review: Review) -> Table:
    table = Table(title="Evidence layers", title_justify="left", expand=True)
    table.add_column("layer", width=22)
    table.add_column("status", width=8)
    table.add_column("what shows it", ratio=3)
    table.add_column("what is missing", ratio=2)
    for layer in review.layers:
        shown = Text()
        for c in layer.checks:
            if c.present:
                shown.append(f"{c.label}: ", style="bold")
                shown.append(f"“{_short(c.evidence[0].text, 90)}”\n")
        shown.rstrip()
        table.add_row(
            layer.title,
            _styled(layer.status),
            shown if shown.plain else Text("—"),
            "\n".join(layer.missing) or "—",
        )
    return table


def _bullets(review: Review) -> Table:
    table = Table(title="Line by line", title_justify="left", expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("kind", width=8)
    table.add_column("line", ratio=1)
    table.add_column("question to answer", ratio=1)
    for i, b in enumerate(review.bullets, 1):
        table.add_row(
            str(i),
            Text(b.kind, style=_KIND_STYLE[b.kind]),
            _short(b.quote.text, 160),
            b.question or ("—" if b.kind == "outcome" else ""),
        )
    return table


def _soup(review: Review) -> Table:
    with_gain = review.brief is not None
    table = Table(
        title="Keyword soup: listed, shown by no line (most useful to show first)",
        title_justify="left",
        expand=True,
    )
    table.add_column("skill")
    table.add_column("fit", justify="right")
    if with_gain:
        table.add_column("brief")
        table.add_column("+points", justify="right")
    table.add_column("listed in")
    for s in review.keyword_soup[:_SOUP_ROWS]:
        cells = [s.name, f"{s.relevance:.1f}"]
        if with_gain:
            cells += [s.requirement or "", f"{s.gain:+.2f}" if s.gain is not None else ""]
        table.add_row(*cells, _short(s.listed_at.text, 70))
    more = len(review.keyword_soup) - _SOUP_ROWS
    if more > 0:
        table.caption = f"and {more} more (see --format json)"
    return table


def _requirements(title: str, results: tuple[RequirementResult, ...]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("requirement", ratio=1)
    table.add_column("status", width=8)
    table.add_column("your words", ratio=2)
    for r in results:
        table.add_row(
            r.requirement.label,
            _styled(r.status),
            "\n".join(f"“{_short(q.text, 120)}”" for q in r.evidence) or "—",
        )
    return table


def review_renderable(review: Review) -> RenderableType:
    """The whole review as one Rich renderable."""
    parts: list[RenderableType] = [
        Rule(f"How {review.path or 'this CV'} reads"),
        _positioning(review),
        _layers(review),
        _bullets(review),
    ]
    if review.keyword_soup:
        parts.append(_soup(review))
    if review.brief is not None:
        b = review.brief
        m = b.match
        parts.append(Rule(f"Against the brief: {b.role.title}"))
        parts.append(
            Text(f"match score {m.score:.1f} / 100 — the score `shortlist rank` gives this CV")
        )
        parts.append(_requirements("Must-haves", b.must))
        if b.nice:
            parts.append(_requirements("Nice-to-haves", b.nice))
        for f in m.flags:
            parts.append(Text(f"flag {f}: {FLAGS[f]}", style="yellow"))
    for code in review.notices:
        parts.append(Text(f"notice {code}: see `shortlist parse` for what was hidden"))
    return Group(*parts)


def review_text(review: Review, width: int = 140) -> str:
    """The table report as plain text (no colour), e.g. for a file or a test."""
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, legacy_windows=False).print(
        review_renderable(review)
    )
    return buf.getvalue()


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
