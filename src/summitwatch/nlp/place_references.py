"""A place named by reference: 'Kim Il Sung also paid a visit to the country in
1988', 'Secretary Shultz spent several days in that country' (project real 634 and
694). The text named the country a sentence or two before ('Mongolia and North
Korea signed …', 'Bush visited Kenya'); every reader asks `DocIndex.place_at` where
a trip goes, so the reference is entered there as a mention of that country, and
the readers need no rule of their own. Only a reference that is a destination —
the object of 'to' or 'in' (`place_references.json`) — is read: 'the country's
economy', 'across the country', 'the whole country' are left alone."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention

_FILE = "place_references.json"
_LOOK_BACK = 2  # sentences before the reference's own: 'the country' is one just named


def is_place_reference(token: Token) -> bool:
    """'the country', 'that country', 'the host country', 'the island nation' as the
    object of 'to' or 'in', read from the parse alone (a trigger asks this before
    the index is consulted): the noun, a determiner of `reference_determiners`, no
    other word before it but the listed compounds, no 'of' after it ('the Kingdom
    of Thailand' is a name), and no entity (a name the NER tagged)."""
    if token.ent_type_ or token.dep_ != "pobj":
        return False
    if token.head.lower_ not in word_set(_FILE, "reference_preps"):
        return False
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    noun = token.lemma_.lower()
    if noun in word_set(_FILE, "island_nouns"):
        if compounds != ["island"]:
            return False
    elif noun not in word_set(_FILE, "reference_nouns"):
        return False
    if any(c not in word_set(_FILE, "reference_compounds") for c in compounds):
        return False
    dets = [c for c in token.lefts if c.dep_ == "det"]
    others = [c for c in token.children if c.dep_ not in ("det", "compound")]
    return (
        len(dets) == 1
        and dets[0].lower_ in word_set(_FILE, "reference_determiners")
        and not any(c.dep_ in ("prep", "amod", "poss", "case") for c in others)
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS")
    )


def resolve_place_references(index: DocIndex) -> None:
    """Enter each destination reference in `index.place_at` as the country it
    refers to (`referred_country`), when one is found."""
    for token in index.doc:
        if token.i in index.place_at or not is_place_reference(token):
            continue
        country = referred_country(index, token)
        place = index.kb.places.countries.get(country or "")
        if place is None:
            continue
        start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
        text = index.doc[start : token.i + 1].text
        mention = PlaceMention(place, start, token.i + 1, text)
        for i in range(start, token.i + 1):
            index.place_at[i] = mention


def referred_country(index: DocIndex, reference: Token) -> str | None:
    """The country named last before `reference`, in its sentence or the two before
    — by its name, a city of it or a demonym ('the Kenyan side') — other than the
    traveller's own: 'Mongolia and North Korea signed … Kim Il Sung paid a visit to
    the country' is Mongolia, since a trip home is no visit. A traveller of no
    known country stands for the text's own (`DocIndex.home`: a White House page
    tells of the President's stops abroad, not at home)."""
    own = _traveller_country(index, reference) or index.home
    start = window_start(reference.sent, _LOOK_BACK)
    for i in range(reference.i - 1, start - 1, -1):
        country = _country_at(index, index.doc[i])
        if country is not None and country != own:
            return country
    return None


def _country_at(index: DocIndex, token: Token) -> str | None:
    """The country a token names: a place mention's (a country, or the country of
    a city or site), or a demonym's ('Kenyan', tagged NORP)."""
    mention = index.place_at.get(token.i)
    if mention is not None:
        head = index.doc[mention.start : mention.end].root.head
        if index.doc[mention.start : mention.end].root.dep_ == "compound" and (
            head.i not in index.place_at
        ):
            return None  # 'White House Photo': a thing's name, not a place named
        if mention.place.kind in ("country", "city", "site"):
            return mention.place.country
        return None
    if token.ent_type_ == "NORP" and token.ent_iob_ == "B":
        return index.kb.country_code(token.text)
    return None


def _traveller_country(index: DocIndex, reference: Token) -> str | None:
    """The country of whoever makes the trip: the owner of the trip noun above the
    reference ('his stop to the country'), else the subject of its clause ('Kim Il
    Sung … paid a visit to the country'); a pronoun is read as its antecedent."""
    for above in reference.ancestors:
        owners = [c for c in above.children if c.dep_ == "poss"]
        subjects = [c for c in above.children if c.dep_ in SUBJECT_DEPS]
        for word in (*owners, *subjects):
            who = _person(index, word)
            if who is not None:
                return who.country
        if subjects:
            return None
    return None


def _person(index: DocIndex, word: Token) -> Participant | None:
    """The person a subject or owner names, or a pronoun there stands for."""
    for t in word.subtree:
        mention = index.person_at.get(t.i)
        if mention is not None:
            return mention.participant
    if word.tag_ in ("PRP", "PRP$"):
        return index.antecedent(word)
    return None
