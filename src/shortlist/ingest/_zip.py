"""Open a ZIP container (DOCX) with the limits that stop zip bombs.

The central directory is checked before anything is inflated (entry count, declared sizes and
ratios), and every part is then read with a hard cap, because declared sizes can lie.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from shortlist.config import Settings
from shortlist.errors import CorruptFile, LimitExceeded

__all__ = ["SafeZip"]

_RATIO_FLOOR = 1 << 20  # entries smaller than 1 MiB unpacked cannot hurt, whatever their ratio


class SafeZip:
    """A ``zipfile.ZipFile`` whose reads stay inside the settings' limits."""

    def __init__(self, data: bytes, settings: Settings) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise CorruptFile(f"a broken ZIP container ({exc})") from None
        if len(infos) > settings.max_zip_entries:
            raise LimitExceeded(
                f"the archive holds {len(infos)} entries; the limit is {settings.max_zip_entries}",
                code="zip_bomb",
            )
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _RATIO_FLOOR and ratio > settings.max_zip_ratio:
                raise LimitExceeded(
                    f"{info.filename} unpacks {ratio:.0f}× its packed size; "
                    f"the limit is {settings.max_zip_ratio:.0f}×",
                    code="zip_bomb",
                )
        if total > settings.max_unpacked_bytes:
            raise LimitExceeded(
                f"the archive unpacks to {total} bytes; the limit is {settings.max_unpacked_bytes}",
                code="zip_bomb",
            )
        self._names = {info.filename: info for info in infos}
        self._budget = settings.max_unpacked_bytes

    def names(self) -> list[str]:
        return list(self._names)

    def read(self, name: str) -> bytes | None:
        """The unpacked part, or ``None`` when absent; stops at the unpacked-size budget."""
        info = self._names.get(name)
        if info is None:
            return None
        try:
            with self._zip.open(info) as part:
                data = part.read(self._budget + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            ValueError,
            EOFError,
            OSError,
            NotImplementedError,
        ) as exc:
            raise CorruptFile(f"a broken part {name} ({exc})") from None
        except RuntimeError as exc:  # encrypted entries
            raise CorruptFile(f"an unreadable part {name} ({exc})") from None
        self._budget -= len(data)
        if self._budget < 0:
            raise LimitExceeded("the archive unpacks past the size limit", code="zip_bomb")
        return data
