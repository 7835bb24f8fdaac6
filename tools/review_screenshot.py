"""Render one example CV's review to HTML and look at it in headless Chromium, as a person would.

    .venv/bin/python tools/review_screenshot.py [--cv examples/cvs/diego-fernandez.md]
        [--brief examples/briefs/mlops-platform.md] [--out build/review-screenshot.png]

Three checks, each failing the script (exit 1):

1. the page is self-contained: no ``http(s)://`` asset, no ``src=``/``url(`` to fetch;
2. the page logs no console error: a copy of it, with a tiny inline error hook, is loaded with
   ``--dump-dom``; the hook writes every ``window.onerror``/``console.error`` into the DOM, and
   Chromium's own log (``--enable-logging=stderr``) is searched for "Uncaught" as well;
3. Chromium takes a screenshot (``--screenshot``) of the unmodified page; the PNG path is
   printed so that someone opens it and reads it.

When no Chromium is installed (CI machines) it prints why and exits 0: this is a check for a
person at a workstation, not a gate for every commit.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
_HOOK = """<script>(function(){var errs=[];function add(m){errs.push(String(m));}
window.addEventListener('error',function(e){add(e.message||'resource error: '+
(e.target&&(e.target.src||e.target.href)));},true);
var ce=console.error;console.error=function(){add([].join.call(arguments,' '));
ce.apply(console,arguments);};
window.addEventListener('load',function(){var p=document.createElement('pre');
p.id='__console_errors';p.textContent=JSON.stringify(errs);document.body.appendChild(p);});
})();</script>"""
_EXTERNAL = re.compile(r"""(?:https?:)?//[^\s"'<>]+|\bsrc\s*=|url\(""", re.I)


def _browser() -> str | None:
    override = os.environ.get("CHROMIUM")
    if override:
        return override
    return next((path for name in _BROWSERS if (path := shutil.which(name))), None)


def _review_html(cv: Path, brief: Path | None) -> str:
    from shortlist.config import Settings
    from shortlist.pipeline import read_brief, read_candidates
    from shortlist.review import review, review_html
    from shortlist.types import PartialDate

    settings = Settings()
    role = read_brief(brief, settings) if brief else None
    candidates, errors = read_candidates([cv], settings, today=PartialDate(2026, 11))
    if not candidates:
        raise SystemExit(f"cannot read {cv}: {errors[0].code} {errors[0].message}")
    c = candidates[0]
    return review_html(review(c.signals, role=role, path=str(cv.relative_to(ROOT))))


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [browser, *_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _outside_text(page: str) -> list[str]:
    """External references in markup and CSS (quoted CV text is escaped, so it cannot match
    a tag attribute; the footer and quotes are plain text)."""
    markup = re.sub(r">[^<]*<", "><", page)  # drop text nodes: only tags, attributes, CSS
    style = "".join(re.findall(r"<style>(.*?)</style>", page, re.S))
    return _EXTERNAL.findall(markup) + _EXTERNAL.findall(style)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", type=Path, default=ROOT / "examples/cvs/diego-fernandez.md")
    parser.add_argument("--brief", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "build/review-screenshot.png")
    args = parser.parse_args()

    browser = _browser()
    if browser is None:
        print("skipped: no Chromium found (install `chromium`, or set CHROMIUM=/path/to/it)")
        return 0
    page = _review_html(args.cv.resolve(), args.brief.resolve() if args.brief else None)
    problems = [f"external reference in the page: {ref}" for ref in _outside_text(page)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shortlist-review-") as tmp:
        work = Path(tmp)
        report = work / "review.html"
        report.write_text(page, encoding="utf-8")
        probe = work / "probe.html"
        probe.write_text(page.replace("<head>", "<head>" + _HOOK, 1), encoding="utf-8")

        dom = _run(
            browser,
            work / "profile-dom",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            probe.as_uri(),
        )
        found = re.search(r'<pre id="__console_errors">(.*?)</pre>', dom.stdout, re.S)
        if found is None:
            problems.append("the page did not finish loading (no error report in the DOM)")
        elif html.unescape(found.group(1)) != "[]":
            problems.append(f"console errors: {html.unescape(found.group(1))}")
        problems += [
            f"chromium log: {line.strip()}"
            for line in dom.stderr.splitlines()
            if "Uncaught" in line or ("CONSOLE" in line and "error" in line.lower())
        ]

        shot = _run(
            browser,
            work / "profile-shot",
            f"--screenshot={args.out.resolve()}",
            "--window-size=1280,2000",
            report.as_uri(),
        )
        if shot.returncode != 0 or not args.out.is_file() or args.out.stat().st_size == 0:
            problems.append(f"no screenshot taken (exit {shot.returncode}): {shot.stderr[-500:]}")
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if problems:
        return 1
    print(f"ok: {args.cv.name} reviewed; no console errors; screenshot at {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
