"""Sense rules of the violence verbs: "fired rockets at" -- not "fired the minister"; "the
strike killed" -- not "the earthquake killed"; "attacked the convoy" -- not "attacked the
policy" or "attacked him as a wacko" (verbal: ACCUSE)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import argument_like, disaster, kids, lemma_set, objects_of, pp_map, subjects_of
from dateline.nlp.events.lexicon import Entry, Lexicon

_FIRE_OBJECTS = frozenset({"rocket", "missile", "shot", "bullet", "shell", "mortar", "round",
                           "salvo", "barrage", "gas", "teargas", "grenade", "weapon", "gun",
                           "pellet", "cannon", "torpedo", "projectile", "volley", "flare"})
_AIM_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})
_POLICE = frozenset({"police", "officer", "agent", "authority", "fbi", "cop", "official",
                     "inspector", "investigator", "policeman", "policemen", "detective", "ed",
                     "cbi", "nia", "ats"})
_SHOOT_NONE = frozenset({"film", "video", "movie", "scene", "footage", "photo", "picture",
                         "documentary", "episode", "ad", "commercial", "look", "glance"})
_STRIKE_NONE = frozenset({"chord", "balance", "tone", "note", "blow", "pose", "nerve", "match",
                          "gold", "oil", "fear", "compromise", "agreement", "deal", "bargain"})


def named_obj(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if any(argument_like(o, lex) for o in objects_of(tok)) else None


def capture(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = kids(tok, "dobj", "nsubjpass")
    if not objs:
        return None
    if any(o.ent_type_ == "PERSON" or o.lemma_.lower() in ("fighter", "soldier", "militant",
                                                           "rebel", "commander", "troop")
           for o in objs):
        return Entry("ASSAULT", "abduct", (), entry.sense, entry.weight)
    return entry


def raid(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if lemma_set(subjects_of(tok) + pp_map(tok).get("by", [])) & _POLICE:
        return entry
    return Entry("ASSAULT", None, (), entry.sense, entry.weight)


def kill(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Harm to people -- not "the earthquake killed", "killed the deal"."""
    if disaster(tok, lex):
        return None
    objs = kids(tok, "dobj", "nsubjpass")
    if objs and not any(argument_like(o, lex) or o.pos_ == "NUM" or o.lower_ in ("dozens",
                        "hundreds", "thousands", "scores") for o in objs):
        return None
    return entry


_VERBAL_VENUES = frozenset({"speech", "statement", "remark", "interview", "tweet", "post",
                            "article", "op-ed", "column", "editorial", "letter", "address",
                            "sermon", "debate", "hearing", "book", "video", "message", "rally"})


def attack(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Physical attack -- or verbal ("attacked Bolton as a wacko", "in his speeches")."""
    if disaster(tok, lex):
        return None
    preps = pp_map(tok)
    if "as" in preps or lemma_set(preps.get("in", []) + preps.get("during", [])) & _VERBAL_VENUES:
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


def arm(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"arming the rebels" -- not "militants were armed with rifles"."""
    if kids(tok, "auxpass", "nsubjpass") or "with" in pp_map(tok):
        return None
    return named_obj(tok, entry, lex)


def shoot(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if lemma_set(kids(tok, "dobj")) & _SHOOT_NONE or kids(tok, "prt"):
        return None
    return entry


def strike(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if disaster(tok, lex) or lemma_set(kids(tok, "dobj", "nsubjpass")) & _STRIKE_NONE:
        return None
    if any(argument_like(o, lex) for o in objects_of(tok)):
        return entry
    subj = lemma_set(subjects_of(tok))
    return entry if subj & (lex.classes["weapon"] | {"warplane", "jet", "drone", "aircraft"}) else None


def hit(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = pp_map(tok)
    if "with" in preps or "by" in preps or disaster(tok, lex):
        return None
    subj = lemma_set(subjects_of(tok))
    armed = lex.classes["weapon"] | {"warplane", "jet", "drone", "aircraft", "troop", "force",
                                     "army", "military", "militant", "rebel", "fighter"}
    if subj & armed and any(argument_like(o, lex) for o in objects_of(tok)):
        return entry
    return None


def explode(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if lemma_set(subjects_of(tok)) & lex.classes["weapon"] else None


def fire(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"fired rockets at", "opened fire", "troops fired on protesters" -- not "fired the
    minister"."""
    if kids(tok, "prt"):
        return None
    objs = kids(tok, "dobj", "nsubjpass")
    if any(o.lemma_.lower() in _FIRE_OBJECTS or o.lemma_.lower() in lex.modes for o in objs):
        return entry
    if objs:
        return None  # a person (or anything else) fired: a dismissal
    if _AIM_PREPS & pp_map(tok).keys():
        return entry
    subj = lemma_set(subjects_of(tok))
    shooters = {"police", "troop", "soldier", "gunman", "gunmen", "force", "army", "militant",
                "sniper", "officer", "guard", "policeman", "policemen", "attacker", "assailant"}
    return entry if subj & shooters else None


def fight(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = kids(tok, "dobj")
    if objs:
        return entry if all(argument_like(o, lex) and o.pos_ != "PRON" for o in objs) else None
    preps = pp_map(tok)
    pobjs = preps.get("against", []) + preps.get("with", [])
    return entry if any(argument_like(p, lex) for p in pobjs) else None


def beat(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = kids(tok, "dobj", "nsubjpass")
    ok = [o for o in objs if o.lemma_.lower() in lex.classes["agent"] or o.lower_ in ("him", "her",
                                                                                      "them")]
    return entry if ok and not any(o.ent_type_ in ("PERSON", "ORG", "GPE") for o in objs) else None
