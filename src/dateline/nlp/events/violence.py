"""Sense rules of the violence verbs: "fired rockets at" -- not "fired the minister"; "the
strike killed" -- not "the earthquake killed" (verbal attacks: ``verbal``)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.crowds import CROWDS
from dateline.nlp.events.dep import (
    antecedent,
    argument_like,
    disaster,
    kids,
    lemma_set,
    objects_of,
    party_like,
    pp_map,
    subjects_of,
    through_count,
)
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
    """An object that names a party ("thousands of suspects" counts its suspects), or for
    repression verbs an uprising ("crushed the rebellion"). No assault by nature or accident
    ("the earthquake destroyed dozens of homes"; "pounded them with rocket fire" is one)."""
    if entry.type == "ASSAULT" and lemma_set(subjects_of(tok)) & lex.classes["disaster"]:
        return None
    small = [s for c in tok.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
             for s in c.children if s.dep_ == "nsubj"]  # "freed the journalist unharmed"
    for o in objects_of(tok) + small:
        if argument_like(through_count(o), lex) or o.lemma_.lower() in lex.classes["unrest"]:
            return entry
    return None


#: what a party may be "targeted with" that is no violence: (type, mode, context), or None
_TARGETED_WITH: dict[str, tuple[str, str | None, tuple[str, ...]] | None] = {
    "surveillance": ("COERCE", "cyber", ("cyber",)), "spyware": ("COERCE", "cyber", ("cyber",)),
    "malware": ("COERCE", "cyber", ("cyber",)), "hacking": ("COERCE", "cyber", ("cyber",)),
    "phishing": ("COERCE", "cyber", ("cyber",)), "sanction": ("SANCTION", None, ()),
    "tariff": ("SANCTION", None, ()), "criticism": ("ACCUSE", "disapprove", ()),
    "abuse": ("ACCUSE", "disapprove", ()), "insult": ("ACCUSE", "disapprove", ()),
    "disinformation": ("COERCE", "misinformation", ()),
    "propaganda": ("COERCE", "misinformation", ()), "ad": None, "advertisement": None,
    "campaign": None, "message": None, "email": None, "letter": None}


def target(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"targeted the convoy" (ASSAULT) -- but "targeted with surveillance / sanctions /
    criticism / ads" is spying, sanctioning, criticising or nothing."""
    for p in pp_map(tok).get("with", []):
        lemma = p.lemma_.lower()
        if lemma in _TARGETED_WITH:
            told = _TARGETED_WITH[lemma]
            return None if told is None else Entry(told[0], told[1], told[2], entry.sense,
                                                   entry.weight)
    return named_obj(tok, entry, lex)


def surround(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"troops surrounded the city" -- not "the developments surrounding Afghanistan" (a
    participle on a thing: what it is about)."""
    if tok.dep_ == "acl" and not party_like(tok.head, lex):
        return None
    return named_obj(tok, entry, lex)


def capture(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"captured two soldiers", "seized an aid worker" (ASSAULT abduct; by the police, an
    arrest); "captured the town", "overran the base" (ground taken in fighting: ASSAULT);
    "seized weapons" (COERCE seize)."""
    objs = [through_count(o) for o in kids(tok, "dobj", "nsubjpass")]
    if not objs:
        return None
    if any(o.ent_type_ == "PERSON" or (o.lemma_.lower() in lex.classes["agent"]
                                       and o.lemma_.lower() not in _NOT_CAPTIVES) for o in objs):
        if lemma_set(subjects_of(tok)) & _POLICE:
            return Entry("COERCE", "arrest", ("legal",), entry.sense, entry.weight)
        return Entry("ASSAULT", "abduct", (), entry.sense, entry.weight)
    places = [o for o in objs if (o.ent_type_ in ("GPE", "LOC", "FAC")
              or o.lemma_.lower() in lex.classes["place_noun"] | _GROUND)
              and o.lemma_.lower() not in lex.classes["vessel"]]  # a seized tanker is property
    if places and not lemma_set(subjects_of(tok) + pp_map(tok).get("by", [])) & _POLICE:
        return Entry("ASSAULT", None, ("military",), entry.sense, entry.weight)  # taken in combat
    return entry


#: ground taken in fighting ("captured part of a guerrilla stronghold", "overran the town")
_GROUND = frozenset({"stronghold", "territory", "position", "hill", "outpost", "garrison",
                     "bastion", "enclave", "pocket", "front", "valley", "ridge", "district"})


#: agent nouns that, as objects of "captured"/"seized", name places or institutions
_NOT_CAPTIVES = frozenset({"government", "parliament", "ministry", "council", "court",
                           "authority", "administration", "agency", "state", "country",
                           "nation", "party", "opposition", "regime", "movement", "community",
                           "organization", "organisation", "alliance", "coalition", "army",
                           "military", "media", "faction", "force", "unit"})


def raid(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    who = subjects_of(tok) + pp_map(tok).get("by", [])
    if lemma_set(who) & _POLICE or any(c.lower_ == "security" for w in who for c in w.lefts):
        return entry  # police or "security forces" search: COERCE seize
    return Entry("ASSAULT", None, (), entry.sense, entry.weight)


def kill(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Harm to people -- not "the earthquake killed", "killed the deal"."""
    if disaster(tok, lex):
        return None
    objs = kids(tok, "dobj", "nsubjpass")
    if objs and not any(argument_like(o, lex) or o.pos_ == "NUM" or o.lower_ in ("dozens",
                        "hundreds", "thousands", "scores") or (o.tag_ == "NNS" and any(
                        c.dep_ == "nummod" for c in o.children)) for o in objs):
        return None
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


WORKERS = frozenset({"worker", "teacher", "doctor", "nurse", "miner", "employee", "staff",
                      "driver", "docker", "lecturer", "pilot", "employe", "workforce",
                      "farmer", "trader", "shopkeeper", "merchant", "student", "controller",
                      "postman", "civil servant", "union", "railwayman", "steelworker",
                      "dockworker", "dockers", "longshoreman", "porter", "stevedore"})


def strike(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if disaster(tok, lex) or lemma_set(kids(tok, "dobj", "nsubjpass")) & _STRIKE_NONE:
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and lemma_set(kids(tok, "dobj")) & WORKERS:
        return None  # "called on striking teachers": the parser's gerund is a labour strike
    if any(argument_like(o, lex) for o in objects_of(tok)):
        return entry
    subj = lemma_set(subjects_of(tok))
    if subj & WORKERS and not objects_of(tok):  # "bus drivers struck for a second day"
        return Entry("PROTEST", "strike", ("economic",), entry.sense, entry.weight)
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
    """"the bomb exploded", "a car bomb ripped through a street" -- not "a storm tore through"."""
    return entry if lemma_set(subjects_of(tok)) & (lex.classes["weapon"] | _BLASTS) else None


_BLASTS = frozenset({"blast", "explosion", "bombing"})
_GUNFIRE = frozenset({"fire", "gunfire", "bullet", "machine-gun", "shot", "round"})


def spray(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"sprayed the motorcade with automatic fire" -- not "sprayed the crops with pesticide"."""
    return entry if lemma_set(pp_map(tok).get("with", [])) & _GUNFIRE and objects_of(tok) else None


def fire(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"fired rockets at", "opened fire", "troops fired on protesters" -- not "fired the
    minister"."""
    if kids(tok, "prt"):
        return None
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "test":
        return Entry("MOBILIZE", "weapons", ("military",), entry.sense, entry.weight)
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


FIGHTERS = frozenset({"troop", "soldier", "force", "army", "rebel", "militant", "fighter",
                       "police", "militia", "insurgent", "gunman", "gunmen", "guerrilla",
                       "guerilla", "jihadist", "military", "marine", "unit"})


def _fighter(tok: Any) -> bool:
    """"soldiers", and "Rebels" at the head of a sentence (a proper-noun lemma)."""
    return tok.lemma_.lower() in FIGHTERS or tok.lower_.removesuffix("s") in FIGHTERS


def fight(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = kids(tok, "dobj")
    if lemma_set(objs) & {"battle", "war", "clash", "gunbattle", "skirmish"} and (
            lemma_set(subjects_of(tok)) & FIGHTERS
            or any(s.ent_type_ in ("ORG", "GPE", "NORP") for s in subjects_of(tok))
            or lemma_set(pp_map(tok).get("with", []) + [
                p for o in objs for p in pp_map(o).get("with", [])]) & FIGHTERS):
        return entry  # "troops fought fierce battles near Goma" (not "a battle with the critics")
    if objs:
        return entry if all(argument_like(o, lex) and o.pos_ != "PRON" for o in objs) else None
    preps = pp_map(tok)
    pobjs = preps.get("against", []) + preps.get("with", [])
    if any(argument_like(p, lex) for p in pobjs):
        return entry
    # "the army and the RSF fought for control of the palace": armed sides fighting each other
    sides = [s for s in subjects_of(tok) for s in [s, *s.conjuncts]]
    armed = [s for s in sides if _fighter(s) or s.ent_type_ == "ORG"]
    if len(sides) > 1 and len(armed) == len(sides) and (
            "for" in preps or all(_fighter(s) for s in sides)):
        return entry  # "rebels and soldiers fought north of Kabul"
    weapons = lemma_set(preps.get("with", [])) & lex.classes["weapon"]
    return entry if weapons and armed else None  # "fighters battled with rifles and grenades"


def clash(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Crowds, forces and armed groups clash (ASSAULT); a person, or a leader or state that
    "clashed with Trudeau over trade", quarrels (ACCUSE disapprove)."""
    subj = [through_count(antecedent(s, tok)) for s in subjects_of(tok)]  # "hundreds of"
    subj += [c for s in subj for c in s.conjuncts]  # "activists and the police clashed"
    if not subj or any(s.lemma_.lower() in FIGHTERS | CROWDS | lex.classes["clash_side"]
                       for s in subj):
        return entry
    preps = pp_map(tok)
    overs = preps.get("over", []) + [p for w in preps.get("with", []) for p in pp_map(w).get(
        "over", [])]  # "clashed with the premier over trade"
    issue = [p for p in overs if p.ent_type_ not in (
        "GPE", "LOC", "FAC", "DATE", "TIME") and p.lemma_.lower() not in lex.classes["place_noun"]
        and p.lemma_.lower() not in lex.classes["time"]]
    if issue or all(s.ent_type_ == "PERSON" for s in subj):
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


def hack(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"hacked the ministry's servers" (COERCE cyber); "hacked to death", "hacked villagers with
    machetes" (ASSAULT)."""
    blades = lemma_set(pp_map(tok).get("with", [])) & {"machete", "axe", "knife", "sword",
                                                        "panga", "cleaver", "hatchet"}
    if "death" in lemma_set(pp_map(tok).get("to", [])) or blades:
        return Entry("ASSAULT", None, (), entry.sense, max(entry.weight, 0.8))
    return entry


_BEATERS = frozenset({"officer", "policeman", "guard", "agent", "mob", "thug", "man", "men",
                      "attacker", "assailant", "crowd", "youth", "settler", "vigilante"})


def beat(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"police beat the protesters", "was beaten with hammers" -- not "beat Trump in Iowa"."""
    if lemma_set(pp_map(tok).get("with", [])) & lex.classes["blunt"] or "death" in lemma_set(
            pp_map(tok).get("to", [])):  # "beaten with hammers", "beaten to death"
        return entry
    if lemma_set(subjects_of(tok) + pp_map(tok).get("by", [])) & (FIGHTERS | _BEATERS):
        return entry  # "police officers beat the opposition leader" (not "beat Trump in Iowa")
    objs = [antecedent(o, tok) for o in kids(tok, "dobj", "nsubjpass")]  # "an activist, who
    # was beaten"
    ok = [o for o in objs if o.lemma_.lower() in lex.classes["agent"] or o.lower_ in ("him", "her",
                                                                                      "them")]
    return entry if ok and not any(o.ent_type_ in ("PERSON", "ORG", "GPE") for o in objs) else None


def asset(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"massed troops / tanks on the border", "stationed warships" -- not "stationed in"."""
    objs = [through_count(o) for o in objects_of(tok)]
    ok = any(argument_like(o, lex) or o.lemma_.lower() in lex.classes["asset"] for o in objs)
    return entry if ok else None
