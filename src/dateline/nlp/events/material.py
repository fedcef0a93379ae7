"""Sense rules of the verbs of material cooperation, retreat and posture: "withdrew its
ambassador" (SANCTION) vs "withdrew its troops" (RETREAT); "allowed inspectors in" (RETREAT
access) vs "allowed the party to run" (CONCEDE); "spoke by phone with" (CONSULT) -- not "spoke
to reporters"; "invited Putin to visit" (AGREE); "dispersed the crowd with tear gas"
(ASSAULT) or without (COERCE)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import kids, lemma_set, party_like, pp_map, through_count
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.violence import WORKERS as _WORKERS
from dateline.nlp.events.violence import named_obj

PACTS = frozenset({"agreement", "treaty", "deal", "accord", "pact", "talk", "negotiation",
                    "convention", "organization", "organisation", "alliance", "union", "council",
                    "court", "process", "coalition", "framework", "plan", "partnership"})
#: one's own diplomats, observers, aid workers: withdrawing them reduces relations (SANCTION)
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "inspector", "observer", "monitor",
                    "peacekeeper", "mission", "consul", "chargé", "delegation", "mediator",
                    "negotiator", "staff", "personnel", "embassy", "consulate"})
_WITHDRAW_NONE = frozenset({"support", "nomination", "candidacy", "bill", "application",
                            "money", "cash", "claim", "statement", "remark", "offer", "request",
                            "complaint", "name", "objection", "lawsuit", "suit", "resolution"})
_ACCESS = frozenset({"access", "aid", "entry", "inspector", "observer", "convoy", "delivery",
                     "delegation", "peacekeeper", "flight", "journalist", "monitor", "agency",
                     "worker", "team", "investigator", "mission", "relief", "refugee"})
_ENTER = frozenset({"back", "in", "enter", "return", "visit", "inspect", "deliver", "operate", "access",
                    "reach", "come", "go", "work", "investigate", "monitor", "distribute"})
_PHONE = frozenset({"phone", "telephone", "videoconference", "video", "videolink", "call"})
_AUDIENCE = frozenset({"reporter", "journalist", "press", "medium", "media", "audience",
                       "crowd", "supporter", "student", "correspondent", "agency", "news",
                       "camera", "television", "radio", "channel", "newspaper", "paper"})


#: roles one quits to halt a mediation (SANCTION): "withdrew / stepped down as mediator"
MEDIATORS = frozenset({"mediator", "facilitator", "intermediary", "broker", "guarantor",
                       "go-between", "negotiator", "envoy"})


def withdraw(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """From a treaty or organisation, or one's envoys: SANCTION; troops from a place:
    RETREAT; a bill or a statement: no event."""
    preps = pp_map(tok)
    sources = preps.get("from", []) + [p for o in preps.get("out", []) for p in o.children
                                      if p.dep_ == "pobj"]
    sources += [p for c in tok.children if c.dep_ in ("prt", "advmod", "prep")
                and c.lower_ == "out" for o in c.children if o.lower_ == "of"
                for p in o.children if p.dep_ == "pobj"]
    if sources and (lemma_set(sources) & PACTS or any(p.ent_type_ in ("ORG", "LAW", "EVENT")
                                                     for p in sources)):
        return Entry("SANCTION", "withdraw", ("diplomatic",), entry.sense, entry.weight)
    roles = [q for p in sources if p.lemma_.lower() in ("role", "post", "position")
             for c in p.children if c.dep_ == "prep" and c.lower_ == "as" for q in c.children]
    if lemma_set(preps.get("as", []) + roles) & MEDIATORS or lemma_set(sources) & {
            "mediation"}:  # "withdrew as mediator", "pulled out of his role as mediator"
        return Entry("SANCTION", "withdraw", ("diplomatic",), entry.sense, entry.weight)
    objs = kids(tok, "dobj", "nsubjpass")
    lemmas = {o.lemma_.lower() for o in objs} | {
        c.lemma_.lower() for o in objs for c in o.children if c.dep_ == "compound"}
    if lemmas & _WITHDRAW_NONE:
        return None
    if {o.lemma_.lower() for o in objs} & ENVOYS:
        return Entry("SANCTION", "withdraw", ("diplomatic",), entry.sense, entry.weight)
    return entry


def let(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"let a Red Cross delegation visit the prisoners", "let aid convoys enter" (RETREAT
    access) -- "let" is too common for more ("will not let Iran have", "let the government shut
    down")."""
    found = allow(tok, entry, lex)
    return found if found is not None and found is not entry else None  # access, not leave


def allow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"allowed the candidate to run" (CONCEDE), "allowed aid in", "allowed inspectors to
    return" (RETREAT access)."""
    objs = kids(tok, "dobj")
    clauses = kids(tok, "xcomp", "ccomp")
    objs += [s for c in clauses for s in c.children if c.dep_ == "ccomp" and s.dep_ == "nsubj"]
    lemmas = lemma_set(objs)
    entering = lemma_set(clauses) & _ENTER or any(
        (c.dep_ == "advmod" and c.lower_ in ("in", "back", "into"))
        or (c.dep_ == "prep" and c.lower_ == "into") for c in tok.children)  # "let convoys into"
    outsiders = lemmas & _ACCESS or any(c.ent_type_ == "ORG" for o in objs for c in o.lefts)
    if outsiders and (entering or not clauses):  # "allowed Red Cross officials to visit"
        return Entry("RETREAT", "access", (), entry.sense, entry.weight)
    if any(party_like(o, lex) for o in objs) and clauses:
        return entry
    passed = [c for c in tok.children if (c.dep_ == "prep" and c.lower_ in ("into", "through"))
              or (c.dep_ == "advmod" and c.lower_ in ("in", "through", "back"))]
    if lemma_set(kids(tok, "nsubjpass")) & _ACCESS and passed and not kids(tok, "neg"):
        return Entry("RETREAT", "access", (), entry.sense, entry.weight)  # "inspectors were
        # allowed into the compound", "a convoy was allowed through"
    if kids(tok, "nsubjpass") and clauses and not kids(tok, "neg"):
        return entry  # "the party was allowed to take part" ("were not allowed to leave": no)
    return None


def travel(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"travelled to Moscow" (a visit) -- not "travelled for work"."""
    return entry if any(p.ent_type_ in ("GPE", "LOC") for p in pp_map(tok).get("to", [])) else None


def put(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"put under investigation / house arrest / curfew / martial law / military rule", "put on
    trial", "put to death"."""
    preps = pp_map(tok)
    under = lemma_set(preps.get("under", []))
    if "investigation" in under or "surveillance" in under or "scrutiny" in under:
        return Entry("ACCUSE", "investigate", (), entry.sense, entry.weight)
    if "trial" in lemma_set(preps.get("on", [])):
        return Entry("ACCUSE", "allege", ("legal",), entry.sense, entry.weight)
    if "arrest" in under or "detention" in under:
        return Entry("COERCE", "arrest", ("legal",), entry.sense, entry.weight)
    if "curfew" in under or "lockdown" in under:
        return Entry("COERCE", "curfew", (), entry.sense, entry.weight)
    if "siege" in under or "blockade" in under:
        return Entry("COERCE", "restrict", ("military",), entry.sense, entry.weight)
    if ("law" in under and any(c.lower_ == "martial" for p in preps["under"] for c in p.lefts)) \
            or ("rule" in under and any(c.lower_ in ("military", "emergency", "army")
                                        for p in preps["under"] for c in p.lefts)):
        return Entry("COERCE", "martial-law", (), entry.sense, entry.weight)
    people = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass") and (
        o.ent_type_ in ("PERSON", "NORP") or o.lemma_.lower() in lex.classes["agent"]
        or o.lemma_.lower() in lex.classes["person_noun"])]
    if "death" in lemma_set(preps.get("to", [])) and people:  # "were put to death by the militia"
        return Entry("ASSAULT", "targeted", (), entry.sense, 0.8)
    return None


def speak(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"spoke by telephone with Putin", "spoke with the Iranian president" -- not "spoke to
    reporters", "spoke at a rally"."""
    preps = pp_map(tok)
    if lemma_set(preps.get("by", []) + preps.get("over", [])) & _PHONE:
        return entry
    parties = [p for p in preps.get("with", []) if (p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               or p.lemma_.lower() in lex.classes["person_noun"])
               and p.lemma_.lower() not in _AUDIENCE]
    if parties:
        return Entry("CONSULT", None, (), entry.sense, entry.weight)
    return None


def invite(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"invited Putin to visit", "invited the rebels to talks" (AGREE: a future meeting);
    "invited South Africa to mediate" asks the invited to act (REQUEST)."""
    objs = [o for o in kids(tok, "dobj") if party_like(o, lex)]
    acts = kids(tok, "xcomp")
    if objs and acts and acts[0].lemma_.lower() not in _MEETING:
        return Entry("REQUEST", None, entry.context, entry.sense, entry.weight)
    return entry if objs and (acts or "to" in pp_map(tok)) else None


#: what an invited party is invited to do when the invitation is a future meeting
_MEETING = frozenset({"visit", "attend", "come", "meet", "talk", "join", "participate",
                      "negotiate", "discuss", "address", "observe", "take", "hold", "dine",
                      "stay", "tour", "witness", "speak", "sit", "monitor", "inspect"})


def disperse(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"police dispersed the crowd" (COERCE) -- "with tear gas / batons" (ASSAULT
    crowd-control)."""
    preps = pp_map(tok)
    tools = [p for k in ("with", "using", "by") for p in preps.get(k, [])]
    words = {w for p in tools for w in (p.lower_, p.lemma_.lower())} | {
        c.lower_ for p in tools for c in p.children}
    if words & lex.modes.keys():
        return Entry("ASSAULT", "crowd-control", (), entry.sense, entry.weight)
    objs = kids(tok, "dobj", "nsubjpass")
    if lemma_set(objs) & (lex.classes["weapon"] | {"gas", "agent", "chemical", "toxin"}):
        return None  # "dispersed sarin nerve gas in three subway trains": no crowd
    return entry if objs else None


def guilty(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"found the former president guilty of war crimes" (a conviction) -- not "found the
    bodies", "found it hard"."""
    for c in tok.children:
        words = {c.lower_} | {g.lower_ for g in c.children if g.dep_ in ("acomp", "oprd")}
        if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj") and words & {"guilty", "liable"}:
            if any(g.dep_ == "neg" for g in c.children):
                return None
            return entry
    return None


_TALKS = frozenset({"talk", "negotiation", "meeting", "session", "parliament", "summit",
                    "conference", "assembly", "council", "dialogue", "hearing"})
_ENTRY = frozenset({"enter", "entry", "land", "visit", "return", "access", "dock"})
_OFFICE = frozenset({"minister", "president", "official", "chief", "secretary", "director",
                     "head", "governor", "commander", "leader", "chairman", "ambassador",
                     "spokesman", "premier", "chancellor", "mayor"})


def walkout(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"walked out of the talks" (halting negotiations) -- not "walked out of the room"."""
    places = [p for c in tok.children if c.lower_ in ("of", "on") for p in c.children
              if p.dep_ == "pobj"]
    places += [p for c in tok.children if c.lower_ == "out" for o in c.children
               if o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
    if lemma_set(places) & _TALKS:
        return entry
    subj = [through_count(s) for s in kids(tok, "nsubj")]  # "100,000 miners walked out"
    if lemma_set(subj) & _WORKERS:
        return Entry("PROTEST", "strike", ("economic",), entry.sense, entry.weight)
    return None


def bar(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"barred journalists from entering the country" (REJECT: refused entry) -- "barred the
    party from the elections" (COERCE restrict)."""
    objs = kids(tok, "dobj", "nsubjpass")
    if not any(party_like(o, lex) or o.lemma_.lower() in lex.classes["agent"] | _ACCESS
               for o in objs):  # "barred a U.N. fact-finding mission from entering"
        return None
    if lemma_set(pp_map(tok).get("from", [])) & _ENTRY:
        return Entry("REJECT", None, (), entry.sense, entry.weight)
    return entry


def quit_(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"the minister quit over the scandal" (a resignation) -- not "quit smoking"."""
    if kids(tok, "dobj", "xcomp"):
        return None  # with an object only the curated pairs count ("quit the cabinet")
    subj = [s for c in [tok] for s in kids(c, "nsubj")]
    return entry if any(s.ent_type_ == "PERSON" or s.lemma_.lower() in _OFFICE
                        for s in subj) else None


_PRISON = frozenset({"prison", "jail", "gaol", "imprisonment", "year", "month", "life",
                     "detention", "custody", "term", "decade"})


def sentence(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """A conviction (SANCTION convict) -- one that sends to prison is an arrest (COERCE, PLOVER
    manual: "convictions that result in imprisonment should also be coded as COERCE
    'arrest'"): "sentenced to ten years in prison"."""
    if entry.sense == "sentence" and tok.lemma_.lower() == "sentence" and not kids(
            tok, "dobj", "nsubjpass"):
        return None
    terms = {t.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in (
        "to", "in") for t in c.subtree}
    if terms & _PRISON:
        return Entry("COERCE", "arrest", ("legal",), entry.sense, entry.weight)
    return entry


def ship_out(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"peacekeepers were shipped out of the enclave" -- not recruits "shipping out" to
    training."""
    places = [p for c in tok.children if c.lower_ in ("of", "from", "out") for g in (
        [c] + [o for o in c.children if o.lower_ == "of"]) for p in g.children
        if p.dep_ == "pobj"]
    return withdraw(tok, entry, lex) if places else None


_SELVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself"})


def shelter(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"troops protected the convoy" (AID) -- not "to protect themselves from airstrikes"."""
    objs = kids(tok, "dobj", "nsubjpass")
    if any(o.lower_ in _SELVES for o in objs):
        return None
    return named_obj(tok, entry, lex)
