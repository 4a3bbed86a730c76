"""The runner: the one loop from sources to the store (see `runner.run`).

from summitwatch.runner import run, run_articles
report = run(["corpus/"], store, engine="local")
"""

from summitwatch.runner.extractors import (
    EXTRACTOR_ENV,
    ExtractorUnavailable,
    PipelineExtractor,
    Worker,
    extractor_factory,
)
from summitwatch.runner.report import RunReport
from summitwatch.runner.run import (
    Engine,
    Sink,
    StoreSink,
    run,
    run_articles,
    run_items,
)

__all__ = [
    "EXTRACTOR_ENV",
    "Engine",
    "ExtractorUnavailable",
    "HistoryImport",
    "PipelineExtractor",
    "RunReport",
    "Sink",
    "StoreSink",
    "Worker",
    "extractor_factory",
    "import_history",
    "run",
    "run_articles",
    "run_items",
]


def __getattr__(name: str):  # noqa: ANN202 - the history import needs the store: late
    if name in ("HistoryImport", "import_history"):
        from summitwatch.runner import history

        return getattr(history, name)
    raise AttributeError(name)
