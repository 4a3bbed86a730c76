"""Knowledge base: people (offices, aliases) and places, loaded from kb/data/."""

from summitwatch.kb.base import KnowledgeBase
from summitwatch.kb.loader import load_kb
from summitwatch.kb.names import fold
from summitwatch.kb.people import Office, Person
from summitwatch.kb.places import Place
from summitwatch.kb.summits import Series, Summit, SummitCalendar

__all__ = [
    "KnowledgeBase",
    "Office",
    "Person",
    "Place",
    "Series",
    "Summit",
    "SummitCalendar",
    "fold",
    "load_kb",
]
