"""A disk cache for what is slow to build and changes only with its inputs (the
knowledge base, the pipeline's entity patterns), so a cold start loads instead of
rebuilding.

Each entry is a pickle named by what it is and a fingerprint of everything it was
built from (data files, code, library versions); a changed input gives a new
fingerprint, so a stale entry is never read: it is rebuilt and replaces the old one.
The folder is $SUMMITWATCH_CACHE_DIR (default ~/.cache/summitwatch, or under
$XDG_CACHE_HOME; `off` keeps nothing); a cache that cannot be read or written is
skipped, never an error.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORMAT = "1"  # bump to drop every entry written by older code


def fingerprint(
    folders: Iterable[Path | str] = (),
    *,
    packages: Iterable[str] = (),
    extra: Iterable[str] = (),
) -> str:
    """SHA-256 of every file under `folders` (path and bytes, sorted), the
    installed versions of `packages`, and the `extra` strings."""
    digest = hashlib.sha256(_FORMAT.encode())
    for folder in folders:
        root = Path(folder)
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    for package in packages:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}".encode())
    for value in extra:
        digest.update(value.encode())
    return digest.hexdigest()


OFF = ("off", "0", "none", "no")  # SUMMITWATCH_CACHE_DIR values that disable it


def folder() -> Path | None:
    """The cache folder; None when `SUMMITWATCH_CACHE_DIR=off` (nothing is kept)."""
    value = os.environ.get("SUMMITWATCH_CACHE_DIR", "")
    if value.lower() in OFF:
        return None
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summitwatch"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The entry `name` for `key`, or `build()` stored as it (older keys removed)."""
    base = folder()
    if base is None:
        return build()
    path = base / f"{name}-{key[:24]}.pickle"
    found = read_pickle(path)
    if found is not None:
        return found  # type: ignore[return-value]
    value = build()
    _store(path, name, value)
    return value


@contextmanager
def _no_gc() -> Iterator[None]:
    """Unpickling makes many objects at once; the collector would scan them all
    again and again (it halves the load time of the KB)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_pickle(path: Path) -> object | None:
    """An entry written by `write_pickle`; None if absent or unreadable."""
    try:
        with path.open("rb") as f, _no_gc():
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as e:  # noqa: BLE001 - a broken entry is rebuilt
        log.info("cache %s unreadable (%s); rebuilding", path, e)
        return None


def write_pickle(path: Path, value: object) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(f.name, path)


def _store(path: Path, name: str, value: object) -> None:
    """Write the entry; drop stale entries of the same name."""
    try:
        write_pickle(path, value)
        stale = re.compile(rf"{re.escape(name)}-[0-9a-f]{{24}}\.pickle")
        for old in path.parent.iterdir():
            if old != path and stale.fullmatch(old.name):
                old.unlink(missing_ok=True)
    except Exception as e:  # noqa: BLE001 - no cache is slower, not wrong
        log.info("cannot write the cache %s (%s)", path, e)
