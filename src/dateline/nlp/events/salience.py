"""Which events of a sentence are its main news and which are only the content of another.

"Iraq asked Turkey to extradite the former vice president": the REQUEST is what happened; the
extradition is what was asked for (a hypothetical COOPERATE). Both are kept, but an event whose
trigger hangs (through complements, clauses, objects or prepositions -- not coordination) under
another event's trigger in the same sentence is *subordinate*: its confidence is lowered below
the governing event's, so the governing event ranks first. The demands of a protest
("marched ... demanding the resignation of the president") are its topic, not an event of their
own (PLOVER manual, PROTEST): such a REQUEST is dropped. So are the demands of "protesters
demanding the resignation ..." when the sentence tells what they did; when it tells nothing else,
the crowd's demand is its protest ("Demonstrators demanding reforms in the capital on Friday").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dateline.model import Entity, Event
from dateline.nlp.events.crowds import PROTESTERS, crowd
from dateline.nlp.events.dep import SAY, through_count
from dateline.nlp.events.modality import own_marks

#: how much a subordinate event's confidence drops
SUBORDINATE_PENALTY = 0.15
_MAX_CLIMB = 8


def _governor(tok: Any, marks: dict[int, int], own: int) -> int | None:
    """The index (into the events) of the event whose trigger governs ``tok``, if any."""
    cur = tok
    below = False  # crossed a subordinating edge (not only coordination)
    for _ in range(_MAX_CLIMB):
        if cur.head == cur:
            return None
        below = below or cur.dep_ != "conj"
        cur = cur.head
        found = marks.get(cur.i)
        if below and found is not None and found != own:
            return found
    return None


def rank(events: list[Event], heads: list[list[Any]]) -> list[Event]:
    """The events of one sentence with subordinate ones lowered and protest topics dropped.
    ``heads[k]`` are the tokens that stand for event ``k`` (its anchor verb, its noun)."""
    marks: dict[int, int] = {}
    for k, toks in enumerate(heads):
        for t in toks:
            marks.setdefault(t.i, k)
    govs = [next((g for g in (_governor(t, marks, k) for t in toks) if g is not None), None)
            for k, toks in enumerate(heads)]
    for k, toks in enumerate(heads):
        if govs[k] is None and (told := _aside(toks[0])) is not None:
            govs[k] = next((j for j, other in enumerate(heads) if j != k and other[0].i < told.i
                            and _aside(other[0]) is None), None)
    conf: dict[int, float] = {}

    def ranked(k: int, depth: int = 0) -> float:
        if k not in conf:
            gov = govs[k]
            own = events[k].confidence
            if gov is None or depth > len(events):
                conf[k] = own
            else:
                conf[k] = round(max(0.05, min(own - SUBORDINATE_PENALTY,
                                              ranked(gov, depth + 1) - 0.05)), 3)
        return conf[k]

    out: list[Event] = []
    back: list[bool] = []
    protest = any(e.type == "PROTEST" for e in events)
    for k, event in enumerate(events):
        gov = govs[k]
        if event.type in _INHERITS and not event.recipients:
            event = replace(event, recipients=_inherited(k, events, govs))
        if gov is not None and event.type == "REQUEST" and events[gov].type == "PROTEST":
            continue  # the protest's demand is its topic
        if event.type == "REQUEST" and _crowd_demand(heads[k][0]):
            if protest:
                continue  # "protesters demanding X marched on parliament": the march counts
            # "Students massed in Jakarta, calling for ...": the crowd's demand is its protest,
            # which happened when the act it was the purpose of did ("massed ... to demand")
            anchor = heads[k][0]
            done = event.modality == "future" and anchor.dep_ in ("advcl", "xcomp") \
                and anchor.head.tag_ in ("VBD", "VBN") and own_marks(anchor.head) is None \
                and anchor.head.dep_ in ("ROOT", "conj", "ccomp")
            event = replace(event, type="PROTEST", mode="demo",
                            modality="asserted" if done else event.modality)
        out.append(event if gov is None else replace(event, confidence=ranked(k)))
        back.append(bool(heads[k]) and _background(heads[k][0]))
    return _background_last(out, back)


#: words that open a background adjunct: "..., a year after Damascus restored ties", "amid
#: protests", "since fighting broke out", "following the killing of"
_BACKGROUND = frozenset({"after", "before", "since", "following", "amid", "amidst", "until"})


def _background(anchor: Any) -> bool:
    """Is the trigger inside a background adjunct ("days after a judge was shot dead")?"""
    cur = anchor
    for _ in range(_MAX_CLIMB):
        if cur.head == cur:
            return False
        if cur.lower_ in _BACKGROUND and cur.dep_ in ("prep", "mark") and cur.i < anchor.i:
            return True
        cur = cur.head
    return False


def _background_last(events: list[Event], back: list[bool]) -> list[Event]:
    """Events told in a background adjunct (``back``) rank below the sentence's other events:
    the news is what the main clause tells, not what it happened after or amid."""
    if all(back) or not any(back):
        return events
    top = max(e.confidence for e, b in zip(events, back, strict=True) if not b)
    return [replace(e, confidence=round(max(0.05, min(e.confidence - SUBORDINATE_PENALTY,
                                                         top - 0.05)), 3)) if b else e
            for e, b in zip(events, back, strict=True)]


#: nouns that sum up the act before them: "..., a move hailed by reform campaigners"
_MOVES = frozenset({"move", "step", "decision", "measure", "action", "act", "gesture"})


def _aside(anchor: Any) -> Any | None:
    """Where the news an aside comments on ends: an attribution's tail
    (:func:`_attribution_tail`) or a summing-up apposition ("voted to strip the presidency of
    its powers, a move hailed by reform campaigners"): its events rank below that news."""
    head = anchor.head
    if anchor.dep_ in ("acl", "relcl") and head.lemma_.lower() in _MOVES \
            and head.dep_ in ("npadvmod", "appos") and head.head.i < head.i:
        return head
    return _attribution_tail(anchor)


def _attribution_tail(anchor: Any) -> Any | None:
    """The reporting verb of an attribution that a clause after it hangs on ("..., police
    said, blaming militants for the attack"; "said, adding that eight people had been
    detained"; "the ministry said, accusing it of ..."), else None: what the attribution adds
    ranks below the news it attributes."""
    cur = anchor
    for _ in range(4):  # "said on Wednesday after meeting his counterpart" (prep + pcomp)
        if cur.dep_ not in ("advcl", "ccomp", "xcomp", "pcomp", "prep") or cur.head == cur:
            return None
        cur = cur.head
        if cur.lemma_.lower() in SAY and cur.i < anchor.i:
            return cur
    return None


#: types whose recipient, when none is named, is the one of the act they announce: "Hamas
#: threatened to resume attacks in Israel" threatens Israel; a protest's, the one its demand is
#: made of ("marched in Algiers, demanding that President X resign")
_INHERITS = frozenset({"THREATEN", "AGREE", "REJECT", "PROTEST"})


def _inherited(k: int, events: list[Event], govs: list[int | None]) -> tuple[Entity, ...]:
    """The recipients of the first event that event ``k`` governs and that its own actors do
    (or that names no actor); for a protest, of its demand only (the act a protest is about
    is too often told in a clause of another kind: "the anniversary of Gandhi, who was shot by
    ...")."""
    event = events[k]
    mine = _names(event.actors)
    for j, sub in enumerate(events):
        if govs[j] != k:
            continue
        if event.type == "PROTEST" and sub.type != "REQUEST":
            continue  # only its demand says whom a protest is against
        if sub.recipients and (not sub.actors or mine & _names(sub.actors)):
            return sub.recipients
    return ()


def _names(parties: tuple[Entity, ...]) -> set[str]:
    return {p.name or p.text for p in parties}


def _crowd_demand(anchor: Any) -> bool:
    """"protesters demanding the resignation", "students massed in Jakarta, calling for ...",
    "peasants blocked the roads to demand ...": a crowd's demand."""
    if anchor.dep_ == "acl":
        who = [anchor.head]
    elif anchor.dep_ in ("advcl", "xcomp") and anchor.head != anchor:
        who = [c for c in anchor.head.children if c.dep_ == "nsubj"]
    else:
        return False
    if anchor.dep_ == "acl":  # "students demanding ..."
        return any(crowd(w) or w.lemma_.lower() in PROTESTERS for w in who)
    # "protesters / tens of thousands of students massed ..., calling for" (not "the family
    # approached the court to request ..."); "union members downed tools, demanding ..."
    return any(w.lemma_.lower() in PROTESTERS or (through_count(w) is not w
                                                   and crowd(through_count(w)))
               or (crowd(w) and anchor.head.lemma_.lower() in _CROWD_ACTS) for w in who)


#: what a crowd does with its body while it demands: with a crowd subject ("supporters",
#: "members", "students"), the demand is the protest's ("supporters massed in the capital to
#: demand ..."; not "members wrote to the minister demanding ...")
_CROWD_ACTS = frozenset({"mass", "gather", "assemble", "march", "block", "blockade", "barricade",
                         "sit", "stay", "down", "occupy", "camp", "converge", "rally", "chain",
                         "picket", "parade", "fast"})
