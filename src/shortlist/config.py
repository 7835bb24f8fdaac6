"""One Settings object, read once at the edge (CLI, service) and passed in.

Every field can be set from the environment with the prefix ``SHORTLIST_`` (for example
``SHORTLIST_MAX_FILE_BYTES=5000000``); docs/configuration.md lists them all (a test checks).
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Limits and switches. Nothing here is read at import time."""

    model_config = SettingsConfigDict(env_prefix="SHORTLIST_", frozen=True, extra="forbid")

    max_file_bytes: int = Field(
        20_000_000, gt=0, description="Largest input file accepted, in bytes."
    )
    max_unpacked_bytes: int = Field(
        100_000_000, gt=0, description="Largest total size of a DOCX's parts once unzipped."
    )
    max_zip_entries: int = Field(2_000, gt=0, description="Most entries a DOCX archive may hold.")
    max_zip_ratio: float = Field(
        200.0, gt=1, description="Highest unzipped/zipped size ratio of one DOCX entry."
    )
    max_pages: int = Field(50, gt=0, description="Most pages read from a PDF.")
    max_text_chars: int = Field(
        500_000, gt=0, description="Longest visible text kept from one document."
    )
    parse_timeout_s: float = Field(
        20.0, gt=0, description="Wall-clock limit for reading one untrusted file."
    )
    worker_memory_mb: int = Field(
        1024, gt=0, description="Address-space limit of a file-reading worker process."
    )
    workers: int = Field(
        0, ge=0, description="File-reading worker processes; 0 means one per CPU core."
    )
    isolate: bool = Field(
        True,
        description="Read untrusted files in worker processes with limits (off only for tests).",
    )
