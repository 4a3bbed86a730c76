"""Photo captions (issue #10, class 2): 'Kenya's Prime Minister Raila Odinga (l),
Sierra Leone's President Ernest Bai Koroma, center, and Ivory Coast President Laurent
Gbagbo (r) pose for photographers at the presidential palace in Abidjan, Jan 3, 2011'.

A caption places the people it names side by side in one picture, so they met, there
and then. The position markers ('(l)', '(right)', ', center,') that tell readers who
is who also cut the parse: the small model reads 'pose' as a noun and the names as
appositions, and no trigger is found. Here the markers themselves are the cue: people
marked in one sentence with a caption verb after them (`triggers.json:
caption_verbs`) are one meeting of those named before the verb ('X (l), Y, center,
and Z (r) pose'), or of everyone named when one is marked ('X, left, greets Y').
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import has_finite_verb
from summitwatch.nlp.diary import page_owner
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import at_line_start
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.groups import coordinated, lined_up
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.retold import already_met
from summitwatch.nlp.row_people import list_subject
from summitwatch.nlp.titled import role_of_title
from summitwatch.nlp.venue import places_for


def caption_meeting(
    index: DocIndex, sent: Span, event: Callable[..., Event], found: list[Event]
) -> list[Event]:
    """The meeting of the people a caption marks by position, unless the sentence's
    own reading already has them meet."""
    if lined_up(sent):
        return _lineup(index, sent, event, found)
    marked = [m for m in _mentions(index, sent) if _positioned(index, m.end)]
    if not marked:
        return (
            _headline(index, sent, event, found)
            or _at_gathering(index, sent, event, found)
            or _pictured_together(index, sent, event, found)
        )
    verb = _caption_verb(sent, marked[-1].end)
    if verb is None:
        return []
    people = _people_before(index, sent, verb.i) if len(marked) > 1 else []
    if len(marked) == 1:  # 'X, left, greets Y': the people on either side
        people = [m.participant for m in _mentions(index, sent)]
    if len(people) < 2:
        return []
    if already_met(people, found):
        return []
    return _meeting_at(index, verb, people, event)


def _lineup(
    index: DocIndex, sent: Span, event: Callable[..., Event], found: list[Event]
) -> list[Event]:
    """'President Biden meets with, from left, President A, President B and
    President C': everyone the caption names is in the one picture. The parse often
    loses the names after the comma; the sentence's partial readings (a pair, a
    group without one of them) give way to the whole group, in `found` itself."""
    verb = _caption_verb(sent, sent.start)
    people = list(dict.fromkeys(m.participant for m in _mentions(index, sent)))
    if verb is None or len(people) < 2:
        return []
    if already_met(people, found):
        return []
    names = {p.name for p in people}
    found[:] = [e for e in found if e.type != "meeting" or not set(e.names) < names]
    return _meeting_at(index, verb, people, event)


def _headline(
    index: DocIndex, sent: Span, event: Callable[..., Event], found: list[Event]
) -> list[Event]:
    """'French President Francois Hollande greets Japanese Prime Minister Shinzo Abe
    at the Elysee Palace': a caption's present tense the small model reads as a
    plural noun at the root, the names as its compounds. People on both sides of
    it met."""
    root = sent.root
    verbs = set(lexicon().triggers["caption_verbs"])
    if root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in verbs:
        return []
    if not root.lower_.endswith("s") or found:
        return []
    mentions = _mentions(index, sent)
    if not any(m.end <= root.i for m in mentions):
        return []
    if not any(m.start > root.i for m in mentions):
        return []
    people = list(dict.fromkeys(m.participant for m in mentions))
    return _meeting_at(index, root, people, event)


def _meeting_at(
    index: DocIndex, at: Token, people: list[Participant], event: Callable[..., Event]
) -> list[Event]:
    """The meeting of the people the caption shows, placed and dated by what the
    caption says around its word `at` (the verb, or the gathering named)."""
    places = places_for(index, at)
    when = date_for(index, at, people)
    return [event("meeting", at, people, places[0] if places else None, when)]


def position_marker(token: Token) -> bool:
    """', left,' / '(right)' after a name: a place in the picture, not 'leave'."""
    doc = token.doc
    if token.lower_ not in ("left", "right") or token.i == 0:
        return False
    before, after = doc[token.i - 1].text, doc[min(token.i + 1, len(doc) - 1)].text
    return (before, after) in ((",", ","), ("(", ")"), (",", "and"))


def _mentions(index: DocIndex, sent: Span):
    return index.mentions_in(sent.start, sent.end)


def _positioned(index: DocIndex, end: int) -> bool:
    """A position marker right after the name: '(l)', '(right)', ', center,'."""
    words = [t.lower_ for t in index.doc[end : end + 3]]
    if len(words) < 3 or words[1] not in lexicon().triggers["caption_positions"]:
        return False
    return (words[0], words[2]) in (("(", ")"), (",", ","), (",", "and"))


def _caption_verb(sent: Span, after: int) -> Token | None:
    """The first caption verb after the last marked name, whatever its tag."""
    verbs = set(lexicon().triggers["caption_verbs"])
    for token in sent.doc[after : sent.end]:
        if token.lower_ in verbs or token.lemma_.lower() in verbs:
            return token
    return None


def _people_before(index: DocIndex, sent: Span, verb: int) -> list[Participant]:
    people: list[Participant] = []
    for mention in _mentions(index, sent):
        if mention.start < verb and mention.participant not in people:
            people.append(mention.participant)
    return people


def _at_gathering(
    index: DocIndex, sent: Span, event: Callable[..., Event], found: list[Event]
) -> list[Event]:
    """'Roosevelt, Inonu and Churchill at the Second Cairo Conference, which was held
    between December 4-6, 1943', 'Stalin, Roosevelt, Churchill at the Tehran
    Conference' (encyclopedia photo captions): a sentence that is only a list of
    people at a gathering, no verb of its own, shows them there together (rule 2).
    Every listed name must be a person read; a list with one unread is left."""
    root = sent.root
    listed = _listed(root)
    if len(listed) < 2 or root.pos_ != "PROPN":
        return []
    gathering = _gathering_of(listed)
    if gathering is None:
        return []
    inside = range(gathering.left_edge.i, gathering.right_edge.i + 1)
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in sent):
        return []
    at = index.person_at
    people = [at[t.i].participant for t in listed if t.i in at]
    people = list(dict.fromkeys(people))
    if len(people) < len(listed) or already_met(people, found):
        return []
    names = {p.name for p in people}
    # the sentence's partial readings (a pair, their own visits to it) give way
    found[:] = [e for e in found if not set(e.names) < names]
    return _meeting_at(index, gathering, people, event)


def _listed(root: Token) -> list[Token]:
    """The names a verbless caption lists: the root and its conjuncts, which the
    parser also hangs as appositions ('Stalin, Roosevelt and Churchill')."""
    return [root, *coordinated(root)]


def _gathering_of(listed: list[Token]) -> Token | None:
    """The gathering noun of the list's 'at'/'during' phrase ('at the Tehran
    Conference'), on any of its names, or None."""
    nouns = word_set("frame.json", "gathering_nouns")
    for prep in (c for t in listed for c in t.children if c.dep_ == "prep"):
        if prep.lower_ not in ("at", "during"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in nouns or obj.lower_ in nouns:
                return obj
    return None


def _pictured_together(
    index: DocIndex, sent: Span, event: Callable[..., Event], found: list[Event]
) -> list[Event]:
    """'Johnson and U.S. President Donald Trump in New York City, 24 September
    2019', 'Moon with Donald Trump in New York, September 2017' (photo captions of
    encyclopedia trip lists), 'Paraguay President Horacio Cartes and ROC President
    Tsai Ing-wen in Taiwan' (an undated caption of a relations article): a line of
    its own that is only people, joined by 'and' or 'with', and where or when the
    picture was taken shows them together (rule 2). Every listed name must be a
    person read, of two countries at least (a leader and his wife pictured are no
    meeting); the caption's first word may be the page owner's surname the parser
    did not read as a name ('May with …', a month's name)."""
    root = sent.root
    if found or root.pos_ != "PROPN" or not at_line_start(sent[0]):
        return []
    if has_finite_verb(sent) or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return []
    if not any(t.ent_type_ == "DATE" for t in sent) and not _placed(index, sent):
        return []
    listed = [root, *coordinated(root)]
    listed += [
        obj
        for prep in root.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj"
        for obj in (o, *coordinated(o))
    ]
    named = [t for t in listed if t.ent_type_ != "GPE" and not _described(index, t)]
    people = [_person(index, t) for t in named]
    if len(named) < 2 or any(p is None for p in people):
        return []
    people = list(dict.fromkeys(p for p in people if p is not None))
    if len({p.country for p in people if p.country}) < 2:
        return []
    return _meeting_at(index, root, people, event)


def _described(index: DocIndex, token: Token) -> bool:
    """'Carlos M. Gutierrez (U.S. Secretary of Commerce)': a title the parser hangs
    on a listed name as its apposition describes that person and is no one else
    pictured; a name in apposition ('A, B and C') is still listed."""
    if token.dep_ != "appos" or token.i in index.person_at:
        return False
    bracketed = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "("
    title = "".join(t.text_with_ws for t in token.subtree)
    return bracketed or role_of_title(title) is not None


def _placed(index: DocIndex, sent: Span) -> bool:
    """'… in Taiwan.' alone on its line: an undated caption that is a sentence of
    its own (ending in a full stop and a line break) and says where the picture was
    taken, a place read after 'in' or 'at'. An undated line with no full stop
    ('Merkel and Obama in Elmau') may be a list's label and is left."""
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = sent.doc[last.i - 1]
    after = sent.doc[last.i + 1] if last.i + 1 < len(sent.doc) else None
    if last.text != "." or not (after is None or "\n" in last.whitespace_ + after.text):
        return False
    return any(
        t.i in index.place_at
        and t.head.dep_ == "prep"
        and t.head.lower_ in ("in", "at")
        for t in sent
    )


def _person(index: DocIndex, token: Token) -> Participant | None:
    """The person a caption's listed name is: one the index read, or by surname
    the page's owner or the person whose trips the list holds."""
    mention = index.person_at.get(token.i)
    if mention is not None:
        return mention.participant
    owner = page_owner(index) or list_subject(index)
    if owner is not None and token.text == index.surname_of(owner):
        return owner
    return None
