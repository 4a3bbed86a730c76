"""The pair page's prospects: `summitwatch.forecast` over the store's mentions,
shaped for JSON and the page.

The forecaster is `Forecaster.default(store)`, the CLI's: the same record with the
same KB gives the same answer on the page as in `summitwatch prospects`.
"""

from __future__ import annotations

from datetime import date

from summitwatch.errors import SummitWatchError
from summitwatch.store import Store

VENUES_SHOWN = 8


def _forecaster(store: Store):  # type: ignore[no-untyped-def]
    from summitwatch.forecast.prospects import Forecaster

    return Forecaster.default(store)


def _venue_label(city: str | None, country: str | None, group: str) -> str:
    if city:
        return ", ".join(x for x in (city, country) if x)
    return f"elsewhere in {country}" if country else "a third country"


def _shape(result, horizon: int) -> dict:  # type: ignore[no-untyped-def]
    p = result.probability
    venues = [
        {
            "city": c.city,
            "country": c.country,
            "group": c.group,
            "probability": round(c.p, 4),
            "label": _venue_label(c.city, c.country, c.group),
        }  # fmt: skip
        for c in result.venue.cities[:VENUES_SHOWN]
    ]
    return {
        "pair": result.pair.label, "as_of": result.as_of.isoformat(),
        "horizon_months": horizon, "horizon_label": f"{horizon} months",
        "probability": round(p.p, 4), "interval": [round(p.lo, 4), round(p.hi, 4)],
        "method": p.method, "venues": venues, "turn_to_host": result.venue.turn,
        "reasons": [
            {"kind": r.kind, "text": r.text, "date": r.date, "source": r.source}
            for r in result.reasons
        ],
    }  # fmt: skip


def pair_prospects(
    store: Store, a: str, b: str, *, as_of: date | None, horizon: int = 12
) -> tuple[dict | None, str | None]:
    """(prospects, None), or (None, why not) when the forecaster cannot answer."""
    try:
        forecaster = _forecaster(store)
        result = forecaster.prospects(a, b, as_of=as_of, horizon=horizon)
    except ImportError as e:
        return None, f"the forecaster is not installed ({e.name})"
    except SummitWatchError as e:
        return None, str(e)
    return _shape(result, horizon), None
