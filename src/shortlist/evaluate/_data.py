"""Reading a graded-relevance set: the grades CSV, the briefs folder and the CVs folder.

The grades file is ``brief_id,cv_id,grade`` with integer grades 0–3, where ``brief_id`` and
``cv_id`` are file stems in the two folders. It is checked strictly — a typo in an id would
otherwise silently drop a pair and change every metric.

The CV pool is the graded CVs found in the folder (any format ingest reads: .md, .pdf, .docx,
...). A graded CV whose file is missing is an error; one that exists but cannot be read becomes
a ``FileError`` in the report and ranks last for every scorer. Files in the folder that no
brief grades are left out of the pool (and listed), so corpus statistics such as IDF come from
the same CVs every scorer ranks.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from shortlist.config import Settings
from shortlist.ingest import read_document, read_files
from shortlist.pipeline import collect_files
from shortlist.types import FileError

from ._scorers import BriefInput, CVInput

__all__ = ["DevSet", "load_dev_set", "read_grades", "read_groups"]

GRADES = range(4)


def _reader(fh: TextIO, path: Path, header: tuple[str, ...]) -> csv.DictReader[str]:
    """A CSV reader over ``fh`` whose header must be exactly ``header``."""
    reader = csv.DictReader(fh)
    if reader.fieldnames is None or tuple(f.strip() for f in reader.fieldnames) != header:
        raise ValueError(f"{path}: the header must be {','.join(header)}")
    return reader


def read_grades(path: Path) -> dict[str, dict[str, int]]:
    """``brief_id → cv_id → grade`` from a CSV; raises ``ValueError`` on any malformed row."""
    out: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = _reader(fh, path, ("brief_id", "cv_id", "grade"))
        for line, row in enumerate(reader, start=2):
            brief_id, cv_id = row["brief_id"].strip(), row["cv_id"].strip()
            try:
                grade = int(row["grade"])
            except (TypeError, ValueError):
                raise ValueError(f"{path}:{line}: grade {row['grade']!r} is not 0–3") from None
            if grade not in GRADES or not brief_id or not cv_id:
                raise ValueError(f"{path}:{line}: expected brief_id,cv_id,grade with grade 0–3")
            grades = out.setdefault(brief_id, {})
            if cv_id in grades:
                raise ValueError(f"{path}:{line}: ({brief_id}, {cv_id}) is graded twice")
            grades[cv_id] = grade
    if not out:
        raise ValueError(f"{path}: no grades")
    return out


def read_groups(path: Path) -> dict[str, tuple[str, ...]]:
    """``group → brief ids`` from a CSV ``brief_id,group`` (a brief may sit in several
    groups, one row each); raises ``ValueError`` on a malformed file."""
    out: dict[str, list[str]] = {}
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ValueError(f"cannot read the groups file {path}: {exc.strerror or exc}") from exc
    with fh:
        reader = _reader(fh, path, ("brief_id", "group"))
        for line, row in enumerate(reader, start=2):
            brief_id, group = (row["brief_id"] or "").strip(), (row["group"] or "").strip()
            if not brief_id or not group:
                raise ValueError(f"{path}:{line}: expected brief_id,group")
            members = out.setdefault(group, [])
            if brief_id in members:
                raise ValueError(f"{path}:{line}: {brief_id} is in {group} twice")
            members.append(brief_id)
    if not out:
        raise ValueError(f"{path}: no groups")
    return {g: tuple(m) for g, m in out.items()}


@dataclass(frozen=True, slots=True)
class DevSet:
    """A loaded evaluation set: what every scorer is run on."""

    grades: Mapping[str, Mapping[str, int]]
    briefs: Mapping[str, BriefInput]
    cvs: Mapping[str, CVInput]
    errors: tuple[FileError, ...]
    ungraded: tuple[str, ...]


def _by_stem(paths: list[Path], what: str) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for p in paths:
        if p.stem in out:
            raise ValueError(f"two {what} files share the id {p.stem!r}: {out[p.stem]} and {p}")
        out[p.stem] = p
    return out


def load_dev_set(
    grades_csv: Path,
    briefs_dir: Path,
    cvs_dir: Path,
    settings: Settings,
    *,
    only: Collection[str] | None = None,
) -> DevSet:
    """Read the grades, the graded briefs and the graded CVs (through ingest); with ``only``,
    the grades of those briefs alone (each must be graded)."""
    grades = read_grades(grades_csv)
    if only is not None:
        unknown = sorted(set(only) - set(grades))
        if unknown:
            raise ValueError(f"not graded in {grades_csv}: {', '.join(unknown)}")
        if not only:
            raise ValueError("no brief selected")
        chosen = set(only)
        grades = {b: g for b, g in grades.items() if b in chosen}
    brief_files = _by_stem(collect_files([briefs_dir]), "brief")
    cv_files = _by_stem(collect_files([cvs_dir]), "CV")
    graded_cvs = sorted({cv_id for g in grades.values() for cv_id in g})
    missing = [b for b in sorted(grades) if b not in brief_files]
    missing += [c for c in graded_cvs if c not in cv_files]
    if missing:
        raise ValueError(f"graded but not found in the folders: {', '.join(missing)}")
    briefs = {}
    for brief_id in sorted(grades):
        path = brief_files[brief_id]
        document = read_document(path.read_bytes(), str(path), settings)
        briefs[brief_id] = BriefInput(brief_id, path, document.text)
    paths = [cv_files[c] for c in graded_cvs]
    cvs: dict[str, CVInput] = {}
    errors: list[FileError] = []
    for cv_id, path, result in zip(graded_cvs, paths, read_files(paths, settings), strict=True):
        if isinstance(result, FileError):
            errors.append(result)
        else:
            cvs[cv_id] = CVInput(cv_id, path, result)
    ungraded = tuple(sorted(set(cv_files) - set(graded_cvs)))
    return DevSet(grades, briefs, cvs, tuple(errors), ungraded)
