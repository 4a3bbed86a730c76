"""What every benchmark prints first: the machine its figures come from."""

from __future__ import annotations

import os
import platform
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    """One line: platform, CPU model and count, memory, Python."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return (
        f"machine: {platform.platform()} | {_cpu_model()} | {os.cpu_count()} cpus | "
        f"{pages / 2**30:.1f} GiB RAM | Python {platform.python_version()} | "
        f"load average {os.getloadavg()[0]:.2f} at start"
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown cpu"


def workdir() -> Path:
    """A scratch folder for corpora and databases, removed by the OS eventually."""
    return Path(tempfile.mkdtemp(prefix="summitwatch-bench-"))


def open_store(url: str):  # -> summitwatch.store Store
    """A fresh store at `url` (the store engineer's `Store`)."""
    from summitwatch.store.base import Store

    return Store(url)
