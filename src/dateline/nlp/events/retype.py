"""One PLOVER category per event, as the manual asks ("AGREE could be SUPPORT + future ...
THREATEN could be ASSAULT + hypothetical ... the coder should always return the single event
category").

- a cooperative act the actor says it *will* do ("Portugal will support Turkey", "is ready to
  host talks") is an AGREE;
- one it says it *will not* do ("will not accept more refugees", "would not meet the
  demands") is a REJECT;
- a conflictual act stated as the actor's own conditional future ("will strike if ...",
  "may halt mediation if ...", "we will respond") is a THREATEN (not the "if" clause itself:
  "if it is attacked" is a hypothetical attack, no one's threat; and not a planned offensive
  reported by others: that stays a future ASSAULT).

- a conflictual act the actor itself announces for the future ("the army said it would crush
  any uprising", "Annan announced that he will withdraw the inspectors") is a THREATEN too.

Only the trigger's own auxiliaries, a condition, or an intention word that is no event itself
("is ready to host talks", "expressed willingness to cooperate", "intends to expand
cooperation") count: an act embedded under an event verb ("agreed to", "promised to", "urged ...
to") keeps its type and future/hypothetical modality (the embedding verb is the event). The new
event is asserted: the pledge, refusal or threat was made.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Modality
from dateline.nlp.events.dep import ANNOUNCE, conditioned, denied, infinitive, of_noun
from dateline.nlp.events.lexicon import Entry, lexicon
from dateline.nlp.events.pronouns import reporter

COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT"})
REFUSABLE = COOPERATIVE | {"AGREE"}
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_WILL = frozenset({"will", "would", "wo", "shall", "'ll", "'d"})
_THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}
_ADJ_FUTURE = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen",
                         "poised"})
#: intention words that are no event themselves: what they govern is the actor's intent
_INTENT_VERBS = frozenset({"plan", "intend", "aim", "prepare", "hope", "want", "wish", "seek",
                           "mean", "undertake", "resolve", "expect", "offer", "decide",
                           "volunteer", "promise", "pledge"})
_INTENT_NOUNS = frozenset({"willingness", "readiness", "intention", "commitment", "plan",
                           "desire", "determination", "intent", "wish", "resolve", "decision",
                           "offer", "pledge", "promise"})
_REPORT = ANNOUNCE
_SELF = frozenset({"it", "he", "she", "they", "we", "i"})
_WARN = frozenset({"tell", "warn", "inform", "notify", "caution"})
_WARNING = frozenset({"warn", "caution"})
_CAUSATIVE = frozenset({"have", "get"})


def told_threat(anchor: Any) -> bool:
    """A passive act told to someone on a condition ("were told by the minister that their
    passports would be confiscated if ..."), or one a warning says will be done to them ("warned
    that newspapers would have their licences revoked"): the teller threatens the told."""
    return teller(anchor) is not None


def teller(anchor: Any) -> Any | None:
    """The verb that tells the threat of :func:`told_threat`, else None."""
    if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in _CAUSATIVE \
            and anchor.tag_ in ("VBN", "VBD") and anchor.head.dep_ == "ccomp":
        clause = anchor.head  # "would have their licences revoked"
    elif any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children):
        clause = anchor
    else:
        return None
    head = clause.head
    if clause.dep_ == "acl" and head.lemma_.lower() == "notice":
        return head.head if head.head.pos_ == "VERB" else None  # "put them on notice that"
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in _REPORT | _WARN:
        return None
    if conditioned(clause) or (head.lemma_.lower() in _WARNING and _aux(clause) & _WILL):
        return head
    return None


def _aux(verb: Any) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _ready(verb: Any) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ADJ_FUTURE and not _too(verb.head)


def _too(adj: Any) -> bool:
    """"too eager to grant concessions" says the act was (or would be) wrong, not intended."""
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in adj.children)


def _intent(verb: Any) -> bool:
    """Is ``verb`` the content of an intention word that is no event of its own ("willing
    to", "plans to", "expressed its readiness to")?"""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    head = verb.head
    intent = of_noun(verb)
    if intent is not None and intent.lemma_.lower() in _INTENT_NOUNS:
        return True  # "has every intention of holding talks"
    if head == verb or not (verb.dep_ in ("xcomp", "acl") or (
            verb.dep_ == "advcl" and infinitive(verb))):  # "offered on Monday to share"
        return False
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ":
        return lemma in _ADJ_FUTURE and not _too(head)
    if head.pos_ in ("NOUN", "PROPN"):
        return lemma in _INTENT_NOUNS
    return head.pos_ in ("VERB", "AUX") and lemma in _INTENT_VERBS and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in head.children)  # "is expected to meet",
    # "were meant to protect": what others expect, no intent of the actor's


def _no_intent(verb: Any) -> bool:
    """"has no intention of stepping down": the actor refuses the act."""
    intent = of_noun(verb)
    return intent is not None and intent.lemma_.lower() in _INTENT_NOUNS and denied(intent)


def _announced(verb: Any) -> bool:
    """"The army said it would crush any uprising": the actor announces its own act."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORT:
        return False
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    said = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not own or not said:
        return False
    if own[0].lower_ in ("we", "i"):
        return True
    if own[0].lower_ in _SELF:
        return reporter(own[0], lexicon()) is not None
    return bool(own[0].lemma_.lower() == said[0].lemma_.lower())


_PREPARE = frozenset({"prepare", "poise", "gear", "ready", "prepared", "poised", "mass"})
_ASPECT = frozenset({"resume", "begin", "start", "launch", "continue", "renew"})


def _preparing(verb: Any) -> bool:
    """"The army prepared to resume shelling", "troops poised to attack": military posturing
    short of force (MOBILIZE), not an attack."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "pcomp", "dobj", "acomp") or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _PREPARE:
            return True
        if cur.lemma_.lower() not in _ASPECT:
            return False
    return False


def _threat_form(verb: Any) -> bool:
    """"will strike if ...", "we will respond": a condition on the act, or the actor speaking
    (a planned offensive reported by others is a future ASSAULT, not a threat)."""
    return conditioned(verb) or any(c.dep_ == "nsubj" and c.lower_ in ("we", "i")
                                    for c in verb.children)


def retype(entry: Entry, anchor: Any, mod: Modality, source: str,
           *, perfect: bool, embedded: bool = False) -> tuple[Entry, Modality]:
    """The single-category entry and modality of an event. ``embedded``: the clause is itself
    only asked for, promised or supposed ("seeks guarantees that they will not allow ...")."""
    etype = entry.type
    verbal = anchor.pos_ in ("VERB", "AUX")
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children)
    told = told_threat(anchor)
    if not verbal or perfect or (embedded and not told):
        return entry, mod
    if etype in COOPERATIVE and mod == "future" and (source == "own" or _ready(anchor)):
        return Entry("AGREE", None, entry.context, entry.sense, entry.weight), "asserted"
    if etype in COOPERATIVE - {"CONCEDE"} and mod == "future" and _intent(anchor):
        return Entry("AGREE", None, entry.context, entry.sense, entry.weight), "asserted"
    if etype in COOPERATIVE and mod == "hypothetical" and conditioned(anchor) and (
            _aux(anchor) & _WILL or (_aux(anchor) & {"could"} and _announced(anchor))):
        # an offer: "would halt its offensive if ...", "indicated it could give ground if ..."
        return Entry("AGREE", None, entry.context, entry.sense, entry.weight), "asserted"
    if etype in REFUSABLE and mod == "negated" and (
            (source == "own" and _aux(anchor) & _WILL) or _no_intent(anchor)):
        return Entry("REJECT", None, entry.context, entry.sense, entry.weight), "asserted"
    if etype == "ASSAULT" and mod == "future" and _preparing(anchor):
        return Entry("MOBILIZE", "troops", ("military",), entry.sense, entry.weight), "asserted"
    if etype in CONFLICT and anchor.dep_ == "acl" and anchor.head.lemma_.lower() in (
            "threat", "ultimatum", "notice"):  # "Russia's threat to cut gas supplies",
        # "served notice that it would downgrade relations"
        return Entry("THREATEN", _THREAT_MODE[etype], entry.context, entry.sense,
                     entry.weight), "asserted"
    if etype in CONFLICT and (told or (mod in ("future", "hypothetical") and (
            source == "own" and not passive and (_threat_form(anchor) or _announced(anchor))))):
        mode = "arrest" if entry.mode == "arrest" else _THREAT_MODE[etype]
        if entry.mode == "expel":
            mode = "expel"
        return Entry("THREATEN", mode, entry.context, entry.sense, entry.weight), "asserted"
    return entry, mod


_RELIEF = {"relief": "humanitarian", "rescue": "humanitarian", "humanitarian": "humanitarian",
           "flood": "humanitarian", "earthquake": "humanitarian", "tsunami": "humanitarian",
           "disaster": "humanitarian", "cyclone": "humanitarian", "hurricane": "humanitarian",
           "peacekeeping": "peacekeeping", "peacekeeper": "peacekeeping",
           "peace-keeping": "peacekeeping", "peacekeepers": "peacekeeping"}


def purpose(entry: Entry, anchor: Any) -> Entry:
    """Forces sent for relief or peacekeeping are AID, not MOBILIZE (PLOVER manual: "mobilizing
    police or military forces for disaster relief should be coded as AID")."""
    if entry.type != "MOBILIZE":
        return entry
    clause = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    for t in clause.subtree:
        ctx = _RELIEF.get(t.lemma_.lower()) or _RELIEF.get(t.lower_)
        if ctx is not None:
            return Entry("AID", None, (ctx,), entry.sense, entry.weight)
    return entry
