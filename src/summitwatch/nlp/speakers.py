"""Who says 'I' and who is 'you': speaker turns of transcripts and remarks (issue #10,
class 5).

Readouts and transcripts label each turn ("President of Russia Vladimir Putin: …",
"PRESIDENT OBAMA: …", "THE PRESIDENT: …", "Q: …"). Inside a turn, "I" is the
speaker, "you" the other party of the exchange (the other labelled speaker), and
"we" the two of them — "I am pleased to welcome you to Russia" is a meeting of the
two, though no sentence says "met".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.addressed import document_heads
from summitwatch.nlp.authors import author_lines, letter_signers
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import (
    TITLES,
    PersonMention,
    mentions_between,
    participant,
)

FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
SECOND_PERSON = frozenset({"you", "your", "yourself", "yours"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][^:\n]{0,79}?)[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
_DOT_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\.[ \t]+[A-Z\"“]",
    re.MULTILINE,
)  # 'President Putin. Distinguished Mr. President, …' (Public Papers style)
_SAID_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][^\n:]{0,160}?\b(?:said|stated|remarked|replied|responded)"
    r"(?: as follows| (?:in|at) (?:his|her|the|an?) [^\n:,]{0,50})?)[ \t]*[:,][ \t]*$",
    re.MULTILINE,
)  # 'In opening remarks, the Prime Minister said as follows:', '… and said in his
# address,', 'The Prime Minister said at the impromptu press conference,' above a
# quoted speech (Kantei and MOFA readouts)
_QUESTIONER = frozenset({"q", "question", "journalist", "reporter", "moderator"})
_MAX_LABEL_WORDS = 9
_HEADER_LINES = 12  # a press office names itself above the text


@dataclass
class Turn:
    """One labelled turn: tokens [start, end) spoken by `speaker` to `addressee`."""

    start: int
    end: int
    speaker: Participant | None
    addressee: Participant | None = None


class Turns:
    """The turns of a doc, looked up by token index."""

    def __init__(self, turns: list[Turn]) -> None:
        self.turns = turns
        self._starts = [t.start for t in turns]

    def at(self, i: int) -> Turn | None:
        n = bisect_right(self._starts, i) - 1
        if n < 0 or i >= self.turns[n].end:
            return None
        return self.turns[n]

    def resolve(self, word: str, i: int) -> list[Participant]:
        """The people a first- or second-person pronoun at token `i` stands for."""
        turn = self.at(i)
        if turn is None or turn.speaker is None:
            return []
        word = word.lower()
        if word in FIRST_PERSON:
            return [turn.speaker]
        if word in SECOND_PERSON:
            return [turn.addressee] if turn.addressee else []
        if word in FIRST_PLURAL:
            return [p for p in (turn.speaker, turn.addressee) if p is not None]
        return []


def _label_person(
    label: str,
    start: int,
    end: int,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> Participant | None:
    for mention in persons:
        if start <= mention.start < end:
            return mention.participant
    words = [w for w in re.split(r"\s+", label.strip()) if w]
    if not label.isupper():
        return None
    names = [w for w in words if w.lower() not in TITLES and w.lower() != "the"]
    if names:
        person = kb.resolve_person(" ".join(names).title(), on=published)
        if person is None and len(names) > 1:
            person = kb.resolve_person(names[-1].title(), on=published)
        return participant(person, published) if person else None
    office = " ".join(w.lower() for w in words if w.lower() != "the")
    return _office_holder(office, persons, kb, published)


def _office_holder(
    office: str,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> Participant | None:
    """'THE PRESIDENT': the first person named in the text who holds that office."""
    for mention in persons:
        if office and holds_title(kb, mention.participant, office, published):
            return mention.participant
    return None


def holds_title(
    kb: KnowledgeBase, who: Participant, title: str, on: date | None
) -> bool:
    """`who`'s office on the day (the KB's, else the one the text gave) contains
    `title` as whole words, not after a lower rank ('Vice President' is no
    'President'), in any case: the check of a transcript's 'THE PRESIDENT' label and of
    a readout's 'the Prime Minister'."""
    person = kb.person(who.person_id) if who.person_id else None
    held = person.office_on(on) if person else None
    office = re.sub(
        r"[^a-z]+", " ", ((held.title if held else who.office) or "").lower()
    )
    words, wanted = office.split(), title.lower().split()
    below = word_set("speakers.json", "lower_rank_prefixes")
    return any(
        words[i : i + len(wanted)] == wanted and (i == 0 or words[i - 1] not in below)
        for i in range(len(words))
    )


def dated_elsewhere(person, office: str | None, on: date | None) -> bool:
    """The office a mention carries is one the KB dates to another time than `on`
    (the person held nothing that day): it is no fallback for the day's office."""
    if person is None or on is None or not office:
        return False
    return any(o.title == office and not o.held_on(on) for o in person.offices)


def _bare_office(label: str) -> str | None:
    """'The Prime Minister', 'the Chancellor' (any case): a turn labelled by the
    office alone, whose speaker is the one named in the text who holds it — the
    Public Papers' 'The Prime Minister.' as much as their 'The President.'."""
    words = label.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    office = " ".join(words[1:])
    titles = load_patterns("speakers.json")["dot_label_titles"]
    if any(office.lower() == t.lower().removeprefix("the ") for t in titles):
        return office.lower()
    return None


@cache
def _head_fields() -> frozenset[str]:
    """A memorandum's or telegram's head field names ('FROM', 'SUBJECT', 'DATE')."""
    return frozenset(load_patterns("speakers.json")["head_field_labels"])


def _is_label(label: str, has_person: bool) -> bool:
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    return has_person or label.isupper() or label.lower() in _QUESTIONER


def speaker_turns(
    doc: Doc,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> Turns:
    """Every labelled turn of the doc, each with its speaker and addressee."""
    found: list[tuple[int, int, Participant | None]] = []
    found += _dot_labels(doc, persons, kb, published)
    found += _said_lines(doc, persons)
    found += _statement_lines(doc, persons, kb, published)
    found += _question_lines(doc)
    authored = author_lines(doc, persons)  # a column's own 'I' (authors.py)
    found += authored
    found += letter_signers(doc, persons)  # a quoted letter's 'I' is its signer
    documents = document_heads(doc, persons)  # 'Memorandum From A to B'
    heads = {start: to for start, _, _, to in documents}
    found += [(start, end, who) for start, end, who, _ in documents]
    for match in _LABEL.finditer(doc_text(doc)):
        span = doc.char_span(match.start("label"), match.end("label"), "expand")
        if span is None:
            continue
        label = match["label"].strip()
        if label.lower() in _head_fields():
            continue  # 'SUBJECT:', 'FROM:': a head's field, no one speaking
        has_person = any(span.start <= m.start < span.end for m in persons)
        if not _is_label(label, has_person):
            continue
        who = None
        if label.lower() not in _QUESTIONER:
            who = _label_person(label, span.start, span.end, persons, kb, published)
        found.append((span.start, span.end, who))
    found.sort(key=lambda f: f[0])
    turns = []
    for n, (_start, label_end, who) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(doc)
        turns.append(Turn(label_end, end, who))
    speakers = [t.speaker for t in turns]
    first = next(  # a document's head is no turn of speech: its names come before
        (t.start for n, t in enumerate(turns) if found[n][0] not in heads), len(doc)
    )
    before = [m.participant for m in persons if turns and m.start < first]
    columns = {start for start, _, _ in authored}
    for n, turn in enumerate(turns):
        if found[n][0] in columns:
            continue  # a column's 'you' is its reader
        if found[n][0] in heads:  # 'Memorandum From A to B': B is 'you'
            turn.addressee = heads[found[n][0]]
            continue
        turn.addressee = _other(speakers, n) or _named_first(before, turn.speaker)
    return Turns(turns)


def _dot_labels(
    doc: Doc,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> list[tuple[int, int, Participant | None]]:
    """Turns labelled 'President Putin.' / 'The President.': a title from
    speakers.json and the person it names (or, bare, the one who holds it)."""
    titles = load_patterns("speakers.json")["dot_label_titles"]
    out: list[tuple[int, int, Participant | None]] = []
    for match in _DOT_LABEL.finditer(doc_text(doc)):
        label = match["label"]
        bare = _bare_office(label)
        title = next((t for t in titles if label.startswith(t)), None)
        span = doc.char_span(match.start("label"), match.end("label"), "expand")
        if (title is None and bare is None) or span is None:
            continue
        named = mentions_between(persons, span.start, span.end)
        if bare is not None:  # 'The President.', 'The Prime Minister.'
            who = _office_holder(bare, persons, kb, published)
        elif named and named[0].end <= span.end:
            who = named[0].participant
        else:
            continue
        out.append((span.start, span.end + 1, who))  # the full stop is the label's
    return out


def _said_lines(
    doc: Doc, persons: list[PersonMention]
) -> list[tuple[int, int, Participant | None]]:
    """'In response, President Trump said:' on a line of its own: the paragraphs
    below are that person's remarks (the last person the line names)."""
    out: list[tuple[int, int, Participant | None]] = []
    for match in _SAID_LINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("label"), match.end(), "expand")
        if span is None:
            continue
        named = mentions_between(persons, span.start, span.end)
        if named:
            out.append((span.start, span.end, named[-1].participant))
    return out


_STATEMENT_LINE = re.compile(
    r"^[ \t]*\[?(?:Opening |Closing )?(?:Statement|Remarks|Address|Speech) by "
    r"(?P<who>[^\n\]]{3,80}?)\]?[ \t]*$",
    re.MULTILINE,
)  # '[Opening Statement by Prime Minister Ishiba]' (Kantei press conferences)
_QUESTION_LINE = re.compile(r"^[ \t]*\((?:On|About|Regarding) [^\n]{5,400}\)[ \t]*$",
                            re.MULTILINE)  # fmt: skip


def _statement_lines(
    doc: Doc,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> list[tuple[int, int, Participant | None]]:
    """A line that heads one person's statement ('[Opening Statement by Prime
    Minister Ishiba]', 'Opening Statement by Chief Cabinet Secretary Suga', or by
    the office alone: 'Statement by the Prime Minister', whose holder the text
    names): the paragraphs below are theirs, and after each question line again
    theirs."""
    out: list[tuple[int, int, Participant | None]] = []
    for match in _STATEMENT_LINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), "expand")
        if span is None or " and " in match["who"]:
            continue  # 'Remarks by the President and Prime Minister …': joint
        named = mentions_between(persons, span.start, span.end)
        bare = _bare_office(match["who"].strip()) if not named else None
        if bare is not None:
            who = _office_holder(bare, persons, kb, published)
        elif len(named) == 1:
            who = named[0].participant
        else:
            continue
        if who is None:
            continue
        out.append((span.start, span.end, who))
        for match in _QUESTION_LINE.finditer(doc_text(doc)):
            line = doc.char_span(match.start(), match.end(), "expand")
            if line is not None and line.start > span.end:  # the answer below
                out.append((line.end, line.end, who))
    return out


def _question_lines(doc: Doc) -> list[tuple[int, int, Participant | None]]:
    """'(On whether or not the scheduling … were discussed)': a Kantei press
    conference's summary of a journalist's question, on a line of its own."""
    out: list[tuple[int, int, Participant | None]] = []
    for match in _QUESTION_LINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), "expand")
        if span is not None:  # the line itself is the question's turn
            out.append((span.start, span.start, None))
    return out


def _named_first(
    people: list[Participant], speaker: Participant | None
) -> Participant | None:
    """A lone speaker addresses the guest the heading names ('Beginning of the
    Meeting with U.S. President George W. Bush')."""
    if speaker is None:
        return None
    return next((p for p in people if p.name != speaker.name), None)


def home_country(text: str) -> str | None:
    """The country whose office wrote the text, by the first seat of government it
    names ('Office of the Press Secretary', 'the Kremlin'): whose 'The President'."""
    seats = load_patterns("speakers.json")["seats_of_government"]
    text = "\n".join(text.split("\n")[:_HEADER_LINES])  # the header, not a speech
    found = [(text.find(seat), code) for seat, code in seats.items() if seat in text]
    return min(found)[1] if found else None


def _other(speakers: list[Participant | None], n: int) -> Participant | None:
    """The nearest other named speaker, looking back first, then ahead."""
    me = speakers[n]
    if me is None:
        return None
    order = list(range(n - 1, -1, -1)) + list(range(n + 1, len(speakers)))
    for k in order:
        other = speakers[k]
        if other is not None and other.name != me.name:
            return other
    return None


_WITH = frozenset({"with", "alongside"})


def we_without_you(token) -> bool:
    """'we met with the President of the United States', 'we regularly meet with
    President Tokayev': a 'we' that meets a third party is the speaker's side, not
    the speaker and the one addressed (who would be 'you', not someone named)."""
    verb = token.head
    if token.lower_ not in ("we", "us") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and not any(
            o.lower_ in SECOND_PERSON or o.lower_ in ("other", "each") for o in objects
        ):
            return True
    return False
