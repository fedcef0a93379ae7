"""Sense rules: a trigger verb means its event only with the right arguments.

Each rule looks at the verb's dependents and returns the entry to use (possibly another type:
"withdrew from the treaty" is SANCTION, "protested the decision" is ACCUSE) or ``None`` when the
verb is used in another sense ("called him a liar", "fired the minister", "the earthquake
killed"). The sense names are the ``sense`` column of ``verbs_curated.csv``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline.nlp.events import (
    appeals,
    crowds,
    displacement,
    material,
    nouns,
    threats,
    verbal,
    violence,
)
from dateline.nlp.events.dep import (
    kids,
    lemma_set,
    objects_of,
    party_like,
    pp_map,
    subjects_of,
    succumbed,
    through_count,
)
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.objects import as_objects

Rule = Callable[[Any, Entry, Lexicon], Entry | None]
_NO_COMMENT = frozenset({"comment", "say", "answer", "elaborate", "confirm", "identify",
                         "disclose", "reveal", "name", "speculate", "specify", "give", "discuss",
                         "respond", "provide", "be", "release", "detail", "explain"})
_OFFER_NONE = frozenset({"detail", "evidence", "explanation", "comment", "view", "insight",
                         "thought", "glimpse", "information", "proof", "opinion", "advice"})
_MEET_NONE = frozenset({"target", "criterion", "deadline", "need", "requirement", "standard",
                        "expectation", "goal", "obligation", "end", "fate", "challenge", "death",
                        "threshold", "condition", "quota", "cost", "resistance", "opposition"})
def _transitive(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if objects_of(tok) or kids(tok, "ccomp", "xcomp") else None


def _charge(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"charged him with murder", "charged that U.S. aircraft had bombed" -- not "charged a
    fee", "charged the crowd"."""
    return entry if "with" in pp_map(tok) or kids(tok, "ccomp") else None


def _succumb(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """ "succumbed to pressure" (CONCEDE), not "succumbed to his injuries" (died)."""
    return entry if pp_map(tok).get("to") and not succumbed(tok, lex) else None


def _decline(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    xcomp = kids(tok, "xcomp")
    if xcomp:
        return None if any(_no_comment(c) for c in xcomp) else entry
    objs = lemma_set(kids(tok, "dobj") + kids(tok, "nsubjpass"))  # "the offer was declined"
    return entry if objs & {"invitation", "offer", "request", "proposal", "demand", "appeal",
                            "plea"} else None


_INFO = frozenset({"detail", "information", "name", "figure", "statement", "comment",
                   "evidence", "document", "data", "report", "number", "identity", "result"})


def _no_comment(clause: Any) -> bool:
    """"refused to comment", "declined to give details" -- not "refused to release the
    prisoners"."""
    lemma = clause.lemma_.lower()
    if lemma not in _NO_COMMENT:
        return False
    if lemma == "respond" and lemma_set(pp_map(clause).get("to", [])) & _DEMAND_NOUNS:
        return False  # "refused to respond to a demand" is a rejection
    objs = kids(clause, "dobj")
    return not objs or lemma not in ("release", "provide", "give") or bool(lemma_set(objs) & _INFO)


def _refuse(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return None if any(_no_comment(c) for c in kids(tok, "xcomp")) else entry


def _dismiss(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = lemma_set(kids(tok, "dobj", "nsubjpass") or as_objects(tok))  # "were dismissed"
    return entry if objs & {"claim", "allegation", "report", "accusation", "call", "demand",
                            "request", "offer", "proposal", "charge", "criticism", "idea",
                            "suggestion", "concern", "appeal", "plan", "initiative",
                            "scheme", "proposition"} else None


def _offer(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = lemma_set(kids(tok, "dobj"))
    if objs & _OFFER_NONE:
        return None
    if objs & {"condolence", "sympathy", "prayer", "congratulation", "praise"}:
        return Entry("SUPPORT", None, (), entry.sense, entry.weight)
    return entry if objs or kids(tok, "xcomp") else None


_DEMAND_NOUNS = frozenset({"demand", "request", "condition", "call", "plea", "appeal"})


def _agree(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = pp_map(tok)
    if lemma_set(preps.get("to", [])) & _DEMAND_NOUNS:  # "agreed to the protesters' demands"
        return Entry("CONCEDE", None, (), entry.sense, entry.weight)
    if kids(tok, "xcomp", "dobj") or {"to", "on", "upon", "with"} & preps.keys():
        return entry
    return entry if not kids(tok, "ccomp") and subjects_of(tok) else None


def _meet(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if kids(tok, "auxpass") and "with" in pp_map(tok):
        return None  # "the plan was met with resistance / scepticism / protests"
    objs = lemma_set(kids(tok, "dobj", "nsubjpass"))
    if objs & {"demand", "request", "condition"}:
        return Entry("CONCEDE", None, (), entry.sense, entry.weight)
    return None if objs & _MEET_NONE else entry


_DEFENDED = frozenset({"right", "decision", "policy", "action", "move", "record", "stance",
                       "position", "law", "plan", "strike", "operation", "deal", "agreement",
                       "handling", "response", "use", "choice", "conduct", "approach"})


def _defend(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Verbal defence ("defended the decision", "defended the minister") -- not fighting off an
    attack ("defend the city")."""
    objs = kids(tok, "dobj")
    if any(o.lemma_.lower() in _DEFENDED or o.ent_type_ == "PERSON" for o in objs):
        return entry
    if any(nouns.event_noun(o, lex) is not None for o in objs):
        return entry  # "defended the deployment of German soldiers"
    if objs and lemma_set(pp_map(tok).get("against", [])) & _VERBAL_ATTACKS:
        return entry  # "defended North Korea against Western criticism"
    return None


#: what a party is defended against in words
_VERBAL_ATTACKS = frozenset({"criticism", "accusation", "charge", "claim", "allegation", "critic",
                             "condemnation", "censure"})


def _party_xcomp(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"forced the government to resign", "pressured Iran to release", "forced villagers into
    signing" -- a party made or pressed to act (not "forced a change", "encouraged growth")."""
    into = [p for c in kids(tok, "prep") if c.lower_ == "into" for p in kids(c, "pcomp", "pobj")]
    return entry if any(party_like(through_count(o), lex) for o in kids(tok, "dobj")) and (
        kids(tok, "xcomp") or into) else None  # "forced villagers into unpaid work"


_DISPUTED = frozenset({"claim", "report", "figure", "account", "allegation", "result",
                       "finding", "assertion", "version", "characterization", "number"})


def _dispute(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"disputed the figures", "disputed the ruling" (REJECT) -- not "disputed territory" (an
    adjective) or "disputed the title" (a contest)."""
    objs = kids(tok, "dobj", "ccomp")
    return entry if lemma_set(objs) & (_DISPUTED | appeals.CHALLENGED) or any(
        o.dep_ == "ccomp" for o in objs) else None


def _xcomp_any(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if kids(tok, "xcomp") else None


def _prep_rule(preps: frozenset[str]) -> Rule:
    def rule(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
        return entry if preps & pp_map(tok).keys() else None

    return rule


RULES: dict[str, Rule] = {
    "named_obj": violence.named_obj, "transitive": _transitive, "call": appeals.call, "ask": appeals.ask,
    "withdraw": material.withdraw, "decline": _decline, "refuse": _refuse, "dismiss": _dismiss,
    "warn": threats.warn, "hint": threats.hint, "pledge": threats.pledge, "vow": threats.vow,
    "succumb": _succumb, "offer": _offer, "agree": _agree, "meet": _meet,
    "protest": crowds.protest, "defend": _defend, "press": appeals.press,
    "insist": appeals.insist, "lobby": appeals.lobby, "allow": material.allow,
    "travel": material.travel, "put": material.put, "xcomp_any": _xcomp_any,
    "party_xcomp": _party_xcomp, "challenge": appeals.challenge, "apply_for": appeals.apply_for,
    "turn_to": appeals.turn_to, "want": appeals.want, "dispute": _dispute,
    "walkout": material.walkout, "bar": material.bar, "quit": material.quit_,
    "sentence": material.sentence, "ship_out": material.ship_out, "shelter": material.shelter,
    "speak": material.speak, "rally": crowds.rally, "guilty": material.guilty,
    "invite": material.invite, "disperse": material.disperse,
    "capture": violence.capture, "raid": violence.raid, "kill": violence.kill,
    "attack": verbal.attack, "retaliate": verbal.retaliate, "shoot": violence.shoot,
    "strike": violence.strike,
    "hit": violence.hit, "explode": violence.explode, "fire": violence.fire,
    "fight": violence.fight, "hack": violence.hack, "asset": violence.asset, "charge": _charge,
    "beat": violence.beat, "surround": violence.surround, "clash": violence.clash,
    "target": violence.target, "arm": violence.arm,
    "obstruct": crowds.obstruct, "order": verbal.order, "act_obj": verbal.act_obj,
    "work_with": verbal.work_with, "react": verbal.react, "resist": verbal.resist,
    "armed_obj": verbal.armed_obj,
    "crowd_gathers": crowds.crowd_gathers, "protest_purpose": crowds.protest_purpose,
    "expel_people": displacement.expel_people, "expel": displacement.expel,
    "let": material.let, "spray": violence.spray, "leave": displacement.leave,
    "kick_out": displacement.kick_out,
    "drive_from": displacement.drive_from, "relocate": displacement.relocate,
}


def apply(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """The entry for verb ``tok`` in this use, or None when it is another sense."""
    sense = entry.sense
    if not sense or sense == "obj":
        return entry if sense == "" else None
    if sense.startswith("prep:"):
        return _prep_rule(frozenset(sense[5:].split("|")))(tok, entry, lex)
    rule = RULES.get(sense)
    return rule(tok, entry, lex) if rule is not None else entry
