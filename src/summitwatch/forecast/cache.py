"""Fitted models on disk, so a fresh process does not refit (a cold `prospects`).

A file per (code, record, KB, as-of month): the key hashes the forecaster's own
source (a changed feature or prior must not reuse an old fit), the record's
fingerprint (any new or changed mention invalidates), the KB's data files (size and
mtime) and the last complete month. Location: `forecast/` in the project's cache
folder (`summitwatch.cache.folder`); `SUMMITWATCH_CACHE_DIR=off` disables it.
Unreadable or stale files are ignored (and rewritten), never an error.
"""

from __future__ import annotations

import hashlib
import logging
from functools import cache
from pathlib import Path
from typing import Any

from summitwatch import cache as shared_cache

log = logging.getLogger(__name__)

KEEP = 256  # files kept; the oldest go first
CODE = ("model.py", "features.py", "calibrate.py", "calendar.py", "pairs.py",
        "record.py", "people.py", "cache.py", "index.py")  # fmt: skip


def cache_dir() -> Path | None:
    """The project's cache folder (`summitwatch.cache.folder`), `forecast/` in it;
    None when `SUMMITWATCH_CACHE_DIR=off`."""
    base = shared_cache.folder()
    return None if base is None else base / "forecast"


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
    return None if folder is None else shared_cache.read_pickle(folder / f"{name}.pkl")


def save(name: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        shared_cache.write_pickle(folder / f"{name}.pkl", value)
        _prune(folder)
    except OSError as e:
        log.debug("forecast cache not written (%s)", e)


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.pkl"), key=lambda p: p.stat().st_mtime)
    for path in files[:-KEEP]:
        path.unlink(missing_ok=True)
