"""Who tells the story: a byline told as a sentence (issue #10).

"As Daniel Schearf reports from Beijing, relations are on the mend", "VOA's Heda
Bayron reports from the summit in Cebu", "VOA's William Ide has more from China's
capital": the reporter is named like a participant, and a later "the two leaders"
or a meeting's missing counterpart took him for one (held-out3 004). A reporter's
verb is in the present tense of the news ("reports", "has more"), with the place
reported from, an "as" clause or the outlet as the possessor; a leader who
"reported on his discussion" (past, about something) is no byline.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import word_set


def tells_the_story(name: Span) -> bool:
    """Whether the person named by `name` is the reporter of the text."""
    if _byline(name):
        return True
    root = name.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.tag_ != "VBZ":
        return False
    lemma = verb.lemma_.lower()
    if lemma in word_set("mentions.json", "press_verbs"):
        return _from_somewhere(verb) or _as_clause(verb) or _outlet(root)
    if lemma == "have":
        objects = word_set("mentions.json", "press_have_objects")
        return any(c.dep_ == "dobj" and c.lower_ in objects for c in verb.children)
    return False


def _byline(name: Span) -> bool:
    """A line of its own 'by William Ide' under a title (VOA pages): its name is
    the author, not the traveller of the title's "US Trip"."""
    doc = name.doc
    if name.start == 0 or doc[name.start - 1].lower_ != "by":
        return False
    text = doc_text(doc)  # joined once per doc: this runs for each name after 'by'
    before = text.rfind("\n", 0, doc[name.start - 1].idx) + 1
    after = text.find("\n", name.end_char)
    after = len(text) if after < 0 else after
    line = text[before:after].strip()
    return line.lower() == f"by {name.text.lower()}"


def _from_somewhere(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _as_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _outlet(root: Token) -> bool:
    """'VOA's Heda Bayron': an outlet, not a person, owns the name."""
    return any(c.dep_ == "poss" and c.ent_type_ != "PERSON" for c in root.children)
