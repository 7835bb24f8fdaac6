"""roles: a role brief → RoleSpec (family, level, must-haves, nice-to-haves, domain)."""

from __future__ import annotations

from shortlist.roles._file import role_from_file_text, role_to_file_dict
from shortlist.roles._infer import infer_role, must_lines

__all__ = ["infer_role", "must_lines", "role_from_file_text", "role_to_file_dict"]
