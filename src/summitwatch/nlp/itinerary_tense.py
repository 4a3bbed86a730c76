"""An itinerary told on in the present simple: "The Secretary's first stop will be
Senegal, where she will meet President Sall … Next, Secretary Clinton travels to
South Sudan where she meets with President Kiir … In Uganda, the Secretary meets
with President Museveni" (State Department, real 176); "U.S. Secretary of State
Condoleezza Rice is leaving Washington for another Middle East trip … She'll meet
separately with … Rice goes first to Aswan … to meet Egyptian President Hosni
Mubarak" (VOA, real 097: there the 'will' is four sentences back, beyond the
window; a window of five lowered dev strict, so three it is). Once a schedule has
been told with 'will', the present simple that carries it on is that schedule, not
news of the day."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set

_LOOK_BACK = 3  # sentences


def continues_schedule(trigger: Token, verb: Token) -> bool:
    """Is `verb`, the present simple the trigger hangs on, the next step of a
    schedule the sentences just before told with a future auxiliary?"""
    if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in word_set("status_cues.json", "reporting_verbs"):
        return False  # 'the statement says …'
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # 'does not meet', 'has met'
    if verb.dep_ not in ("ROOT", "conj", "relcl", "advcl"):
        return False  # the main line of the itinerary, not a quoted clause
    sent = trigger.sent
    if any(t.ent_type_ == "DATE" for t in sent):
        return False  # a date of its own decides (announced.py reads weekdays)
    return _future_before(sent)


def _future_before(sent) -> bool:
    """A future auxiliary ('will', "'ll", 'shall') over a verb in one of the few
    sentences before."""
    doc = sent.doc
    future = word_set("status_cues.json", "itinerary_future_aux")
    start, seen = sent.start, 0
    while start > 0 and seen < _LOOK_BACK:
        before = doc[start - 1].sent
        if any(
            t.lower_ in future and t.tag_ == "MD" and t.head.pos_ in ("VERB", "AUX")
            for t in before
        ):
            return True
        start, seen = before.start, seen + 1
    return False
