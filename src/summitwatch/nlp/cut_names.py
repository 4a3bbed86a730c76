"""A name the NER cut before its last word: 'President Joseph Ejercito Estrada of the
Philippines' tagged PERSON 'Joseph Ejercito', 'Secretary of Foreign Affairs Albert
Del Rosario' tagged 'Albert Del'. Read as cut, the name is nobody the KB knows and
its events are lost; read with the capitalised words that follow it, it is the
KB's person ('Joseph Estrada' without the middle name, 'Albert del Rosario')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.mentions import NAME_PARTICLES, TITLES

# at most this many words the NER left out at the end of a name
LONGEST_CUT = 2


def _name_word(token: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word that may end a person's name: no other person's name,
    title, country or function word ('of', 'Estrada' yes; 'President', 'Egypt'
    no)."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.ent_type_ != "PERSON"
        and not token.is_stop
        and token.lower_ not in TITLES
        and kb.country_code(token.text) is None
    )


def longer_names(name: Span, kb: KnowledgeBase) -> list[Span]:
    """The name with one, then two, of the words after it, shortest first: only
    capitalised name words (or a particle before one, 'de la'), in its sentence."""
    doc = name.doc
    out: list[Span] = []
    end = name.end
    while end < min(name.sent.end, name.end + LONGEST_CUT + 1):
        token = doc[end]
        if token.lower_ in NAME_PARTICLES and end + 1 < name.sent.end:
            end += 1  # 'Luiz Inácio' + 'da Silva': the particle goes with the word
            continue
        if not _name_word(token, kb) or "\n" in doc[end - 1].whitespace_:
            break
        end += 1
        out.append(doc[name.start : end])
        if len(out) == LONGEST_CUT:
            break
    return out
