"""One data function per page. Each returns a plain dict: the API sends it as JSON,
the page renders it, so the two always show the same thing.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from urllib.parse import quote, urlencode

from summitwatch.http import worldmap
from summitwatch.http.prospects import pair_prospects
from summitwatch.models import EVENT_TYPES, STATUSES, PartialDate
from summitwatch.store import EventFilter, EventView, Store

CONTEXT_CHARS = 240


def page_links(params: dict, *, limit: int, offset: int, more: bool) -> dict:
    """limit/offset paging; `next`/`prev` are query strings, relative to the page
    (the same dict serves `/timeline` and `/api/timeline`)."""
    query = {k: v for k, v in params.items() if v not in (None, "")}

    def link(at: int) -> str:
        return f"?{urlencode({**query, 'limit': limit, 'offset': at})}"

    return {
        "limit": limit,
        "offset": offset,
        "next": link(offset + limit) if more else None,
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
    }


def event_dict(view: EventView, review: dict | None = None) -> dict:
    """An event for lists and pages: the store's view plus its link and last review;
    each participant's office is the one held on the event's date (the KB's)."""
    data = view.to_dict()
    data.update(url=f"/events/{view.id}", review=review, reviewed=review is not None)
    day = _first_day(view.date)
    for person in data["participants"]:
        person["office"] = office_on(person.get("kb_id"), day) or person.get("office")
    return data


def _first_day(value: str | None) -> date | None:
    try:
        return PartialDate.parse(value).bounds()[0] if value else None
    except ValueError:
        return None


def office_on(kb_id: str | None, day: date | None) -> str | None:
    """The title of the office `kb_id` held on `day` (their latest without a day)."""
    if not kb_id:
        return None
    from summitwatch.kb import load_kb

    person = load_kb().person(kb_id)
    office = person.office_on(day) if person else None
    return office.title if office else None


def _events(store: Store, views: list[EventView]) -> list[dict]:
    latest = store.latest_reviews([v.id for v in views])
    return [event_dict(v, latest.get(v.id)) for v in views]


def _options(store: Store) -> dict:
    people = store.people_names()
    return {"statuses": list(STATUSES), "types": list(EVENT_TYPES), "people": people}


def home(store: Store, *, n_latest: int = 10, n_articles: int = 8) -> dict:
    """Counts by status, the latest events by date, the newest articles."""
    counts = store.status_counts()
    latest = store.latest_events(n_latest)
    articles = store.articles(limit=n_articles, offset=0)
    return {
        "title": "Home", "counts": counts, "n_events": sum(counts.values()),
        "n_articles": articles.total, "latest": _events(store, latest),
        "articles": articles.items,
    }  # fmt: skip


def timeline(
    store: Store, flt: EventFilter, *, limit: int = 50, offset: int = 0
) -> dict:
    """Events in date order, filtered, one page at a time."""
    shown = store.events(flt, limit=limit, offset=offset)
    filters = flt.params()
    page = page_links(filters, limit=limit, offset=offset, more=shown.more)
    return {
        "title": "Timeline", "filters": filters, "options": _options(store),
        "events": _events(store, shown.items), "page": page | {"total": shown.total},
    }  # fmt: skip


def _marker(venue: dict, weight: int) -> dict:
    """Place and size a venue's marker; its area grows with `weight`."""
    if venue["lat"] is not None and venue["lon"] is not None:
        x, y = worldmap.project(venue["lat"], venue["lon"])
    else:
        x, y = worldmap.country_point(venue["country"]) or (None, None)
    return {
        "x": None if x is None else round(x, 1),
        "y": None if y is None else round(y, 1),
        "r": round(min(4 + 3 * math.sqrt(weight), 28), 1),
    }


def world_map(store: Store, flt: EventFilter) -> dict:
    """Venues of the filtered events with their counts, sized markers and links."""
    found, unplaced = store.venue_counts(flt)
    filters = flt.params()
    venues = []
    for row in found:
        params = {k: v for k, v in filters.items() if k != "country"}
        params["country"] = row["country"] or ""
        venue = {
            "city": row["city"], "country": row["country"], "lat": row["lat"],
            "lon": row["lon"], "count": row["n"], "meetings": row["meetings"],
            "label": ", ".join(x for x in (row["city"], row["country"]) if x),
            "href": "/timeline?" + urlencode({k: v for k, v in params.items() if v}),
        }  # fmt: skip
        # sized by meetings, unless a type filter asks for other events
        weight = row["n"] if filters.get("type") else row["meetings"]
        venues.append(venue | _marker(venue, weight))
    return {
        "title": "Map", "filters": filters, "options": _options(store),
        "venues": venues, "n_events": sum(v["count"] for v in venues) + unplaced,
        "unplaced": unplaced,
    }  # fmt: skip


def _known_by(event: dict, as_of: date | None) -> bool:
    if as_of is None:
        return True
    known = event["first_reported"] or (event["date"] or "")[:10]
    return bool(known) and str(known) <= as_of.isoformat()


def _is_open(event: dict, last_met: str | None) -> bool:
    """A plan, proposal or extended invitation not overtaken by a later meeting."""
    signal = event["status"] in ("planned", "hypothetical") or (
        event["type"] == "invitation" and event["status"] == "occurred"
    )
    if not signal or last_met is None:
        return signal
    if event["date"]:
        return PartialDate.parse(event["date"]).last.isoformat() >= last_met
    return str(event["first_reported"] or "") >= last_met


def pair(
    store: Store, a: str, b: str, *, as_of: date | None = None, horizon: int = 12
) -> dict:
    """Two sides' meetings, venues, open signals and prospects, as known on `as_of`."""
    history = store.pair(a, b)
    events = [e for e in _events(store, history.events) if _known_by(e, as_of)]
    meetings = [e for e in events if e["type"] == "meeting"]
    met = [e for e in meetings if e["status"] == "occurred" and e["date"]]
    last_met = met[-1]["date"] if met else None
    venues = Counter((e["city"], e["country"]) for e in met)
    prospects, note = pair_prospects(store, a, b, as_of=as_of, horizon=horizon)
    return {
        "title": f"{history.a} and {history.b}",
        "a": {"query": a, "label": history.a}, "b": {"query": b, "label": history.b},
        "as_of": as_of.isoformat() if as_of else None,
        "meetings": meetings, "n_met": len(met), "last_met": last_met,
        "venues": [
            {"city": c, "country": k, "count": n,
             "label": ", ".join(x for x in (c, k) if x) or "unknown"}
            for (c, k), n in venues.most_common()
        ],
        "open": [e for e in events if _is_open(e, last_met)],
        "turn_to_host": history.turn_to_host,
        "prospects": prospects, "prospects_note": note,
    }  # fmt: skip


def _context(text: str, source: dict) -> dict:
    """The evidence with some of the article around it, to show it highlighted."""
    start, end, evidence = source["start_char"], source["end_char"], source["evidence"]
    if start is None or end is None or text[start:end] != evidence:
        found = text.find(evidence) if evidence else -1
        if found < 0:
            return {"before": "", "after": ""}
        start, end = found, found + len(evidence)
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return {
        "before": ("…" if start > CONTEXT_CHARS else "") + before,
        "after": after + ("…" if end + CONTEXT_CHARS < len(text) else ""),
    }


def event(store: Store, event_id: str) -> dict:
    """The merged event, every source with its evidence in context, its reviews."""
    detail = store.event(event_id)
    key = int(detail.event.id)
    history = store.reviews(key)
    found = store.mention_articles([s.mention_id for s in detail.sources])
    sources = []
    for source in detail.sources:
        data = source.to_dict()
        article_id, text = found.get(source.mention_id, (None, ""))
        data.update(_context(text, data), article_id=article_id)
        data["article_href"] = f"/articles/{article_id}" if article_id else None
        data.update(article_title=source.title, type=detail.event.type)
        sources.append(data)
    names = [p.name for p in detail.event.participants]
    pair_url = f"/pair/{quote(names[0])}/{quote(names[1])}" if len(names) == 2 else None
    return {
        "title": f"Event {key}",
        "event": event_dict(detail.event, history[-1] if history else None),
        "sources": sources, "reviews": history, "pair_url": pair_url,
    }  # fmt: skip


def articles(store: Store, *, limit: int = 50, offset: int = 0) -> dict:
    """Articles, newest first, one page at a time."""
    found = store.articles(limit=limit, offset=offset)
    page = page_links({}, limit=limit, offset=offset, more=found.more)
    return {
        "title": "Articles", "articles": found.items,
        "page": page | {"total": found.total},
    }  # fmt: skip


def _segments(text: str, mentions: list[dict]) -> list[dict]:
    """Split the text into plain and evidence parts (escaped later, by Jinja)."""
    spans = [
        (m["start_char"], m["end_char"], m) for m in mentions
        if m["start_char"] is not None and m["end_char"] is not None
        and 0 <= m["start_char"] < m["end_char"] <= len(text)
    ]  # fmt: skip
    spans.sort(key=lambda span: span[:2])  # one sentence may give several events
    out, at = [], 0
    for start, end, mention in spans:
        if start < at:
            continue  # overlaps the previous evidence: already highlighted
        if start > at:
            out.append({"text": text[at:start], "mark": False})
        label = f"{mention['type']} ({mention['status']}), event {mention['event_id']}"
        out.append({"text": text[start:end], "mark": True, "label": label})
        at = end
    if at < len(text):
        out.append({"text": text[at:], "mark": False})
    return out


def article(store: Store, article_id: int) -> dict:
    """One article: its text with evidence highlighted, and the events found in it."""
    summary, text, mentions = store.article(article_id)
    ids = sorted({m["event_id"] for m in mentions if m["event_id"] is not None})
    views = [store.event(i).event for i in ids]
    return {
        "title": summary["title"] or "Article", "article": summary, "text": text,
        "mentions": mentions, "segments": _segments(text, mentions),
        "events": _events(store, views),
    }  # fmt: skip
