"""``shortlist.evaluate.__all__`` lists exactly the public names the package defines."""

from __future__ import annotations

import shortlist.evaluate as evaluate


def test_all_is_complete_and_importable() -> None:
    public = {name for name in vars(evaluate) if not name.startswith("_")}
    public -= {"annotations"}
    assert set(evaluate.__all__) == public
    assert all(hasattr(evaluate, name) for name in evaluate.__all__)
