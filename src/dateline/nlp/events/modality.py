"""Modality: asserted / negated / hypothetical / future (historical background: :mod:`.historical`).

Modality comes from the trigger's own marks ("did not", "will", "could", "no talks"), from an
"if/unless" clause around it, and from what governs it: a denial or refusal ("denied attacking"
-> negated), an intention or commitment ("agreed to resume attacks", "vowed to strike", "plans
to" -> future), a request ("urged Iran to release", "called for talks" -> hypothetical). An
implicative or aspectual verb ("began to", "resumed") passes its own modality down. Not every
to-infinitive is future: only those under intention, commitment and request words.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Modality
from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.dep import (
    ANNOUNCE,
    demand_object,
    denied,
    in_order_to,
    infinitive,
    of_noun,
    subjunctive,
)
from dateline.nlp.events.lexicon import Lexicon

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPO_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d"})
_NEG = frozenset({"not", "n't", "never", "no"})
_INTENT_NOUNS: dict[str, Modality] = {
    "plan": "future", "threat": "future", "agreement": "future", "decision": "future",
    "promise": "future", "pledge": "future", "vow": "future", "intention": "future",
    "readiness": "future", "willingness": "future", "offer": "future", "plot": "future",
    "deal": "future", "proposal": "hypothetical", "call": "hypothetical",
    "warrant": "hypothetical",  # "filed warrants for the arrest of": no arrest yet
    "demand": "hypothetical", "prospect": "hypothetical", "possibility": "hypothetical",
    "risk": "hypothetical", "fear": "hypothetical", "warning": "hypothetical",
    "request": "hypothetical", "appeal": "hypothetical", "bid": "hypothetical",
    "aim": "future", "goal": "future", "purpose": "future", "intent": "future",
    "objective": "future", "preparation": "future", "right": "hypothetical",
    "permission": "hypothetical", "effort": "future", "attempt": "hypothetical",
    "deadline": "hypothetical", "ultimatum": "hypothetical", "pressure": "hypothetical",
    "chance": "hypothetical", "option": "hypothetical", "idea": "hypothetical",
    "guarantee": "hypothetical", "assurance": "hypothetical",
    "event": "hypothetical",  # "in the event of a Russian attack"
    "choice": "hypothetical",  # "no choice but to destroy"
}
_PASS_NOUNS = frozenset({"resumption", "continuation", "start", "series", "wave", "pause",
                         "round", "involvement", "role", "responsibility", "part", "escalation",
                         "spate", "string", "number", "step", "measure", "action"})
_AMOD: dict[str, Modality] = {
    "planned": "future", "upcoming": "future", "future": "future", "next": "future",
    "scheduled": "future", "imminent": "future", "forthcoming": "future",
    "impending": "future", "looming": "future",
    "expected": "future", "proposed": "hypothetical", "possible": "hypothetical",
    "potential": "hypothetical", "prospective": "hypothetical", "would-be": "hypothetical",
}
_ADJ: dict[str, Modality] = {
    "ready": "future", "willing": "future", "prepared": "future", "determined": "future",
    "eager": "future", "keen": "future", "poised": "future", "set": "future",
    "likely": "hypothetical", "unlikely": "hypothetical", "able": "hypothetical",
    "unwilling": "negated", "unable": "negated", "reluctant": "negated",
}
_TYPE_MODALITY: dict[str, Modality] = {"AGREE": "future", "THREATEN": "future",
                                        "REQUEST": "hypothetical"}
_IF = frozenset({"if", "unless", "whether", "lest"})
_TEMPORAL = frozenset({"after", "before", "since", "during", "following", "amid", "despite",
                       "until", "over", "through", "throughout"})
def _kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def own_marks(verb: Any) -> Modality | None:
    """Negation and modal/future auxiliaries on ``verb`` itself (or its coordination head)."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children):
        return "negated"
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        aux = [c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    if _FUTURE_AUX & set(aux):
        return "future"
    if set(aux) & {"would", "'d"} and _reported(verb):
        return "future"  # "said it would withdraw": the reported "will"
    if _HYPO_AUX & set(aux):
        return "hypothetical"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG":
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") \
            and "to" in aux and verb.head.dep_ in ("ROOT", "ccomp", "conj") and any(
                c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that", "there", "what")
                for c in verb.head.children) and not any(
                c.dep_ in ("acomp", "attr") for c in verb.head.children):
        return "future"  # "Vietnam is to pull another 50,000 troops out": a planned act
    return None


_REPORT = ANNOUNCE | {"pledge", "promise", "vow", "warn", "threaten"}


def _reported(verb: Any) -> bool:
    """A clause reported by a past-tense speech verb, with no condition: "said it would"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if any(c.dep_ == "advcl" and any(m.lower_ in _IF for m in c.children) for c in verb.children):
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORT \
        and verb.head.tag_ in ("VBD", "VBN")


def _noun_marks(noun: Any) -> Modality | None:
    if noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children):
        return "negated"  # "it was not a terrorist attack"
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ == "no":
            return "negated"
        if c.dep_ == "det" and c.lower_ == "any":
            return "hypothetical"  # "any attack on Seoul would ...": no attack told
        if c.dep_ in ("amod", "compound") and c.lower_ in _AMOD:
            return _AMOD[c.lower_]
    if noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in noun.head.children):
        return "future"  # "there will also be a meeting with Georgia"
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "attacks were imminent"
        said = [c.lower_ for c in noun.head.children if c.dep_ == "acomp"]
        if said and said[0] in _AMOD:
            return _AMOD[said[0]]
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return "negated"
    return None


def _conditional(verb: Any) -> bool:
    cur = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in _IF for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _governed(tok: Any, lex: Lexicon) -> Modality:
    """Modality passed down from what governs ``tok``."""
    cur = tok
    for _ in range(8):
        head, dep = cur.head, cur.dep_
        if head == cur:
            return "asserted"
        if dep == "conj":
            if _finite(cur) and infinitive(head) and head.head != head:
                cur = head.head  # "refused to recognize X and have rejected Y": the
                continue  # finite conjunct is coordinated with "refused", not under it
            cur = head
            continue
        if dep == "pcomp" and head.lower_ == "but" and head.head != head:
            gov = head.head  # "will have no choice but to destroy X": as the verb of "but"
            if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "attr") and gov.head != gov:
                gov = gov.head  # "but" hung on "choice"
            marks = own_marks(gov)
            if marks is not None or _conditional(gov):
                return marks or "hypothetical"
            cur = gov
            continue
        if in_order_to(cur) is not None:
            return "future"  # "in order to attack the town": the aim, not the act
        if dep == "pcomp" and head.lower_ == "about" and cur.tag_ == "VBG":
            return "hypothetical"  # "comments about destroying the country", "talked about
            # invading": what is spoken or thought of, not done
        if dep == "pcomp" and head.lower_ in ("without", "from"):
            return "negated"  # "without stepping down", "barred from attacking"
        intent = of_noun(cur)
        if intent is not None and intent.lemma_.lower() in _INTENT_NOUNS:
            if denied(intent):
                return "negated"  # "has no intention of stepping down"
            return _INTENT_NOUNS[intent.lemma_.lower()]  # "with the aim of attacking"
        if dep == "pcomp" and head.lower_ in ("for", "of"):
            return "asserted"  # "accused of attacking", "warned them for conducting"
        if dep == "pobj" and head.lower_ in _TEMPORAL:
            return "asserted"  # "proposed a mission after several attacks"
        if dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
            asked = [o.lemma_.lower() for o in head.head.children if o.dep_ == "dobj"]
            if asked and asked[0] in _INTENT_NOUNS:  # "filed warrants for the arrest of":
                return _INTENT_NOUNS[asked[0]]  # the parser hangs "for" on the verb
        if dep in ("pobj", "pcomp") and head.pos_ == "ADP":
            head = head.head  # the word the prepositional phrase hangs on
        if dep in ("xcomp", "pcomp", "ccomp", "dobj", "pobj", "nsubjpass", "acl", "advcl"):
            lemma = head.lemma_.lower()
            if head.pos_ == "ADJ" and lemma in _ADJ:
                return _ADJ[lemma]
            if dep == "ccomp" and head.pos_ != "NOUN":
                if lemma in lex.classes["negate"]:
                    return "negated"  # "denied that it attacked"
                if lemma in _TELL and (_finite(cur) or cur.tag_ in ("VBD", "VBZ", "VBP")) \
                        and any(c.dep_ == "nsubj" for c in cur.children):
                    return "asserted"  # "X will lift the ban, the minister told reporters"
                if lemma in lex.classes["request"] or demand_object(head) or (
                        lemma == "insist" and subjunctive(cur)):
                    return "hypothetical"  # "demanded / reiterated its demand that X release"
                if infinitive(cur) and not perfect(cur) and cur.pos_ == "VERB":
                    return "future"  # "made bombs to blow up the building": no speech
                return "asserted"  # reported speech keeps its own modality
            if dep == "advcl":
                if lemma == "subject":  # "subjected them to torture" (parsed as a verb)
                    return "asserted"
                return "future" if infinitive(cur) and cur.pos_ == "VERB" else "asserted"
            if head.pos_ in ("VERB", "AUX"):
                marks = own_marks(head)
                if lemma in lex.classes["negate"]:
                    return "negated"
                if marks == "negated" and dep in ("xcomp", "pcomp"):
                    return "negated"
                if lemma in lex.classes["intend"]:
                    return "future" if marks in (None, "future") else marks
                if lemma in lex.classes["request"]:
                    return "hypothetical" if marks != "negated" else "negated"
                if cur.tag_ == "VBG" and dep in ("dobj", "xcomp") and lemma in _ADVOCATE:
                    # "has backed attacking North Korea" (but "denied contemplating allowing")
                    refused = marks == "negated" or _governed(head, lex) == "negated"
                    return "negated" if refused else "hypothetical"
                verb = lex.verbs.get(lemma)
                if verb is not None and verb.type in _TYPE_MODALITY and dep != "nsubjpass":
                    return _TYPE_MODALITY[verb.type]
                if (verb is not None and verb.type == "-") or dep in ("xcomp", "pcomp"):
                    if marks is not None:
                        return marks
                    cur = head
                    continue
                return "asserted"
            if head.pos_ in ("NOUN", "PROPN"):
                hl = head.lemma_.lower()
                if hl in _INTENT_NOUNS:
                    return _INTENT_NOUNS[hl]
                if hl in _PASS_NOUNS:
                    cur = head
                    continue
            return "asserted"
        return "asserted"
    return "asserted"


#: verbs of telling: a request with an infinitive ("told them to leave"), a report with a
#: clause of its own ("told reporters Belarus will lift the ban")
_TELL = frozenset({"tell", "inform", "assure", "brief"})
#: verbs whose gerund object is a course of action argued over, not an act done
_ADVOCATE = frozenset({"back", "support", "favor", "favour", "endorse", "propose", "advocate",
                       "consider", "contemplate", "discuss", "debate", "weigh", "suggest",
                       "recommend", "oppose", "reject", "resist", "mull", "float"})


def _finite(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ", "VBD", "MD")
               for c in verb.children)


def embedded(verb: Any, lex: Lexicon) -> bool:
    """Is the clause of ``verb`` only asked for, promised or supposed by what governs it
    ("seeks guarantees that they will not allow ...", "urged that it would not ...")?"""
    return _governed(verb, lex) != "asserted"


def modality(cand: Candidate, lex: Lexicon) -> tuple[Modality, str]:
    """The modality and where it came from: ``own`` (the trigger's auxiliaries or
    negation), ``if`` (a condition), ``noun`` (a determiner or modifier of the event noun),
    ``governed`` (an embedding word), ``none`` (asserted)."""
    anchor, noun = cand.anchor, cand.noun
    if cand.entry.source == "stated":  # "will not give an inch", "would not stand idly by":
        return "asserted", "none"  # the negation is the refusal or threat itself
    if noun is not None:
        marks = _noun_marks(noun)
        if marks is not None:
            return marks, "noun"
        if noun is anchor and noun.dep_ in ("nsubj", "nsubjpass"):  # "the talks will resume"
            verb = noun.head
            marks = own_marks(verb)
            if marks == "negated" or (marks is None and _conditional(verb)):
                return marks or "hypothetical", "noun"
            if marks is not None:
                return marks, "noun"
    if anchor.pos_ in ("VERB", "AUX"):
        marks = own_marks(anchor)
        if marks == "negated" or (cand.kind in ("verb", "light") and _no_subject(anchor)):
            return "negated", "own"
        if _imperative(anchor):
            return "hypothetical", "own"
        if _conditional(anchor):
            return "hypothetical", "if"
        if marks is not None:
            return marks, "own"
    governed = _governed(anchor, lex)
    return governed, "governed" if governed != "asserted" else "none"


def _no_subject(verb: Any) -> bool:
    """"No sitting president has ever met ...", "no one was killed": a subject denied by "no",
    also the raised one of "No Americans are believed to be imprisoned"."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ != "xcomp":
            return any(denied(c) for c in subj)
        verb = verb.head
    return False


def _imperative(verb: Any) -> bool:
    """"Strike their police!": a command, not a report."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children)


def perfect(verb: Any) -> bool:
    """"could have killed": a past counterfactual, not a threat."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
