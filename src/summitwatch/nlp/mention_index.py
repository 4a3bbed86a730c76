"""The doc's index of mentions: every person, place and date it names, resolved
once, in reading order, with the names that are no party to any event (the press,
the dead, towns the NER took for people) left out; the dead are kept apart, as
their own kind (`DocIndex.dead_at`). Every reader of the doc looks people and
places up here rather than in the parse."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.bracketed_holders import bracketed_holders
from summitwatch.nlp.cut_names import longer_names
from summitwatch.nlp.desk import desk_country
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.event_dates import resolve_doc_dates
from summitwatch.nlp.headline_verbs import headline_cut
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import (
    TITLES,
    PersonMention,
    PersonResolver,
    coordinated_surname,
    link_places,
    name_initials,
    participant,
    person_spans,
)
from summitwatch.nlp.named_after import named_after, named_thing
from summitwatch.nlp.place_references import resolve_place_references
from summitwatch.nlp.press import tells_the_story
from summitwatch.nlp.readout import addressee_titles, readout_titles
from summitwatch.nlp.regnal import untagged_monarchs, untagged_officials
from summitwatch.nlp.speakers import home_country, speaker_turns
from summitwatch.nlp.thing_names import thing_names, untagged_initials
from summitwatch.nlp.titled import sentence_days
from summitwatch.nlp.titled_surnames import leader_surnames, titled_surnames


def build_index(doc: Doc, kb: KnowledgeBase, published: date | None) -> DocIndex:
    """Resolve every person, place and date mention of the doc, in reading order."""
    resolver = PersonResolver(kb, published)
    index = DocIndex(doc, kb, published, resolver)
    index.date_at = resolve_doc_dates(doc, published)
    resolver.days = sentence_days(doc, index.date_at)  # 'President Park'
    places = {m.start: m for m in link_places(doc, kb)}
    sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
    groups = {g[0].start: g for g in person_spans(doc)}
    titled = set()
    # 'President Santos', a port in Brazil; 'Moro visit' in 1965, a town in Sindh
    for span in [*titled_surnames(doc, kb), *leader_surnames(doc, kb, published)]:
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id:
            places.pop(span.start, None)
            titled.add(span.start)
            index.add_person(PersonMention(who, span.start, span.end))
    for ent in doc.ents:
        if ent.start in places or ent.start in titled:
            continue
        if ent.start in groups:
            _add_person(index, resolver, groups[ent.start], sentence_of, kb)
        elif coordinated_surname(ent, kb):  # 'Nixon and Ford', Ford tagged ORG
            _add_person(index, resolver, [ent], sentence_of, kb)
        elif ent.label_ in ("ORG", "NORP", "GPE") and kb.people_named(ent.text):
            who = resolver.resolve_name(ent, sentence_of.get(ent.sent.start, 0))
            if who is not None:
                index.add_person(PersonMention(who, ent.start, ent.end))
        elif who := _seen_surname(ent, resolver):  # 'Macmillan and Dulles discussed'
            index.add_person(PersonMention(who, ent.start, ent.end))
    for token in _untagged_surnames(index, set(index.person_at) | set(places)):
        who = resolver.seen_surname(token.text)  # 'Kenyatta was invited by …'
        if who is not None and _named_before(index, who, token.i):
            index.add_person(PersonMention(who, token.i, token.i + 1))
    for span in untagged_monarchs(doc, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id is None:  # 'King Mahendra', a
            # monarch neither the NER nor the KB ruler tagged
            index.add_person(PersonMention(who, span.start, span.end))
    for span in untagged_officials(doc, kb, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id:  # 'Trade Representative Froman'
            index.add_person(PersonMention(who, span.start, span.end))
    for span in thing_names(doc, kb, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id:  # 'K. Adenauer' tagged ORG
            index.add_person(PersonMention(who, span.start, span.end))
    for span in untagged_initials(doc, kb, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id:  # 'M. Renzi', no entity at all
            index.add_person(PersonMention(who, span.start, span.end))
    # 'the Ambassador in Korea (Briggs)': a FRUS head's bracketed surname
    for span, who in bracketed_holders(doc, kb, published, set(index.person_at)):
        index.add_person(PersonMention(resolver.remember(who), span.start, span.end))
    index.persons.sort(key=lambda m: m.start)
    for mention in places.values():
        for i in range(mention.start, mention.end):
            index.place_at[i] = mention
    index.home = home_country(doc_text(doc))
    index.desk = desk_country(doc_text(doc))
    readout_titles(index)  # before the turns: 'the Prime Minister said as follows:'
    index.turns = speaker_turns(doc, index.persons, kb, published)
    addressee_titles(index)  # 'the President invited me', said by one
    resolve_place_references(index)  # 'paid a visit to the country' (after the
    # people and turns: a trip home is no reference to another country)
    return index


def _add_person(index, resolver, group: list[Span], sentence_of, kb) -> None:
    """One mention for a name the NER cut in pieces: the whole if the KB knows it,
    else the piece it knows ('Mohammad bin Salman' of '… Al Saud')."""
    doc = index.doc
    whole = doc[group[0].start : group[-1].end]
    if len(group) == 1 and _place_named_as_person(whole, kb):
        return
    if _press_title(whole) or tells_the_story(whole):  # the press is no party
        return
    if _bare_title(whole):  # 'the King' is a title (`definite_titles`), no surname
        return
    if _the_late(whole) or _buried(whole) or _mourned(whole):
        _add_dead(index, group)
        return
    if named_after(whole) or named_thing(whole, kb):
        return
    cut = headline_cut(whole)  # 'Sharif Discuss Drones': a headline's verb
    if cut is not whole:
        known = resolver.peek_name(whole, sentence_of.get(whole.sent.start, 0))
        if known is None or not known.person_id:  # nobody as a whole
            if not len(cut):
                return  # 'Discuss Way': no name before the verb
            whole, group = cut, [cut]
    sentence = sentence_of.get(whole.sent.start, 0)
    if (initialled := _initialled(whole, resolver, sentence)) is not None:
        index.add_person(initialled)  # 'M. Obama': the initial the NER left out
        return
    if (longer := _uncut(whole, resolver, sentence, kb)) is not None:
        index.add_person(longer)  # 'Joseph Ejercito' + 'Estrada'
        return
    who = resolver.resolve_name(whole, sentence)
    if len(group) > 1 and (who is None or who.person_id is None):
        known = [p for g in group if (p := resolver.resolve_name(g, sentence))]
        who = next((p for p in known if p.person_id), who)
    if who is not None and who.person_id is None and _site_named_as_person(whole):
        return  # 'Angkor Wat', 'Gun Cay' tagged PERSON
    if who is not None:
        index.add_person(PersonMention(who, whole.start, whole.end))


def _add_dead(index: DocIndex, group: list[Span]) -> None:
    """Keep a dead person's name as a mention of the dead, with the country of
    the first piece of it the KB knows by the name alone: the resolver, which
    remembers whom a pronoun may refer to, is for the people who take part."""
    for ent in group:
        person = index.kb.resolve_person(ent.text, on=index.published)
        if person is not None and person.country:
            who = participant(person, index.published)
            mention = PersonMention(who, group[0].start, group[-1].end)
            for i in range(mention.start, mention.end):
                index.dead_at[i] = mention
            return


def _uncut(
    whole: Span, resolver: PersonResolver, sentence: int, kb: KnowledgeBase
) -> PersonMention | None:
    """The name with the words the NER cut off its end ('Joseph Ejercito' +
    'Estrada'), when the name alone is nobody the KB knows and the longer one is."""
    longer = longer_names(whole, kb)
    if not longer:
        return None
    alone = resolver.peek_name(whole, sentence)
    if alone is not None and alone.person_id:
        return None
    for span in longer:
        who = resolver.peek_name(span, sentence)
        if who is not None and who.person_id:
            resolver.remember(who, possessive=span.root.dep_ == "poss")
            return PersonMention(who, span.start, span.end)
    return None


def _initialled(
    whole: Span, resolver: PersonResolver, sentence: int
) -> PersonMention | None:
    """'M. Obama', 'S. Duterte': a one-word name the NER cut from the initial
    before it, which tells namesakes apart (Michelle, not Barack Obama); the
    name with its initial, when it is someone the KB knows."""
    doc = whole.doc
    if len(whole) != 1 or whole.start == 0 or whole.start == whole.sent.start:
        return None
    initial = doc[whole.start - 1]
    if not name_initials([initial.text]) or not initial.whitespace_:
        return None
    span = doc[whole.start - 1 : whole.end]
    who = resolver.peek_name(span, sentence)
    if who is None or not who.person_id:
        return None
    resolver.remember(who, possessive=span.root.dep_ == "poss")
    return PersonMention(who, span.start, span.end)


# what the NER calls a surname it does not know for a person ('Haughey' NORP,
# 'Dulles' GPE, 'Macmillan' ORG)
_THING_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")

_NAME_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")


def _seen_surname(ent: Span, resolver: PersonResolver) -> Participant | None:
    """'Macmillan and Dulles discussed …' tagged ORG and GPE after 'Prime Minister
    Macmillan' and 'Secretary Dulles' (a FRUS note; 'Ford' the company after 'Gerald
    Ford' is `coordinated_surname`): a one-word name the NER took for a thing is
    the person the text already named by it, when it is a clause's subject or
    object, or coordinated with one. 'Thatcher and Haughey met', 'Thuan met with
    President Kennedy': a surname tagged NORP, when it is no people's name the KB
    knows, is the same slip."""
    if ent.label_ not in _THING_LABELS or len(ent) != 1:
        return None
    if not ent.text.istitle():
        return None
    if ent.label_ == "NORP" and resolver.kb.country_code(ent.text) is not None:
        return None  # 'Irish', 'Chinese': a nationality
    if ent.root.dep_ not in _NAME_ROLES:
        return None
    return resolver.seen_surname(ent.text)


def _untagged_surnames(index: DocIndex, taken: set[int]) -> list[Token]:
    """'Kenyatta was invited by the Secretary', 'Kenyatta, never having visited the
    United States, …' (FRUS memoranda): a surname alone, often opening a sentence,
    that the NER tagged as nothing at all after the text named its bearer in full.
    A one-word proper noun in a name's role (subject, object, conjunct), with no
    other proper noun beside it; `_seen_surname` reads the same slip tagged as a
    thing."""
    doc = index.doc
    out = []
    for token in doc:
        if token.ent_type_ or token.i in taken or token.pos_ != "PROPN":
            continue
        if not (token.is_alpha and token.is_title and len(token) > 2):
            continue
        if token.dep_ not in _NAME_ROLES or token.lower_ in TITLES:
            continue  # 'the Queen', 'The President then received …': titles
        if token.i > 0 and doc[token.i - 1].pos_ == "DET":
            continue
        near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in near):
            continue
        out.append(token)
    return out


def _named_before(index: DocIndex, who: Participant, at: int) -> bool:
    return any(m.participant.name == who.name and m.start < at for m in index.persons)


def _bare_title(name: Span) -> bool:
    """'the King', 'the President' tagged as a name: one title word after 'the'.
    Read as a surname it finds a namesake ('the King' in a memorandum on King Saud
    was Robert King, a U.S. envoy, real 495); the title is the latest holder named
    before it, which `definite_titles` finds."""
    doc = name.doc
    return (
        len(name) == 1
        and name.start > 0
        and doc[name.start - 1].lower_ == "the"
        and name[0].lower_ in TITLES
    )


def _press_title(name: Span) -> bool:
    """'VOA White House correspondent Luis Ramirez', 'journalist Mario Paiva': the
    press reports an event and takes no part in it."""
    titles = word_set("mentions.json", "press_titles")
    doc = name.doc
    for i in range(name.start - 1, max(name.start - 4, name.sent.start - 1), -1):
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX", "ADP"):
            return False
        if doc[i].lower_ in titles:
            return True
    return False


def _the_late(name: Span) -> bool:
    """'paid his condolences to the late Sultan Qaboos': the dead meet nobody."""
    doc = name.doc
    start = name.start
    if doc[start].lower_ == "late":
        return True
    for i in range(start - 1, max(start - 4, name.sent.start - 1), -1):
        if doc[i].lower_ == "late" and i > 0 and doc[i - 1].lower_ == "the":
            return True
        if not doc[i].text[:1].isupper():
            return False
    return False


def _buried(name: Span) -> bool:
    """'laid a wreath at the tomb of Padre Eusebio Kino', 'the Mausoleum of late
    President of Vietnam, Ho Chi Minh': the dead honoured at their resting place
    (`mentions.json: resting_place_words`)."""
    words = word_set("mentions.json", "resting_place_words")
    doc = name.doc
    for i in range(name.start - 1, max(name.start - 8, name.sent.start), -1):
        if doc[i].lower_ == "of" and doc[i - 1].lower_ in words:
            return True
        if not (
            doc[i].text[:1].isupper() or doc[i].lower_ in ("late", "the", "of", ",")
        ):
            return False
    return False


def _site_named_as_person(name: Span) -> bool:
    """'Angkor Wat', 'Wat Pho', 'Gun Cay', 'Marsaxlokk Harbour' tagged PERSON: a
    word of a site's own name (`mentions.json: site_words`) in a name the KB does
    not know (the caller's test) makes it a place."""
    words = word_set("mentions.json", "site_words")
    return any(t.lower_ in words and t.text[:1].isupper() for t in name)


_BEFORE_DEAD = ("late", "the", "former")


def _mourned(name: Span) -> bool:
    """'Attended funeral of President Kennedy', 'the funeral service of former Pope
    Benedict XVI', 'memorial services for former Prime Minister Ohira': the dead
    mourned meet nobody (`mentions.json: mourning_words`)."""
    words = word_set("mentions.json", "mourning_words")
    doc = name.doc
    for i in range(name.start - 1, max(name.start - 9, name.sent.start), -1):
        if doc[i].lower_ in ("of", "for"):
            return doc[i - 1].lower_ in words or (
                i > 1
                and doc[i - 1].lower_ in ("service", "services", "rites")
                and doc[i - 2].lower_ in words
            )
        if not doc[i].text[:1].isupper() and doc[i].lower_ not in _BEFORE_DEAD:
            return False
    return False


def _place_named_as_person(ent: Span, kb: KnowledgeBase) -> bool:
    """NER slips: 'Dong Dang' tagged PERSON is a town the KB knows, nobody's name."""
    if kb.people_named(ent.text) or kb.people_with_surname(ent.text.split()[-1]):
        return False
    place = kb.place(ent.text)
    return place is not None and (
        place.kind != "city" or place.population >= 100_000 or place.population == 0
    )
