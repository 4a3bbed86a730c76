"""Names the NER took for an organisation or a place: 'K. Adenauer' ORG, 'T. May'
ORG, 'King Haakon' ORG. Initials or title words before one capitalised word the
KB knows as a surname are a person's name in the style of Mongolian, Russian and
Indian pages ('P. Ochirbat') and of royal styles without a regnal number; the
span is read as a person when the resolver finds a KB person for it, and left as
the NER's thing otherwise (measured: benchmarks/resolution.py --probe). Initials
before such a surname the NER tagged as nothing, or as a thing of the surname's
word alone ('M. Renzi', 'D.' NORP + 'Rusk'), are read the same way
(`untagged_initials`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.mentions import TITLES, name_initials

# what the NER calls a person's name it does not know ('K. Adenauer' ORG)
THING_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
MAX_WORDS = 5  # 'H. E. Mr. K. Adenauer' at most


def thing_names(doc: Doc, kb: KnowledgeBase, taken: set[int]) -> list[Span]:
    """Entities of `THING_LABELS` made of initials or titles and then one surname
    the KB knows; `taken` are token offsets already read as people or places."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in THING_LABELS or not 2 <= len(ent) <= MAX_WORDS:
            continue
        if ent.start in taken:
            continue
        if _initials_or_titles(ent) and kb.people_with_surname(ent[-1].text):
            out.append(ent)
    return out


def _initials_or_titles(ent: Span) -> bool:
    """'K.', 'A. B.', 'Ts.' or title words ('King', 'Mr.') before a capitalised
    last word, at least one of them an initial or a title."""
    last = ent[-1]
    if not (last.is_alpha and last.text[:1].isupper() and not last.is_upper):
        return False
    words, run = [], ""
    for token in ent[:-1]:
        if token.text == ".":
            run += "."
            continue
        if run:
            words.append(run)
        run = token.text
    if run:
        words.append(run)
    initials = [w for w in words if name_initials([w])]
    titles = [w for w in words if w.lower() in TITLES and w[:1].isupper()]
    return bool(words) and len(initials) + len(titles) == len(words)


def untagged_initials(doc: Doc, kb: KnowledgeBase, taken: set[int]) -> list[Span]:
    """Initials and then a surname the KB knows, which the NER did not read as a
    name ('In June 2014, M. Renzi arrived' untagged, 'D.' NORP + 'Rusk', 'K.' +
    'Obuchi' ORG): no reader saw a person (benchmarks/resolution.py --probe,
    session 11). The span is kept by the caller only when the resolver finds a
    KB person for it."""
    out = []
    for token in doc:
        if (
            token.i == 0
            or token.i in taken
            or token.ent_type_ not in ("", *THING_LABELS)
            or not (token.is_alpha and token.text[:1].isupper() and not token.is_upper)
        ):
            continue
        start = _initials_before(doc, token.i)
        if start is None or any(i in taken for i in range(start, token.i)):
            continue
        if _things_within(doc, start, token.i + 1) and kb.people_with_surname(
            token.text
        ):
            out.append(doc[start : token.i + 1])
    return out


def _things_within(doc: Doc, start: int, end: int) -> bool:
    """Every entity touching tokens [start, end) is a thing of its words alone:
    'D.' NORP + 'Rusk', 'K.' + 'Obuchi' ORG; not a person's nor a date's, and
    none running on past the name ('Renzi Foundation')."""
    return all(
        ent.label_ in THING_LABELS and start <= ent.start and ent.end <= end
        for ent in doc.ents
        if ent.start < end and start < ent.end
    )


def _initials_before(doc: Doc, end: int) -> int | None:
    """Where the run of initials right before token `end` begins ('A. B.' of
    'A. B. Vajpayee'), or None when the word before is no initial."""
    i, first = end, None  # the sentence's first token, found only when needed
    while i > 0:
        word = doc[i - 1].text
        if word == "." and i > 1 and name_initials([doc[i - 2].text + "."]):
            step = 2
        elif name_initials([word]) and doc[i - 1].whitespace_:
            step = 1
        else:
            break
        if first is None:
            first = doc[end].sent.start  # `Token.sent` scans the sentence: once
        if i <= first:
            break
        i -= step
    return i if i < end else None
