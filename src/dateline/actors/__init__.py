"""The actor knowledge base: countries, institutions, IGOs, armed groups, parties, media and
people, with dated roles (PETRARCH2 dictionaries + dateline's curation + a user's file).

No spaCy here: :mod:`dateline.nlp.entities` matches the names in a parse and resolves phrases.
"""

from __future__ import annotations

from dateline.actors.kb import KnowledgeBase, default_kb, load_kb, normalise
from dateline.actors.model import Actor, Hit, Role

__all__ = ["Actor", "Hit", "KnowledgeBase", "Role", "default_kb", "load_kb", "normalise"]
