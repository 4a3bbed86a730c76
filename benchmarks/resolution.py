"""Name resolution measured on the gold: for every gold participant, how the article
names them near the evidence and whom the product's resolver makes of that name.

Each gold participant of each gold event (one count per article, name and evidence)
is looked for among the person mentions the product's mention index resolved
(`build_index`: the resolver in reading order, with the sentence's date and the
text's titles) in the evidence sentences and the one on either side. A mention
names the participant when a word of it is a word of the gold name, of the KB's
aliases of that person or of its surname (spelling skeletons compared, so 'Buteflika'
names Bouteflika). Then, first that fits:

- missing: the KB has no one of the gold name (nor of a spelling of it), whatever
  the mention became (written as the gold writes it, the scorer accepts it);
- right: a mention resolved to the gold person (the KB person the gold name is);
- namesake: a mention resolved to another KB person;
- unresolved: the mentions were left as written (no KB person) although the KB has
  the gold person;
- not a mention: a word of the name is in the evidence but no person mention covers
  it (the NER and the KB ruler did not take it for a person);
- not named: no word of the name near the evidence (a pronoun, a description: not
  the resolver's part, counted apart).

Ratios are of the participants named near the evidence (all but `not named`).

The read sets' own people were each added to the KB when their errors were read,
so the counts above flatter unseen text. `--probe` asks the resolver, for each gold
participant the KB knows, on the event's date, about the forms unseen text names
people by, each in a sentence of its own: the surname after the title of the office
held that day ('President Bush' in 2005), initials before the surname ('P.
Ochirbat'), and 'former' + title + surname for an office held before the day
('former President Bush' in 2005). Each probe is right, a namesake, or unresolved.
Also counted: `stray`, the mentions in evidence sentences resolved to no KB person
whose words name no gold participant of the article (strings taken for people, or
people named who are no participant), the false-alarm side.

    .venv/bin/python benchmarks/resolution.py                 # every readable set
    .venv/bin/python benchmarks/resolution.py dev heldout6 -v # two sets, each error

Benchmark, not a test: nothing is asserted. Never run on the blind sets (heldout5,
heldout7 to heldout12): they are not in SETS and refused by name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
# name → (folder of articles and gold, layout): "header" = articles/NNN.txt with
# header lines and '---' + gold/NNN.json (devscore's layout); "flat" = NNN.txt or
# NNN.html + NNN.meta.json + NNN.json side by side; "seed" = the one seed article.
SETS: dict[str, tuple[Path, str]] = {
    "seed": (SHARED / "seed", "seed"),
    "own": (DATA / "articles", "flat"),
    "dev": (SHARED / "eval" / "dev", "header"),
    "real": (DATA / "real", "header"),
    "heldout": (DATA / "heldout", "header"),
    "heldout2": (DATA / "heldout2", "header"),
    "heldout3": (DATA / "heldout3", "header"),
    "heldout4": (DATA / "heldout4", "header"),
    "heldout6": (DATA / "heldout6", "header"),
}
BLIND = (
    "heldout5",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
)
KINDS = ("right", "namesake", "unresolved", "missing", "not a mention", "not named")


@dataclass
class Case:
    """One article to measure: its text and date as the CLI reads them, and gold."""

    name: str
    article: object  # summitwatch.models.Article
    gold: list[dict]


@dataclass
class Mention:
    start: int  # characters in the article text
    end: int
    text: str
    name: str  # whom the resolver made of it
    person_id: str | None


@dataclass
class Outcome:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def _header_case(path: Path, gold: Path) -> Case:
    from summitwatch.ingest.reader import article_from_text, parse_published

    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n---\n")
    published = re.search(r"^published: *(\S+)", head, re.M)
    article = article_from_text(
        body,
        source=path.name,
        published=parse_published(published.group(1)) if published else None,
    )
    return Case(path.stem, article, json.loads(gold.read_text(encoding="utf-8")))


def cases(set_name: str, folder: Path | None = None, layout: str | None = None):
    """The articles of a set, with their gold (`folder`/`layout` for a fixture)."""
    from summitwatch.ingest.reader import read_article
    from summitwatch.models import Article

    if set_name in BLIND:
        raise SystemExit(f"{set_name} is blind: never measured here")
    if folder is None or layout is None:
        folder, layout = SETS[set_name]
    if layout == "seed":
        from datetime import date

        text = (folder / "article.txt").read_text(encoding="utf-8")
        gold = json.loads((SHARED / "eval" / "seed_gold.json").read_text())
        yield Case("seed", Article(text=text, published=date(2015, 2, 23)), gold)
    elif layout == "header":
        for path in sorted((folder / "articles").glob("*.txt")):
            gold = folder / "gold" / f"{path.stem}.json"
            if gold.exists():
                yield _header_case(path, gold)
    else:
        for gold in sorted(folder.glob("[0-9][0-9][0-9].json")):
            for ext in (".txt", ".html"):
                path = gold.with_suffix(ext)
                if path.exists():
                    article = read_article(path)
                    yield Case(path.stem, article, json.loads(gold.read_text()))
                    break


def mentions(case: Case, nlp, kb) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Every person mention the product's index resolved, and the sentences (as
    character spans), section by section as `process` reads a long text."""
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.process import doc_for, sections

    article = case.article
    found: list[Mention] = []
    sents: list[tuple[int, int]] = []
    for offset, part in sections(article.text):
        with nlp.select_pipes(disable=["events"]):
            doc = nlp(doc_for(article, nlp, part))
        index = build_index(doc, kb, article.published)
        for m in index.persons:
            span = doc[m.start : m.end]
            who = m.participant
            found.append(
                Mention(
                    offset + span.start_char,
                    offset + span.end_char,
                    span.text,
                    who.name,
                    who.person_id,
                )
            )
        sents += [(offset + s.start_char, offset + s.end_char) for s in doc.sents]
    return found, sents


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", text) if w]


class Namer:
    """Which words name a gold person: the gold name's, and the KB's names of the
    person the gold name is (aliases, surname), as spelling skeletons."""

    def __init__(self, kb) -> None:
        self.kb = kb
        from summitwatch.nlp.mentions import TITLES

        # titles and particles name nobody: 'Queen Ratna' does not name Elizabeth II
        self.particles = kb.spelling.particles | TITLES | {"jr", "sr", "ii", "iii"}

    def skeletons(self, text: str) -> set[str]:
        out = set()
        for word in _words(text):
            if (
                len(word) < 3
                or word.lower() in self.particles
                or word.lower().rstrip(".") in self.particles
                or word.islower()
            ):
                continue
            if skeleton := self.kb.spelling.word(word):
                out.add(skeleton)
        return out

    def gold_people(self, gold: str) -> list:
        """The KB people the gold name is: by name or alias, else by spelling."""
        found = self.kb.people_named(gold)
        if not found and (spelt := self.kb.person_spelt_like(gold)) is not None:
            found = [spelt]
        return found

    def words_of(self, gold: str, people: list) -> set[str]:
        words = self.skeletons(gold)
        for person in people:
            for form in (person.name, *person.aliases, person.surname or ""):
                words |= self.skeletons(form)
        return words


def _window(sents: list[tuple[int, int]], text: str, evidence: str) -> list[int]:
    """Indexes of the sentences the evidence is (most of their words in it)."""
    ev = {w.lower() for w in _words(evidence)}
    hits = []
    for i, (a, b) in enumerate(sents):
        words = [w.lower() for w in _words(text[a:b])]
        if len(words) >= 3 and sum(w in ev for w in words) >= 0.7 * len(words):
            hits.append(i)
    return hits


def measure(case: Case, nlp, kb, namer: Namer, out: Outcome, label: str) -> None:
    from summitwatch.kb import fold

    def same(a: str, b: str) -> bool:  # 'Vu Duc Dam' is 'Vũ Đức Đam'
        return fold(kb.spelling.ascii_letters(a)) == fold(kb.spelling.ascii_letters(b))

    found, sents = mentions(case, nlp, kb)
    text = case.article.text
    golds = {p for e in case.gold for p in e.get("participants", ())}
    gold_words = set()
    for g in golds:
        gold_words |= namer.words_of(g, namer.gold_people(g))
    seen: set[tuple[str, str]] = set()
    stray: set[tuple[int, str]] = set()
    for event in case.gold:
        evidence = event.get("evidence") or ""
        hits = _window(sents, text, evidence) if evidence else []
        near = sorted(
            {j for i in hits for j in (i - 1, i, i + 1)} & set(range(len(sents)))
        )
        spans = [sents[j] for j in near] or [(0, len(text))]
        inside = [m for m in found if any(a <= m.start < b for a, b in spans)]
        for m in inside:
            if m.person_id is None and any(
                a <= m.start < b for a, b in (sents[i] for i in hits)
            ):
                if not (namer.skeletons(m.text) & gold_words):
                    stray.add((m.start, m.text))
        for gold in event.get("participants", ()):
            if (gold, evidence) in seen or kb.country_code(gold):
                continue  # a government as inviter (rule 4): no person
            seen.add((gold, evidence))
            people = namer.gold_people(gold)
            ids = {p.id for p in people}
            words = namer.words_of(gold, people)
            naming = [m for m in inside if namer.skeletons(m.text) & words]
            window = " ".join(text[a:b] for a, b in spans)
            if not naming and not namer.skeletons(window) & words:
                kind = "not named"
            elif not people:
                kind = "missing"
            elif any(m.person_id in ids or same(m.name, gold) for m in naming):
                kind = "right"
            elif not naming:
                kind = "not a mention"
            elif any(m.person_id for m in naming):
                kind = "namesake"
            else:
                kind = "unresolved"
            out.counts[kind] += 1
            if kind != "right" and kind != "not named":
                got = "; ".join(f"{m.text!r}→{m.name}" for m in naming) or "-"
                out.errors.append(f"{label}/{case.name} {kind}: {gold} [{got}]")
    out.counts["stray"] += len(stray)
    for _, s in sorted(stray):
        out.errors.append(f"{label}/{case.name} stray: {s!r}")


PROBE_KINDS = ("titled", "initials", "former")


def _title(office, person) -> str | None:
    """The title as text writes it before a name: 'Foreign Minister', not
    'Minister of Foreign Affairs'; 'Queen' for a monarch; None for a title text
    does not put before a surname ('Head of State', 'Interpreter')."""
    from summitwatch.nlp.mentions import TITLES

    title = office.title or ""
    if "Foreign" in title or office.role == "foreign_minister":
        return (
            "Secretary of State"
            if "Secretary of State" in title
            else "Foreign Minister"
        )
    if title == "Monarch":
        return "Queen" if person.gender == "f" else "King"
    title = re.sub(r" (of|to|for) .*", "", title)
    words = title.lower().replace("-", " ").split()
    if not words or words[0] not in TITLES | {"taoiseach"}:
        return None
    return title


def probe_forms(person, day) -> list[tuple[str, str]]:
    """(kind, form) of the probes for `person` on `day` (see the docstring)."""
    from summitwatch.nlp.mentions import surname_alone

    surname = person.surname or ""
    if not surname or not surname_alone(surname) or surname not in person.name:
        return []
    forms = []
    office = person.office_on(day)
    if office is not None and office.role != "other" and _title(office, person):
        forms.append(("titled", f"{_title(office, person)} {surname}"))
    words = person.name.split()
    if len(words) >= 2 and words[-1] == surname and words[0][:1].isupper():
        initials = " ".join(f"{w[0]}." for w in words[:-1] if w[:1].isupper())
        forms.append(("initials", f"{initials} {surname}"))
    past = [
        o
        for o in person.offices
        if o.end is not None
        and o.end < day
        and o.role in ("head_of_state", "head_of_government")
        and not any(p.held_on(day) and p.title == o.title for p in person.offices)
    ]
    if past and _title(past[-1], person):
        forms.append(("former", f"former {_title(past[-1], person)} {surname}"))
    return forms


def _when(value: str | None, published) -> tuple[str, object]:
    """The words giving the event's date, and the day they stand for."""
    from summitwatch.models import PartialDate

    found = PartialDate.parse(value) if value else None
    if found is None:
        return "", published
    day = found.first + (found.last - found.first) / 2
    if len(value) == 4:
        return f"In {value}, ", day
    if len(value) == 7:
        return f"In {day:%B %Y}, ", day
    return f"On {day.day} {day:%B %Y}, ", day


def probes(set_names: list[str], nlp, kb, namer: Namer, verbose: bool) -> Counter:
    """Counts of each probe kind's outcome over the sets' gold participants."""
    from summitwatch.models import Article
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.process import doc_for

    jobs: dict[tuple[str, str], tuple[str, str, str, object]] = {}
    for name in set_names:
        for case in cases(name):
            published = case.article.published
            for event in case.gold:
                words, day = _when(event.get("date"), published)
                if day is None:
                    continue
                for gold in event.get("participants", ()):
                    people = kb.people_named(gold)
                    if len(people) != 1:
                        continue
                    for kind, form in probe_forms(people[0], day):
                        text = f"{words}{form} arrived in the capital."
                        jobs.setdefault((text, people[0].id), (kind, form, name, day))
    counts: Counter = Counter()
    with nlp.select_pipes(disable=["events"]):
        texts = [text for text, _ in jobs]
        docs = nlp.pipe(doc_for(Article(text=t), nlp) for t in texts)
        for ((text, pid), job), doc in zip(jobs.items(), docs, strict=True):
            kind, form, set_name, day = job
            index = build_index(doc, kb, day)
            start = text.index(form) + (len("former ") if kind == "former" else 0)
            got = [
                m.participant
                for m in index.persons
                if doc[m.start].idx <= start + len(form) and doc[m.end - 1].idx >= start
            ]
            if any(w.person_id == pid for w in got):
                outcome = "right"
            elif any(w.person_id for w in got):
                outcome = "namesake"
            else:
                outcome = "unresolved"
            counts[(kind, outcome)] += 1
            counts[(set_name, kind, outcome)] += 1
            if verbose and outcome != "right":
                who = "; ".join(w.name for w in got) or "-"
                print(f"  probe {set_name} {outcome}: {text!r} want {pid} got {who}")
    outcomes = ("right", "namesake", "unresolved")
    for kind in PROBE_KINDS:
        n = sum(counts[(kind, o)] for o in outcomes)
        print(
            f"probe {kind:9s} n={n:4d}  right={counts[(kind, 'right')]} "
            f"({counts[(kind, 'right')] / n if n else 0:.3f})  "
            f"namesake={counts[(kind, 'namesake')]}  "
            f"unresolved={counts[(kind, 'unresolved')]}  by set: "
            + " ".join(
                f"{s}={counts[(s, kind, 'right')]}/"
                f"{sum(counts[(s, kind, o)] for o in outcomes)}"
                for s in set_names
            )
        )
    return counts


def report(name: str, counts: Counter) -> str:
    named = sum(counts[k] for k in KINDS if k != "not named")
    parts = [f"{name:9s} named={named:4d}"]
    for kind in KINDS[:-1]:
        share = counts[kind] / named if named else 0.0
        parts.append(f"{kind}={counts[kind]} ({share:.3f})")
    parts.append(f"not named={counts['not named']} stray={counts['stray']}")
    return "  ".join(parts)


def run(
    set_names: list[str],
    verbose: bool = False,
    fixture: Path | None = None,
    probe: bool = False,
) -> dict:
    """Counts per set (and 'all'); with `fixture`, a folder in the header layout."""
    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline

    nlp, kb = load_pipeline(), load_kb()
    namer = Namer(kb)
    total = Counter()
    results = {}
    for name in set_names:
        out = Outcome()
        folder, layout = (fixture, "header") if fixture else (None, None)
        for case in cases(name, folder, layout):
            measure(case, nlp, kb, namer, out, name)
        results[name] = out.counts
        total.update(out.counts)
        print(report(name, out.counts), flush=True)
        if verbose:
            print("\n".join(f"  {e}" for e in out.errors), flush=True)
    results["all"] = total
    if len(set_names) > 1:
        print(report("all", total))
    if probe:
        results["probe"] = probes(set_names, nlp, kb, namer, verbose)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("-v", "--verbose", action="store_true", help="list errors")
    parser.add_argument("--probe", action="store_true", help="also the probes")
    parser.add_argument("--only-probe", action="store_true", help="the probes only")
    args = parser.parse_args(argv)
    for name in args.sets:
        if name in BLIND or name not in SETS:
            sys.exit(f"unknown or blind set: {name}")
    if args.only_probe:
        from summitwatch.kb import load_kb
        from summitwatch.nlp.pipeline import load_pipeline

        kb = load_kb()
        probes(args.sets, load_pipeline(), kb, Namer(kb), args.verbose)
        return
    run(args.sets, args.verbose, probe=args.probe)


if __name__ == "__main__":
    main()
