"""The one exception hierarchy of shortlist.

::

    ShortlistError
    ├── InputError                 a file that cannot be read as a CV or brief; ``code`` names why
    │   ├── UnsupportedFormat      unsupported_format  the bytes are no format we read
    │   ├── EmptyDocument          empty               nothing, or only white space, to read
    │   ├── CorruptFile            corrupt             the format is known but the file is broken
    │   ├── NoTextLayer            no_text_layer       a scanned / image-only PDF
    │   └── LimitExceeded          a safety limit was hit; ``code`` names the limit:
    │                              too_large, zip_bomb, xml_entities, too_many_pages,
    │                              timeout, memory
    ├── RoleError                  a role brief or role file that yields no usable RoleSpec
    ├── ConfigError                a setting that is missing or invalid
    │   └── TaxonomyDataError      the packaged taxonomy breaks its schema (shortlist.taxonomy)
    └── NotFittedError             a learned component used before ``fit``

Every ``InputError`` carries a stable machine-readable ``code`` (documented in docs/cli.md);
the batch paths turn it into a ``FileError`` for that file and go on with the rest.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "ConfigError",
    "CorruptFile",
    "EmptyDocument",
    "InputError",
    "LimitExceeded",
    "NoTextLayer",
    "NotFittedError",
    "RoleError",
    "ShortlistError",
    "UnsupportedFormat",
]


class ShortlistError(Exception):
    """Base of every error shortlist raises on purpose."""


class InputError(ShortlistError):
    """A file that cannot be read; ``code`` is stable and documented."""

    code: ClassVar[str] = "unreadable"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code  # type: ignore[misc]

    @property
    def message(self) -> str:
        return str(self)


class UnsupportedFormat(InputError):
    code = "unsupported_format"


class EmptyDocument(InputError):
    code = "empty"


class CorruptFile(InputError):
    code = "corrupt"


class NoTextLayer(InputError):
    code = "no_text_layer"


class LimitExceeded(InputError):
    """A safety limit was hit; pass the limit's code (``too_large``, ``zip_bomb``, ...)."""

    code = "limit_exceeded"


class RoleError(ShortlistError):
    """A role brief or role file that yields no usable RoleSpec."""


class ConfigError(ShortlistError):
    """A setting that is missing or invalid."""


class NotFittedError(ShortlistError, ValueError, AttributeError):
    """A learned component used before ``fit`` (compatible with scikit-learn's)."""
