"""Threats told as a possibility the speaker holds out: "raised the prospect of cutting ties
with Italy if ...", "held out the possibility of a curfew", "floated the option of emergency
rule", "did not rule out a naval blockade" (THREATEN by the one who holds it out; PLOVER 2.0:
a threat is a statement of a conflictual act the actor may do)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import kids
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.nouns import noun_entry

#: verbs that hold a possibility out: "raised / floated / held out the prospect of"
_HOLD_OUT = frozenset({"raise", "float", "hold out", "hold", "dangle", "keep", "moot"})
#: verbs that hold one out by not excluding it: "did not rule out / exclude"
_NOT_EXCLUDE = frozenset({"rule out", "rule", "exclude"})
_POSSIBILITIES = frozenset({"prospect", "possibility", "option", "spectre", "specter"})
_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}


def _verb(tok: Any) -> str:
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")
                and c.lower_ in ("out", "open")), None)
    return f"{lemma} {prt}" if prt and lemma in ("hold", "rule") else lemma


def _conflict(tok: Any, lex: Lexicon) -> Entry | None:
    """The conflictual act ``tok`` names: an event noun ("a curfew", "a naval blockade") or a
    gerund with its object ("cutting diplomatic ties")."""
    if tok.pos_ == "VERB":
        objs = kids(tok, "dobj")
        for key in [o.lemma_.lower() for o in objs] + [
                f"{c.lemma_.lower()} {o.lemma_.lower()}" for o in objs for c in kids(o, "amod", "compound")]:
            hit = lex.verb_objects.get((tok.lemma_.lower(), key))
            if hit is not None:
                return hit if hit.type in _CONFLICT else None
        verb = lex.verbs.get(tok.lemma_.lower())
        return verb if verb is not None and verb.type in _CONFLICT else None
    entry = noun_entry(tok, lex)
    return entry if entry is not None and entry.type in _CONFLICT else None


def prospect_threats(toks: list[Any], lex: Lexicon) -> list[tuple[Any, Any, Entry]]:
    """(verb, the act held out, THREATEN entry) for each threat held out in a sentence."""
    out = []
    for verb in toks:
        if verb.pos_ != "VERB":
            continue
        lemma = _verb(verb)
        negated = any(c.dep_ == "neg" for c in verb.children)
        acts: list[Any] = []
        if lemma in _HOLD_OUT or (lemma in _NOT_EXCLUDE and negated):
            for obj in kids(verb, "dobj"):
                if obj.lemma_.lower() in _POSSIBILITIES:
                    acts += [p for prep in kids(obj, "prep") if prep.lower_ == "of"
                             for p in kids(prep, "pobj", "pcomp")]
            # "raised the prospect on Wednesday of cutting ties": "of" hangs on the verb
            if any(o.lemma_.lower() in _POSSIBILITIES for o in kids(verb, "dobj")):
                acts += [p for prep in kids(verb, "prep") if prep.lower_ == "of"
                         for p in kids(prep, "pobj", "pcomp")]
        if lemma in _NOT_EXCLUDE and negated:  # "did not exclude a naval blockade",
            acts += kids(verb, "dobj", "xcomp")  # "would not exclude imposing martial law"
        for act in acts:
            found = _conflict(act, lex)
            if found is not None:
                out.append((verb, act, Entry("THREATEN", _MODES[found.type], found.context,
                                             "", 0.7, source="stated")))  # "did not rule
                # out" states the threat: asserted
                break
    return out
