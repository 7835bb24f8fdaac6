"""The whole job, end to end: files → Documents → Profiles → Signals → Matches → Shortlist.

This is an edge (it reads files, through ``ingest.read_files``); every stage it calls is pure.
A file that fails at any stage becomes a ``FileError`` for that file and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from shortlist.config import Settings
from shortlist.errors import InputError, RoleError, ShortlistError
from shortlist.ingest import read_document, read_files
from shortlist.match import EvidenceScorer, match, shortlist
from shortlist.parse import parse
from shortlist.roles import infer_role, role_from_file_text
from shortlist.semantic import SemanticFit, load_encoder
from shortlist.signals import extract
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import (
    Document,
    FileError,
    Match,
    PartialDate,
    Profile,
    RoleSpec,
    Shortlist,
    Signals,
)

__all__ = ["Candidate", "collect_files", "read_brief", "read_candidates", "read_role", "screen"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One readable CV, carried through the stages."""

    path: str
    document: Document
    profile: Profile
    signals: Signals


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and every file under the folders named (recursively), in a stable order.

    Hidden files and folders (a leading dot) under a folder are skipped; a path that does not
    exist raises ``FileNotFoundError``.
    """
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(str(p))
    seen: set[Path] = set()
    return [p for p in out if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def read_brief_text(path: Path, settings: Settings) -> str:
    """The visible text of a role brief file (any format ingest reads)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RoleError(f"cannot read the brief {path}: {exc.strerror}") from exc
    try:
        document = read_document(data, str(path), settings)
    except InputError as exc:
        raise RoleError(f"cannot read the brief {path}: {exc.message} ({exc.code})") from exc
    return document.text


def read_brief(path: Path, settings: Settings, taxonomy: Taxonomy | None = None) -> RoleSpec:
    """Read a role brief file (any format ingest reads) into a RoleSpec."""
    return infer_role(read_brief_text(path, settings), taxonomy or load_taxonomy())


def semantic_fit(role: RoleSpec, brief_text: str | None) -> SemanticFit:
    """The optional semantic similarity for a role: from the brief's must-have lines, or from
    a role file's must-have labels when there is no brief. ``ConfigError`` when the
    ``semantic`` extra is not installed."""
    encoder = load_encoder()
    if brief_text is not None:
        return SemanticFit.from_brief(encoder, brief_text)
    return SemanticFit(encoder, [r.label for r in role.must])


def read_role(path: Path, taxonomy: Taxonomy | None = None) -> RoleSpec:
    """Read a role file (YAML or JSON; docs/roles.md) into a RoleSpec."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RoleError(f"cannot read the role file {path}: {exc}") from exc
    return role_from_file_text(text, taxonomy or load_taxonomy(), name=str(path))


def read_candidates(
    paths: Sequence[Path],
    settings: Settings,
    *,
    taxonomy: Taxonomy | None = None,
    today: PartialDate | None = None,
    on_done: Callable[[Path], None] | None = None,
) -> tuple[list[Candidate], list[FileError]]:
    """Read, parse and extract signals from each file; failures are returned, not raised."""
    tax = taxonomy or load_taxonomy()
    candidates: list[Candidate] = []
    errors: list[FileError] = []
    for path, result in zip(paths, read_files(paths, settings, on_done=on_done), strict=True):
        if isinstance(result, FileError):
            errors.append(result)
            continue
        try:
            profile = parse(result, today=today)
            signals = extract(profile.redacted, tax)
        except ShortlistError as exc:
            errors.append(FileError(str(path), getattr(exc, "code", "unreadable"), str(exc)))
            continue
        except Exception as exc:  # a bug must cost one file, not the batch; it is reported
            log.exception("failed to read %s", path)
            errors.append(FileError(str(path), "internal_error", f"{type(exc).__name__}: {exc}"))
            continue
        candidates.append(Candidate(str(path), result, profile, signals))
    return candidates, errors


def screen(
    role: RoleSpec,
    candidates: Sequence[Candidate],
    errors: Sequence[FileError] = (),
    *,
    scorer: EvidenceScorer | None = None,
    semantic: SemanticFit | None = None,
) -> Shortlist:
    """Rank readable candidates for a role; with ``semantic`` (the optional extra), each score
    is blended with the brief-to-CV similarity (``shortlist.semantic.blend``)."""
    model = scorer or EvidenceScorer().fit_prior()
    matches: list[Match] = [
        match(
            c.signals,
            role,
            model,
            path=c.path,
            notices=[w.code for w in c.document.warnings],
        )
        for c in candidates
    ]
    if semantic is not None:
        matches = [semantic.blend(m, c.signals) for m, c in zip(matches, candidates, strict=True)]
    return shortlist(role, matches, errors)
