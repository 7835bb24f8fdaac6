"""Docs that stay true: every command, option and setting is documented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from shortlist.cli import app
from shortlist.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", None)
    assert isinstance(commands, dict)
    return dict(commands)


def test_every_command_and_option_is_in_docs_cli() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"rank", "parse", "role"} <= set(commands)
    for name, command in commands.items():
        assert f"`shortlist {name}" in doc, f"command {name} is not documented"
        for param in command.params:
            if param.param_type_name == "option":
                for opt in param.opts:
                    assert f"`{opt}`" in doc, f"option {opt} of {name} is not documented"


def test_every_command_has_examples_in_its_help() -> None:
    for name, command in _commands().items():
        assert command.epilog and "Examples" in command.epilog, name
        assert f"shortlist {name}" in command.epilog


def test_every_setting_is_in_docs_configuration() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name}`" in doc, f"setting {name} is not documented"
