"""Whom a row's traveller met, and who travelled along (issue #10, class 6).

A row's other people are counterparts only when the row says so: after a meeting
word ('Met with …'), a leader of another country on the row's date, or a clause
that goes on to talks; 'Accompanied …' makes them fellow travellers instead, and a
couple received together is one meeting of three (SCHEMA.md rule 2).
"""

from __future__ import annotations

import re

from summitwatch.models import Participant
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns, whole_word
from summitwatch.nlp.row_invitations import invitation_cued
from summitwatch.nlp.row_people import clause_before, clause_end, in_office
from summitwatch.nlp.table_context import titled_counterparts
from summitwatch.nlp.table_rows import Row


def _is_minister(
    index: DocIndex, row: Row, at: int, who: Participant, traveller: Participant
) -> bool:
    """A minister or secretary in the row who is no leader's counterpart: one of
    the traveller's own country (his party), or anyone a traveller who is himself
    no head of state or government met ('Secretary Kerry … Met with Foreign
    Minister Onyeama': ministers among themselves, dev 044). A foreign one a
    leader met is (a prime minister's talks with 'US Secretary of State Antony
    Blinken', a president's with 'the NATO Secretary General, Jens Stoltenberg')."""
    before = index.doc[max(0, at - 4) : at].text.lower()
    if not (("minister" in before and "prime" not in before) or "secretary" in before):
        return False
    leader = index.leads_country_on(traveller, parse_iso(row.date), titled=False)
    return who.country == traveller.country or not leader


def _counterparts(
    index: DocIndex, row: Row, traveller: Participant
) -> tuple[list[tuple[int, Participant]], list[Participant]]:
    """(people met, people travelling along) in a row."""
    pats = load_patterns("tables.json")
    text = row.span.text
    met: list[tuple[int, Participant]] = []
    along: list[Participant] = []
    party: list[str] = []  # clauses that name compatriots after a bare 'with'
    for at, who in index.people_in(row.span.start, row.span.end):
        if who.name == traveller.name or _is_minister(index, row, at, who, traveller):
            continue
        if at > 0 and index.doc[at - 1].lower_ == "the":
            continue  # 'At the invitation of the President': rows lend no antecedents
        before = clause_before(index, row, at).lower()  # not the last remark's
        if invitation_cued(before):
            continue  # 'At the invitation of President Hoover': the host who invited
        if _cued(before, pats["accompany_words"]):
            along.append(who)
        elif _cued(before, pats["meeting_words"]):
            if _compatriot_along(before, who, traveller, pats["meeting_words"]):
                party.append(before)
                continue
            if who.country is None and any(before.startswith(c) for c in party):
                continue  # 'with Prince William, Prince George, …': the same party
            met.append((at, who))
        elif (
            index.leads_country_on(
                who, parse_iso(row.date) or index.published, titled=False
            )
            and who.country != traveller.country
        ):
            met.append((at, who))
        elif _listed_after_cue(index, row, at, pats["meeting_words"]):
            if who.country != traveller.country:
                met.append((at, who))
        elif _talks_after(index, row, at) and who.country != traveller.country:
            if in_office(index, who, parse_iso(row.date)):
                met.append((at, who))
    del text
    words = pats["meeting_words"]
    return met + [
        m for at, who in met for m in _met_again(index, row, at, who, words)
    ], along


def _listed_after_cue(index: DocIndex, row: Row, at: int, words: list[str]) -> bool:
    """'Meetings with the NATO Secretary General, Jens Stoltenberg; Belgian Prime
    Minister Charles Michel; the President of the European Council, Donald Tusk':
    an item of a list the meeting word opens, its items cut by ';' and naming no
    verb of their own (the parse's), is met too."""
    sentence = _SENTENCE_END.split(index.doc[row.span.start : at].text)[-1]
    head, _, _ = sentence.partition(";")
    if ";" not in sentence or not _cued(head.lower(), words):
        return False
    opens = index.doc[at].idx - len(clause_before(index, row, at))  # the item's
    item = [t for t in index.doc[row.span.start : at] if t.idx >= opens]
    return not any(t.pos_ in ("VERB", "AUX") for t in item)


_SENTENCE_END = re.compile(r"(?<=[a-z)\d]{2})\.\s+")


def _met_again(
    index: DocIndex, row: Row, at: int, who: Participant, words: list[str]
) -> list[tuple[int, Participant]]:
    """'attended the coronation of Charles III with … Prior to the coronation,
    met with Prince William at Windsor Castle, Charles III at Buckingham Palace':
    the same person met in a later clause of the row is a meeting of its own (a
    second occasion, at the place that clause names)."""
    end = clause_end(index, row, at)
    return [
        (m.start, who)
        for m in index.mentions_in(end, row.span.end)
        if m.participant.name == who.name
        and _cued(clause_before(index, row, m.start).lower(), words)
    ][:1]


def _cued(clause: str, words: list[str]) -> set[str]:
    """The cue words the clause holds as whole words (one test for every cue list)."""
    return {w for w in words if whole_word(w).search(clause)}


def _compatriot_along(
    clause: str, who: Participant, traveller: Participant, words: list[str]
) -> bool:
    """'attended the final, with Prince William, Prince George, and Culture
    Secretary Lisa Nandy' (real 232): a bare 'with' before the traveller's own
    compatriots names the party he went with, not people he met abroad."""
    return (
        _cued(clause, words) == {"with"}
        and who.country is not None
        and who.country == traveller.country
    )


def _talks_after(index: DocIndex, row: Row, at: int) -> bool:
    """'Mohammed bin Zayed in Abu Dhabi, holding talks on …': the clause that opens
    with a person goes on to a meeting word ('with' alone says nothing here)."""
    text = index.doc[at : row.span.end].text
    clause = re.split(r"[.;|]\s", text)[0].lower()
    words = [w for w in load_patterns("tables.json")["meeting_words"] if w != "with"]
    return bool(_cued(clause, words))


def _spouse(index: DocIndex, who: Participant) -> str | None:
    person = index.kb.person(who.person_id) if who.person_id else None
    return person.relations.get("spouse") if person else None


def with_spouses(
    index: DocIndex, met: list[tuple[int, Participant]]
) -> list[tuple[int, list[Participant]]]:
    """'meeting with President Joko Widodo and First Lady Iriana': a couple met in
    one row is one meeting of the three, not two (rule 2: they are received
    together, as the project's gold has 'Xi and his wife Peng Liyuan')."""
    groups: list[tuple[int, list[Participant]]] = []
    for at, who in met:
        partner = _spouse(index, who)
        joined = next(
            (group for _, group in groups
             if any(p.person_id == partner or _spouse(index, p) == who.person_id
                    for p in group if p.person_id)),
            None,
        )  # fmt: skip
        if joined is not None and who.person_id:
            joined.append(who)
        else:
            groups.append((at, [who]))
    return groups


def with_companions(
    index: DocIndex,
    row: Row,
    traveller: Participant,
    groups: list[tuple[int, list[Participant]]],
) -> list[tuple[int, list[Participant]]]:
    """'attended the coronation of Charles III with Governor-General Cindy Kiro':
    compatriots after a bare 'with' in the clause of a counterpart were at that
    occasion too, one gathering of them all (rule 2). With no counterpart in
    their clause they are only the traveller's party (real 232's match)."""
    words = load_patterns("tables.json")["meeting_words"]
    for at, who in index.people_in(row.span.start, row.span.end):
        before = clause_before(index, row, at).lower()
        if not _compatriot_along(before, who, traveller, words):
            continue
        group = next(
            (g for start, g in groups if start < at < clause_end(index, row, start)),
            None,
        )
        if group is not None and all(p.name != who.name for p in group):
            group.append(who)
    return groups


def at_occasions(
    index: DocIndex, row: Row, groups: list[tuple[int, list[Participant]]]
) -> list[tuple[int, list[Participant]]]:
    """'Conference with President de Gaulle, Prime Minister Macmillan and
    Chancellor Adenauer', 'a reception hosted by A and B': the counterparts one
    clause names after an occasion word (`tables.json: occasion_words`, no other
    meeting word after it) were at one occasion, one group meeting (rule 2)."""
    pats = load_patterns("tables.json")
    out: list[tuple[int, list[Participant]]] = []
    opened: dict[int, list[Participant]] = {}  # a clause's start → its occasion
    for at, group in groups:
        clause = clause_before(index, row, at)
        start = index.doc[at].idx - len(clause)
        if not _occasion_last(clause.lower(), pats):
            out.append((at, group))
        elif start in opened:
            opened[start] += [p for p in group if p not in opened[start]]
        else:
            opened[start] = group
            out.append((at, group))
    return out


def _occasion_last(clause: str, pats: dict) -> bool:
    """Whether the clause's last cue is an occasion word ('Attended the summit
    and met with A and B' ends on 'met': pairs)."""

    def last(words: list[str]) -> int:
        found = [m.start() for w in words for m in whole_word(w).finditer(clause)]
        return max(found, default=-1)

    occasion = last(pats["occasion_words"])
    meeting = last([w for w in pats["meeting_words"] if w != "with"])
    return occasion >= 0 and occasion >= meeting


def row_counterparts(
    index: DocIndex, row: Row, traveller: Participant, country: str, when
) -> tuple[list[tuple[int, Participant]], list[Participant]]:
    """(people met, with where the row names them; people travelling along): the
    row's named people, and the office holders its titles name, who replace a
    namesake the name alone resolved to."""
    met, along = _counterparts(index, row, traveller)
    along += [  # 'Accompanied President Carter': the NER missed the title's name
        who
        for _, who in titled_counterparts(
            index, row.span, traveller.country, when, cue="accompany"
        )
        if who.name != traveller.name and who not in along
    ]
    names = {traveller.name} | {w.name for _, w in met}
    titled = [
        (at, who)
        for at, who in titled_counterparts(index, row.span, country, when)
        if who.name not in names
    ]
    surnames = {index.surname_of(who) for _, who in titled}
    # 'Met President Johnson' in 1966 is the leader of the row's date, not the
    # namesake the name alone resolved to
    met = [
        (at, w)
        for at, w in met
        if index.surname_of(w) not in surnames
        and not (w.person_id is None and surnames & set(w.name.split()))
    ] + titled  # 'Prime Minister Ōhira Masayoshi': the KB's, in its name order
    met.sort(key=lambda m: m[0])
    return met, along
