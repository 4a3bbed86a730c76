"""Will two leaders meet, and where? The forecast plus the reasons behind it.

>>> fc = Forecaster.default(store)   # the record with the KB: what every surface uses
>>> p = fc.prospects("RUS", "PRK", as_of=date(2015, 2, 23), horizon=12)
>>> p.probability.p, p.venue.top(3), [r.text for r in p.reasons]
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from summitwatch.errors import BadArgument
from summitwatch.forecast.calibrate import spans_with_meeting
from summitwatch.forecast.dates import month_index, remaining_fraction
from summitwatch.forecast.features import SIGNALS, open_signals, pair_history
from summitwatch.forecast.model import Probability, fit_cached, horizon_probability
from summitwatch.forecast.pairs import Pair, View, resolve_pair
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.reasons import Reason, reasons_for
from summitwatch.forecast.record import Record
from summitwatch.forecast.venue import VenueForecast, venue_forecast
from summitwatch.models import Mention

STALE_DAYS = 92  # an as-of this long after the record's last news is refused
_lock = threading.Lock()
_built: dict[tuple[int, str], tuple[tuple, Forecaster]] = {}


@dataclass
class Prospects:
    pair: Pair
    as_of: date
    horizon: int
    probability: Probability
    venue: VenueForecast
    reasons: list[Reason]
    model: dict
    as_of_is_record_end: bool = False  # no date given: the record's latest date


class Forecaster:
    """The record parsed once; forecasts and backtests on top of it."""

    def __init__(self, mentions: Iterable[Mention], *, book: PeopleBook | None = None):
        self.book = book or PeopleBook()
        self.record = Record.from_mentions(mentions, country_of=self.book.country_of)
        self._views: dict[date, View] = {}

    @classmethod
    def default(cls, store: Any) -> Forecaster:
        """The forecaster of a store's record, with the KB's people: the one the CLI,
        the API, the pages and the watcher use, so they give the same answer.

        `store` is anything with `mentions()` and `counts()` (a `Store`). Parsing the
        record takes a while, so one forecaster is kept per store and rebuilt only
        when the record's row counts change (an ingest; reviews touch no mention).
        """
        key, counts = (id(store), str(getattr(store, "url", ""))), store.counts()
        state = tuple(sorted(counts.items()))
        with _lock:
            cached = _built.get(key)
            if cached is None or cached[0] != state:
                cached = (state, cls(store.mentions(), book=PeopleBook.default()))
                _built[key] = cached
            return cached[1]

    def view(self, day: date) -> View:
        if day not in self._views:
            if len(self._views) > 32:
                self._views.clear()
            self._views[day] = View(self.record, day, self.book)
        return self._views[day]

    def prospects(
        self, a: str, b: str, *, as_of: date | None = None, horizon: int = 12
    ) -> Prospects:
        """P(they meet within `horizon` months after `as_of`), venue and reasons.

        Without `as_of`, forecast from the latest date the record covers (capped at
        today): a record that ends before today still answers, and says from when.
        """
        default = as_of is None
        if default:
            as_of = latest_date(self.record)
        check_as_of(self.record, as_of)
        if horizon < 1:
            raise BadArgument(f"horizon must be at least one month, got {horizon}")
        pair = resolve_pair(a, b, self.record, self.book)
        view = self.view(as_of)
        model = fit_cached(view)
        meetings = view.pair_meetings(pair)
        history = pair_history(view, pair, meetings=[m.month for m in meetings])
        months, weights = horizon_months(as_of, horizon)
        probability = horizon_probability(model, view, history, months, weights)
        signals = open_signals(view, pair, int(months[0]))
        venue = venue_forecast(
            view, pair, meetings, signals, months=(int(months[0]), horizon)
        )
        spans = spans_with_meeting(history.meetings, history.clock, int(months[0]), 12)
        reasons = reasons_for(
            view,
            pair,
            meetings,
            signals,
            venue,
            history,
            spans,
            months=(int(months[0]), horizon),
        )
        return Prospects(
            pair, as_of, horizon, probability, venue, reasons, _summary(model), default
        )


def latest_date(record: Record) -> date:
    """The last day the record speaks for: its latest source, at most today."""
    if record.last_known is None:
        raise BadArgument(
            "the record is empty; import a history or ingest articles first"
        )
    return min(record.last_known, date.today())


def horizon_months(as_of: date, horizon: int) -> tuple[np.ndarray, np.ndarray]:
    """Months (feature dates) and their weights covering (as_of, as_of + H months]."""
    first = month_index(as_of) + 1
    rest = remaining_fraction(as_of)
    months = [first, *range(first, first + horizon)]
    weights = [rest, *([1.0] * (horizon - 1)), 1.0 - rest]
    keep = [i for i, w in enumerate(weights) if w > 0]
    return np.array(months)[keep], np.array(weights)[keep]


def check_as_of(record: Record, as_of: date) -> None:
    """Refuse dates the record cannot speak for, with what to do instead."""
    if record.last_known is None:
        raise BadArgument(
            "the record is empty; import a history or ingest articles first"
        )
    if as_of > date.today():
        raise BadArgument(f"--as-of {as_of} is in the future; use today or earlier")
    if as_of < record.first_known:
        raise BadArgument(
            f"--as-of {as_of} is before the record starts ({record.first_known})"
        )
    if as_of > record.last_known + timedelta(days=STALE_DAYS):
        raise BadArgument(
            f"--as-of {as_of} is past the end of the record (latest source "
            f"{record.last_known}); ingest newer articles or use an earlier --as-of"
        )


def _summary(model) -> dict:
    from summitwatch.forecast.features import COLUMNS

    coef = (
        None
        if model.coef is None
        else dict(zip(("intercept", *COLUMNS[1:]), map(float, model.coef), strict=True))
    )
    return {
        "pair_months": model.rows, "meeting_months": model.events, "pairs": model.pairs,
        "coefficients": coef, "fitted_through": model.last_month,
    }  # fmt: skip


def prospects(
    mentions: Iterable[Mention], a: str, b: str, *, as_of: date | None = None,
    horizon: int = 12,
    book: PeopleBook | None = None,
) -> Prospects:  # fmt: skip
    """One-shot `Forecaster(mentions).prospects(...)`."""
    return Forecaster(mentions, book=book).prospects(a, b, as_of=as_of, horizon=horizon)


__all__ = ["SIGNALS", "Forecaster", "Prospects", "check_as_of", "prospects"]
