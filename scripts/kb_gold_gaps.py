"""List the gold participants the people KB cannot serve (issue #9).

The extractor can only give a canonical name and an office to people the KB knows.
This reads every readable gold set (the dev set, the real and held-out articles but
never the blind heldout5/7/8/9, the project's own articles, the seed gold), looks each
participant up with the KB's own full-name lookup (`KnowledgeBase.people_named`, as
`nlp.mentions.PersonResolver` does first) and prints three lists, most frequent first:

- unknown: no person in the KB has that name or alias;
- renamed: found, but the KB's canonical name is another name than the gold's
  (compared with the scorer's own `norm_name`, imported, not copied);
- no office: found, but holding no office at the event's date (or the article's
  publication date when the event is undated).

Run: .venv/bin/python scripts/kb_gold_gaps.py [--all] [--counts]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from summitwatch.kb.loader import load_kb
from summitwatch.models import PartialDate
from summitwatch.nlp.mentions import name_variants

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
# The held-out sets that may be read; heldout5, heldout7, heldout8, heldout9,
# heldout10, heldout11 and heldout12 are blind.
READABLE_HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout6")


def _scorer_norm_name():
    """The scorer's name normalisation, imported from ../shared/eval/score.py."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.norm_name


def _published(article: Path) -> str | None:
    """The `published:` header of an NNN.txt article, or a meta.json's field."""
    meta = article.with_suffix(".meta.json")
    if meta.exists():
        return json.loads(meta.read_text()).get("published")
    if article.exists():
        for line in article.read_text(errors="replace").splitlines():
            if line.strip() == "---":
                break
            if line.startswith("published:"):
                return line.split(":", 1)[1].strip() or None
    return None


def gold_files() -> list[tuple[str, Path, str | None]]:
    """(set name, gold file, published date) for every readable gold file."""
    out: list[tuple[str, Path, str | None]] = []
    sets = [("dev", SHARED / "dev"), ("real", ROOT / "tests/data/real")]
    for name in READABLE_HELDOUT:  # a list, not a glob: blind sets are never read
        sets.append((name, ROOT / "tests/data" / name))
    for name, folder in sets:
        for gold in sorted((folder / "gold").glob("*.json")):
            article = folder / "articles" / f"{gold.stem}.txt"
            out.append((name, gold, _published(article)))
    for gold in sorted((ROOT / "tests/data/articles").glob("[0-9][0-9][0-9].json")):
        out.append(("own", gold, _published(gold.with_suffix(".txt"))))
    out.append(("seed", SHARED / "seed_gold.json", "2015-02-23"))
    return out


def _span(event_date: str | None, published: str | None) -> tuple[date, date] | None:
    for value in (event_date, published):
        if value and re.match(r"^\d{4}(-\d\d){0,2}$", value):
            found = PartialDate.parse(value)
            return found.first, found.last
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every name")
    parser.add_argument("--counts", action="store_true", help="only the counts")
    args = parser.parse_args(argv)
    kb = load_kb()
    norm_name = _scorer_norm_name()
    unknown: Counter[str] = Counter()
    renamed: Counter[tuple[str, str]] = Counter()
    no_office: Counter[tuple[str, str]] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    mentions = 0
    for set_name, path, published in gold_files():
        for event in json.loads(path.read_text()):
            span = _span(event.get("date"), published)
            for name in event.get("participants") or ():
                if not name:
                    continue
                mentions += 1
                where[name].add(f"{set_name}/{path.stem}")
                found = kb.people_named(name, on=span[0] if span else None)
                for variant in name_variants(name) if not found else ():
                    found = kb.people_named(variant, on=span[0] if span else None)
                    if found:
                        break
                if not found:
                    unknown[name] += 1
                    continue
                person = found[0]
                if norm_name(person.name) != norm_name(name):
                    renamed[(name, person.name)] += 1
                if span is None:
                    continue
                first, last = span
                held = [
                    o
                    for o in person.offices
                    if (o.start is None or o.start <= last)
                    and (o.end is None or first <= o.end)
                ]
                if not held:
                    when = event.get("date") or published or "?"
                    no_office[(name, when[:4])] += 1
    print(
        f"participant mentions: {mentions}; unknown: {sum(unknown.values())} "
        f"({len(unknown)} names); renamed: {sum(renamed.values())} "
        f"({len(renamed)} names); no office at the date: {sum(no_office.values())} "
        f"({len(no_office)} name-years)"
    )
    if args.counts:
        return 0
    limit = None if args.all else 60
    print("\n# unknown")
    for name, n in unknown.most_common(limit):
        print(f"{n:4d}  {name}  [{', '.join(sorted(where[name])[:3])}]")
    print("\n# renamed (gold name -> KB name)")
    for (name, kb_name), n in renamed.most_common(limit):
        print(f"{n:4d}  {name} -> {kb_name}")
    print("\n# no office at the date")
    for (name, year), n in no_office.most_common(limit):
        print(f"{n:4d}  {name} ({year})  [{', '.join(sorted(where[name])[:3])}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
