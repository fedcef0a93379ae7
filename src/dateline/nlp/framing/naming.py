"""Name-calling by a naming verb: "X called Y a liar", "dubbed him a traitor", "described them as
infidels", "referred to the plan as an abomination".

The word that the verb gives as a name -- the object predicate (``oprd``) of call / brand / label
/ dub, or the noun after "as" of describe / refer to / brand / denounce ... -- is a label, whoever
speaks. Names proper (entities: "called the city Kelmar") and pronouns are left out. The verb is
found by a regex first, so only a few tokens per article are looked at.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.framing.lexicon import Hit, Term
from dateline.nlp.framing.targets import noun_phrase

_VERB = re.compile(
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|dub(?:s|bed|bing)?|"
    r"describ(?:e|es|ed|ing)|refer(?:s|red|ring)?|denounc(?:e|es|ed|ing)|deride[sd]?|deriding|"
    r"dismiss(?:es|ed|ing)?|paint(?:s|ed|ing)?|portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|"
    r"smear(?:s|ed|ing)?|decr(?:y|ies|ied|ying))\b",
    re.IGNORECASE,
)
#: verbs whose object predicate is a name given ("called him a liar")
_OPRD = frozenset({"call", "brand", "label", "dub"})
#: verbs whose "as" phrase is a name given ("described them as infidels")
_AS = frozenset({"call", "brand", "label", "dub", "describe", "refer", "denounce", "deride",
                 "dismiss", "paint", "portray", "characterize", "characterise", "smear",
                 "decry"})  # fmt: skip
LABEL = Term("named as (verb)", "labeling", "", 0.6)


def named_as(text: str, tokens: Any) -> list[Hit]:
    """Labels given by a naming verb in ``text`` (``tokens``: :class:`.rules.Tokens`)."""
    out: list[Hit] = []
    for m in _VERB.finditer(text):
        verb = tokens.at(m.start())
        if verb is None or verb.pos_ != "VERB":
            continue
        for child in verb.children:
            name = None
            if child.dep_ in ("oprd", "xcomp") and verb.lemma_ in _OPRD:
                name = child
            elif child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_ in _AS:
                name = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ == "refer":
                as_ = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
                name = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
            if name is None or name.pos_ not in ("NOUN", "ADJ") or name.ent_type_:
                continue
            start, end = noun_phrase(name)
            out.append(Hit(start, end, LABEL))
    return out
