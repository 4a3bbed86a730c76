"""Trigger words: which tokens can introduce a meeting, a visit or an invitation
(`patterns/triggers.json`), and which meeting verbs take a thing, not a person, as
object. The sentence reader starts from these."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from summitwatch.nlp.captions import position_marker
from summitwatch.nlp.courtesy_calls import in_person_call
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.en_route import on_the_way
from summitwatch.nlp.goal_verbs import abstract_goal
from summitwatch.nlp.groups import hosts_between
from summitwatch.nlp.inaugurations import attended_inauguration
from summitwatch.nlp.joint_talk import joint_talk, talk_on_a_trip
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.mentions import PLACE_LABELS
from summitwatch.nlp.speeches import speech_given_at
from summitwatch.nlp.time_spent import time_spent


@cache
def trigger_lemmas() -> frozenset[str]:
    """Every lemma `trigger_kind` can name a kind for; besides these, only a form
    written as a meeting noun ('talks'). A new kind of trigger adds its words here,
    or `trigger_kind` never sees its tokens."""
    words = lexicon().triggers
    return frozenset(
        [
            *words["invitation_words"],
            *words["visit_objects"],  # 'lead a delegation'
            *words["meeting_objects"],  # 'shook hands'
            *words["meeting_verbs"],
            *word_set("groups.json", "hosting_lemmas"),  # `hosts_between`
            *words["joint_talk_verbs"],  # `joint_talk`, `talk_on_a_trip`
            *words["visit_verbs"],
            "call",  # `in_person_call`
            *words["inauguration_nouns"],  # `attended_inauguration`
            *words["meeting_nouns"],
            *words["visit_nouns"],
            *words["en_route_nouns"],  # `on_the_way`
            *words["time_spending_verbs"],  # `time_spent`
            *words["speech_nouns"],  # `speech_given_at`
        ]
    )


def trigger_candidates(sent: Span) -> list[Token]:
    """The tokens of `sent` that `trigger_kind` may name a kind for, in order (the
    sentence reader asks about these only, #13)."""
    lemmas = with_lemma(sent, trigger_lemmas())
    forms = with_lower(sent, word_set("triggers.json", "meeting_nouns"))
    if not forms:
        return lemmas
    return sorted({t.i: t for t in lemmas + forms}.values(), key=lambda t: t.i)


def trigger_kind(token: Token) -> str | None:
    """'meeting', 'visit' or 'invitation' when the token can introduce such an event."""
    words = lexicon().triggers
    lemma = token.lemma_.lower()
    if lemma not in trigger_lemmas() and token.lower_ not in words["meeting_nouns"]:
        return None  # no trigger word (`trigger_candidates` relies on this)
    if token.ent_type_ and token.ent_type_ not in ("EVENT", "DATE"):
        return None
    if position_marker(token):  # 'Hollande, left, greets Abe'
        return None
    if lemma in words["invitation_words"]:
        return "invitation"
    if token.pos_ == "VERB":
        particles = words["visit_phrasal_particles"].get(lemma)
        if particles and not any(c.lower_ in particles for c in token.children):
            return None  # "turn" is a trip only as "turn up"
        objects = words["visit_objects"].get(lemma)
        if objects is not None:  # "lead a delegation to Kuala Lumpur"
            heads = [c for c in token.children if c.dep_ == "dobj"]
            return "visit" if any(c.lemma_.lower() in objects for c in heads) else None
        gestures = words["meeting_objects"].get(lemma)
        if gestures is not None:  # "shook hands", "exchanged greetings with"
            heads = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
            if any(h in gestures for h in heads):
                return "meeting"
        if token.dep_ == "amod" and token.tag_ == "VBN":
            return None  # 'a negotiated transition': an attribute, no act
        if lemma in words["meeting_verbs"] or hosts_between(token):
            return "meeting"
        if joint_talk(token):  # 'He and President Bush are expected to discuss …'
            return "meeting"
        if talk_on_a_trip(token):  # 'will visit Cuba to discuss trade with Castro'
            return "meeting"
        if time_spent(token):  # 'will spend Thursday in Singapore'
            return "visit"
        if lemma in words["visit_verbs"] and lemma not in ("make",):
            if abstract_goal(token) or _reads_over(token):
                return None  # 'reach a deal', 'go over the issues'
            return "visit"
    if token.pos_ in ("NOUN", "PROPN"):
        if in_person_call(token):  # 'paid a courtesy call on the President'
            return "meeting"
        if attended_inauguration(token):  # 'attended the inauguration of Colom'
            return "meeting"
        if lemma in words["meeting_nouns"] or token.lower_ in words["meeting_nouns"]:
            return "meeting"
        if lemma in words["visit_nouns"]:
            return "visit"
        if lemma in words["en_route_nouns"] and on_the_way(token):
            return "visit"  # 'on his way to the summit in Kampala'
        if speech_given_at(token):
            return "visit"  # 'delivered an address at Yale University'
    return None


def _reads_over(verb: Token) -> bool:
    """'go over the issues', 'go through the papers': reviewing, not travelling,
    unless a place follows ('went through Germany')."""
    preps = lexicon().triggers["reading_phrasals"].get(verb.lemma_.lower(), ())
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ == "pobj"] or [
                c for c in verb.children if c.dep_ == "dobj"
            ]
            return not any(o.ent_type_ in PLACE_LABELS for o in objects)
    return False


def receives_a_thing(verb: Token, people: dict | None = None) -> bool:
    """'received an invitation', 'hosted a banquet': the object is no person met."""
    gestures = lexicon().triggers["meeting_objects"].get(verb.lemma_.lower(), ())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in gestures for o in objects):
        return False  # "shook hands with": a gesture made face to face
    return bool(objects) and all(
        o.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG")
        and o.i not in (people or {})
        and o.pos_ != "PRON"
        and o.lemma_.lower() not in lexicon().triggers["people_nouns"]
        and not _named_in_apposition(o, people or {})
        for o in objects
    )


def _named_in_apposition(obj: Token, people: dict) -> bool:
    """'hosted Germany's chancellor, Angela Merkel': the object is a title whose
    apposition names a person, so a person is met, whatever the title's word."""
    return any(c.dep_ == "appos" and c.i in people for c in obj.children)
