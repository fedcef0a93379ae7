"""A verb's objects and what a verb + object means: "carried out an attack" (the light verb takes
its noun's meaning), "lifted the curfew" (a curated pair), "sent food to" (relief goods),
"25,000 tons of food aid" (through the measure to what is measured)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import swallowed_object
from dateline.nlp.events.lexicon import NO_EVENT, Entry, Lexicon
from dateline.nlp.events.material import MEDIATORS
from dateline.nlp.events.nouns import noun_entry, noun_keys

_MONEY = frozenset({"euro", "dollar", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dinar",
                    "ruble", "rouble", "$", "usd", "eur", "ecu", "ecus", "shilling", "naira",
                    "rand", "peso", "krone", "kroner", "krona", "lira", "dirham", "taka",
                    "rupiah", "baht", "won", "zloty", "forint"})
#: agent nouns that name a collective party, not a person
_GROUPS = frozenset({"government", "army", "military", "party", "group", "organization",
                     "organisation", "movement", "militia", "coalition", "alliance", "regime",
                     "administration", "authority", "authorities", "council", "parliament",
                     "ministry", "agency", "faction", "country", "nation", "state", "navy",
                     "force", "opposition", "rebel", "police"})

_MEASURES = frozenset({"ton", "tonne", "part", "number", "amount", "dollar", "million",
                       "billion", "thousand", "hundred", "kind", "portion", "batch", "shipment",
                       "lot", "round", "series", "wave", "some", "all", "most", "much", "more",
                       "package", "consignment", "quantity", "load", "contingent", "truck",
                       "truckload", "lorry", "convoy", "planeload", "shipload", "container",
                       "bag", "sack", "box", "carton", "crate", "day", "week", "month",
                       "hour", "worth", "tranche", "instalment", "installment",
                       "disbursement", "team", "battalion", "detachment", "brigade", "platoon",
                       "squad", "barrage"})


def through_measure(tok: Any) -> Any:
    """"25,000 tons of food aid" -> "aid"; "part of the program" -> "program"; "20 million
    euros in humanitarian aid" -> "aid"."""
    lemma = tok.lemma_.lower()
    if lemma in _MEASURES or tok.pos_ == "NUM" or lemma in _MONEY:
        preps = ("of", "in") if lemma in _MONEY or tok.ent_type_ == "MONEY" else ("of",)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return through_measure(p)
    if lemma in _MEASURES:  # "a $250 million loan instalment", "the aid convoy"
        named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if named:
            return named[-1]
    return tok


def direct_objects(verb: Any) -> list[Any]:
    """The verb's objects: dobj, or the passive subject (what was acted on)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        objs = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
    if not objs:
        objs = as_objects(verb)
    if verb.lemma_.lower() in ("take", "hold"):  # "was taken hostage", "taken into custody"
        objs += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _CUSTODY]
    if verb.lemma_.lower() == "set":  # "set the church on fire / ablaze"
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                 for p in c.children if p.dep_ == "pobj" and p.lower_ == "fire"]
        objs += [c for c in verb.subtree if c.lower_ in ("ablaze", "alight")][:1]
    if not objs:  # "walked off the job", "looked into the claims": a particle parsed as a
        # preposition
        objs = [p for c in verb.rights if c.dep_ == "prep" and c.i == verb.i + 1
                and (verb.lemma_.lower(), c.lower_) in _PARTICLES
                for p in c.children if p.dep_ == "pobj"]
    if not objs:
        objs = swallowed_object(verb)
    if not objs and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in ("have", "get"):  # "have their licences revoked"
        objs = [c for c in verb.children if c.dep_ == "nsubj"]
    # "has given Yemen assistance worth ...": the parser may take the goods for the receiver
    # (a common noun, tried after the objects; a receiver is mostly a party)
    objs += [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"]
    if verb.lemma_.lower() in _PROVIDE_WITH:  # "provided Bangladesh with locomotives"
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
    return [through_measure(o) for o in objs]


_CUSTODY = frozenset({"custody", "detention"})
#: particles a parser takes for prepositions ("walked off the job")
_PARTICLES = frozenset({("walk", "off"), ("look", "into")})
#: verbs whose goods come with "with": "supplied the army with vehicles"
_PROVIDE_WITH = frozenset({"provide", "supply", "equip", "furnish", "arm", "present"})


def as_objects(verb: Any) -> list[Any]:
    """The object the parser hung on an "as"-predicate: "dismissed as baseless the
    accusations", "denounced as an ugly crime Serbia's suppression" -- not a clause opened by
    "as" ("intensified as the US started withdrawing its troops")."""
    return [o for c in verb.children if c.dep_ in ("advcl", "oprd", "acomp", "xcomp", "prep")
            and (c.lower_ == "as" or any(a.lower_ == "as" and a.dep_ != "mark" for a in c.children))
            for g in [c, *c.children] for o in g.children if o.dep_ == "dobj"]


def object_entry(lemma: str, obj: Any, lex: Lexicon) -> tuple[Entry, Entry | None] | None:
    """The verb + object sense (entry, event noun entry) if one is known: a curated pair first,
    then a light verb taking its event noun's meaning, then CAMEO's pattern."""
    n_entry = noun_entry(obj, lex)
    keys = noun_keys(obj) if obj.pos_ in ("NOUN", "PROPN") else [obj.lower_]
    extra = []
    if n_entry is not None:
        extra.append(f"@{n_entry.type}")
    lemma_o = obj.lemma_.lower()
    people = obj.ent_type_ in ("PERSON", "NORP") or lemma_o in lex.classes["person_noun"] or any(
        c.ent_type_ == "NORP" for c in obj.lefts)  # "two Cambodian deminers"
    if any((c.dep_ == "amod" or (c.dep_ == "relcl" and c.pos_ == "VERB" and people))
           and c.lemma_.lower() in _HELD for c in obj.children):
        extra.append("@CAPTIVE")  # "handed over 20 captured soldiers", "the deminers they had held"
    if lemma_o in ("role", "post", "position", "mission") and any(
            c.dep_ == "prep" and c.lower_ == "as" and q.lemma_.lower() in MEDIATORS
            for c in obj.children for q in c.children):
        extra.append("@MEDIATION")  # "ended its role as mediator"
    if obj.ent_type_ == "PERSON":
        extra.append("@NAMED")  # "welcomed President X" (not "welcomed refugees")
    if obj.ent_type_ == "PERSON" or lemma_o in lex.classes["person_noun"] or (
            lemma_o in lex.classes["agent"] and lemma_o not in _GROUPS):
        extra.append("@PERSON")
    if obj.ent_type_ in ("ORG", "GPE", "NORP") or lemma_o in _GROUPS:
        extra.append("@PARTY")
    if obj.ent_type_ == "MONEY" or lemma_o in _MONEY:
        extra.append("@MONEY")
    if lemma_o in lex.classes["asset"]:
        extra.append("@ASSET")
    if any(c.dep_ == "amod" and c.lower_ == "joint" for c in obj.children):
        extra.append("@JOINT")  # "carried out a joint census"
    if lemma_o in lex.classes["goods"] or any(
            c.dep_ == "conj" and c.lemma_.lower() in lex.classes["goods"] for c in obj.children):
        extra.append("@GOODS")
    verb = lex.verbs.get(lemma)
    specific = next((k for k in keys if " " in k and k in lex.nouns), None)
    if specific is not None and n_entry is not None and not n_entry.light_only \
            and verb is not None and verb.type == NO_EVENT:
        # a multiword event noun outranks its head's pairs: "carried out joint exercises"
        # (not "carry out" + "exercise"), "imposed a visa ban" (not "impose" + "ban")
        hit = lex.verb_objects.get((lemma, specific)) or lex.verb_objects.get(
            (lemma, f"@{n_entry.type}"))
        return (hit, n_entry) if hit is not None else (n_entry, n_entry)
    for key in [*keys, *extra, "@"]:
        hit = lex.verb_objects.get((lemma, key))
        if hit is not None:
            return hit, n_entry
    if verb is None or verb.type != NO_EVENT or verb.sense == "pairs":
        return None  # a typed verb keeps its own meaning unless a curated pair says otherwise
    if n_entry is not None:
        return n_entry, n_entry  # a light verb takes its object noun's meaning
    for key in keys:
        hit = lex.cameo_objects.get((lemma, key))
        if hit is not None:
            return hit, n_entry
    derived = nominalized(obj, lex) if lemma not in _NO_DERIVE else None
    return (derived, derived) if derived is not None else None


#: what makes people captives ("captured soldiers", "kidnapped aid workers")
_HELD = frozenset({"capture", "captured", "kidnap", "kidnapped", "abduct", "abducted", "detain",
                   "detained", "jail", "jailed", "imprison", "imprisoned", "hold", "seize",
                   "take"})
#: light verbs of amount and phase: "strengthened regional protection" names no act of
#: protecting
_NO_DERIVE = frozenset({"strengthen", "boost", "increase", "expand", "deepen", "improve",
                        "bolster", "reduce", "step up", "intensify", "escalate", "continue",
                        "resume", "renew", "end", "stop", "halt", "suspend", "cease", "prevent",
                        "block", "break", "violate", "breach", "use", "need", "cut"})
#: nouns that only look like the act of a lexicon verb ("signal" is no signing)
_NOT_NOMINAL = frozenset({"signal"})


#: noun suffix -> verb ending, to read an unknown object noun as the act of a lexicon verb
#: ("denied land allocation" <- allocate, "gave its approval" <- approve)
_NOMINAL = (("ation", "ate"), ("ation", "e"), ("ation", ""), ("ition", "ish"), ("ion", "e"),
            ("ion", ""), ("ment", ""), ("al", "e"), ("al", ""), ("ance", ""), ("ence", "e"),
            ("ure", "e"), ("sion", "d"), ("sion", "de"))


def nominalized(obj: Any, lex: Lexicon) -> Entry | None:
    """The meaning of an object noun that names the act of a curated event verb, for a light
    verb that takes it ("made an allocation", "expressed appreciation"); None when it names
    none. Only the typed verbs count, at lower strength."""
    word = str(obj.lemma_).lower()
    if obj.pos_ != "NOUN" or obj.ent_type_ or len(word) < 6 or word in _NOT_NOMINAL:
        return None
    for suffix, ending in _NOMINAL:
        if word.endswith(suffix):
            verb = lex.verbs.get(word[: len(word) - len(suffix)] + ending)
            if verb is not None and verb.type != NO_EVENT and " " not in word:
                return Entry(verb.type, verb.mode, verb.context, "", round(verb.weight - 0.1, 2),
                             True, "derived")
    return None
