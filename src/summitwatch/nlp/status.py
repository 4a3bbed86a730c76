"""Factuality of an event: occurred, planned, hypothetical, unconfirmed or not_occurred.

Cues are looked for in the trigger's clause: the trigger, the verbs that govern it and
their auxiliaries, negations, markers and adverbs (so "did not attend" negates
"attend", while a negation in another clause of the sentence does not).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from summitwatch.nlp.announced import (
    headline_infinitive,
    repaid_visit,
    trip_as_topic,
)
from summitwatch.nlp.clause_subjects import to_infinitive
from summitwatch.nlp.dates import latest_published, reported_as_past
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.interval_ahead import interval_ahead
from summitwatch.nlp.journey_purpose import journey_purpose
from summitwatch.nlp.later_event import after_its_clause
from summitwatch.nlp.lexicon import (
    cue_in,
    future_auxiliaries,
    lexicon,
    load_patterns,
    phrase_in,
    word_set,
)
from summitwatch.nlp.not_first import denies_the_ordinal
from summitwatch.nlp.past_plans import overtaken_plan
from summitwatch.nlp.preview_present import programme_present
from summitwatch.nlp.set_off_participle import verb_of_described_subject
from summitwatch.nlp.sourced import anonymously_sourced, withheld
from summitwatch.nlp.time_clause import ahead_in_time_clause, infinitive_ahead
from summitwatch.nlp.trip_relatives import described_trip, on_a_schedule

_CUE_DEPS = {"aux", "auxpass", "neg", "advmod", "mark", "amod", "det", "prt", "acomp",
             "npadvmod", "nsubj", "nsubjpass", "dobj", "attr"}  # fmt: skip
_STOP_DEPS = {"advcl", "relcl", "acl", "parataxis"}


def governing_chain(trigger: Token, *, depth: int = 4) -> list[Token]:
    """The trigger and the tokens above it up to the clause that frames it."""
    chain = [trigger]
    token = trigger
    while token.head is not token and len(chain) <= depth:
        infinitival = to_infinitive(token)
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            break
        if (
            token.dep_ in _STOP_DEPS
            and token.pos_ in ("VERB", "AUX")
            and not infinitival
        ):
            chain.append(token.head)
            break
        token = token.head
        chain.append(token)
    return chain


def own_clause(trigger: Token) -> list[Token]:
    """The trigger up to its first verb (and that verb's head if it is an xcomp)."""
    chain = [trigger]
    token = trigger
    while (
        token.pos_ not in ("VERB", "AUX") and token.head is not token and len(chain) < 5
    ):
        token = token.head
        chain.append(token)
    if token.dep_ == "xcomp" and token.head is not token:
        chain.append(token.head)
    return chain


def extended_clause(trigger: Token) -> set[int]:
    """The trigger's clause, extended up through infinitives ('would make sense for
    Putin to meet Kim'), whose auxiliaries and adverbs scope over the trigger."""
    keep = {t.i for t in own_clause(trigger)}
    token = own_clause(trigger)[-1]
    for _ in range(8):
        if token.head is token or not (
            to_infinitive(token) or token.pos_ not in ("VERB", "AUX")
        ):
            break
        token = token.head
        keep.add(token.i)
    return keep


def cue_tokens(trigger: Token) -> list[Token]:
    """Cue words over the trigger: the governing words themselves, and the auxiliaries,
    negations and adverbs of its own (extended) clause only."""
    tokens: list[Token] = []
    own = extended_clause(trigger)
    for token in governing_chain(trigger):
        tokens.append(token)
        if token.i in own:
            tokens.extend(  # not the month in 'in Paris, May 1, 2016'
                c
                for c in token.children
                if c.dep_ in _CUE_DEPS
                and c.ent_type_ not in ("DATE", "PERSON")
                and not sequencer(c)
            )  # nor the name in "… – Prime Minister Theresa May"
            tokens.extend(shared_auxiliaries(token))
    return tokens


def sequencer(token: Token) -> bool:
    """'Next, Secretary Clinton traveled to South Sudan' (State Department trip page,
    real 450): a sentence-opening 'Next,' orders the stops of an account; it is no
    time ahead ('meet next week'), so the verb's own tense tells the status."""
    sent = token.sent
    return (
        token.lower_ == "next"
        and token.i == sent.start
        and token.i + 1 < sent.end
        and token.nbor(1).text == ","
    )


def shared_auxiliaries(verb: Token) -> list[Token]:
    """'will attend the meeting and hold talks with X': a bare verb conjoined
    without a subject or auxiliary of its own shares those of its first conjunct."""
    if verb.dep_ != "conj" or verb.tag_ != "VB":
        return []  # a base form: 'will be … and reciprocates' has its own tense
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "aux" and c.lower_ != "to"]


def _clause_text(trigger: Token, sent: Span) -> str:
    chain = governing_chain(trigger)
    top = chain[-1]
    lo = min(t.left_edge.i for t in chain[:3])
    hi = max(t.right_edge.i for t in chain[:2])
    lo = max(sent.start, min(lo, top.i))
    aside = _relative_clauses(trigger, lo, hi) | _other_conjuncts(chain, trigger)
    words = [t.text_with_ws for t in trigger.doc[lo : hi + 1] if t.i not in aside]
    return "".join(words).lower()


def _other_conjuncts(chain: list[Token], trigger: Token) -> set[int]:
    """Tokens of a verb phrase coordinated after the trigger's own: 'Kerry met
    Netanyahu on Monday and will meet Abbas on Tuesday', 'has held talks with Aziz,
    and planned to meet with General Sharif' (real 255) — its 'will', 'planned to'
    are the other meeting's time, not this one's."""
    return {
        t.i
        for head in chain
        for c in head.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and c.i > trigger.i
        and not any(a.i == c.i for a in (trigger, *trigger.ancestors))
        for t in c.subtree
    }


def _relative_clauses(trigger: Token, lo: int, hi: int) -> set[int]:
    """Tokens of relative clauses between `lo` and `hi` that do not hold the trigger:
    'a meeting with Meloni of Italy, which will hold the G7 Presidency this year'
    — the clause's 'will hold' is the presidency's time, not the meeting's."""
    return {
        t.i
        for c in trigger.doc[lo : hi + 1]
        if c.dep_ == "relcl"
        and wh_clause(c)
        and not describes(c, trigger)
        and not c.left_edge.i <= trigger.i <= c.right_edge.i
        for t in c.subtree
    }


def describes(clause: Token, trigger: Token) -> bool:
    """A relative clause on the trigger itself, or one that holds a gathering
    ('the seventh meeting of the Council, which will be held here next year', the
    clause hung on 'Council' by the parser) tells the event's own time."""
    head = clause.head
    if _holds_a_gathering(clause):
        return True  # 'the seventh meeting of the Council, which will be held here'
    on_trigger = head.i == trigger.i or (
        trigger.dep_ == "compound" and head == trigger.head
    )
    between = trigger.doc[trigger.i + 1 : clause.left_edge.i]
    return on_trigger and not any(
        t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in between
    )  # 'a meeting with Meloni of Italy, which will hold …': Italy's clause


def _holds_a_gathering(clause: Token) -> bool:
    """'which will be held', 'which takes place', 'which convenes': the relative
    pronoun is the gathering itself; 'which will hold the G7 Presidency' is not."""
    lemmas = lexicon().status["gathering_clause_lemmas"]
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() in lemmas and (not objects or objects == ["place"]):
            return True  # also 'which is expected to take place in May'
    return False


def wh_clause(clause: Token) -> bool:
    """A relative clause opened by its own pronoun ('which will hold', 'who
    visited'), not a contact clause ('an invitation he received to an event in
    April', whose parse often hangs the noun's own phrases on the clause)."""
    return any(
        c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that"
        for c in clause.children
    ) or any(  # 'Scholz, whose country will chair the meeting next year'
        g.tag_ == "WP$"
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for g in c.children
    )


def trip_clause(trigger: Token) -> Token | None:
    """The relative clause that tells a trip noun's traveller and place: 'the
    wonderful visit that I had in Israel this spring', 'the trip he made to
    Moscow' (the noun is the clause's object)."""
    words = lexicon().triggers
    if trigger.lemma_.lower() not in words["visit_nouns"]:
        return None
    for clause in trigger.children:
        if (
            clause.dep_ != "relcl"
            or clause.lemma_.lower() not in words["trip_clause_lemmas"]
        ):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if all(o.tag_ in ("WDT", "WP") for o in objects):
            return clause
    return None


def _had_occasion(trigger: Token) -> bool:
    """'I had the opportunity to meet with Merkel', 'we had the chance to visit': an
    occasion had in the past was taken, not a mere chance (`speakers.json:
    occasion_nouns`)."""
    nouns = load_patterns("speakers.json")["occasion_nouns"]
    for token in governing_chain(trigger):
        if token.lemma_.lower() in nouns and token.dep_ == "dobj":
            return token.head.lemma_.lower() == "have" and token.head.tag_ == "VBD"
    return False


def negated(trigger: Token) -> bool:
    """The trigger's own clause denies it ('did not meet', 'no visit', 'will not be
    able to go') or a verb of calling off governs it ('cancelled the trip'); a
    denied ordinal ('not his first visit') denies no trip."""
    lex = lexicon().status
    if denies_the_ordinal(trigger):
        return False  # 'this was not his first visit to Tehran'
    verbs = own_clause(trigger)
    top = verbs[-1]
    if top.dep_ == "acomp" and top.head is not top:
        verbs = [*verbs, top.head]  # "will not be able to go": the copula's 'not'
    for token in verbs:
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not"):
                return True
            if child.dep_ in ("det", "amod") and child.lower_ in ("no",):
                return True
    first_verb = next(
        (n for n, t in enumerate(verbs) if t.pos_ in ("VERB", "AUX")), len(verbs)
    )
    if any(t.dep_ == "prep" and t.lower_ in _SETTING for t in verbs[:first_verb]):
        # 'failed to reach agreement at their meeting': the failure is the
        # agreement's; the meeting it was sought at took place
        verbs = verbs[: first_verb + 1]
    return any(t.lemma_.lower() in lex["not_occurred_lemmas"] for t in verbs[1:])


def readiness(trigger: Token) -> bool:
    """'is ready to meet', 'the possibility of meeting': readiness or possibility
    above the trigger (not beside it: 'talks that strengthened possibilities')."""
    words = lexicon().status["readiness_words"]
    return any(t.lemma_.lower() in words for t in list(trigger.ancestors)[:5])


def put_off(trigger: Token) -> bool:
    """'to defer your visit until the fall', 'postpone the trip until June': a verb
    of putting off in the trigger's own clause; its 'until' names the new date, while
    'did not go until 2000' tells when it happened at last."""
    lemmas = lexicon().status["not_occurred_lemmas"]
    return any(t.lemma_.lower() in lemmas for t in own_clause(trigger)[1:])


_SETTING = {"at", "during"}  # the event is the setting of another verb's act


def _negated_itself(trigger: Token) -> bool:
    """'no meeting', 'never a visit': a negation on the word itself."""
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in trigger.children)


_FRAMES = ("during", "after", "since", "following")


def _first_conjunct(token: Token) -> Token:
    """'since Netanyahu's visit to Japan and his own visit to Israel': a conjunct
    stands where the first one stands."""
    for _ in range(4):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token


def presupposed(trigger: Token) -> bool:
    """'during the leader's 2011 journey', 'the visiting Secretary of State', 'told
    reporters after meeting Widodo': a temporal frame (or a conjunct of one) or a
    participle describing someone is taken as fact."""
    if trigger.dep_ == "amod" and trigger.tag_ == "VBG":
        return True
    token = _first_conjunct(trigger)
    if token.dep_ == "pcomp" and token.tag_ == "VBG":
        return token.head.lower_ in _FRAMES  # 'after meeting his counterpart'
    return token.dep_ == "pobj" and token.head.lower_ in _FRAMES


def _future_frame(trigger: Token) -> bool:
    """'After her travel to France, Secretary Clinton will begin …', 'during his
    visit next week', 'is expected to highlight … during her tour': a temporal
    frame of a future clause (or of an infinitive a present 'is expected', 'plans'
    puts ahead, or of a preview's present: `preview_present.py`) is itself
    ahead."""
    token = _first_conjunct(trigger)
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in (
        "during",
        "after",
        "following",  # 'Following her visit to Singapore, Rice will travel to Perth'
    ):
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        bool(aux & future_auxiliaries())
        or infinitive_ahead(verb)
        or _present_plan(verb)  # 'During his visit, Chavez plans to discuss …'
        # 'After talks, the two presidents hold a news conference' (a preview)
        or (_same_day(token.head) and programme_present(verb, verb))
    )


def _same_day(prep: Token) -> bool:
    """'After talks', not 'about a year after a state visit': a frame with no
    distance of time before it is of the main clause's day."""
    return not any(c.dep_ in ("npadvmod", "advmod") for c in prep.children)


def _present_plan(verb: Token) -> bool:
    """`verb` is itself a present 'plans', 'is expected', 'is set' over a
    to-infinitive: the frame hangs on the planning verb, not on the infinitive."""
    if verb.lemma_.lower() not in lexicon().status["main_clause_ahead_lemmas"]:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = verb.tag_ in ("VBZ", "VBP") or bool(
        aux & set(lexicon().status["present_be_forms"])
    )
    return present and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _is_question(trigger: Token, sent: Span) -> bool:
    """The trigger's own clause is a question: '?' and an auxiliary before its
    subject.
    """
    if not span_text(sent).rstrip().rstrip("”\"' ").endswith("?"):
        return False
    clause = own_clause(trigger)
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
    for verb in verbs[-1:]:
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.pos_ == "AUX" and subjects and verb.i < min(subjects):
            return True
        if subjects and auxes and min(auxes) < min(subjects):
            return True
        if any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
            return True
    return False


def generic_negation(trigger: Token) -> bool:
    """'We have not met for quite a while', 'Kim has not met a Russian leader since
    2002': a perfect negated over a stretch of time denies no particular event
    (SCHEMA.md rule 3); nor, in any tense, does a negation over a whole time in
    office ('never visited Canada while in office', 'did not travel abroad during
    the first years of his rule')."""
    if presupposed(trigger) or not negated(trigger):
        return False  # "since a meeting with Putin in 2002" did happen
    verb = own_clause(trigger)[-1]
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    words = " ".join(t.lower_ for t in verb.subtree)
    cues = lexicon().status
    if perfect and phrase_in(words, cues["generic_negation_phrases"]):
        return True
    return phrase_in(words, cues["tenure_negation_phrases"])


_QUESTION_MARKS = frozenset({"whether", "if"})


def asked_about(trigger: Token) -> bool:
    """'Barroso was asked if he would shake hands with Mugabe', '(On whether or not
    the next summit talk with Trump was discussed)': the event is in a question
    put, not told (SCHEMA.md rule 3) — an 'if' or 'whether' clause under an asking
    verb, or a 'whether' clause heading its sentence, bare or after a preposition
    (a transcript's question)."""
    for clause in (trigger, *trigger.ancestors):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if not marks & _QUESTION_MARKS:
            continue
        head = clause.head
        if clause.dep_ == "ROOT" or (head.dep_ == "ROOT" and head.pos_ == "ADP"):
            return "whether" in marks  # '(On whether … were discussed)'
        return head.lemma_.lower() in lexicon().status["asking_lemmas"]
    return False


def names_no_event(trigger: Token) -> bool:
    """A generic negation, a habit or a question put ('have not met for years',
    'we regularly meet', 'was asked if he would meet'): the trigger names no
    particular event whoever its people are (SCHEMA.md rule 3). One test, for the
    sentence reader and the fallback proposer, which ask the same."""
    return (
        generic_negation(trigger)
        or habitual(trigger)
        or asked_about(trigger)
        or question_topic(trigger)
    )


_TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "on"})


def question_topic(trigger: Token) -> bool:
    """'I have a question regarding Prime Minister Abe's meeting with …', 'My
    question is about the Prime Minister's visit …': a press conference's question
    names its topic, an event the answer or an earlier turn tells (or does not); the
    mention itself reports nothing (SCHEMA.md rule 3; real 562, 565). The trigger is
    the object of a topic preposition on a question noun (or on the copula whose
    subject is one)."""
    prep = trigger.head
    if prep.lower_ not in _TOPIC_PREPS or trigger.dep_ not in ("pobj", "dobj"):
        return False  # 'dobj': 'is regarding X's meeting', 'regarding' parsed a verb
    nouns = set(lexicon().status["asking_lemmas"])
    owner = prep if prep.dep_ == "ROOT" else prep.head
    if owner.pos_ == "NOUN" and owner is not prep:
        return owner.lemma_.lower() in nouns
    return any(  # the subject may hang on the copula, parsed an auxiliary
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
        for c in owner.subtree
        if c.i < prep.i
    )


def habitual(trigger: Token) -> bool:
    """'We regularly meet with President Tokayev': a habit in the present tense
    names no particular event."""
    verb = own_clause(trigger)[-1]
    if verb.tag_ not in ("VBP", "VBZ") and not (
        verb.tag_ == "VB" and any(c.tag_ in ("VBP", "VBZ") for c in verb.children)
    ):
        return False
    adverbs = set(lexicon().status["habitual_adverbs"])
    if verb.dep_ == "advcl" and verb.head.tag_ in ("VBP", "VBZ"):
        verb = verb.head  # 'they usually discuss trade when they meet'
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


_MARKS = ("det", "poss", "npadvmod")


def present_meeting(trigger: Token) -> bool:
    """'at our meeting today', 'the agenda put together for this meeting', said by
    one of its parties: the meeting under way, not a future one."""
    if trigger.pos_ != "NOUN" or _continued_later(trigger):
        return False
    marks = {c.lower_ for c in trigger.children if c.dep_ in _MARKS}
    marks |= {c.lower_ for c in trigger.children if c.lower_ == "today"}
    own = set(lexicon().status["present_meeting_determiners"])
    if "today" in marks and marks & own:
        return True
    words = {t.lower_ for t in trigger.sent}
    return (
        bool(marks & own)
        and bool(words & word_set("status_cues.json", "speech_pronouns"))
        and not words & {"next", "upcoming", "future", "forward"}
    )


def _continued_later(trigger: Token) -> bool:
    """'where we will continue our discussions': the object of a future verb is
    the talks to come, whatever 'our' says of the ones under way."""
    verb = trigger.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return trigger.dep_ == "dobj" and bool(aux & future_auxiliaries())


def talked_about(trigger: Token) -> bool:
    """'had talked in March about meeting': a meeting as the bare topic of talk
    (no article, no date of its own) is only in prospect."""
    if trigger.head.lower_ not in ("about", "regarding", "concerning"):
        return False
    return trigger.tag_ == "VBG" or not any(
        c.dep_ in ("det", "poss") for c in trigger.children
    )


def _reported_future(trigger: Token) -> bool:
    """'would' as the future of a report ('conveyed that Kerry would lead …', 'said
    he would travel'), not a condition: its clause is the complement of a reporting
    verb and no 'if' is around."""
    verb = own_clause(trigger)[-1]
    for _ in range(3):
        if verb.dep_ == "ccomp" and verb.head is not verb:
            head = verb.head
            return head.lemma_.lower() in lexicon().status["reporting_verbs"] and not (
                any(t.lower_ in ("if", "unless") for t in trigger.sent)
            )
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _performative(trigger: Token, clause: str) -> bool:
    """'I would like to welcome you to Russia', 'I'd like to invite you', 'I would
    like to start our meeting': a polite form that performs the act, not a wish."""
    lex = lexicon().status
    words = {t.lemma_.lower() for t in own_clause(trigger)}
    return bool(words & set(lex["performative_lemmas"])) and phrase_in(
        clause, lex["performative_phrases"]
    )


def scheduled_present(trigger: Token) -> bool:
    """'He leaves later Saturday for Singapore', 'Late Friday, President Obama
    arrives in South Africa': a present simple with a time still ahead of the
    report is the schedule, not the news."""
    verb = own_clause(trigger)[-1]
    if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    if interval_ahead(verb):
        return True  # 'In a few days, Biden hosts Ruto' (real 513)
    ahead = set(lexicon().status["scheduled_present_cues"])
    return any(
        t.ent_type_ in ("DATE", "TIME") and t.lower_ in ahead
        for c in verb.children
        if c.dep_ in ("npadvmod", "advmod", "prep", "dobj")
        for t in c.subtree
    )


def _programme(trigger: Token, event_date: str | None, published: date | None) -> bool:
    """A preview's present simple (`preview_present.py`), of no day before the
    report."""
    told = published.isoformat() if published else ""
    before = bool(event_date and told and event_date < told[: len(event_date)])
    return not before and programme_present(trigger, own_clause(trigger)[-1])


def going_to(trigger: Token) -> bool:
    """'I am going to make an official visit', 'Modi is going to travel to France':
    a present 'be going to' over the trigger's clause is the future. 'was going to'
    is not: an intention of the past, fulfilled or not."""
    for token in governing_chain(trigger, depth=6):
        if token.lemma_.lower() != "go" or token.tag_ != "VBG":
            continue
        aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
        ahead = any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            for c in token.children
        )
        if ahead and aux & set(lexicon().status["present_be_forms"]):
            return True
    return False


def _counterfactual(trigger: Token) -> bool:
    """'The president would have gone to the APEC summit', 'his trip, which was to
    have included Malaysia': a perfect under a modal, or 'was to have', tells what
    did not happen."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "have" in aux and aux & set(lexicon().status["counterfactual_modals"]):
        return True
    head = verb.head  # 'was to have included'
    return (
        "have" in aux
        and "to" in aux
        and verb.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.tag_ == "VBD"
    )


def _trip_of_purpose(trigger: Token) -> Token:
    """The trip verb whose purpose the trigger is ('visited Baghdad on April 8 to
    meet with al-Abadi', real 253): a trip told in the past tense reports its
    purpose met too. Else the trigger itself."""
    head = trigger.head
    purpose = trigger.dep_ == "advcl" and to_infinitive(trigger)
    if purpose and head.lemma_.lower() in lexicon().triggers["visit_verbs"]:
        return head
    return trigger


def event_status(
    trigger: Token, sent: Span, *, event_date: str | None, published: date | None
) -> tuple[str, float]:
    """(status, confidence) for the event the trigger introduces."""
    lex = lexicon().status
    clause = _clause_text(trigger, sent)
    cues = [t for t in cue_tokens(trigger) if not withheld(t)]
    lemmas = {t.lemma_.lower() for t in cues} | {t.lower_ for t in cues}
    if repaid_visit(trigger):
        return "occurred", 0.7  # 'looks forward to reciprocating the visit of X'
    subject_verb = verb_of_described_subject(trigger)
    if subject_verb is not None:  # 'X, accompanied by Y, will travel to Japan'
        return event_status(
            subject_verb, sent, event_date=event_date, published=published
        )
    if presupposed(trigger) and _future_frame(trigger):
        return "planned", 0.6  # "After her travel to France, Clinton will begin …"
    if presupposed(trigger) and not _negated_itself(trigger):
        return "occurred", 0.7  # "since a meeting with Putin": the main verb's
    if present_meeting(trigger) and not negated(trigger):
        return "occurred", 0.7  # "at our meeting today"
    sentence_lemmas = {
        t.lemma_.lower()
        for t in sent
        if t.i < trigger.i and t.pos_ in ("VERB", "NOUN") and not withheld(t)
    }
    if (
        phrase_in(clause, lex["unconfirmed_phrases"])
        or (lemmas & set(lex["unconfirmed_lemmas"]))
        or (sentence_lemmas & set(lex["strong_unconfirmed_lemmas"]))
        or anonymously_sourced(trigger)  # 'cited unnamed sources who said …'
    ):
        return "unconfirmed", 0.6
    if (
        negated(trigger)
        and re.search(r"\b(until|till)\b", clause)
        and not put_off(trigger)
    ):
        return "occurred", 0.6  # "did not make his first trip until 2000"
    if negated(trigger) and lemmas & {"might", "may", "could"}:
        return "hypothetical", 0.6  # "Mugabe might not get an invitation"
    if negated(trigger) and lemmas & set(lex["conditional_marks"]):
        return "hypothetical", 0.6  # "if he did not attend, others might not"
    if (
        negated(trigger)
        or phrase_in(clause, lex["not_occurred_phrases"])
        or (trigger.lemma_.lower() in lex["not_occurred_lemmas"])
        or overtaken_plan(trigger)  # 'had planned to travel to Geneva this week'
    ):
        return "not_occurred", 0.7
    if journey_purpose(trigger):
        return "planned", 0.7  # 'is headed to Russia for talks with Putin'
    if on_a_schedule(trigger):
        return "planned", 0.7  # 'Obama's schedule includes a visit to X'
    trip = described_trip(trigger)  # 'her tour, which includes stops in X'
    if trip is not None:
        return event_status(trip, sent, event_date=None, published=published)
    if presupposed(trigger) and not negated(trigger):
        return "occurred", 0.7
    if _counterfactual(trigger):
        return "not_occurred", 0.6  # "The president would have gone to the summit"
    if _performative(trigger, clause):
        return "occurred", 0.7
    told = trip_clause(trigger)
    if told is not None and told.tag_ == "VBD" and not negated(trigger):
        return "occurred", 0.7  # 'repay the visit that I had in Israel this spring'
    if _had_occasion(trigger):
        return "occurred", 0.7  # 'Last month I had the chance to meet X
    if talked_about(trigger) or readiness(trigger):
        return "hypothetical", 0.6
    # a noun trigger is no cue of itself: 'paid a courtesy call' is no 'call for'
    own = {trigger.lemma_.lower()} if trigger.pos_ in ("NOUN", "PROPN") else set()
    own |= {  # nor is 'Courtesy Call on X' heading the release's first sentence
        t.lemma_.lower()
        for t in cues
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lex["verb_sense_cues"]
    }
    hypothetical = (lemmas - own) & set(lex["hypothetical_lemmas"])
    if hypothetical == {"would"} and _reported_future(trigger):
        return "planned", 0.6  # "said that Kerry would lead a delegation"
    if _is_question(trigger, sent) or (
        hypothetical or lemmas & set(lex["conditional_marks"])
    ):
        return "hypothetical", 0.6
    if (
        lemmas & set(lex["planned_lemmas"])
        or phrase_in(clause, lex["planned_phrases"])
        or looks_forward(trigger)
        or going_to(trigger)
        or scheduled_present(trigger)
        or _programme(trigger, event_date, published)
        or headline_infinitive(trigger)  # 'Tillerson To Travel to Beijing'
        or trip_as_topic(trigger)  # 'Tillerson's visit to China reaffirms …'
        or ahead_in_time_clause(own_clause(trigger)[-1])
    ):
        return "planned", 0.7
    if (
        event_date
        and published
        and event_date > latest_published(published)[: len(event_date)]
        and (
            after_its_clause(trigger)  # 'took place Thursday ahead of a visit on
            or not (  # Sunday': the past tense is the clause's, not the visit's
                reported_as_past(trigger) or reported_as_past(_trip_of_purpose(trigger))
            )
        )
    ):
        return "planned", 0.6
    return "occurred", 0.8


def looks_forward(trigger: Token) -> bool:
    """'I am looking forward with real anticipation to seeing you', 'I look forward
    very much to meeting you': the trigger under 'to' of 'look forward', with words
    between that `planned_phrases` ('looking forward to') cannot span (leaders'
    letters: real 434, 491, held-out4 011, written 026)."""
    passed_to = False
    for token in trigger.ancestors:
        passed_to = passed_to or token.lower_ == "to"
        if token.lemma_.lower() == "look":
            forward = any(c.lower_ == "forward" for c in token.children)
            return passed_to and forward
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("pcomp", "conj"):
            return False  # another verb's event: 'looked forward to a year in which
            # they met'
    return False


def another_occasion(text: str) -> bool:
    """The sentence points to another occasion than the one told ('agreed to meet
    soon', 'a second summit', 'will come back'): one reading, words compared
    with punctuation and line breaks as spaces, for trip folding and the current
    trip's stops alike."""
    return cue_in(text, "status_cues.json", "another_occasion_cues")
