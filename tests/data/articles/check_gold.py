"""Check the gold files of this folder against SCHEMA.md and their articles.

Run: .venv/bin/python tests/data/articles/check_gold.py [FOLDER]
Exits 1 and lists the problems when a gold or meta file is malformed, uses a value
SCHEMA.md does not allow, or quotes evidence that is not in its article.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pycountry

TYPES = {"meeting", "visit", "invitation"}
STATUSES = {"occurred", "planned", "hypothetical", "unconfirmed", "not_occurred"}
MODES = {"rail", "air", "sea", "road", None}
FIELDS = {
    "type",
    "status",
    "participants",
    "location",
    "date",
    "travel_mode",
    "evidence",
}
ISO3 = {c.alpha_3 for c in pycountry.countries}
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
# Evidence may join several verbatim excerpts with " ... " (as the seed gold does).
GAP = " ... "


class _Text(HTMLParser):
    """Visible text of an HTML page (script and style dropped)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in ("script", "style")
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def article_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = _Text()
        parser.feed(raw)
        raw = "".join(parser.parts)
    return _flat(raw)


def check_event(event: object, text: str) -> list[str]:
    """Problems with one gold event (empty when it is well formed)."""
    if not isinstance(event, dict) or set(event) != FIELDS:
        return ["not an object with exactly the SCHEMA.md fields"]
    problems = []
    kind, people = event["type"], event["participants"]
    if kind not in TYPES:
        problems.append(f"type {kind!r}")
    if event["status"] not in STATUSES:
        problems.append(f"status {event['status']!r}")
    if event["travel_mode"] not in MODES:
        problems.append(f"travel_mode {event['travel_mode']!r}")
    if not isinstance(people, list) or not all(isinstance(p, str) for p in people):
        return [*problems, "participants is not a list of names"]
    wanted = {"meeting": range(2, 100), "visit": range(1, 2), "invitation": range(2, 3)}
    if kind in wanted and len(people) not in wanted[kind]:
        problems.append(f"{len(people)} participants for a {kind}")
    if len(set(people)) != len(people):
        problems.append("repeated participant")
    loc = event["location"]
    if not isinstance(loc, dict) or set(loc) != {"city", "country"}:
        problems.append("location must be {city, country}")
    elif loc["country"] is not None and loc["country"] not in ISO3:
        problems.append(f"country {loc['country']!r} is not ISO 3166-1 alpha-3")
    date = event["date"]
    if date is not None and not (isinstance(date, str) and DATE.fullmatch(date)):
        problems.append(f"date {date!r}")
    for piece in str(event["evidence"]).split(GAP):
        if _flat(piece) not in text:
            problems.append(f"evidence not in article: {piece[:60]!r}")
    return problems


def check_folder(folder: Path) -> list[str]:
    problems = []
    golds = sorted(folder.glob("[0-9][0-9][0-9].json"))
    if not golds:
        return [f"{folder}: no NNN.json gold files"]
    for gold in golds:
        stem = gold.stem
        candidates = (folder / f"{stem}.txt", folder / f"{stem}.html")
        articles = [p for p in candidates if p.exists()]
        if len(articles) != 1:
            problems.append(f"{stem}: want exactly one of {stem}.txt / {stem}.html")
            continue
        try:
            meta_path = folder / f"{stem}.meta.json"
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            events = json.loads(gold.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{stem}: {exc}")
            continue
        published = meta.get("published") if isinstance(meta, dict) else None
        day = re.compile(r"\d{4}-\d\d-\d\d")
        if not (isinstance(published, str) and day.fullmatch(published)):
            problems.append(f"{stem}.meta.json: 'published' must be YYYY-MM-DD")
        if not isinstance(events, list):
            problems.append(f"{gold.name}: not a JSON list")
            continue
        text = article_text(articles[0])
        for i, event in enumerate(events):
            problems.extend(f"{gold.name}[{i}]: {p}" for p in check_event(event, text))
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    problems = check_folder(folder)
    for line in problems:
        print(line)
    golds = list(folder.glob("[0-9][0-9][0-9].json"))
    total = sum(len(json.loads(p.read_text(encoding="utf-8"))) for p in golds)
    print(f"{len(golds)} gold files, {total} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
