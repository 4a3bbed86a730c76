"""Errors a user can act on; the CLI prints the message and exits 1."""

from __future__ import annotations

import importlib
from types import ModuleType


class SummitWatchError(Exception):
    """Something the user can fix; the message says what and how."""

    http_status = 400


class UnreadableInput(SummitWatchError):
    """A file or URL that cannot be turned into an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UnknownPerson(SummitWatchError):
    http_status = 404

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown person or country: {name!r}")


class NotFound(SummitWatchError):
    http_status = 404


class BadArgument(SummitWatchError):
    http_status = 422


class MissingExtra(SummitWatchError):
    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"{module} is not installed; run: pip install 'summitwatch[{extra}]'"
        )


def require(module: str, *, extra: str) -> ModuleType:
    """Import an optional heavy dependency late, with an install hint."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(module, extra) from None
