"""The package's curated API: every name in __all__ resolves, and none is missing."""

from __future__ import annotations

import inspect

import pytest

import shortlist
from shortlist import errors, types


def test_all_names_resolve() -> None:
    for name in shortlist.__all__:
        assert getattr(shortlist, name) is not None, name


def test_every_public_error_and_stage_object_is_exported() -> None:
    for module in (errors, types):
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isclass(obj):
                continue
            if obj.__module__ == module.__name__:
                assert name in shortlist.__all__, f"{module.__name__}.{name} is not exported"


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = shortlist.no_such_thing
