from __future__ import annotations

import shortlist.ingest as ingest


def test_all_lists_every_public_name() -> None:
    public = {n for n in vars(ingest) if not n.startswith("_") and n != "annotations"}
    assert set(ingest.__all__) == public == {"read_document", "read_files"}
