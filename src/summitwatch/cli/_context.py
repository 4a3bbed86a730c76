"""State shared by the commands through the Typer context."""

from __future__ import annotations

from dataclasses import dataclass

from summitwatch import config


@dataclass
class CliContext:
    db: str | None = None

    @property
    def database_url(self) -> str:
        return config.database_url(self.db)
