"""Extraction quality on real articles (issue 10), measured by the shared scorer
(../shared/eval/score.py) as `devscore` measures them: the body after the header's
'---', dated by its `published:` line. Fourteen sets: the shared dev set
(../shared/eval/dev, the rules were tuned on it), the project's own real articles
(tests/data/real, annotated apart but since used to find classes too) and twelve
held-out sets (tests/data/heldout to tests/data/heldout12, each annotated after or
apart from a round of rule-writing and kept from it; heldout to heldout4 and
heldout6 have since been read as development sets). The
bounds guard against regressions, a little under the figures measured; raise them
when extraction improves."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from conftest import EVAL, run_scorer
from summitwatch.ingest import article_from_text, parse_published
from summitwatch.output import to_jsonl
from summitwatch.process import process

pytestmark = [pytest.mark.model, pytest.mark.slow]
REAL = Path(__file__).parent / "data" / "real"
HELDOUT = Path(__file__).parent / "data" / "heldout"
HELDOUT2 = Path(__file__).parent / "data" / "heldout2"
HELDOUT3 = Path(__file__).parent / "data" / "heldout3"
HELDOUT4 = Path(__file__).parent / "data" / "heldout4"
HELDOUT5 = Path(__file__).parent / "data" / "heldout5"
HELDOUT6 = Path(__file__).parent / "data" / "heldout6"
HELDOUT7 = Path(__file__).parent / "data" / "heldout7"
HELDOUT8 = Path(__file__).parent / "data" / "heldout8"
HELDOUT9 = Path(__file__).parent / "data" / "heldout9"
HELDOUT10 = Path(__file__).parent / "data" / "heldout10"
HELDOUT11 = Path(__file__).parent / "data" / "heldout11"
HELDOUT12 = Path(__file__).parent / "data" / "heldout12"

# A little under what was measured at the end of issue 10's work (README table).
FLOORS = {
    # real: 0.880 (strict 0.820) on 001–084; 0.862 (strict 0.789) with the three FRUS
    # notes 091–093 of the fifth round, whose gold years the notes do not write; the
    # ten fresh pages 109–118 (0.468 alone when they joined) take it lower again:
    # 0.855 (strict 0.770) on all 100 with main 6aca9a7 merged into s5-fresh.
    # The fresh pages 141–145 (0.524, strict 0.190, alone when they joined) take
    # strict to 0.743 with main bdb770c (s5-fresh5). The sixth round's fresh pages
    # (170–209, annotated before the extractor ran on them) take it to 0.803 (strict
    # 0.680) with main fbb50ac, before most of their rules. history6's fresh FRUS and
    # encyclopedia pages 215–228 scored 0.216 (strict 0.054) alone when they joined,
    # 0.768 (strict 0.606) after its classes. The seventh round's 26 fresh pages
    # (240–293, 0.6–0.78 alone before their rules): 0.853 (strict 0.755) on all 213
    # (two copies of heldout5 pages removed).
    "real": {"f1": 0.82, "strict_f1": 0.72, "status": 0.95, "country": 0.93},
    "dev": {"f1": 0.91, "strict_f1": 0.86, "status": 0.96, "country": 0.94},
    # Held out from rule-writing; measured blind at the end of the session that made
    # it: F1 0.458 before that session's rules, 0.552 after (strict 0.368, status
    # 0.833, country 0.833).
    # Read as a development set from the fourth round on: 0.740 (strict 0.580, status
    # 0.892, country 0.919) after the table layouts (a visits table, 1 → 14 events);
    # 0.958 (strict 0.896) at the end of the round, every class written with it in view.
    "heldout": {"f1": 0.93, "strict_f1": 0.86, "status": 0.90, "country": 0.90},
    # A second held-out set (tests/data/heldout2), made blind in the fourth round and
    # measured before that round's rules (F1 0.692, strict 0.523, status 0.933, country
    # 0.911) and after them (0.702, strict 0.534). Read as a development set from the
    # fifth round on: 0.727 (strict 0.652, country 0.979) after the date and place
    # rules of helper s5-detail; 0.809 (strict 0.735, status 0.945, country 0.982)
    # with the gatherings round; 0.917 (strict 0.887) at the end of the round.
    "heldout2": {"f1": 0.88, "strict_f1": 0.85, "status": 0.90, "country": 0.93},
    # A third held-out set (tests/data/heldout3), made blind in the fifth round and
    # measured on 55cd7f7, main when it was begun (F1 0.516, strict 0.387, status
    # 0.969, country 0.906), and once after the round's rules (F1 0.623, strict 0.508,
    # status 0.974, country 0.921). Read as a development set from the sixth round on:
    # 0.754 (strict 0.631) at the end of the seventh.
    "heldout3": {"f1": 0.72, "strict_f1": 0.60, "status": 0.92, "country": 0.89},
    # A fourth held-out set (tests/data/heldout4), made blind in the sixth round by a
    # helper who wrote no rules, measured on 1d0a1ad, main when it was begun (F1 0.591,
    # strict 0.470, status 1.000, country 0.949), and once after the round's rules
    # (F1 0.602, strict 0.466, status 1.000, country 0.925). Read as a development
    # set in the seventh round: 0.893 (strict 0.830, country 0.958) at its end.
    "heldout4": {"f1": 0.86, "strict_f1": 0.79, "status": 0.95, "country": 0.92},
    # A fifth held-out set (tests/data/heldout5), made blind in the seventh round by a
    # helper who wrote no rules, measured once on f1b9fd4, main when it was begun (F1
    # 0.714, strict 0.452, status 0.833, country 0.800), and after the seventh round's
    # rules (every output line identical: 0.714, strict 0.452). Its errors are unread.
    "heldout5": {"f1": 0.69, "strict_f1": 0.42, "status": 0.80, "country": 0.77},
    # A sixth held-out set (tests/data/heldout6), made blind in the eighth round by a
    # helper who wrote no rules, gold committed before the extractor first ran on it,
    # measured once on c750951, the branch's start (F1 0.552, strict 0.313, status
    # 0.892, country 0.757), and on 453c61d after that round's rules (F1 0.556,
    # strict 0.301). Read as a development set in the ninth round: 0.783 (strict
    # 0.594, status 0.907, country 0.926) at its end, every class written with it
    # in view. 0.812 (strict 0.681) at the end of the tenth.
    "heldout6": {"f1": 0.78, "strict_f1": 0.63, "status": 0.89, "country": 0.94},
    # A seventh held-out set (tests/data/heldout7), made blind in the ninth round by
    # a helper who wrote no rules, gold committed before the extractor first ran on
    # it, measured on 453c61d, the round's start (F1 0.554, strict 0.431, status
    # 0.944, country 0.972), kept off main until the round's rule writers had
    # stopped, and measured once after their rules (F1 0.567, strict 0.441).
    # In the tenth round (component fixes chosen from an anatomy of blind-time
    # errors) its totals were read after each merge, its errors never: 0.651
    # (strict 0.524, status 0.951, country 0.976) at the round's end.
    "heldout7": {"f1": 0.61, "strict_f1": 0.48, "status": 0.90, "country": 0.93},
    # An eighth held-out set (tests/data/heldout8), made blind at the tenth round's
    # start by a helper who wrote no rules, gold committed before the extractor first
    # ran on it, measured on 2a499c0, the round's start (F1 0.606, strict 0.495,
    # status 0.970, country 0.909), kept off main until the round's rule writers had
    # stopped, and measured once after their rules (F1 0.617, strict 0.505; two of
    # its twenty outputs changed). Its errors are unread; its totals were read after
    # each merge of the eleventh round and never moved.
    "heldout8": {"f1": 0.58, "strict_f1": 0.46, "status": 0.93, "country": 0.87},
    # A ninth held-out set (tests/data/heldout9), made blind at the eleventh round's
    # start by a helper who wrote no rules, gold committed before the extractor first
    # ran on it, measured on 231d126, the round's start (F1 0.698, strict 0.556,
    # status 0.886, country 0.932; 19 articles: a copy of held-out8's 010 was
    # dropped when the set was merged). Its totals were read after each merge of the
    # round (one merge was reverted on them), its errors never: 0.714 (strict
    # 0.571, status 0.889, country 0.933) at the round's end.
    "heldout9": {"f1": 0.67, "strict_f1": 0.53, "status": 0.85, "country": 0.89},
    # A tenth held-out set (tests/data/heldout10), made blind at the twelfth round by a
    # helper who wrote no rules, gold committed before the extractor first ran on it;
    # 013 dropped at the merge (the same page as real 461). 0.702 (strict 0.626) at the
    # round's start, its totals read after each merge, its errors never.
    "heldout10": {"f1": 0.66, "strict_f1": 0.58, "status": 0.88, "country": 0.95},
    # An eleventh held-out set (tests/data/heldout11), made blind at the thirteenth
    # round by a helper who wrote no rules, gold committed before the extractor first
    # ran on it. 0.667 (strict 0.513) at the round's start (89f040b), its totals read
    # after each merge, its errors never.
    "heldout11": {"f1": 0.61, "strict_f1": 0.45, "status": 0.83, "country": 0.95},
    # A twelfth held-out set (tests/data/heldout12), made blind at the fourteenth
    # round by a helper who wrote no rules, gold committed before the extractor first
    # ran on it; 007 dropped at the merge (the same page as real 766). 0.624 (strict
    # 0.452) at the round's start (d8caf56), its totals read after each merge, its
    # errors never.
    "heldout12": {"f1": 0.57, "strict_f1": 0.40, "status": 0.87, "country": 0.84},
}
SETS = {
    "real": REAL,
    "dev": EVAL / "dev",
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
    "heldout7": HELDOUT7,
    "heldout8": HELDOUT8,
    "heldout9": HELDOUT9,
    "heldout10": HELDOUT10,
    "heldout11": HELDOUT11,
    "heldout12": HELDOUT12,
}
# The project's own annotated sets, with the fewest articles each must keep.
OWN_SETS = {
    "real": 20,
    "heldout": 12,
    "heldout2": 15,
    "heldout3": 18,
    "heldout4": 18,
    "heldout5": 18,
    "heldout6": 18,
    "heldout7": 18,
    "heldout8": 18,
    "heldout9": 18,
    "heldout10": 18,
    "heldout11": 20,
    "heldout12": 19,
}


def split_article(path: Path) -> tuple[str, str | None]:
    """The body after the '---' line and the header's `published:` value."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    published = None
    for line in header.splitlines():
        if line.startswith("published:"):
            published = line.split(":", 1)[1].strip() or None
    return body, published


score = run_scorer


@pytest.mark.parametrize("name", list(OWN_SETS))
def test_own_articles_are_complete(name):
    """Every article has its gold file and the header lines the README promises."""
    folder = SETS[name]
    articles = sorted((folder / "articles").glob("*.txt"))
    assert len(articles) >= OWN_SETS[name]
    assert (folder / "README.md").exists()
    for path in articles:
        assert (folder / "gold" / f"{path.stem}.json").exists(), path.name
        header = path.read_text(encoding="utf-8").partition("\n---\n")[0]
        for key in ("url:", "title:", "published:", "licence:", "topic:"):
            assert key in header, f"{path.name} lacks {key}"


def _shingles(path: Path) -> set[tuple[str, ...]]:
    """The body's 8-word runs, lower-cased (what seen.py compares too)."""
    text = path.read_text(encoding="utf-8")
    words = re.findall(r"\w+", text.partition("\n---\n")[2].lower() or text.lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


@pytest.mark.parametrize("name", list(OWN_SETS))
def test_every_own_article_is_in_one_licence_list(name):
    """The README's licence lists are the attribution index: each article in
    exactly one (helpers adding articles in parallel left some out)."""
    folder = SETS[name]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    lists = readme[readme.index("## Licences") : readme.index("## Totals")]
    listed = re.findall(r"\b\d{3}\b", lists)
    articles = sorted(p.stem for p in (folder / "articles").glob("[0-9][0-9][0-9].*"))
    assert sorted(listed) == articles


def test_no_article_is_a_copy_of_another_sets():
    """A page annotated twice (in the real set and a held-out set) counts twice and,
    when one copy is blind, lets rules be written on it: seven copies were found
    and removed in the sixth round. Half its 8-word runs shared is a copy."""
    folders = [SETS[name] / "articles" for name in OWN_SETS]
    folders += [EVAL / "dev" / "articles", Path(__file__).parent / "data" / "articles"]
    texts = {
        path: _shingles(path)
        for folder in folders
        for path in sorted(folder.glob("[0-9][0-9][0-9].txt"))
    }
    copies = [
        (a.parent.parent.name + "/" + a.stem, b.parent.parent.name + "/" + b.stem)
        for a, b in itertools.combinations(texts, 2)
        if texts[a]
        and texts[b]
        and len(texts[a] & texts[b]) > 0.5 * min(len(texts[a]), len(texts[b]))
    ]
    assert copies == []


@pytest.mark.parametrize("name", list(SETS))
def test_extraction_scores_on_real_articles(name, nlp, kb, tmp_path):
    folder = SETS[name]
    if not (EVAL / "score.py").exists() or not folder.exists():
        pytest.fail(f"the scorer or the {name} set is missing under {EVAL}")
    system = tmp_path / "system"
    system.mkdir()
    for path in sorted((folder / "articles").glob("*.txt")):
        body, published = split_article(path)
        article = article_from_text(
            body, source=str(path), published=parse_published(published)
        )
        (system / f"{path.stem}.jsonl").write_text(to_jsonl(process(article, nlp, kb)))
    result = score(folder / "gold", system)
    measured = {
        "f1": result["f1"],
        "strict_f1": result["strict_f1"],
        "status": result["accuracy"]["status"],
        "country": result["accuracy"]["country"],
    }
    floor = FLOORS[name]
    below = {k: v for k, v in measured.items() if k in floor and v < floor[k]}
    assert not below, f"{name}: below the floor {floor}: {below}"
