"""A plan told as overtaken (session 10, attributes on unseen text): 'Mr. Mugabe and
his entourage had planned to travel to Geneva this week' (VOA, real 049: the trip was
called off), 'You were about to visit Moscow but were unable to come' (Kremlin,
held-out6 002). The trip or meeting is the infinitive of a word of intention; a past
perfect over that word ('had planned', 'had been scheduled') or a past one with a
conjoined clause of inability ('but were unable to come') says the plan did not go
ahead — `not_occurred`, where the plain tense read it as `planned` or
`hypothetical`. Words: `status_cues.json` `past_plan_words`, `inability_words`,
`past_be_forms`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.lexicon import word_set


def overtaken_plan(trigger: Token) -> bool:
    """The trigger's clause is the infinitive of an intention told as overtaken."""
    verb = governing_verb(trigger)
    own = verb.i == trigger.i or (trigger.head.i == verb.i and trigger.dep_ == "dobj")
    if not own:  # 'had planned to stop … ahead of next month's meetings'
        return False
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    plan = verb.head
    if plan.dep_ == "ccomp" or plan.head.dep_ == "ccomp":
        return False  # 'It said Rice had always planned to stop in Islamabad'
    words = word_set("status_cues.json", "past_plan_words")
    if plan.lemma_.lower() not in words and plan.lower_ not in words:
        return False
    main = plan.head if plan.dep_ == "acomp" and plan.head is not plan else plan
    aux = {
        c.lower_
        for token in {plan, main}
        for c in token.children
        if c.dep_ in ("aux", "auxpass")
    }
    if "had" in aux:  # 'had planned to travel', 'had been scheduled to meet'
        return True
    past_be = word_set("status_cues.json", "past_be_forms")
    past = main.tag_ == "VBD" or bool(aux & past_be)
    return past and any(_unable(c) for c in main.conjuncts)


def _unable(clause: Token) -> bool:
    """'but were unable to come', 'but could not go', 'but failed to arrive'."""
    unable = word_set("status_cues.json", "inability_words")
    if clause.lemma_.lower() in unable or any(c.dep_ == "neg" for c in clause.children):
        return True
    return any(
        c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in unable
        for c in clause.children
    )
