"""Leaders who sign, agree or declare together: one meeting of all of them
(SCHEMA.md rules 2 and 16; issue #10).

"The accord was signed in Guatemala City by President A of Guatemala, President B
of El Salvador, …" (Wikipedia on Esquipulas II), "The Lahore Declaration was … signed
by the Indian Prime Minister, Mr. A. B. Vajpayee, and the Pakistan Prime Minister,
Mr. Nawaz Sharif, in Lahore" (dev), "The treaty was signed in Moscow by Nixon and
Brezhnev" (treaty pages): the signers were at one table. "when Churchill, Stalin and
Roosevelt agreed on a post-war plan for Europe at Yalta" (Malta Summit page), "In
Yalta, Roosevelt, Churchill and Stalin made important decisions": leaders agreeing
together at a place met there.

A signing verb needs two or more people, as the joint subject or in its 'by' phrase
(the small parser often cuts a long list of signers off the verb, so the list is
read as the people named from 'by' up to the next verb). An agreeing verb also needs
a place in its own clause — "A and B agreed to …" is often said of a call, a letter
or talks the text reports elsewhere. "agreed to meet" is the meeting's own word.
Countries that sign ('the United States and China signed') are no people (rule 14).

A declaring verb ('announced', 'launched', 'reaffirmed', 'pledged') with two leaders
as its joint subject or 'by' phrase is a joint declaration, made where they met:
"the Partnership announced by President A and President B in July", "A and B today
reaffirmed …" (a joint statement's opening). Like a signature it needs no place; a
call told near it (`talk_on_a_call`) or a subject acting apart ('each', 'both',
'separately') makes no meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex, PlaceMention
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.joint_talk import talk_on_a_call
from summitwatch.nlp.lexicon import event_words, word_set, word_union
from summitwatch.nlp.references import persons_under
from summitwatch.nlp.venue import places_for

_SUBJECTS = ("nsubj", "nsubjpass")


def _act_lemmas() -> frozenset[str]:
    """Every verb of a joint act, one set for `with_lemma` (built once)."""
    return word_union(
        "joint_acts.json", "signing_lemmas", "agreeing_lemmas", "declaring_lemmas"
    )


def joint_act_meetings(
    index: DocIndex, sent: Span, make_event: Callable[..., Event]
) -> list[Event]:
    """One meeting for each signing, agreeing or declaring verb of the sentence whose
    doers are two or more people of different countries, with a leader among them."""
    out: list[Event] = []
    for verb in with_lemma(sent, _act_lemmas()):  # a signing, agreeing or declaring one
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        signing = lemma in word_set("joint_acts.json", "signing_lemmas")
        agreeing = lemma in word_set("joint_acts.json", "agreeing_lemmas")
        declaring = lemma in word_set("joint_acts.json", "declaring_lemmas")
        if _about_an_event(verb) or talk_on_a_call(verb):
            continue
        if declaring and _apart(verb):
            continue  # 'A and B each pledged': two acts, not one meeting
        people = _doers(index, verb)
        when = _when(index, verb) or date_for(index, verb, people)
        when = when or _date_in(index, _stretch(verb))
        if not _a_gathering(index, people, parse_iso(when) if when else None):
            continue
        place = _place_in_clause(index, verb) or _place_in(index, _stretch(verb))
        if place is None and signing:  # a declaration's place is its own clause's
            place = next(iter(places_for(index, verb, fallback=False)), None)
        if agreeing and place is None:
            continue
        event = make_event("meeting", verb, people, place, when)
        if event.status == "planned" and _done(verb):
            event.status = "occurred"  # 'agreed on a plan': agreed, so they met
        out.append(event)
    return out


def _when(index: DocIndex, verb: Token) -> str | None:
    """'since 1945, when A, B and C agreed …': the date the 'when' clause is on."""
    if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):
        found = index.date_at.get(verb.head.i)
        return found[1] or None if found else None
    return None


def _place_in_clause(index: DocIndex, verb: Token) -> PlaceMention | None:
    """The first place 'at' or 'in' which the clause says they acted ('agreed on a
    plan for Europe at Yalta', 'was signed in Guatemala City'), not one in its
    subject ('the President of Guatemala') or its topic ('for Europe')."""
    skip = {
        t.i for c in verb.children if c.dep_ in (*_SUBJECTS, "agent") for t in c.subtree
    }
    for t in verb.subtree:
        mention = index.place_at.get(t.i)
        if mention is None or t.i in skip:
            continue
        if t.head.dep_ == "prep" and t.head.lower_ in ("at", "in"):
            return mention
    return None


def _doers(index: DocIndex, verb: Token) -> list[Participant]:
    """The joint subject ('A, B and C agreed'), or everyone named in the 'by'
    phrase of a passive or participle ('signed … by A, B and C')."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return named_from(index, agent)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "conj" and verb.head is not verb:
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not _coordinated(subject):
        return []
    return persons_under(index, subject)


def _coordinated(subject: Token) -> bool:
    """'A and B': the subject has conjuncts, or (the small parser hanging a long
    'President A and Chancellor B' on one name) a coordinator inside its phrase."""
    return bool(subject.conjuncts) or any(
        t.dep_ == "cc" and t.i < subject.i for t in subject.subtree
    )


def named_from(index: DocIndex, agent: Token) -> list[Participant]:
    """The people named from 'by' to the next verb or the sentence's end."""
    stretch = _stretch(agent)
    named = index.people_in(stretch.start, stretch.stop, same_name=True)
    return [p for _, p in named]


def _stretch(token: Token) -> range:
    """From `token` to the next verb or the sentence's end: where a list the parser
    cut off the verb ('signed by A, B and C in Lahore on May 2') still runs."""
    sent = token.sent
    end = next(
        (t.i for t in sent if t.i > token.i and t.pos_ in ("VERB", "AUX")), sent.end
    )
    return range(token.i + 1, end)


def _date_in(index: DocIndex, stretch: range) -> str | None:
    found = index.dates_in(stretch.start, stretch.stop)
    return found[0][1] if found else None


def _place_in(index: DocIndex, stretch: range) -> PlaceMention | None:
    """A place 'in' or 'at' which the act was done, in the stretch of the list."""
    for i in stretch:
        mention = index.place_at.get(i)
        head = index.doc[i].head
        if mention is not None and head.dep_ == "prep" and head.lower_ in ("at", "in"):
            return mention
    return None


def _a_gathering(index: DocIndex, people: list[Participant], on: date | None) -> bool:
    """Two or more people, not all of one country, and a leader among them on the
    day (ever, when the text gives none): the ministers of one government signing
    together are no diplomatic meeting."""
    if len(people) < 2:
        return False
    countries = {p.country for p in people if p.country}
    if len(countries) < 2:
        return False
    return any(index.leads_country_on(who, on) for who in people)


def _done(verb: Token) -> bool:
    """'agreed', or a participle with no auxiliary ('the Partnership announced by A
    and B in July'): told as done, whatever date the month resolves to."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _apart(verb: Token) -> bool:
    """'A and B each pledged', 'both announced', 'separately declared': the doers
    acted one by one (a word of `apart_words` on the verb or its subject)."""
    apart = word_set("joint_acts.json", "apart_words")
    heads = [verb, *(c for c in verb.children if c.dep_ in _SUBJECTS)]
    return any(c.lower_ in apart for head in heads for c in head.children)


def _about_an_event(verb: Token) -> bool:
    """'agreed to meet', 'agreed on a visit': that event is read from its own word
    (a summit it was signed 'at' is its setting, not its topic)."""
    events = event_words()
    return any(
        t.lemma_.lower() in events
        and t.pos_ != "ADJ"  # 'the bilateral relationship' names no meeting
        for c in verb.children
        if c.dep_ in ("xcomp", "dobj", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"))
        for t in c.subtree
    )
