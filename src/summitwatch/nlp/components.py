"""Registered spaCy components, one job each, named with versions.

- ``summitwatch_kb_ruler_v2``: the KB's people and places as entities, placed before
  the statistical NER so that known names win (`nlp.kb_ruler`: an entity ruler whose
  compiled patterns are cached on disk, keyed by the model and KB versions).
- ``summitwatch_line_verbs_v1``: 'Met with …' opening a line is a verb
  (`nlp.line_verbs`).
- ``summitwatch_glued_links_v1``: words a proxy glued to a link are cut apart
  (`nlp.glued_links`).
- ``summitwatch_events_v1``: reads the events of the doc into ``doc._.events``.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from summitwatch.kb import KnowledgeBase, load_kb
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.extract import extract_events
from summitwatch.nlp.glued_links import glued_links  # noqa: F401  (registers it)
from summitwatch.nlp.kb_ruler import KbRuler, cached_index
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.line_verbs import line_verbs  # noqa: F401  (registers it)

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

MIN_CITY_POPULATION = 200_000


def kb_patterns(kb: KnowledgeBase) -> list[dict]:
    """Entity-ruler patterns for every spelling of every KB person and known place."""
    patterns: list[dict] = []
    person_forms: set[str] = set()
    for person in kb.people:
        for form in kb.surface_forms(person):
            person_forms.add(form)
            patterns.append({"label": "PERSON", "pattern": form, "id": person.id})
    labels = {"country": "GPE", "city": "GPE", "region": "LOC", "site": "FAC"}
    for name, place in kb.places.names(min_population=MIN_CITY_POPULATION):
        if name in person_forms or not name[:1].isupper():
            continue
        patterns.append({"label": labels[place.kind], "pattern": name})
    return patterns


@Language.factory("summitwatch_kb_ruler_v2")
def make_kb_ruler(nlp: Language, name: str) -> KbRuler:
    from summitwatch.kb.loader import kb_version

    return KbRuler(nlp, cached_index(nlp, lambda: kb_patterns(load_kb()), kb_version()))


@Language.component("summitwatch_paragraphs_v1")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, bylines and paragraphs never run
    together. A line that goes on in lower case or with a comma (', Portugal', 'of the
    UK stayed away': pages whose links were cut into lines) continues the sentence.
    """
    text = doc_text(doc)
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = doc[token.i + 1]
            if nxt.is_space and nxt.i + 1 < len(doc):
                nxt = doc[nxt.i + 1]
            if nxt.text[:1].islower() or nxt.text[:1] in ",;)" or _wrapped(token, text):
                for t in doc[token.i + 1 : nxt.i + 1]:
                    t.is_sent_start = False
                continue
            doc[token.i + 1].is_sent_start = True
        elif token.whitespace_ and not _may_end_sentence(token):
            doc[token.i + 1].is_sent_start = False  # no sentence starts mid-clause
    return doc


WRAPPED_LINE = 45  # characters: a hard-wrapped line of prose, not a heading


def _wrapped(token, text: str) -> bool:
    """A long line of prose (mostly lower-case words) that stops without ending its
    sentence was wrapped by its source: 'including with South Korean President' /
    'Lee Myung-Bak.' is one sentence. Headings are short or in title case."""
    if token.is_space:  # '\n\n' after a paragraph: the paragraph's last word
        if token.i == 0 or "\n\n" in token.text:
            return False
        token = token.nbor(-1)
    end = token.idx + len(token.text)
    line = text[text.rfind("\n", 0, token.idx) + 1 : end].strip()
    if len(line) < WRAPPED_LINE or _may_end_sentence(token) or token.is_punct:
        return False
    if token.like_num or any(c in line for c in ("|", "\t", "   ")):
        return False  # a caption's date, a table's row
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) * 2 > len(words)


_SENTENCE_ENDS = tuple('. ! ? ; : " ” ’ …'.split()) + ("'",)


def _may_end_sentence(token) -> bool:
    """'.', '?', a closing quote, or a bracket closed after a full stop: not
    '(ASEM 11) Summit Meeting', where the parser likes to cut long sentences."""
    if token.text in (")", "]") and token.i > 0:
        return token.nbor(-1).text.endswith(_SENTENCE_ENDS)
    if token.text == "." and token.i > 0 and _honorific(token.nbor(-1)):
        return False  # 'held a summit meeting with Hon. Mr. Ranil Wickremesinghe'
    return token.text.endswith(_SENTENCE_ENDS)


def _honorific(token) -> bool:
    """An abbreviated honorific before a name, split from its full stop."""
    words = load_patterns("mentions.json")["honorific_abbreviations"]
    return token.lower_ in words and not token.whitespace_


class EventReader:
    """Sets ``doc._.events``; the publication date comes from ``doc._.published``."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        doc._.events = extract_events(doc, self.kb, published)
        return doc


@Language.factory("summitwatch_events_v1", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.events"])  # fmt: skip
def make_event_reader(nlp: Language, name: str) -> EventReader:
    return EventReader(load_kb())
