"""An announced itinerary told in the present (issue #10, trips ahead).

State Department and White House announcements open with the trip ahead ("will
travel to Africa July 31 through August 10") and then run through its stops in
the present simple: "Next, Secretary Clinton travels to South Sudan where she
meets with President Kiir", "In Uganda, the Secretary meets with President
Museveni" (real 176); "The vice president then travels to Jordan to meet with
King Abdullah II" (a Pence announcement on a stored page); "Rice also attends a
trade conference in … Accra" (VOA, real 177). With no date of its own such a
clause read as news of the day. A trip or meeting verb in the present simple,
with no auxiliary and a phrase of place or company ('to South Sudan', 'with
President Kiir'), whose first person has a trip or meeting ahead in an earlier
sentence of the text, is that schedule: planned.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import to_infinitive
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.status import own_clause


def schedule_present(trigger: Token) -> bool:
    """The trigger's clause is a trip or meeting verb in the present simple, or
    the purpose of one: 'Rice goes first to Aswan to meet President Mubarak'
    (VOA, real 097), 'The vice president then travels to Jordan to meet with King
    Abdullah II' — the meeting is the trip's stop and has its tense."""
    verb = own_clause(trigger)[-1]
    if _purpose_of(verb) is not None:
        verb = _purpose_of(verb)
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if not any(c.dep_ == "prep" for h in heads for c in h.children):
        return False  # 'before he leaves office': no stop, no one met
    lemma = verb.lemma_.lower()
    return lemma in word_set("triggers.json", "visit_verbs") or lemma in word_set(
        "triggers.json", "meeting_verbs"
    )


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose infinitive `verb` is ('goes to Aswan to meet'): an
    adverbial clause with its own 'to' and no subject, under a verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head is verb:
        return None
    if not to_infinitive(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head if verb.head.pos_ == "VERB" else None


def scheduled_party(names: list[str], ahead: dict[str, str | None]) -> str | None:
    """The party of the event whose trip or meeting the text has put ahead: the
    traveller, or in 'On Saturday, President Zuma formally welcomes Obama' (VOA,
    real 160) the guest, who need not be named first."""
    return next((name for name in names if name in ahead), None)
