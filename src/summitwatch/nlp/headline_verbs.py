"""A headline's verb glued to a name: in 'Obama, Sharif Discuss Drones, Extremism'
and 'Obama, Burmese President Discuss Way Forward' every word is capitalised, so the
NER reads 'Sharif Discuss Drones' and 'Discuss Way' as people. Read as names they are
nobody, and a junk participant makes the event miss (fresh VOA pages, session 12,
helper voar13). In a title-case line, a PERSON span is cut before the first word that
is one of the readers' own trigger verbs ('Discuss', 'Meets', 'Visits'); what comes
before it, if anything, is the name."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from summitwatch.nlp.lexicon import lexicon, word_set

# share of a line's longer words that are capitalised for it to be a headline
TITLE_SHARE = 0.7


@cache
def _verbs() -> frozenset[str]:
    """The trigger verbs a headline may put after a name, as lemmas."""
    words = lexicon().triggers
    return frozenset(
        [
            *words["meeting_verbs"],
            *words["joint_talk_verbs"],
            *words["visit_verbs"],
            *words["invitation_words"],
            *word_set("groups.json", "hosting_lemmas"),
        ]
    )


def _verb_form(word: str) -> bool:
    """'Discuss', 'Meets', 'Visits', 'Invites' (a headline's present tense)."""
    low = word.lower()
    verbs = _verbs()
    return low in verbs or (low.endswith("s") and low[:-1] in verbs)


def title_case_line(span: Span) -> bool:
    """The span's sentence is written in title case, as a headline is."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(t.text[:1].isupper() for t in words)
    return capitalised / len(words) >= TITLE_SHARE


def headline_cut(name: Span) -> Span | None:
    """The name before a headline verb the NER took into it: `name` itself when it
    holds no such verb (or its line is no headline), an empty span when the verb
    opens it, else the words before the verb."""
    if len(name) < 2 or not title_case_line(name):
        return name
    for token in name:
        if token.text[:1].isupper() and _verb_form(token.text):
            return name.doc[name.start : token.i]
    return name
