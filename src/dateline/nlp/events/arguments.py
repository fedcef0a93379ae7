"""Argument roles from the dependency parse: which tokens head the actor and the recipient.

Actor = the agent: the subject of an active verb, the ``by`` phrase of a passive, the subject
shared through coordination ("met and agreed"), control ("agreed to resume", "urged Iran to
stop") and participial clauses ("..., killing six"); for an event noun its possessor or
national/agent modifier ("Israel's strike", "a US drone strike"). Recipient = the object, the
passive subject (the victim of "was killed by"), or an "against/on/with/..." attachment, looked
for inside the clause or noun an agreement, threat or demand is about.
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import argument_like, party_like
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.nouns import event_noun
from dateline.nlp.events.triggers import Candidate
from dateline.nlp.events.violence import through_count

RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"against", "on", "at", "upon", "into", "toward", "towards"}),
    "CONSULT": frozenset({"with"}), "AGREE": frozenset({"with"}),
    "COOPERATE": frozenset({"with"}), "AID": frozenset({"to", "for"}),
    "SUPPORT": frozenset({"to"}), "REQUEST": frozenset({"on", "upon", "from", "to"}),
    "ACCUSE": frozenset({"against"}), "REJECT": frozenset(),
    "THREATEN": frozenset({"against", "to"}), "PROTEST": frozenset({"against"}),
    "SANCTION": frozenset({"against", "on", "to"}), "COERCE": frozenset({"against"}),
    "MOBILIZE": frozenset({"against"}), "RETREAT": frozenset(), "CONCEDE": frozenset({"to"}),
}
#: verbs whose recipient comes with their own preposition ("cracked down on protesters")
LEMMA_PREPS: dict[str, frozenset[str]] = {
    "crack": frozenset({"on"}), "impose": frozenset({"on"}), "call": frozenset({"on", "upon"}),
    "fire": frozenset({"at", "on", "into", "upon"}), "open": frozenset({"on"}),
}
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
                          "abduction", "kidnapping", "release", "detention", "beheading",
                          "torture", "deportation", "expulsion", "death", "resignation"})
#: "killing of X", "arrest of X", "release of X": the "of" object is the recipient
VICTIM_OF = frozenset({"ASSAULT", "COERCE", "RETREAT", "SANCTION"})
#: types whose content clause ("agreed to attack X", "the agreement to resume operations
#: against X") names the recipient
CONTENT_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})
_CONTENT_PREPS = frozenset({"against", "on", "with", "at", "upon"})
_DEMANDS = frozenset({"demand", "insist", "urge", "ask", "request"})
_ACTOR_MODS = frozenset({"poss", "compound", "amod", "nmod"})
_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject(verb: Any, lex: Lexicon, depth: int = 0) -> list[Any]:
    """The subject heads of ``verb``, climbing coordination, control and participles."""
    if depth > 4:
        return []
    subj = _kids(verb, "nsubj", "csubj")
    if subj:
        rel = [s for s in subj if s.lower_ in ("who", "which", "that")]
        if rel and verb.dep_ == "relcl":
            return [verb.head]
        return subj
    head, dep = verb.head, verb.dep_
    if head == verb:
        return []
    if dep == "xcomp" and is_passive(head) and not _kids(head, "agent"):
        return _kids(head, "nsubjpass")  # "Kim is reported to have promised"
    if is_passive(verb):
        return []
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject(head, lex, depth + 1)
    if dep == "xcomp":
        objs = _kids(head, "dobj")
        if objs and head.lemma_.lower() in lex.classes["request"]:
            return objs
        return subject(head, lex, depth + 1)
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        return subject(head, lex, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and not _kids(verb, "mark"):
        return subject(head, lex, depth + 1)
    if dep == "acl" and verb.tag_ == "VBD" and _kids(verb, "dobj"):
        return [head]  # a sentence parsed as a noun phrase: "The rebels handed over the town"
    if dep == "acl" and head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
        return subject(head.head, lex, depth + 1)
    if dep == "pcomp" and head.head.pos_ == "VERB":  # "denied carrying out"
        gov = head.head
        objs = _kids(gov, "dobj")
        if head.lower_ in ("for", "of", "from") and objs:  # "accused X of attacking"
            return objs
        if head.lower_ == "for":  # "warned of strikes ... for conducting drills": someone else
            return []
        return subject(gov, lex, depth + 1)
    return []


def _against(mod: Any) -> bool:
    """"anti-India protests": a modifier prefixed by anti- names the target, not the actor."""
    doc = mod.doc
    i = mod.left_edge.i
    return any(doc[k].lower_ in ("anti", "counter") for k in range(max(0, i - 2), mod.i))


def _victim_possessor(noun: Any, mod: Any) -> bool:
    """"Khashoggi's killing", "Navalny's arrest": the possessor of a victim noun is the victim."""
    return mod.dep_ == "poss" and noun.lemma_.lower() in VICTIM_NOUNS and (
        mod.ent_type_ == "PERSON" or mod.pos_ == "PRON")


def noun_targets(noun: Any) -> list[Any]:
    """Modifiers of an event noun that name its target ("anti-India", "Khashoggi's")."""
    return [c for c in noun.children if c.dep_ in _ACTOR_MODS
            and (_against(c) or _victim_possessor(noun, c))]


def noun_actors(noun: Any, lex: Lexicon) -> list[Any]:
    """Actor heads of an event noun: possessor, national or agent modifier, "by" phrase,
    "between A and B"."""
    out = []
    targets = noun_targets(noun)
    for c in noun.children:
        if c.dep_ in _ACTOR_MODS and (c.dep_ == "poss" or party_like(c, lex)) and c not in targets:
            if c.lemma_.lower() not in lex.modes and not (c.dep_ != "poss" and _city(c)):
                out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "between"):
            out += _kids(c, "pobj")
    return out


def _city(tok: Any) -> bool:
    """A place name modifying an event noun is where it happened, not who did it ("the
    Benghazi attack", "the Mosul offensive"): only countries, nations and groups act."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    from dateline.geo.gazetteer import default_gazetteer

    places = default_gazetteer().lookup(tok.text)
    return bool(places) and all(p.kind != "country" for p in places)


def _datives(tok: Any) -> list[Any]:
    """"gave Iran aid" -> Iran; "sent aid to the refugees" (a dative "to") -> refugees."""
    out = []
    for c in _kids(tok, "dative"):
        out += _kids(c, "pobj") if c.pos_ == "ADP" else [c]
    return out


def _pp_objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out += [p for p in _kids(c, "pobj") if p.lemma_.lower() not in _NOT_PARTIES]
    return out


def _content_recipients(tok: Any, lex: Lexicon, depth: int = 0) -> list[Any]:
    """Recipients named inside what an agreement/threat/demand is about: the object or
    "against/on/with/to" party of its clause ("threatened to ban opposition candidates",
    "agreed on attacks against American forces", "demanded that the government end ...")."""
    if depth > 4:
        return []
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ in _CONTENT_PREPS or c.lower_ == "to"):
            for p in _kids(c, "pobj"):
                if argument_like(p, lex) and event_noun(p, lex) is None:
                    if c.lower_ != "to" or depth:
                        out.append(p)
                elif p.pos_ in ("NOUN", "PROPN"):
                    out += _content_recipients(p, lex, depth + 1)
        elif c.dep_ in ("xcomp", "acl", "conj", "ccomp") and c.pos_ in ("VERB", "AUX"):
            if c.dep_ in ("conj", "ccomp") and not depth and tok.lemma_.lower() not in _DEMANDS:
                continue  # another clause, not the content of this one
            if c.dep_ == "ccomp":  # "demanded that the government end ...": who is asked
                out += [s for s in _kids(c, "nsubj") if argument_like(s, lex)
                        and s.lower_ not in ("it", "they", "he", "she", "we", "i")]
                continue
            out += [o for o in _kids(c, "dobj") if argument_like(o, lex)
                    and event_noun(o, lex) is None]
            out += _content_recipients(c, lex, depth + 1)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [r for p in _kids(c, "pobj") for r in _content_recipients(p, lex, depth + 1)]
        elif c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not argument_like(c, lex):
            out += _content_recipients(c, lex, depth + 1)
    return out


def owners(noun: Any, lex: Lexicon) -> list[Any]:
    """Whose is a proposal, decision or act named by a noun: "Iraq's offer", "an Indian
    proposal", "an offer from Afghanistan", "the suppression by Serbia"."""
    out = [c for c in noun.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _ENTITY_LABELS)]
    out += _pp_objects(noun, frozenset({"from", "by"}))
    return out


def _objects_as_recipients(objs: list[Any], lex: Lexicon) -> list[Any]:
    """Objects that are parties; an event noun object stands for its own actor ("condemned
    Israel's strike" -> Israel)."""
    out: list[Any] = []
    for o in objs:
        o = through_count(o)  # "thousands of displaced people" -> people
        if event_noun(o, lex) is not None:
            out += noun_actors(o, lex)
        elif argument_like(o, lex):
            if o.lemma_.lower() not in lex.classes["weapon"]:
                out.append(o)
        elif o.pos_ == "NOUN":
            out += owners(o, lex)
    return out


def _as_actors(heads: list[Any], lex: Lexicon) -> list[Any]:
    """Subjects that are event nouns stand for their own actors ("the agreements failed");
    weapons, laws and documents are no actors ("ten missiles targeted ...", "the deal
    allowed ...")."""
    out: list[Any] = []
    for h in heads:
        if event_noun(h, lex) is not None:
            out += noun_actors(h, lex)
        elif h.lemma_.lower() in lex.classes["weapon"] or (
                h.lemma_.lower() in lex.classes["abstract"] and h.pos_ == "NOUN"
                and h.ent_type_ not in ("ORG", "GPE", "NORP")):
            continue  # "the license allowed Iran to ..." names no actor
        else:
            out.append(h)
    return out


def _noun_roles(noun: Any, etype: str, preps: frozenset[str],
                lex: Lexicon) -> tuple[list[Any], list[Any]]:
    preps = preps | NOUN_PREPS.get(etype, frozenset())
    recips = _objects_as_recipients(_pp_objects(noun, preps), lex)
    if etype in VICTIM_OF:
        recips += _objects_as_recipients(_pp_objects(noun, frozenset({"of"})), lex)
    if etype in CONTENT_TYPES:
        recips += _content_recipients(noun, lex)
    actors = noun_actors(noun, lex)
    recips += noun_targets(noun)
    between = [a for a in actors if a.head.lower_ == "between"]
    return actors, [r for r in recips if r not in between]


def roles(cand: Candidate, lex: Lexicon) -> tuple[list[Any], list[Any]]:
    """(actor heads, recipient heads) of a candidate."""
    etype = cand.entry.type
    anchor, noun = cand.anchor, cand.noun
    preps = RECIPIENT_PREPS.get(etype, frozenset()) | LEMMA_PREPS.get(anchor.lemma_.lower(),
                                                                       frozenset())
    if cand.kind == "must":  # "Russia said Sudan must return ...": who must act
        assert noun is not None
        demanded = _kids(noun, "nsubj", "nsubjpass") or _kids(noun.head, "nsubj")
        return _as_actors(subject(anchor, lex), lex), [d for d in demanded
                                                        if argument_like(d, lex)]
    if cand.kind in ("harm", "die"):
        assert noun is not None
        actors = noun_actors(noun, lex) + _pp_objects(anchor, frozenset({"by"}))
        victims = _kids(anchor, "nsubj") if cand.kind == "die" else cand.objects
        victims = [v for v in victims if v != noun]
        return actors, _objects_as_recipients(victims + _pp_objects(noun, preps), lex)
    if cand.kind == "noun":
        assert noun is not None
        return _noun_roles(noun, etype, preps, lex)
    opposed = anchor.lemma_ == "oppose" and is_passive(anchor) and "to" in {
        c.lower_ for c in anchor.children if c.dep_ == "prep"}  # "is opposed to": active
    reduced = anchor.dep_ == "acl" and anchor.tag_ == "VBN"  # "an American killed in ..."
    passive = (is_passive(anchor) or reduced) and not opposed
    if opposed:
        actors = _kids(anchor, "nsubjpass")
    elif reduced:
        actors = _pp_objects(anchor, frozenset({"by"}))
    elif passive:
        actors = _pp_objects(anchor, frozenset({"by"}))
        if noun is not None:
            actors += noun_actors(noun, lex)
        if not actors and (etype == "MOBILIZE" or cand.entry.mode in ("withdraw", "disarm")):
            actors = _kids(anchor, "nsubjpass")  # "rebels were demobilized": they disarm
    else:
        actors = _as_actors(subject(anchor, lex), lex)
    recips: list[Any] = [anchor.head] if reduced and argument_like(anchor.head, lex) else []
    objs = [o for o in cand.objects if o != noun and not (opposed and o.dep_ == "nsubjpass")]
    if etype == "MOBILIZE" or cand.entry.mode in ("withdraw", "disarm"):
        objs = [o for o in objs if o.dep_ == "nsubjpass" and not passive]  # own forces
    if not (passive and noun is not None):
        recips += _objects_as_recipients(objs, lex)
    recips += _objects_as_recipients(_datives(anchor), lex)
    if etype == "ASSAULT" and any(argument_like(o, lex) and o.lemma_.lower() not in
                                  lex.classes["weapon"] for o in objs):
        # "shot a man at a checkpoint": "at" is where (but "fired rockets at the posts")
        preps = preps - {"at", "on", "into", "upon"}
    recips += _objects_as_recipients(_pp_objects(anchor, preps), lex)
    for o in objs:  # "provided aid to X" with "to X" on the object
        if not argument_like(o, lex):
            recips += _objects_as_recipients(_pp_objects(o, preps), lex)
    if opposed:
        recips += _objects_as_recipients(_pp_objects(anchor, frozenset({"to"})), lex)
    if noun is not None:
        noun_preps = preps | NOUN_PREPS.get(etype, frozenset()) | {"between", "among"}
        recips += _objects_as_recipients(_pp_objects(noun, noun_preps), lex)
        if etype in VICTIM_OF:
            recips += _objects_as_recipients(_pp_objects(noun, frozenset({"of"})), lex)
    if etype in CONTENT_TYPES:
        recips += _content_recipients(anchor, lex)
    return actors, recips
