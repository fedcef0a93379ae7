"""Displacement: people driven from their homes (a mass expulsion, ASSAULT), officials
expelled (SANCTION) or forced out (COERCE), and troops that leave a country (RETREAT)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import kids, lemma_set, objects_of, pp_map, subjects_of, through_count
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.violence import FIGHTERS

_HOMES = frozenset({"home", "house", "village", "land", "town", "city", "region", "area",
                    "camp", "neighbourhood", "neighborhood", "district", "province"})


def expel_people(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"drove thousands of ethnic Albanians out of Kosovo", "forced 1,000 refugees from their
    homes": a mass expulsion (ASSAULT); "forced out the governor" (COERCE)."""
    objs = [through_count(o) for o in objects_of(tok)]
    if not objs:
        return None
    preps = pp_map(tok)
    origin = lemma_set(preps.get("from", []) + preps.get("of", []))
    many = any(o.tag_ in ("NNS", "NNPS") or o.head.pos_ == "NUM" for o in objs)
    if many or origin & _HOMES:
        return Entry("ASSAULT", None, ("religion_ethnicity",), entry.sense, entry.weight)
    if any(o.ent_type_ in ("ORG", "GPE") or o.lemma_.lower() in FIGHTERS or (
            o.pos_ == "PROPN" and o.ent_type_ != "PERSON") for o in objs):
        return Entry("ASSAULT", None, ("military",), entry.sense, entry.weight)  # "the Islamic
        # State is driven out of its strongholds": beaten in combat, not deported
    if entry.type == "ASSAULT":
        return Entry("COERCE", "deport", (), entry.sense, entry.weight)
    return entry


def expel(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"expelled two diplomats" (SANCTION) -- "expelled the villagers from their homes" (a mass
    expulsion: ASSAULT)."""
    preps = pp_map(tok)
    if lemma_set(preps.get("from", [])) & _HOMES:
        return Entry("ASSAULT", None, ("religion_ethnicity",), entry.sense, entry.weight)
    return entry if objects_of(tok) else None  # "the pilot ejected safely"


def leave(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"the last Syrian troops left Lebanon" (a withdrawal) -- not "the minister left Paris"."""
    armed = lemma_set([through_count(x) for x in subjects_of(tok)]) & FIGHTERS
    places = [o for o in kids(tok, "dobj") if o.ent_type_ in ("GPE", "LOC")
              or o.lemma_.lower() in lex.classes["place_noun"]]
    return entry if armed and places else None


#: organisations whose expulsion is a SANCTION (PLOVER 2.0: "expel an entity from a group ... or
#: country"; individual deportations are COERCE)
_BODIES = frozenset({"agency", "organisation", "organization", "ngo", "group", "mission",
                     "charity", "company", "firm", "embassy", "office", "team", "monitor",
                     "observer", "inspector"})


def kick_out(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"kicked two relief agencies out of the Ogaden" (SANCTION expel) -- "kicked out the
    journalist" (COERCE deport)."""
    objs = [through_count(o) for o in objects_of(tok)]
    if any(o.lemma_.lower() in _BODIES or o.ent_type_ == "ORG" for o in objs):
        return Entry("SANCTION", "expel", (), entry.sense, entry.weight)
    return entry if objs else None


def drive_from(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"drove thousands of Muslims from their homes": a mass expulsion (ASSAULT) -- not "drove
    the car from the garage"."""
    origin = lemma_set(pp_map(tok).get("from", []))
    objs = [through_count(o) for o in objects_of(tok)]
    people = any(o.lemma_.lower() in lex.classes["person_noun"] or o.ent_type_ == "NORP"
                 or o.lemma_.lower() in ("villager", "resident", "civilian", "family", "people",
                                         "inhabitant", "refugee", "peasant", "farmer")
                 for o in objs)
    return entry if people and origin & _HOMES else None


def relocate(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"forcibly relocated 5,000 villagers" (COERCE deport) -- not "relocated its office"."""
    forced = any(c.lower_ in ("forcibly", "forcefully", "compulsorily") for c in tok.children)
    return entry if forced and objects_of(tok) else None
