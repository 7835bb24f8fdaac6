"""roles: a role brief → RoleSpec (family, level, must-haves, nice-to-haves, domain)."""

from __future__ import annotations

from shortlist.roles._infer import infer_role

__all__ = ["infer_role"]
