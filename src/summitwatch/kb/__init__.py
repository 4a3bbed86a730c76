"""Knowledge base: people (offices, aliases) and places, loaded from kb/data/."""

from summitwatch.kb.base import KnowledgeBase
from summitwatch.kb.loader import load_kb
from summitwatch.kb.names import fold
from summitwatch.kb.people import Office, Person
from summitwatch.kb.places import Place

__all__ = ["KnowledgeBase", "Office", "Person", "Place", "fold", "load_kb"]
