"""A trip or meeting named after 'before', 'ahead of', 'prior to' or 'in advance
of' is later than the clause it hangs from: 'Protests also took place Thursday in
Colombia, ahead of a visit by Mr. Bush on Sunday' (VOA, project real 770), 'Hu
Jintao had friendly words … before a Tuesday trip to Tokyo' (VOA, held-out3 004).
The clause's past tense reports the protests, not the trip: the trip's bare
weekday is the one ahead (event_dates) and, dated after the report, it is still
planned (status). One notion for both readers; words: status_cues.json
`later_event_preps`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import event_words, word_set


def after_its_clause(noun: Token) -> bool:
    """`noun` is a trip or meeting noun the clause above comes before."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in event_words():
        return False
    prep = noun.head
    if prep.lower_ in ("of", "to") and prep.head is not prep:
        prep = prep.head  # 'ahead of', 'prior to', 'in advance of'
    return prep.lower_ in word_set("status_cues.json", "later_event_preps")
