"""The README keeps up with the code: every command and every setting is documented."""

from __future__ import annotations

from pathlib import Path

import typer

from summitwatch import config
from summitwatch.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _commands(group: typer.Typer, prefix: str = "") -> list[str]:
    names = [
        prefix + (c.name or c.callback.__name__) for c in group.registered_commands
    ]
    for sub in group.registered_groups:
        names += _commands(sub.typer_instance, f"{prefix}{sub.name} ")
    return names


def test_readme_opens_with_the_two_commands():
    head = README.split("\n\n", 2)[1]
    assert "make demo" in head and "make test" in head


def test_every_command_is_in_the_readme():
    missing = [n for n in _commands(app) if f"summitwatch {n}" not in README]
    assert missing == []


def test_every_setting_is_in_the_readme():
    missing = [s.env_var for s in config.SETTINGS if s.env_var not in README]
    assert missing == []
