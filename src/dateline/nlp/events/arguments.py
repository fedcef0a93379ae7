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

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.crowds import protest_targets
from dateline.nlp.events.dep import (
    PARTY_LABELS,
    antecedent,
    argument_like,
    loose_participle,
)
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.noun_roles import (
    CONTENT_TYPES,
    NOUN_PREPS,
    PLACE_TYPES,
    VICTIM_OF,
    content_recipients,
    kids_of,
    noun_actors,
    noun_roles,
    objects_as_recipients,
    place_recipients,
    pp_objects,
)
from dateline.nlp.events.nouns import event_noun
from dateline.nlp.events.retype import teller
from dateline.nlp.events.subjects import accused, is_passive, subject

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
#: verbs whose subject decides an act named by their object: "the parliament voted for the
#: expulsion of ...", "the cabinet approved the deployment of ...": the decider is its actor
_DECIDE = frozenset({"vote", "approve", "authorize", "authorise", "order", "decide", "mandate",
                     "sanction", "endorse"})
_DECIDE_PREPS = frozenset({"for", "on"})


def _decider(noun: Any, lex: Lexicon) -> list[Any]:
    """The subject of a deciding verb whose object (or "for"/"on"/"in favor of" phrase) is the
    event noun."""
    verb, dep = noun.head, noun.dep_
    if dep == "pobj" and verb.lower_ == "of" and verb.head.lower_ in ("favor", "favour") \
            and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in":
        verb = verb.head.head.head  # "voted in favor of the expulsion"
    elif dep == "pobj" and verb.lower_ in _DECIDE_PREPS:
        verb = verb.head
    elif dep != "dobj":
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DECIDE or is_passive(verb):
        return []
    return subject(verb, lex)


def _datives(tok: Any) -> list[Any]:
    """"gave Iran aid" -> Iran; "sent aid to the refugees" (a dative "to") -> refugees."""
    out = []
    for c in kids_of(tok, "dative"):
        out += kids_of(c, "pobj") if c.pos_ == "ADP" else [c]
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
                h.pos_ == "NOUN" and h.ent_type_ not in ("ORG", "GPE", "NORP") and (
                    h.lemma_.lower() in lex.classes["abstract"]
                    or (h.lemma_.lower() in lex.classes["place_noun"]
                        and h.lemma_.lower() not in lex.classes["acting_place"]))):
            continue  # "the license allowed Iran to ...", "a base that killed ..." name no actor
        else:
            out.append(h)
    return out


def _fires(tok: Any, lex: Lexicon) -> bool:
    """``tok`` is a verb of shooting: "fired", "shelling", "opened fire"."""
    return tok.lemma_.lower() in lex.classes["fire_verb"] or (tok.lemma_.lower() == "open" and any(
        o.dep_ == "dobj" and o.lower_ == "fire" for o in tok.children))


def _other_side(fight: Any, lex: Lexicon) -> list[Any]:
    """Who the victims of a killing fought: "killed in an encounter with the police", "in a
    police encounter", "in clashes with the army"."""
    fire = [f for f in pp_objects(fight, frozenset({"of"})) if f.lower_ == "fire"]
    return [p for h in (fight, *fire)  # "an exchange of fire with the rebels"
            for p in pp_objects(h, frozenset({"with"})) + kids_of(h, "compound")
            if argument_like(p, lex)]


def _cause_actors(anchor: Any, lex: Lexicon) -> list[Any]:
    """Who did it when a passive harm names only its cause: "killed in an Israeli air strike"
    (the strike's actors), "killed in police firing" (the police, parsed as firing), "killed
    as / when police fired on the mob", "killed in an encounter with security forces"."""
    out: list[Any] = []
    for obj in pp_objects(anchor, frozenset({"in"})):
        if obj.lemma_.lower() in lex.classes["fight_noun"]:
            out += _other_side(obj, lex)
        elif event_noun(obj, lex) is not None:
            out += noun_actors(obj, lex)
        elif argument_like(obj, lex) and any(c.dep_ == "acl" and c.tag_ == "VBG" and _fires(c, lex)
                                             for c in obj.children):
            out.append(obj)
    for c in kids_of(anchor, "advcl"):
        when = any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after")
                   for m in c.children)
        if when and _fires(c, lex):
            out += [a for a in subject(c, lex) if argument_like(a, lex)]
    return out


def roles(cand: Candidate, lex: Lexicon) -> tuple[list[Any], list[Any]]:
    """(actor heads, recipient heads) of a candidate."""
    etype = cand.entry.type
    anchor, noun = cand.anchor, cand.noun
    preps = RECIPIENT_PREPS.get(etype, frozenset()) | LEMMA_PREPS.get(anchor.lemma_.lower(),
                                                                       frozenset())
    if cand.kind == "must":  # "Russia said Sudan must return ...": who must act
        assert noun is not None
        demanded = kids_of(noun, "nsubj", "nsubjpass") or kids_of(noun.head, "nsubj")
        told = [o for o in kids_of(anchor, "dobj", "dative") if argument_like(o, lex)]
        if told and all(d.lower_ in ("it", "they") for d in demanded):
            demanded = told  # "told Kenya that it must reform": Kenya must
        return _as_actors(subject(anchor, lex), lex), [d for d in demanded
                                                        if argument_like(d, lex)]
    if cand.kind == "target":  # "X came under fire from critics over ...": X is criticised
        givers = pp_objects(anchor, frozenset({"from"}))
        if noun is not None:  # "drew criticism from Brussels"
            givers += pp_objects(noun, frozenset({"from"}))
        return (_as_actors(givers, lex),
                objects_as_recipients(subject(anchor, lex), lex))
    if cand.kind in ("harm", "die"):
        assert noun is not None
        actors = noun_actors(noun, lex) + pp_objects(anchor, frozenset({"by"}))
        if not actors and cand.kind == "harm" and not is_passive(anchor) and (
                anchor.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                            for c in anchor.children)):
            # "Serb forces killed three men in a gunbattle": its own subject killed (not a
            # participle's: "soldiers killed in an offensive", "saw civilians killed in ...")
            actors = [a for a in _as_actors(kids_of(anchor, "nsubj"), lex) if a != noun]
        if not actors and noun.lemma_.lower() in lex.classes["fight_noun"]:
            actors = _other_side(noun, lex)
        victims = kids_of(anchor, "nsubj") if cand.kind == "die" else cand.objects
        victims = [v for v in victims if v != noun]
        return actors, objects_as_recipients(victims + pp_objects(noun, preps), lex)
    if cand.kind == "noun":
        assert noun is not None
        n_actors, n_recips = noun_roles(noun, etype, preps, lex)
        if not n_actors:
            n_actors = [a for a in accused(noun, lex) if a not in n_recips]
        if not n_actors:
            n_actors = [a for a in _as_actors(_decider(noun, lex), lex) if a not in n_recips]
        if not n_recips and etype in PLACE_TYPES:
            n_recips = [p for p in place_recipients(noun, None) if p not in n_actors]
        return n_actors, n_recips
    if etype == "THREATEN" and (head := teller(anchor)) is not None:  # "were told by the
        # minister that their passports would be confiscated if ...": the minister threatens
        if is_passive(head):
            return (_as_actors(pp_objects(head, frozenset({"by"})), lex),
                    objects_as_recipients(kids_of(head, "nsubjpass"), lex))
        told = kids_of(head, "dobj", "dative") or kids_of(anchor, "nsubjpass") or [
            n for c in kids_of(anchor.head, "nsubj") for n in [c] if anchor.dep_ == "ccomp"]
        return (_as_actors(kids_of(head, "nsubj"), lex), objects_as_recipients(told, lex))
    opposed = anchor.lemma_ == "oppose" and is_passive(anchor) and "to" in {
        c.lower_ for c in anchor.children if c.dep_ == "prep"}  # "is opposed to": active
    reduced = anchor.dep_ == "acl" and anchor.tag_ == "VBN"  # "an American killed in ..."
    passive = (is_passive(anchor) or reduced) and not opposed
    if opposed:
        actors = kids_of(anchor, "nsubjpass")
    elif reduced:
        actors = _as_actors(pp_objects(anchor, frozenset({"by"})), lex)
    elif passive:  # "killed by a NATO airstrike": the strike stands for NATO
        actors = _as_actors(pp_objects(anchor, frozenset({"by"})), lex)
        if noun is not None:
            actors += noun_actors(noun, lex)
        if not actors and etype == "ASSAULT":
            actors = _cause_actors(anchor, lex)  # "killed in police firing"
        if not actors and (etype == "MOBILIZE" or cand.entry.mode in ("withdraw", "disarm")):
            actors = [s for s in kids_of(anchor, "nsubjpass") if event_noun(s, lex) is None
                      and s.lemma_.lower() not in lex.classes["abstract"]]
            # "rebels were demobilized": they disarm (not "talks were suspended")
    elif anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.pos_ in ("NOUN", "PROPN") \
            and loose_participle(anchor) is None:
        actors = _as_actors([anchor.head], lex)  # "police firing on the crowd": the police fire
    else:
        actors = _as_actors(subject(anchor, lex), lex)
    recips: list[Any] = [anchor.head] if reduced and argument_like(anchor.head, lex) else []
    objs = [antecedent(o, anchor) for o in cand.objects
            if o != noun and not (opposed and o.dep_ == "nsubjpass")]
    if etype == "MOBILIZE" or cand.entry.mode in ("withdraw", "disarm"):
        objs = [o for o in objs if o.dep_ == "nsubjpass" and not passive]  # own forces
    if not (passive and noun is not None):
        recips += objects_as_recipients(objs, lex)
        if etype == "ASSAULT" and anchor.lemma_.lower() in lex.classes["kill_verb"]:
            # a killing's counted object is its victims: "gunned down nine parishioners"
            recips += [o for o in objs if o not in recips and o.tag_ == "NNS"
                       and any(c.dep_ == "nummod" for c in o.children)]
    elif noun.dep_ == "dobj":  # "inspectors were given access": the passive subject receives
        recips += objects_as_recipients([o for o in objs if o.dep_ == "nsubjpass"], lex)
    recips += objects_as_recipients(_datives(anchor), lex)
    if etype == "ASSAULT" and any(argument_like(o, lex) and o.lemma_.lower() not in
                                  lex.classes["weapon"] for o in objs):
        # "shot a man at a checkpoint": "at" is where (but "fired rockets at the posts")
        preps = preps - {"at", "on", "into", "upon"}
    recips += objects_as_recipients(pp_objects(anchor, preps), lex)
    for o in objs:  # "provided aid to X" with "to X" on the object
        if not argument_like(o, lex):
            recips += objects_as_recipients(pp_objects(o, preps), lex)
    if opposed:
        recips += objects_as_recipients(pp_objects(anchor, frozenset({"to"})), lex)
    if noun is not None:
        noun_preps = preps | NOUN_PREPS.get(etype, frozenset()) | {"between", "among"}
        recips += objects_as_recipients(pp_objects(noun, noun_preps), lex)
        if etype in VICTIM_OF:
            recips += objects_as_recipients(pp_objects(noun, frozenset({"of"})), lex)
    if etype in CONTENT_TYPES and not (etype == "REJECT" and recips):
        recips += content_recipients(anchor, lex)  # a rejected proposal's owner is enough
    recips += _sources(anchor, etype, cand.entry.mode, lex)
    if cand.entry.mode == "visit" and not recips:  # "paid a visit to Egypt", "arrived in
        hosts = pp_objects(anchor, frozenset({"to", "in", "into"}))  # Riyadh on a visit"
        if noun is not None:  # "a visit to India", "a two-day India trip"
            hosts += pp_objects(noun, frozenset({"to"})) + kids_of(noun, "compound")
        recips += [h for h in hosts if h.ent_type_ in PARTY_LABELS]
    if etype == "PROTEST":  # "blocked roads in Algiers": the roads are where, not whom
        recips = [r for r in recips if r.pos_ != "NOUN" or r.lemma_.lower() not in _THOROUGHFARES]
        if not recips:  # "... to protest against Sweden's decision"
            recips = [t for t in protest_targets(anchor) if t not in actors]
    if not recips and etype in PLACE_TYPES:
        recips = [p for p in place_recipients(anchor, noun) if p not in actors]
    return actors, recips


#: what a protest blocks or occupies: the site, never the party protested against
_THOROUGHFARES = frozenset({"road", "street", "highway", "motorway", "avenue", "bridge", "square",
                            "railway", "track", "line", "route", "junction", "intersection",
                            "crossing", "border", "entrance", "gate"})


def _sources(verb: Any, etype: str, mode: str | None, lex: Lexicon) -> list[Any]:
    """"withdrew inspectors from Iraq", "suspended aid for Bosnia" (the country: SANCTION,
    RETREAT); "confiscated weapons from armed groups" (the party: COERCE seize)."""
    if etype in ("SANCTION", "RETREAT") and mode in ("withdraw", "discontinue", None):
        found = pp_objects(verb, frozenset({"from"})) + (
            pp_objects(verb, frozenset({"for"})) if etype == "SANCTION" else [])
        found += [p for c in verb.children if c.lower_ == "out" for o in c.children
                  if o.lower_ == "of" for p in kids_of(o, "pobj")]
        return [p for p in found if p.ent_type_ in ("GPE", "LOC", "ORG", "NORP") or (
            etype == "SANCTION" and p.lemma_.lower() in lex.classes["agent"])]
    if etype == "COERCE" and mode == "seize":
        return [p for p in pp_objects(verb, frozenset({"from"}))
                if argument_like(p, lex) and p.lemma_.lower() not in lex.classes["place_noun"]]
    return []
