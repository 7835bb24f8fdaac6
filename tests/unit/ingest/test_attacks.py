"""Hostile and broken files: the exact error code, for that file only, within the limits."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from shortlist.config import Settings
from shortlist.errors import InputError
from shortlist.ingest import read_document, read_files
from shortlist.types import Document, FileError

from .conftest import FIXTURES, fixture

ERRORS = {
    "billion_laughs.docx": ("xml_entities", "declares a DTD or entities"),
    "xxe.docx": ("xml_entities", "declares a DTD or entities"),
    "truncated.pdf": ("corrupt", "not a readable PDF"),
    "garbage.pdf": ("unsupported_format", "binary data"),
    "empty.pdf": ("empty", "the file is empty"),
    "image_only.pdf": ("no_text_layer", "holds only images"),
    "many_pages.pdf": ("too_many_pages", "60 pages; the limit is 50"),
}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "expected"), ERRORS.items())
def test_read_document_raises_the_exact_code(
    name: str, expected: tuple[str, str], settings: Settings
) -> None:
    code, message = expected
    with pytest.raises(InputError, match=message) as caught:
        read_document(fixture(name), name, settings)
    assert caught.value.code == code


def test_the_pool_reports_each_attack_and_the_batch_goes_on(
    pooled: Settings, tmp_path: Path
) -> None:
    bomb = _generator().zip_bomb(tmp_path / "bomb.docx")
    names = [*ERRORS, "nested.pdf", "clean_cv.pdf"]
    paths = [FIXTURES / n for n in names] + [bomb, tmp_path / "missing.pdf"]
    results = read_files(paths, pooled)
    for name, result in zip(names, results, strict=False):
        if name in ERRORS:
            assert isinstance(result, FileError), name
            assert (result.path, result.code) == (str(FIXTURES / name), ERRORS[name][0])
    nested, clean, zipped, missing = results[-4:]
    assert isinstance(nested, Document) and nested.text == "Nested objects"
    assert isinstance(clean, Document) and clean.warnings == ()
    assert isinstance(zipped, FileError) and zipped.code == "zip_bomb"
    assert "unpacks 1" in zipped.message
    assert isinstance(missing, FileError) and missing.code == "unreadable"


def test_zip_limits_entries_and_total(tmp_path: Path, settings: Settings) -> None:
    bomb = _generator().zip_bomb(tmp_path / "bomb.docx", megabytes=2).read_bytes()
    with pytest.raises(InputError, match="unpacks") as caught:
        read_document(bomb, "b.docx", settings.model_copy(update={"max_unpacked_bytes": 1000}))
    assert caught.value.code == "zip_bomb"
    few = settings.model_copy(update={"max_zip_entries": 3})
    with pytest.raises(InputError, match="entries") as caught:
        read_document(fixture("clean_cv.docx"), "c.docx", few)
    assert caught.value.code == "zip_bomb"


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 5000)
    small = Settings(isolate=False, max_file_bytes=1000)
    (result,) = read_files([big], small)
    assert isinstance(result, FileError) and result.code == "too_large"
    with pytest.raises(InputError, match="limit is 1000") as caught:
        read_document(big.read_bytes(), "big.pdf", small)
    assert caught.value.code == "too_large"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "unsupported_format"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unsupported_format"),
        (b"PK\x03\x04garbage", "corrupt"),
        (b"   \n\t  ", "empty"),
    ],
)
def test_other_signatures(data: bytes, code: str, settings: Settings) -> None:
    with pytest.raises(InputError) as caught:
        read_document(data, "cv.pdf", settings)
    assert caught.value.code == code


def test_zip_that_is_not_a_docx(tmp_path: Path, settings: Settings) -> None:
    import zipfile

    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", "<a/>")
    with pytest.raises(InputError, match="not a Word document") as caught:
        read_document(path.read_bytes(), "x.docx", settings)
    assert caught.value.code == "unsupported_format"
