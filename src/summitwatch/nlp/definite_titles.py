"""A bare title that points back to a person named before (issue #10): 'Secretary
Kerry traveled to Nairobi … The Secretary traveled to Sokoto', 'Colonel Gadhafi … the
Colonel accused King Abdullah', 'Prime Minister Shinzo Abe … the prime minister enjoyed
18 holes of golf with the president'.

A report names an office holder once and then writes the title alone. The title is
the latest person named before it who holds that office: by the KB on the report's
date, by the office the text gave them, or by the title written before their name
('King Faisal' decades before the report). Titles are data
(`speakers.json: definite_titles`, `definite_titles_capitalised`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex, is_subject
from summitwatch.nlp.entities import ent_around
from summitwatch.nlp.mentions import PersonMention

TITLE_REACH = 5  # tokens before a name that may hold its title ('Secretary of State')


Title = tuple[str, list[str], bool]  # a title, its words, capitalised only


def title_at(token: Token, titles: list[Title], text: str) -> tuple[str, int] | None:
    """The bare title starting at `token` after 'the', and its end; None when what
    follows makes it a name, an office of something named, or a common noun phrase
    ('the President of Guatemala', 'the Secretary-General', 'the king cobra').
    'the President-elect' is the title with '-elect'. `titles` come from `titles`;
    `text` is the doc's text, built once by the caller."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ != "the":
        return None
    found = words_at(token, titles)
    if found is None:
        return None
    title, end, capitalised = found
    if _an_office_name(token):
        return None
    if _elect(doc, end):
        return f"{title}-elect", end + 2
    if end < len(doc) and not _ends_title(doc[end], capitalised=capitalised):
        return None
    if _in_a_name(token, end) or _quoted(token, text):
        return None
    return title, end


def words_at(token: Token, titles: list[Title]) -> tuple[str, int, bool] | None:
    """The longest title whose words start at `token` (in any case, unless it is
    one written capitalised only), its end, and whether it is written as listed."""
    doc = token.doc
    for title, words, exact in titles:
        if token.text != words[0] and (exact or token.lower_ != words[0].lower()):
            continue  # the first word decides most tokens cheaply
        end = token.i + len(words)
        found = [t.text for t in doc[token.i : end]]
        if found == words or (not exact and _lower(found) == _lower(words)):
            return title, end, found == words
    return None


def _an_office_name(token: Token) -> bool:
    """'Office of the Vice President', a release's issuer line: the title names the
    office, not a person; read as a mention before anyone is named, it would mark
    the title as one the text never names (`holder`), and the report's 'the Vice
    President will meet …' would stay unresolved."""
    doc = token.doc
    return (
        token.i >= 3
        and doc[token.i - 2].lower_ == "of"
        and doc[token.i - 3].lower_ == "office"
    )


def _elect(doc, end: int) -> bool:
    """'the President-elect'."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and doc[end + 1].lower_ == "elect"
    )


def _in_a_name(token: Token, end: int) -> bool:
    """The title opens a longer name ('the King Faisal Foundation'); a title the NER
    took alone for a person ('When the King visited Japan') is still bare."""
    if token.ent_type_ != "PERSON":
        return False
    ent = ent_around(token)
    return ent is not None and (ent.start, ent.end) != (token.i, end)


@cache
def titles(any_case: tuple[str, ...], capitalised: tuple[str, ...]) -> list[Title]:
    """(title, its words, capitalised only), longest first ('Prime Minister' before
    'Premier')."""
    titles = [(t, t.split(), False) for t in any_case]
    titles += [(t, t.split(), True) for t in capitalised]
    return sorted(titles, key=lambda t: -len(t[1]))


def _lower(words: list[str]) -> list[str]:
    return [w.lower() for w in words]


def _ends_title(nxt: Token, *, capitalised: bool) -> bool:
    """The token after a title leaves it bare: not 'of', a name, a hyphenated
    office, or (in lower case) the noun the word only modifies."""
    if nxt.lower_ == "of" or nxt.pos_ == "PROPN" or nxt.text in ("-", "–"):
        return False
    return capitalised or nxt.pos_ not in ("NOUN", "ADJ")


def _quoted(token: Token, text: str) -> bool:
    """Inside a quotation in its paragraph: a speaker's 'the president' is the
    speaker's own, whom the report need not name ('"It is not the president who is
    going to represent the country," Malik noted'). `text` is the doc's text."""
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def holder(
    index: DocIndex, title: str, before: int, unnamed: set[str]
) -> Participant | None:
    """The latest person named before token `before` who holds `title`. A title
    the text used before naming any holder ('The President appreciated the
    opportunity to welcome President Peres') is someone it never names (rule 3):
    `unnamed` keeps such titles, and they stay unresolved."""
    if title in unnamed:
        return None
    held = [m for m in index.persons if m.start < before and _holds(index, m, title)]
    if held and _subject_title(index, title, before):
        topics = [m for m in held if is_subject(index.doc, m)]
        if topics and not is_subject(index.doc, held[-1]):
            return topics[-1].participant  # 'Kishida … held talks with Sunak, Prime
            # Minister of the UK. Afterwards, the Prime Minister attended …'
    if held:
        return held[-1].participant
    later = _named_later(index, title, before)
    if later is None:
        unnamed.add(title)
    return later


def _subject_title(index: DocIndex, title: str, start: int) -> bool:
    """The title written from token `start` is its clause's subject."""
    words = index.doc[start : start + len(title.split())]
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in words)


def _named_later(index: DocIndex, title: str, before: int) -> Participant | None:
    """'The President met today in New York with Japanese Prime Minister Kan …
    President Obama and Prime Minister Kan pledged …': a readout's lead writes its
    own leader's title and names him further on. The first holder named later, in
    another sentence than the title (not the guest welcomed there: 'The President
    appreciated the opportunity to welcome President Peres'), who leads a country;
    only for a title that is its clause's subject, the lead's way of writing it."""
    if not _subject_title(index, title, before):  # 'the President's Travel'
        return None
    sent = index.doc[before].sent
    for mention in index.persons:
        if mention.start < sent.end:
            continue
        if _holds(index, mention, title) and index.leads_country(mention.participant):
            return mention.participant
    return None


def _holds(index: DocIndex, mention: PersonMention, title: str) -> bool:
    """The person of `mention` holds `title`: by the KB on the report's date, by the
    office the text gave them, or by the title written before this mention."""
    who = mention.participant
    person = index.kb.person(who.person_id) if who.person_id else None
    if person is not None:
        held = person.office_on(index.on or index.published)
        if held is not None and _starts_with(held.title, title):
            return True
    if who.office and _starts_with(who.office, title):
        return True
    return _titled_in_text(index, mention, title)


def _starts_with(office: str, title: str) -> bool:
    """'Secretary of State' is a 'Secretary', 'Vice President' is no 'President'."""
    words = _lower(title.split())
    return _lower(office.replace("-", " ").split())[: len(words)] == words


def _titled_in_text(index: DocIndex, mention: PersonMention, title: str) -> bool:
    """'Colonel Gadhafi', 'Secretary of State John Kerry', 'King Faisal': the title
    opens the run of capitalised words (and 'of') that ends in the name."""
    doc = index.doc
    start = mention.start
    while start > max(mention.start - TITLE_REACH, doc[mention.start].sent.start):
        prev = doc[start - 1]
        if not (prev.text[:1].isupper() or prev.lower_ == "of") or prev.ent_type_ in (
            "GPE",
            "NORP",
        ):
            break
        start -= 1
    run = [t.text for t in doc[start : mention.end]]
    words = title.split()
    return any(
        run[i : i + len(words)] == words
        and run[i + len(words) : i + len(words) + 1] != ["-"]
        for i in range(len(run) - len(words) + 1)
    )
