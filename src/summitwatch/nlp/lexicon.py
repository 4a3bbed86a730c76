"""Rule data (nlp/patterns/*.json) loaded once: triggers, status and travel cues."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def _load(name: str) -> dict:
    path = resources.files("summitwatch.nlp").joinpath("patterns", name)
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: _expand(value) for key, value in data.items()}


def _expand(value: object) -> object:
    """A list's item "@meals.json#meal_nouns" stands for that list's words, so that a
    word list lives in one file and the lists that hold it too refer to it."""
    if not isinstance(value, list):
        return value
    out: list = []
    for item in value:
        if isinstance(item, str) and item.startswith("@"):
            name, _, key = item[1:].partition("#")
            out += load_patterns(name)[key]
        else:
            out.append(item)
    return out


@cache
def load_patterns(name: str) -> dict:
    """Any other rule file of nlp/patterns, by name, loaded once."""
    return _load(name)


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """One word list of a rule file as a set, built once: readers test membership
    per token, so the set must not be rebuilt per call."""
    return frozenset(load_patterns(name)[key])


@cache
def future_auxiliaries(*also: str) -> frozenset[str]:
    """'will', 'shall', "'ll": the future tense's auxiliaries, one list for every
    reader that asks whether a clause is ahead (status, presence, attendance, the
    stand-in's trip, a clause's own time), which each kept a variant of it; `also`
    adds what one reader takes too ('would' of a reported plan, 'wo' of won't)."""
    return word_set("status_cues.json", "future_auxiliaries") | frozenset(also)


@cache
def word_union(name: str, *keys: str) -> frozenset[str]:
    """Several word lists of one rule file as one set, built once (a reader that
    looks for any of its cue kinds at once)."""
    return frozenset().union(*(word_set(name, key) for key in keys))


@cache
def whole_word(word: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """A cue word or phrase as a whole word, compiled once: table readers ask per
    row and per clause, and need where it matches, not only whether."""
    return re.compile(rf"\b{re.escape(word)}\b", re.I if ignore_case else 0)


def phrase_in(
    text: str, phrases: list[str] | tuple[str, ...], *, ignore_case: bool = False
) -> bool:
    """Any of the phrases, as whole words, in the text."""
    pattern = _phrases_pattern(tuple(phrases), re.I if ignore_case else 0)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _phrases_pattern(phrases: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    """One compiled alternation per phrase list: a search per phrase and per event
    went through `re`'s pattern cache dozens of times a trigger."""
    if not phrases:
        return None
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(r"\b(?:" + alternation + r")\b", flags)


def plain_words(text: str) -> str:
    """The text lowercased, each run of punctuation or line breaks one space: the
    form cue phrases of the rule files are compared in."""
    return re.sub(r"\W+", " ", text.lower())


def cue_in(text: str, name: str, key: str) -> bool:
    """A cue phrase of the rule file's list `key`, as whole words, in the text read
    as `plain_words` (one reading for every reader of such cues)."""
    return phrase_in(plain_words(text), load_patterns(name)[key])


@dataclass(frozen=True)
class Lexicon:
    triggers: dict
    status: dict
    travel: dict


@cache
def lexicon() -> Lexicon:
    return Lexicon(
        _load("triggers.json"), _load("status_cues.json"), _load("travel.json")
    )


@cache
def event_words() -> frozenset[str]:
    """Every word that names a meeting or a visit, noun or verb (triggers.json): a
    talk or an agreement about one of them is about another event."""
    words = lexicon().triggers
    return frozenset(
        [
            *words["meeting_nouns"],
            *words["meeting_verbs"],
            *words["visit_nouns"],
            *words["visit_verbs"],
        ]
    )
