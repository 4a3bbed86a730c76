"""Names written otherwise than the KB writes them ('Abdel Aziz Buteflika', 'Olesegun
Obsanjo', 'Mahmoud Ahmadinezhad'): a spelling skeleton of each word and a
conservative comparison, for names that found no exact match.

Two names match only when the surname and the rest of the name each match, so
relatives and namesakes stay apart: 'Kim Jong-un' is no misspelling of 'Kim
Jong-il', 'Ilham Aliyev' none of 'Heydar Aliyev', and initials must agree ('George
H. Bush' is not 'George W. Bush'). Which people may be meant (in office on the day,
of the country named) is the caller's part: `KnowledgeBase.person_spelt_like`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import NamedTuple

# Each part of a name must be at least this similar (1 - edits / length, a swap of
# two neighbours one edit: 'Merkle'): one slip in a four-letter word, two in an
# eight-letter one; the whole name a little more.
PART_SIMILARITY = 0.75
NAME_SIMILARITY = 0.8
# A surname alone says less: 'Obsanjo' for Obasanjo, never 'Osama' for Obama.
SURNAME_SIMILARITY = 0.85


@dataclass(frozen=True)
class Spelling:
    """The rules of kb/data/spellings.json."""

    letters: dict[str, str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    particles: frozenset[str]

    @classmethod
    def from_dict(cls, data: dict) -> Spelling:
        return cls(
            letters=dict(data.get("letters", {})),
            rewrites=tuple((re.compile(a), b) for a, b in data.get("rewrites", ())),
            particles=frozenset(data.get("particles", ())),
        )

    def ascii_letters(self, text: str) -> str:
        """'Lech Wałęsa' → 'Lech Walęsa': the letters NFKD does not strip (ł, đ, ø,
        ı, ß…) written the way English text writes them, their case kept; accents
        are left to `fold`, which drops what NFKD cannot strip."""
        return "".join(self._ascii_letter(c) for c in text)

    def _ascii_letter(self, char: str) -> str:
        lower = char.lower()
        found = self.letters.get(lower)
        if found is None:
            return char
        return found if char == lower else found.capitalize()

    def word(self, text: str) -> str:
        """'Bouteflika' → 'buteflika', 'Qaddafi' → 'kadafi': folded, rewritten, no
        doubled letters."""
        text = "".join(self.letters.get(c, c) for c in text.lower())
        text = unicodedata.normalize("NFKD", text)
        text = re.sub(r"[^a-z]", "", text)
        for pattern, replacement in self.rewrites:
            text = pattern.sub(replacement, text)
        return re.sub(r"(.)\1+", r"\1", text)

    def name(self, text: str) -> NameForm:
        """The skeleton words of a name, initials and particles set apart."""
        words, initials = [], set()
        for raw in re.split(r"[\s\-‐–]+", text.strip()):
            letters = re.sub(r"[^\w]", "", raw)
            if not letters or letters.lower() in self.particles:
                continue
            if len(letters) == 1 or (len(letters) <= 2 and letters.isupper()):
                initials.update(letters.lower())  # 'H.', 'W.', 'HW'
                continue
            if skeleton := self.word(letters):
                words.append(skeleton)
        return NameForm(tuple(words), frozenset(initials))


@dataclass(frozen=True)
class NameForm:
    words: tuple[str, ...]
    initials: frozenset[str]

    @property
    def whole(self) -> str:
        return "".join(self.words)

    def runs(self) -> list[tuple[str, str]]:
        """Every run of one to three words (a surname in one or more pieces: 'El
        Sisi', 'Abdel Aziz') with the rest of the name, each joined."""
        words = self.words
        return [
            ("".join(words[start:end]), "".join(words[:start] + words[end:]))
            for start in range(len(words))
            for end in range(start + 1, min(len(words), start + 3) + 1)
        ]


def _similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    return _osa().normalized_similarity(a, b, score_cutoff=cutoff)


@cache
def _osa() -> ModuleType:
    """RapidFuzz's edit distance, imported when a name is first compared: the
    forecaster, which loads the KB too, never does (15 ms of a cold start)."""
    from rapidfuzz.distance import OSA

    return OSA


class Form(NamedTuple):  # tuples: unpickled with the cached KB many times faster
    """One full name of a person: whole skeleton, its surname and the rest."""

    whole: str
    surname: str
    rest: str
    initials: frozenset[str]


class PersonSpelling(NamedTuple):
    """A person's names as skeletons: the surname and each full form."""

    surname: str
    forms: tuple[Form, ...]

    def similarity(self, mention: NameForm, runs: list[tuple[str, str]]) -> float:
        """How alike the name as written (with its `runs`) is to this person's
        best-fitting form; 0 when the surname or the rest of the name differs."""
        if len(mention.words) == 1:  # a surname alone: 'President Buteflika'
            if len(self.surname) < 5:
                return 0.0
            return _similarity(mention.words[0], self.surname, SURNAME_SIMILARITY)
        best = 0.0
        for form in self.forms:
            if (
                mention.initials
                and form.initials
                and not mention.initials <= form.initials
            ):
                continue
            whole = _similarity(mention.whole, form.whole, NAME_SIMILARITY)
            if whole > best and _parts_alike(runs, form):
                best = whole
        return best


def _parts_alike(runs: list[tuple[str, str]], form: Form) -> bool:
    return any(
        _similarity(ours, form.surname) >= PART_SIMILARITY
        and bool(rest) == bool(form.rest)
        and (not rest or _similarity(rest, form.rest) >= PART_SIMILARITY)
        for ours, rest in runs
    )


def person_spelling(
    spelling: Spelling, names: Iterable[str], surname: str
) -> PersonSpelling:
    """The skeletons of a person's names (canonical name and aliases); a form of one
    word, or without a word like the surname, is left out."""
    key = spelling.name(surname).whole
    forms = []
    for name in dict.fromkeys(names):
        form = spelling.name(name)
        if len(form.words) < 2:
            continue
        alike = [(_similarity(run, key), run, rest) for run, rest in form.runs()]
        score, run, rest = max(alike)
        if score >= PART_SIMILARITY:  # 'Boris Jeltsin' when the surname is Yeltsin
            forms.append(Form(form.whole, run, rest, form.initials))
    return PersonSpelling(key, tuple(dict.fromkeys(forms)))
