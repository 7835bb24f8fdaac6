"""XML from untrusted files: defusedxml with DTDs, entities and external references refused.

A CV has no use for a DOCTYPE. Refusing it outright stops billion-laughs expansion and
external-entity (XXE) reads before they start, and says so with the ``xml_entities`` code.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml.ElementTree import fromstring

from shortlist.errors import CorruptFile, LimitExceeded

__all__ = ["parse_xml"]


def parse_xml(data: bytes, name: str) -> Element:
    """The root element of ``data``; raises ``LimitExceeded(xml_entities)`` or ``CorruptFile``."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise LimitExceeded(
            f"{name} declares a DTD or entities ({type(exc).__name__}); refused",
            code="xml_entities",
        ) from None
    except (ParseError, ValueError, RecursionError) as exc:
        raise CorruptFile(f"{name} is not well-formed XML ({exc})") from None
