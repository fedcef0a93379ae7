"""Roles around nouns: who did an event named by a noun ("Israel's strike", "a US drone
strike", "the suppression by Serbia"), whom it targets ("attack on the base", "Khashoggi's
killing", "anti-India protests"), whose proposal or decision an object is ("rejected Iraq's
offer"), and who is named inside what an agreement, threat or demand is about ("agreed on
attacks against American forces", "demanded that the government end ...")."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import argument_like, demand_object, party_like, through_count
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.nouns import event_noun

#: reasons and charges are no parties ("jailed on allegations of treason")
_NOT_PARTIES = frozenset({"allegation", "charge", "suspicion", "ground", "accusation", "basis",
                          "behalf", "condition", "count", "order", "orders", "pretext", "day",
                          "night", "morning", "evening", "week", "weekend", "occasion", "record",
                          "way", "time", "issue", "matter", "question", "subject"})
#: prepositions that name the recipient after an event noun ("support for X", "aid to X")
NOUN_PREPS: dict[str, frozenset[str]] = {"SUPPORT": frozenset({"for"}), "AID": frozenset({"for"}),
                                         "REQUEST": frozenset({"for"})}
#: nouns whose possessor is the one it happens to ("Khashoggi's killing")
VICTIM_NOUNS = frozenset({"killing", "murder", "assassination", "arrest", "execution",
                          "imprisonment", "incarceration", "confinement", "repatriation",
                          "extradition", "interrogation", "prosecution",
                          "abduction", "kidnapping", "release", "detention", "beheading",
                          "torture", "deportation", "expulsion", "death"})
#: "killing of X", "arrest of X", "release of X": the "of" object is the recipient
VICTIM_OF = frozenset({"ASSAULT", "COERCE", "RETREAT", "SANCTION"})
#: types whose content clause ("agreed to attack X", "the agreement to resume operations
#: against X") names the recipient
CONTENT_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})
_CONTENT_PREPS = frozenset({"against", "on", "with", "at", "upon"})
_DEMANDS = frozenset({"demand", "insist", "urge", "ask", "request"})
_ACTOR_MODS = frozenset({"poss", "compound", "amod", "nmod"})
_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def kids_of(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _against(mod: Any) -> bool:
    """"anti-India protests": a modifier prefixed by anti- names the target, not the actor."""
    doc = mod.doc
    i = mod.left_edge.i
    return any(doc[k].lower_ in ("anti", "counter") for k in range(max(0, i - 2), mod.i))


def _victim_possessor(noun: Any, mod: Any) -> bool:
    """"Khashoggi's killing", "the sailors' release", "the Soleimani killing": the possessor
    (or a person's name before it) of a victim noun is the victim, unless the noun names its
    victim or doer itself ("Israel's killing of three farmers")."""
    if noun.lemma_.lower() not in VICTIM_NOUNS or any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by") for c in noun.children):
        return False
    if mod.dep_ == "compound":
        return bool(mod.ent_type_ == "PERSON")
    return mod.dep_ == "poss" and mod.ent_type_ not in ("GPE", "ORG")


def noun_targets(noun: Any) -> list[Any]:
    """Modifiers of an event noun that name its target ("anti-India", "Khashoggi's")."""
    return [c for c in noun.children if c.dep_ in _ACTOR_MODS
            and (_against(c) or _victim_possessor(noun, c))]


def noun_actors(noun: Any, lex: Lexicon) -> list[Any]:
    """Actor heads of an event noun: possessor, national or agent modifier, "by" phrase,
    "between A and B"."""
    out = []
    targets = noun_targets(noun)
    owned = any(c.dep_ == "poss" for c in noun.children)
    for c in noun.children:
        if c.dep_ in _ACTOR_MODS and (c.dep_ == "poss" or party_like(c, lex)) and c not in targets \
                and c.ent_type_ != "EVENT" and not _kind_word(c, owned, lex):
            if c.lemma_.lower() not in lex.modes and not (c.dep_ != "poss" and _city(c)):
                out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "between"):
            out += kids_of(c, "pobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the demonstration staged by students"
            out += pp_objects(c, frozenset({"by"}))
    return out


def _kind_word(mod: Any, owned: bool, lex: Lexicon) -> bool:
    """A modifier that says what kind of event it is, not who did it: "the Boston Marathon
    bombings" (a named event), "his military offensive" (the possessor acts), "landmark talks"
    (a lower-case word the tagger took for a name), "inter-Afghan talks" ("inter")."""
    if mod.dep_ == "poss":
        return False
    if mod.ent_type_ == "EVENT" or mod.lower_ in ("inter", "intra"):
        return True
    if mod.pos_ == "PROPN" and mod.text.islower() and not mod.ent_type_:
        return mod.lemma_.lower() not in lex.classes["agent"]  # but "police firing" in a
        # lower-case archive is by the police
    return owned and not mod.ent_type_ and mod.pos_ != "PROPN"


def _city(tok: Any) -> bool:
    """A place name modifying an event noun is where it happened, not who did it ("the
    Benghazi attack", "the Mosul offensive", "the Libya attack"): only countries named by their
    adjective or initials ("Iraqi", "US"), nations and groups act."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    from dateline.geo.gazetteer import default_gazetteer

    places = default_gazetteer().lookup(tok.text)
    if places and tok.dep_ == "compound" and not tok.text.replace(".", "").isupper():
        return True  # a country's name, not its adjective: "the Libya attack", "Syria strikes"
    return bool(places) and all(p.kind != "country" for p in places)


def pp_objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out += [p for p in kids_of(c, "pobj") if p.lemma_.lower() not in _NOT_PARTIES]
    return out


def content_recipients(tok: Any, lex: Lexicon, depth: int = 0) -> list[Any]:
    """Recipients named inside what an agreement/threat/demand is about: the object or
    "against/on/with/to" party of its clause ("threatened to ban opposition candidates",
    "agreed on attacks against American forces", "demanded that the government end ...")."""
    if depth > 4:
        return []
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in _CONTENT_PREPS or c.lower_ == "to"):
            for p in kids_of(c, "pobj"):
                if argument_like(p, lex) and event_noun(p, lex) is None:
                    if c.lower_ != "to" or depth:
                        out.append(p)
                elif p.pos_ in ("NOUN", "PROPN"):
                    out += content_recipients(p, lex, depth + 1)
        elif c.dep_ in ("xcomp", "acl", "conj", "ccomp") and c.pos_ in ("VERB", "AUX"):
            if c.dep_ in ("conj", "ccomp") and not depth and tok.lemma_.lower() not in _DEMANDS \
                    and not (c.dep_ == "ccomp" and demand_object(tok)):
                continue  # another clause, not the content of this one
            if c.dep_ == "ccomp" or (c.dep_ == "acl" and any(  # "its demand that Israel ease"
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
                # "demanded that the government end ...": who is asked
                out += [s for s in kids_of(c, "nsubj") if argument_like(s, lex)
                        and s.lower_ not in ("it", "they", "he", "she", "we", "i")]
                continue
            out += [o for o in kids_of(c, "dobj") if argument_like(o, lex)
                    and event_noun(o, lex) is None]
            out += content_recipients(c, lex, depth + 1)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by") and (depth or tok.pos_ == "NOUN"):
            for p in kids_of(c, "pobj"):  # "the removal of President X", "an admission by Moscow"
                if argument_like(p, lex) and event_noun(p, lex) is None:
                    out.append(p)
                else:
                    out += content_recipients(p, lex, depth + 1)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [r for p in kids_of(c, "pobj") for r in content_recipients(p, lex, depth + 1)]
        elif c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not argument_like(c, lex):
            out += content_recipients(c, lex, depth + 1)
    return out


def owners(noun: Any, lex: Lexicon) -> list[Any]:
    """Whose is a proposal, decision or act named by a noun: "Iraq's offer", "an Indian
    proposal", "an offer from Afghanistan", "the suppression by Serbia"."""
    out = [c for c in noun.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in _ENTITY_LABELS or (
            c.dep_ == "compound" and c.lemma_.lower() in lex.classes["agent"])))]
    out += pp_objects(noun, frozenset({"from", "by"}))
    return out


_SELVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself",
                     "yourself", "yourselves"})


def objects_as_recipients(objs: list[Any], lex: Lexicon) -> list[Any]:
    """Objects that are parties; an event noun object stands for its own actor ("condemned
    Israel's strike" -> Israel)."""
    out: list[Any] = []
    for o in objs:
        if o.lower_ in _SELVES:
            continue  # "chained themselves to the gates": the actor, not whom it is against
        o = through_count(o)  # "thousands of displaced people" -> people
        if event_noun(o, lex) is not None:
            out += noun_actors(o, lex)
        elif argument_like(o, lex):
            if o.lemma_.lower() not in lex.classes["weapon"]:
                out.append(o)
        elif o.pos_ == "NOUN":
            out += owners(o, lex)
    return out


def noun_roles(noun: Any, etype: str, preps: frozenset[str],
                lex: Lexicon) -> tuple[list[Any], list[Any]]:
    preps = preps | NOUN_PREPS.get(etype, frozenset())
    recips = objects_as_recipients(pp_objects(noun, preps), lex)
    if etype in VICTIM_OF:
        recips += objects_as_recipients(pp_objects(noun, frozenset({"of"})), lex)
    if etype in CONTENT_TYPES:
        recips += content_recipients(noun, lex)
    actors = noun_actors(noun, lex)
    recips += noun_targets(noun)
    between = [a for a in actors if a.head.lower_ == "between"]
    return actors, [r for r in recips if r not in between]


#: where an event happened stands for whom it was done to when no party is named ("lifted the
#: curfew in Montenegro", "demonstrated in Serbia", "remained on alert in the West Bank"): the
#: CAMEO/PLOVER coding practice of the gold standard. Not for meetings and statements, whose
#: place is only where they were held.
PLACE_TYPES = frozenset({"COERCE", "CONCEDE", "PROTEST", "MOBILIZE", "RETREAT", "SANCTION",
                         "ASSAULT", "THREATEN"})
_PLACE_PREPS = frozenset({"in", "into", "across", "throughout", "inside", "on"})


def place_recipients(anchor: Any, noun: Any | None) -> list[Any]:
    """Named places (GPE/LOC) of an "in"-phrase on the event's verb, its object or its noun,
    or on the clause it governs ("threatened to ban voting in East Jerusalem")."""
    heads = [anchor] + ([noun] if noun is not None else [])
    named = [c for h in heads if h.pos_ == "NOUN" for c in h.children
             if c.dep_ == "compound" and _city(c)]
    if named:
        return named[:1]  # "the Kabul bombing"
    for _ in range(2):  # "threatened to resume attacks in Israel": the act's object's place
        heads += [c for h in list(heads) for c in h.children if c not in heads
                  and c.dep_ in ("dobj", "xcomp") and c.pos_ in ("NOUN", "PROPN", "VERB")]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS:
                continue
            places = [p for p in kids_of(c, "pobj") if p.ent_type_ in ("GPE", "LOC")]
            if c.lower_ == "on":
                places = [p for p in places if p.ent_type_ == "GPE"]
            if places:
                return places[:1]
    return []
