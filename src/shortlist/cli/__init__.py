"""The ``shortlist`` command: thin Typer commands over the library (docs/cli.md).

Each command lives in its own module and registers itself on the one Typer ``app``.
"""

from __future__ import annotations

import sys

from shortlist.cli import _eval, _inspect, _rank, _review, _skills
from shortlist.cli._app import app, fail
from shortlist.errors import InputError

__all__ = ["app", "main"]
_COMMANDS = (
    _eval,
    _inspect,
    _rank,
    _review,
    _skills,
)  # imported for their @app.command registrations


def main() -> None:
    """Entry point of the ``shortlist`` console script."""
    try:
        app()
    except InputError as exc:  # pragma: no cover - the commands turn these into exit codes
        fail(f"{exc.code}: {exc}")
        sys.exit(1)
