"""Acts that are done in words or in blows: "attacked the convoy" -- not "attacked Bolton as a
wacko", "attacked the nominee on Twitter", "attacked the leader, calling him a liar" (ACCUSE);
"retaliated with rockets" -- not "retaliated with tariffs" (SANCTION)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import disaster, lemma_set, objects_of, pp_map
from dateline.nlp.events.lexicon import Entry, Lexicon

_VERBAL_VENUES = frozenset({"speech", "statement", "remark", "interview", "tweet", "post",
                            "article", "op-ed", "column", "editorial", "letter", "address",
                            "sermon", "debate", "hearing", "book", "video", "message", "rally"})
#: where one attacks in words: "attacked the nominee on Twitter"
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "television",
                        "tv", "radio", "air", "media", "podcast", "blog", "website"})
#: "attacked the leader, calling him a liar"
_NAMING = frozenset({"call", "say", "brand", "label", "describe", "accuse", "dub", "denounce"})


def attack(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Physical attack -- or verbal ("attacked Bolton as a wacko", "in his speeches")."""
    if disaster(tok, lex):
        return None
    preps = pp_map(tok)
    if "as" in preps or lemma_set(preps.get("in", []) + preps.get("during", [])) & _VERBAL_VENUES \
            or any(lemma_set(m.get("on", []) + m.get("via", [])) & _PLATFORMS
                   for m in [preps] + [pp_map(o) for o in objects_of(tok)]) or any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _NAMING
                for c in tok.children):
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry
#: what one retaliates with when it is no blow
_RETALIATE_WITH = {"tariff": ("SANCTION", None), "sanction": ("SANCTION", None),
                   "duty": ("SANCTION", None), "embargo": ("SANCTION", "embargo"),
                   "ban": ("SANCTION", None), "restriction": ("SANCTION", None),
                   "expulsion": ("SANCTION", "expel"), "boycott": ("SANCTION", None),
                   "statement": ("ACCUSE", "disapprove"), "criticism": ("ACCUSE", "disapprove"),
                   "lawsuit": ("ACCUSE", "allege"), "complaint": ("ACCUSE", "allege")}


def retaliate(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"retaliated with their own tariffs" is a sanction, "with a statement" words; with
    rockets, or nothing said, a blow."""
    for obj in pp_map(tok).get("with", []):
        hit = _RETALIATE_WITH.get(obj.lemma_.lower())
        if hit is not None:
            return Entry(hit[0], hit[1], (), entry.sense, entry.weight)
    return entry
