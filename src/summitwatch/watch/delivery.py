"""Alerts out: a terminal line, a JSON line, an Atom feed, a webhook POST.

The store already holds every alert (`store.alerts()`); these only render or send.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from summitwatch.errors import SummitWatchError
from summitwatch.store.watching import AlertView

log = logging.getLogger(__name__)
ATOM = "http://www.w3.org/2005/Atom"


class DeliveryFailed(SummitWatchError):
    """The webhook did not take the alerts after every retry."""


def alert_line(alert: AlertView) -> str:
    """One line for the terminal: '[status] RUS – PRK: Meeting planned → ...'."""
    line = f"[{alert.kind}] {alert.pair}: {alert.title}"
    if alert.p_new is not None and alert.kind != "forecast":
        before = "?" if alert.p_old is None else f"{alert.p_old:.0%}"
        line += f"  (P 12 mo: {before} → {alert.p_new:.0%})"
    evidence = alert.detail.get("evidence") or []
    if evidence:
        line += f"\n    “{evidence[0]['text']}” — {evidence[0]['source']}"
    return line


def alert_json(alert: AlertView) -> str:
    """One JSON line (for `watch run --json` and `watch alerts --json`)."""
    return json.dumps(alert.to_dict(), ensure_ascii=False, sort_keys=True)


def _stamp(moment: datetime | None) -> str:
    moment = moment or datetime.now(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"  # stored as naive UTC


def _link(alert: AlertView, base: str) -> str:
    if alert.event_id is not None:
        return f"{base}/events/{alert.event_id}"
    return base + str(alert.detail.get("pair_url") or "/whats-new")


def atom_feed(alerts: Sequence[AlertView], *, base_url: str) -> str:
    """The alerts as an Atom 1.0 document (RFC 4287), newest first."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"{base}/alerts.atom")
    _sub(feed, "title", "Summit Watch: what's new")
    _sub(feed, "updated", _stamp(alerts[0].created if alerts else None))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/alerts.atom")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base}/whats-new")
    _sub(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "Summit Watch")
    for alert in alerts:
        feed.append(_entry(alert, base))
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _entry(alert: AlertView, base: str) -> ET.Element:
    entry = ET.Element(f"{{{ATOM}}}entry")
    digest = hashlib.sha256(alert.key.encode("utf-8")).hexdigest()[:32]
    _sub(entry, "id", f"urn:summitwatch:alert:{digest}")
    _sub(entry, "title", f"{alert.pair}: {alert.title}")
    _sub(entry, "updated", _stamp(alert.created))
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=_link(alert, base))
    ET.SubElement(entry, f"{{{ATOM}}}category", term=alert.kind)
    for item in alert.detail.get("evidence") or []:
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=item["source"])
    _sub(entry, "content", _summary(alert)).set("type", "text")
    return entry


def _summary(alert: AlertView) -> str:
    lines = [alert.title]
    if alert.p_new is not None:
        before = "unknown" if alert.p_old is None else f"{alert.p_old:.0%}"
        lines.append(f"P(meet within 12 months): {before} → {alert.p_new:.0%}")
    for item in alert.detail.get("evidence") or []:
        lines.append(f"“{item['text']}” ({item['source']})")
    lines += [f"Why: {text}" for text in alert.detail.get("reasons") or []]
    return "\n".join(lines)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    child.text = text
    return child


def post_webhook(
    url: str,
    alerts: Sequence[AlertView],
    *,
    retries: int = 3,
    backoff: float = 1.0,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """POST `{"alerts": [...]}` as JSON; retry timeouts, network errors and 5xx
    with doubling waits; raise `DeliveryFailed` when every try failed."""
    import httpx

    body = {"alerts": [a.to_dict() for a in alerts]}
    problem, wait = "", backoff
    for attempt in range(retries + 1):
        if attempt:
            sleep(wait)
            wait *= 2
        try:
            response = httpx.post(url, json=body, timeout=timeout)
        except httpx.HTTPError as e:
            problem = f"{e.__class__.__name__}: {e}"
            continue
        if response.status_code < 300:
            return
        problem = f"HTTP {response.status_code}"
        if response.status_code < 500 and response.status_code != 429:
            break  # the hook refuses this body; sending it again will not help
    raise DeliveryFailed(f"webhook {url}: {problem}")
