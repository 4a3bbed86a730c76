"""The holder of an office written in brackets after it. FRUS document heads name
officials so: 'Memorandum From the Deputy Under Secretary of State for Political
Affairs (Murphy) to the Secretary of State', 'The Ambassador in Korea (Briggs) to the
Department of State', '… to the President's Special Emissary to India (Clifford)'. The
NER tags such a bracketed surname as nothing (real 433, 435, 494, 721, 722), so the
head has no sender or addressee and the text's 'I' and 'you' stay nobody. The surname
alone is often a given name or a common one ('Clifford', 'Murphy'), which the KB keeps
out of its surname index; here the office before it says the word is a surname, and
the date says whose: the one KB person of that last name holding an office then.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.names import fold
from summitwatch.models import Participant
from summitwatch.nlp.mentions import participant


def bracketed_holders(
    doc: Doc, kb: KnowledgeBase, on: date | None, taken: set[int]
) -> list[tuple[Span, Participant]]:
    """Each '(Surname)' right after a capitalised word ('Affairs (Murphy)'), not
    read as anyone yet, with the one person of that last name in office on `on`."""
    out = []
    for i in range(1, len(doc) - 1):
        word = doc[i + 1]
        if doc[i].text != "(" or word.i in taken or word.ent_type_ not in _UNREAD:
            continue  # a PERSON the KB did not know is no mention yet ('(Murphy)')
        closed = _GLUED.fullmatch(word.text)  # 'Clifford)1': a footnote mark glued
        if closed is None and not (
            i + 2 < len(doc) and doc[i + 2].text.startswith(")")
        ):
            continue
        surname = closed[1] if closed else word.text
        if not _capitalised(surname) or not _capitalised(doc[i - 1].text):
            continue  # '(see Document 12)', '(i)', '(Dr. Jones)'
        who = _holder(kb, surname, on)
        if who is not None:
            out.append((doc[word.i : word.i + 1], who))
    return out


_UNREAD = ("", "PERSON")
_GLUED = re.compile(r"([^\W\d_]+)\)\d*")


def _capitalised(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and not text.isupper()


def _holder(kb: KnowledgeBase, surname: str, on: date | None) -> Participant | None:
    """The one person whose surname or last name is `surname` and who held an office
    on `on`; None without a date, with nobody or with two ('Bundy' in 1964: the
    brothers McGeorge and William)."""
    if on is None:
        return None
    key = fold(surname)
    found = {
        person.id: person
        for person in kb.people
        if key in (fold(person.surname or ""), fold(person.name.split()[-1]))
        and person.office_on(on) is not None
    }
    if len(found) != 1:
        return None
    return participant(next(iter(found.values())), on)
