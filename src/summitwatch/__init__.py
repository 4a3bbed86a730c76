"""Summit Watch: extract, record and forecast leader-level diplomatic meetings.

The public API is small; heavy dependencies (spaCy, Ray, SciPy) load late.
"""

from summitwatch.errors import SummitWatchError
from summitwatch.models import Article, Event, Location, Participant

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Event",
    "Location",
    "Participant",
    "SummitWatchError",
    "__version__",
]
