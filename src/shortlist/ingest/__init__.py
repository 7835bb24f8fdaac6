"""ingest: bytes → ``Document``, safely, saying what it saw.

``read_document`` reads one file's bytes in-process (pure; detection by signature; every size,
zip and XML limit). ``read_files`` reads many paths, each in a worker process with a wall-clock
timeout and memory/CPU limits when ``settings.isolate`` is on, so a hostile file costs one
``FileError`` and never the batch. Hidden text never reaches ``Document.text``; it is reported
in ``Document.warnings`` as ``hidden_text`` / ``invisible_unicode`` notices.
"""

from __future__ import annotations

from shortlist.ingest._read import read_document
from shortlist.ingest._worker import read_files

__all__ = ["read_document", "read_files"]
