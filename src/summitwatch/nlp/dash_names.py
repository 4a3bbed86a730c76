"""The people a description names after a dash: 'welcomed his first foreign leader
to the White House – Britain's Prime Minister Theresa May' (VOA, real 193), 'The
talks Sunday bring together the leaders of ASEAN's biggest trading partners - Chinese
Prime Minister Wen Jiabao, … and Indian Prime Minister Manmohan Singh' (VOA, real
135). The small model hangs the names on the verb, not on the noun they explain."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.coordinated_partners import APPOSITIVE_MARKS
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under, unique_people


def named_after_dash(index: DocIndex, verb: Token) -> list[Participant]:
    """The people after a dash that closes the verb's object, when that object is
    a description of people ('leader', 'leaders of …') naming nobody itself."""
    nouns = word_set("triggers.json", "people_nouns")
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in nouns
            and not persons_under(index, c)
        ),
        None,
    )
    if obj is None:
        return []
    dash = next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ == "punct" and c.text in APPOSITIVE_MARKS and c.i > obj.i
        ),
        None,
    )
    if dash is None:
        return []
    named = [
        c
        for c in (*verb.children, *obj.children)
        if c.i > dash.i and c.dep_ not in ("punct", "cc", "prep")
    ]
    return unique_people([p for c in named for p in persons_under(index, c)])
