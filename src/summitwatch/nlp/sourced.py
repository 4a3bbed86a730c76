"""Events told only by sources left unnamed (SCHEMA.md 'unconfirmed': claimed, not
verified): "Bloomberg News cited three unnamed sources who said Kim is in China on
an unannounced visit" (VOA, real 204), "unnamed sources were cited as saying" (AFP
on stored pages). Read from the parse: the reporting verb above the event, and
whose words it gives. Official or named sources announce; they are not these."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import subjects
from summitwatch.nlp.lexicon import word_set


@cache
def _reporting() -> frozenset[str]:
    """The verbs that give someone's words, citing included (status_cues.json)."""
    return word_set("status_cues.json", "reporting_verbs") | word_set(
        "status_cues.json", "citing_verbs"
    )


def anonymously_sourced(trigger: Token) -> bool:
    """Is the trigger's clause the report of a source the text leaves unnamed?"""
    reporting = _reporting()
    for verb in [trigger, *trigger.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        told_by = _cited(verb)
        if verb.lemma_.lower() in reporting and verb is not trigger:
            told_by += _sources_of(verb)
        for aside in verb.children:  # '…, unnamed sources were cited as saying'
            if (
                aside.dep_ in ("parataxis", "ccomp")
                and aside.lemma_.lower() in reporting
            ):
                told_by += _sources_of(aside)
        if any(_unnamed_source(t) for t in told_by):
            return True
    return False


def _sources_of(verb: Token) -> list[Token]:
    """Who says it: the subject ('sources who said' → the sources), or for a
    participle of saying, the one the verb above it cites ('sources were cited as
    saying')."""
    found = subjects(verb)
    if not found and verb.dep_ in ("advcl", "xcomp", "pcomp", "acl"):
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _cited(verb: Token) -> list[Token]:
    """'…, citing unnamed sources', 'according to unnamed sources' on the clause."""
    out: list[Token] = []
    citing = word_set("status_cues.json", "citing_verbs")
    for child in verb.children:
        if child.lemma_.lower() in citing and child.dep_ in ("advcl", "xcomp", "conj"):
            out += [c for c in child.children if c.dep_ == "dobj"]
        if child.dep_ == "prep" and child.lower_ == "according":
            out += [g for p in child.children for g in p.children if g.dep_ == "pobj"]
    return out


def _unnamed_source(noun: Token) -> bool:
    nouns = word_set("status_cues.json", "anonymous_source_nouns")
    if noun.lemma_.lower() not in nouns:
        return False
    marks = word_set("status_cues.json", "anonymous_marks")
    return any(
        c.lower_ in marks for c in noun.children if c.dep_ in ("amod", "compound")
    )


def withheld(token: Token) -> bool:
    """'denying reporters the chance to compare …' (VOA, real 206), 'after his wife
    and five aides were denied visas' (VOA, real 049): 'deny' with a thing withheld
    — two objects, a dative, or a passive that keeps its object — refuses that thing
    and disputes no report of an event."""
    if token.lemma_.lower() not in word_set("status_cues.json", "denial_lemmas"):
        return False
    deps = [c.dep_ for c in token.children]
    passive = "auxpass" in deps or "nsubjpass" in deps
    return deps.count("dobj") >= 2 or "dative" in deps or (passive and "dobj" in deps)
