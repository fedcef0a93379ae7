"""The event candidate: a trigger and what it means, before its arguments are filled in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.nlp.events.lexicon import Entry


@dataclass(slots=True)
class Candidate:
    """One event before its arguments are filled in."""

    kind: str  # verb | light | noun | harm | die | must | target (the subject is the recipient)
    anchor: Any  # the verb (or noun) whose arguments and modality define the event
    entry: Entry
    trigger: tuple[Any, Any]  # first and last token of the trigger span
    noun: Any | None = None  # the event noun (light, noun, harm, die kinds)
    objects: list[Any] = field(default_factory=list)
