"""The host a guest thanks for his hospitality (issue #10, first-person texts).

"I would like to thank President Hugo Chavez for his hospitality" under the dateline
"November 27, 2008, Caracas, Venezuela": the speaker was received by the one thanked,
so the two met, where and when the text was given. Only when the text's own place is
in the host's country: thanks said elsewhere ("thank you once again for your
hospitality" to the President of Finland, in Moscow) recall an earlier stay the text
does not tell as a meeting.
"""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.frame import Frame, frame_event
from summitwatch.nlp.implied import thanker_and_thanked
from summitwatch.nlp.lexicon import word_set


def hospitality_meetings(index: DocIndex, sent: Span, frame: Frame) -> list[Event]:
    """A meeting of guest and host for each 'thank X for his hospitality' said at
    the frame's place, in X's country."""
    if frame.place is None:
        return []
    nouns = word_set("readouts.json", "hospitality_nouns")
    out: list[Event] = []
    for token in with_lemma(sent, nouns):
        if token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
            continue
        pair = thanker_and_thanked(index, token)
        if pair is None or pair[1].country != frame.place.country:
            continue
        out.append(
            frame_event(frame, list(pair), sent, status="occurred", confidence=0.5)
        )
    return out
