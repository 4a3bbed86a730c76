"""Fitted models on disk, so a fresh process does not refit (a cold `prospects`).

A file per (code, record, KB, as-of month): the key hashes the forecaster's own
source (a changed feature or prior must not reuse an old fit), the record's
fingerprint (any new or changed mention invalidates), the KB's data files (size and
mtime) and the last complete month. Location: `$SUMMITWATCH_CACHE_DIR`, else
`$XDG_CACHE_HOME/summitwatch/forecast`; `SUMMITWATCH_CACHE_DIR=off` disables it.
Unreadable or stale files are ignored (and rewritten), never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

KEEP = 256  # files kept; the oldest go first
CODE = ("model.py", "features.py", "calibrate.py", "calendar.py", "pairs.py",
        "record.py", "people.py", "cache.py")  # fmt: skip


def cache_dir() -> Path | None:
    value = os.environ.get("SUMMITWATCH_CACHE_DIR")
    if value and value.lower() in ("off", "0", "none", "no"):
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summitwatch" / "forecast"


@cache
def code_version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def kb_version(kb: Any) -> str:
    """Size and mtime of the KB package's data files ('none' without a KB)."""
    if kb is None:
        return "none"
    return _kb_files(type(kb).__module__.split(".")[0])


@cache
def _kb_files(package: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(f"{package}.kb")
    if spec is None or not spec.submodule_search_locations:
        return "unknown"
    digest = hashlib.sha256()
    for root in spec.submodule_search_locations:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def key(*parts: object) -> str:
    text = "|".join(map(str, (code_version(), *parts)))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def load(name: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"{name}.pkl", "rb") as f:
            return pickle.load(f)  # noqa: S301 - our own files, in the user's cache
    except FileNotFoundError:
        return None
    except Exception as e:  # noqa: BLE001 - a broken cache file is refitted
        log.debug("forecast cache %s unreadable: %s", name, e)
        return None


def save(name: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False) as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, folder / f"{name}.pkl")
        _prune(folder)
    except OSError as e:
        log.debug("forecast cache not written (%s)", e)


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.pkl"), key=lambda p: p.stat().st_mtime)
    for path in files[:-KEEP]:
        path.unlink(missing_ok=True)
