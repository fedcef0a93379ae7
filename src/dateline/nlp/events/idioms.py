"""Idioms whose noun is the event ("troops remained on alert", "went on strike", "took to the
streets", "used villagers as human shields", "came under fire"): candidates anchored on the verb
(used by :mod:`dateline.nlp.events.triggers`)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.crowds import CROWDS
from dateline.nlp.events.dep import PARTY_LABELS, argument_like, lemma_set, through_count
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.nouns import noun_entry
from dateline.nlp.events.objects import direct_objects
from dateline.nlp.events.violence import FIGHTERS

IDIOM_NOUNS = frozenset({"alert", "strike", "street", "shield", "fire", "Alert", "Strike",
                          "attack", "assault", "bombardment", "shelling", "siege", "bombing",
                          "defence", "defense", "court", "Court", "tribunal", "Tribunal",
                          "aid", "rescue", "rampage", "offensive", "fast", "standby",
                          "readiness"})
_DEFENCE = Entry("SUPPORT", None, (), "", 0.75)
_TO_AID = Entry("AID", None, (), "", 0.75)
_RAMPAGE = {True: Entry("PROTEST", "riot", (), "", 0.75), False: Entry("ASSAULT", None, (), "",
                                                                         0.7)}
_OFFENSIVE = Entry("ASSAULT", None, ("military",), "", 0.75)
#: who riots when it goes on the rampage: a crowd, or people counted in hundreds
_CROWDS = CROWDS | {"fan", "hundred", "thousand", "dozen"}
_TO_COURT = Entry("ACCUSE", "allege", ("legal",), "", 0.75)
#: verbs of "came / rushed / leapt to the defence of X"
_TO_DEFEND = frozenset({"come", "leap", "rush", "spring", "jump", "go", "move", "rise"})
_STREETS = Entry("PROTEST", "demo", (), "", 0.8)
_SHIELDS = Entry("ASSAULT", "abduct", (), "", 0.8)
_UNDER_FIRE = Entry("ACCUSE", "disapprove", (), "", 0.8)
#: what a place or a force "came under" when it was attacked
_UNDER_ARMS = {w: Entry("ASSAULT", m, ("military",), "", 0.75) for w, m in (
    ("fire", "firearms"), ("attack", None), ("assault", None), ("bombardment", "heavy-weapons"),
    ("shelling", "heavy-weapons"), ("siege", None), ("bombing", "explosives"))}


def _came_under(noun: Any, verb: Any) -> bool:
    """"came / was / remained under" the noun."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in ("come", "be", "remain")


def _criticised(verb: Any, noun: Any) -> bool:
    """"came under fire over the outbreak / for his remarks": criticised for something."""
    return any(c.dep_ == "prep" and c.lower_ in ("over", "for")
               for c in [*verb.children, *noun.children])


def _physical_target(verb: Any, noun: Any, lex: Lexicon) -> bool:
    """"The convoy came under fire", "the town came under shelling": a place, vehicle or force
    that is shot at -- not a minister who "came under fire (attack) from critics" (only shelling,
    bombardment and sieges need no such subject)."""
    if _criticised(verb, noun):
        return False
    if noun.lemma_.lower() in ("bombardment", "shelling", "siege", "bombing") or any(
            c.lemma_.lower() in lex.classes["weapon"] or c.lemma_.lower() in ("rocket", "mortar",
                                                                           "artillery", "sniper")
            for c in noun.children if c.dep_ in ("compound", "amod")):
        return True
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in lex.classes["place_noun"] or s.ent_type_ in ("GPE", "FAC")
               for s in subj)


def idiom_candidate(tok: Any, lex: Lexicon) -> Candidate | None:
    """"troops remained on (high) alert", "put forces on alert": MOBILIZE; "went on (hunger)
    strike", "workers are on strike", "took to the streets": PROTEST; "used villagers as human
    shields", "the convoy came under fire": ASSAULT; "came under fire over ...": ACCUSE."""
    lemma = tok.lemma_.lower()
    verb = tok.head.head
    if lemma == "street" and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and verb.lemma_.lower() == "take" and verb.pos_ == "VERB":  # "took to the streets"
        return Candidate("light", verb, _STREETS, (verb, tok), noun=tok)
    if lemma == "shield" and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
            and verb.lemma_.lower() in ("use", "hold", "keep") and verb.pos_ == "VERB":
        return Candidate("light", verb, _SHIELDS, (verb, tok), noun=tok,
                         objects=direct_objects(verb))  # "used villagers as human shields"
    if lemma == "fire" and _came_under(tok, verb) and _criticised(verb, tok):
        # "Beijing has come under fire over the outbreak": criticised (troops that "came
        # under fire" with no reason given were shot at: no event here)
        return Candidate("target", verb, _UNDER_FIRE, (tok.head, tok), noun=tok)
    if lemma in _UNDER_ARMS and _came_under(tok, verb) and _physical_target(verb, tok, lex):
        # "the convoy came under fire", "the capital came under bombardment from howitzers":
        # the subject was attacked (by the "from" party when one is named)
        return Candidate("target", verb, _UNDER_ARMS[lemma], (tok.head, tok), noun=tok)
    told = _to_court_or_defence(tok, verb, lex) or _went_on(tok, verb, lex)
    if told is not None:
        return told
    if lemma == "readiness" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() == "state":  # "a heightened state of readiness"
        tok, lemma = tok.head.head, "standby"
        verb = tok.head.head
    if lemma not in ("alert", "strike", "fast", "standby") or tok.dep_ != "pobj" \
            or tok.head.lower_ not in ("on", "to"):
        return None
    if tok.head.lower_ == "to" and lemma != "standby":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in ("strike", "fast"):  # "went on strike", "have been on a death fast"
        entry = noun_entry(tok, lex)
        if entry is None or entry.type != "PROTEST" or verb.lemma_.lower() not in _ON_STRIKE:
            return None
        return Candidate("light", verb, entry, (tok.head, tok), noun=tok)
    objs = direct_objects(verb)
    return Candidate("light", verb, lex.nouns["alert"], (tok.head, tok), noun=tok, objects=objs)


_ON_STRIKE = frozenset({"go", "be", "remain", "stay", "continue", "come", "launch", "embark"})


def _to_court_or_defence(tok: Any, verb: Any, lex: Lexicon) -> Candidate | None:
    """"took Myanmar to the International Court of Justice": ACCUSE (legal); "came / leapt to
    the defence of Qatar": SUPPORT."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or verb.pos_ != "VERB":
        return None
    lemma, vlemma = tok.lemma_.lower(), verb.lemma_.lower()
    if lemma in ("defence", "defense", "aid", "rescue") and vlemma in _TO_DEFEND:
        defended = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]  # "came to the aid of"
        entry = _DEFENCE if lemma in ("defence", "defense") else _TO_AID
        if defended:
            return Candidate("light", verb, entry, (verb, tok), noun=tok, objects=defended)
    if lemma in ("court", "tribunal") and vlemma in ("take", "haul", "drag"):
        sued = [c for c in verb.children if c.dep_ == "dobj" and argument_like(c, lex)]
        if sued:
            return Candidate("light", verb, _TO_COURT, (verb, tok), noun=tok, objects=sued)
    return None


def subjected_to(tok: Any, lex: Lexicon) -> Candidate | None:
    """"were subjected to beatings", "subjected the detainees to torture": the harm was done."""
    verb = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or verb.lemma_.lower() != "subject" \
            or verb.pos_ != "VERB":
        return None
    entry = noun_entry(tok, lex)
    if entry is None or entry.type not in ("ASSAULT", "COERCE"):
        return None
    return Candidate("light", verb, entry, (tok, tok), noun=tok, objects=direct_objects(verb))


#: who goes on the offensive by arms
_ARMED = frozenset({"troop", "army", "force", "soldier", "military", "rebel", "insurgent",
                    "militia", "militant", "guerrilla", "fighter", "navy", "marine"})


def _went_on(tok: Any, verb: Any, lex: Lexicon) -> Candidate | None:
    """"youths went on the rampage" (a crowd riots; armed men attack); "troops went on the
    offensive against the heights" (an attack, only with its target: "the campaign went on the
    offensive" is a manner of speaking)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "on" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in ("go", "be"):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "rampage":
        subj = [through_count(c) for c in verb.children if c.dep_ == "nsubj"]
        crowd = any(s.lemma_.lower() in _CROWDS for s in subj)
        return Candidate("light", verb, _RAMPAGE[crowd], (verb, tok), noun=tok)
    if lemma != "offensive":
        return None
    targets = [p for h in (verb, tok) for c in h.children if c.dep_ == "prep"
               and c.lower_ == "against" for p in c.children if p.dep_ == "pobj"]
    armed = any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED for c in verb.children)
    if targets and (armed or any(argument_like(t, lex) for t in targets)):
        return Candidate("light", verb, _OFFENSIVE, (verb, tok), noun=tok)
    return None


def persona_non_grata(tok: Any, lex: Lexicon) -> Candidate | None:
    """"declared the ambassador persona non grata" (SANCTION expel), ``tok`` being "persona":
    the declaring verb acts, the one declared receives."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "non" or doc[tok.i + 2].lower_ != "grata":
        return None
    verb = next((a for a in [tok, *tok.ancestors] if a.lemma_.lower() == "declare"), None)
    if verb is None:
        return None
    declared = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                and c.lower_ != "grata"]
    declared += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c != tok]
    return Candidate("light", verb, lex.nouns["persona non grata"], (tok, doc[tok.i + 2]),
                     noun=tok, objects=declared)


_REFUSAL = Entry("REJECT", None, (), "", 0.75)
_YIELD = Entry("CONCEDE", None, (), "", 0.75)
_SIGNED = Entry("SUPPORT", None, (), "", 0.75)
_HOSTED = Entry("CONSULT", "visit", (), "", 0.75)
#: what one yields to ("caved in to pressure", "gave way to popular demands")
_PRESSURES = frozenset({"pressure", "demand", "call", "protest", "ultimatum", "request"})


#: the verbs of :func:`verb_idiom`
_IDIOM_VERBS = frozenset({"turn", "stand", "cave in", "give", "put", "play", "make", "consent",
                          "apply", "dig", "dig in", "parade", "sit down", "stay"})


def verb_idiom(tok: Any, lemma: str) -> tuple[Entry, list[Any]] | None:
    """Idioms of a verb and its own words: "turned its back on X", "turned a deaf ear to X",
    "stood firm against X" (REJECT); "caved in / gave way to pressure" (CONCEDE); "put their
    signatures to the accord" (SUPPORT); "played host to X" (CONSULT). The entry and the
    objects that receive it."""
    if lemma not in _IDIOM_VERBS:  # every verb of every sentence passes here
        return None
    objs = {c.lemma_.lower(): c for c in tok.children if c.dep_ == "dobj"}
    preps = {c.lower_: [p for p in c.children if p.dep_ == "pobj"]
             for c in tok.children if c.dep_ == "prep"}
    if lemma == "turn" and (("back" in objs and "on" in preps)
                            or ("ear" in objs and "to" in preps)):
        return _REFUSAL, preps.get("on", []) + preps.get("to", [])
    firm = next((c for c in tok.children if c.lower_ == "firm"
                 and c.dep_ in ("advmod", "acomp", "oprd")), None)
    if lemma == "stand" and firm is not None:  # "stood firm against British demands"
        against = preps.get("against", []) + [p for c in firm.children if c.dep_ == "prep"
                                              and c.lower_ == "against" for p in c.children]
        if against:
            return _REFUSAL, against
    yielded = [p for p in preps.get("to", []) if p.lemma_.lower() in _PRESSURES]
    if (yielded and lemma == "give" and "way" in objs) or (lemma == "cave in" and (
            yielded or objs.keys() & _PRESSURES)):  # "caved in to (a parse: 'to' aux) demands"
        return _YIELD, []
    if lemma == "put" and "signature" in objs and "to" in preps:
        return _SIGNED, []
    if lemma == "play" and "host" in objs and "to" in preps:
        return _HOSTED, preps["to"]
    if lemma == "give" and objs and "until" in preps and any(
            c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
            for c in tok.children) and any(  # "gave the Serbs until midnight to withdraw"
            p.ent_type_ in PARTY_LABELS or p.lemma_.lower() in _SIDES for p in [
                *objs.values(), *(c for c in tok.children if c.dep_ == "nsubj")]):
        return _ULTIMATUM, list(objs.values())  # an ultimatum (not a teacher's deadline)
    return _more_idioms(tok, lemma, objs, preps)


_STEPPED_ASIDE = Entry("RETREAT", "resign", (), "", 0.7)
_PLEDGED = Entry("AGREE", None, (), "", 0.7)
_BACKED = Entry("SUPPORT", None, (), "", 0.7)
_APPLIED = Entry("REQUEST", None, (), "", 0.7)
_WARNED = Entry("THREATEN", None, (), "", 0.7, source="stated")
_ULTIMATUM = Entry("THREATEN", None, (), "", 0.8)
#: a refusal said with a negation ("will not give an inch"): the refusal is asserted
_SAID_NO = Entry("REJECT", None, (), "", 0.75, source="stated")
_MARCHED = Entry("PROTEST", "demo", (), "", 0.7)
_MET = Entry("CONSULT", None, (), "", 0.7)
_STRUCK = Entry("PROTEST", "strike", (), "", 0.7)
_BOYCOTTED = Entry("PROTEST", "boycott", (), "", 0.7)
_WORKPLACES = frozenset({"work", "job", "factory", "mine", "plant", "office", "school", "class",
                         "classroom", "lecture", "university", "campus"})
_PROTEST_AIMS = frozenset({"demand", "protest", "press", "denounce", "oppose"})
#: "stayed away from classes in a campaign for ...", "in protest at ..."
_CAMPAIGNS = frozenset({"campaign", "protest", "solidarity", "dispute", "boycott", "strike"})
_SIDES = FIGHTERS | {"government", "regime", "junta"}
#: who one makes way for when stepping aside
_SUCCESSORS = frozenset({"minister", "president", "premier", "government", "successor",
                         "leader", "administration", "council", "chancellor", "governor"})
#: what a state applies for
_MEMBERSHIP = frozenset({"membership", "accession"})  # not "admission in class 10"


def _more_idioms(tok: Any, lemma: str, objs: dict[str, Any],
                 preps: dict[str, list[Any]]) -> tuple[Entry, list[Any]] | None:
    """"made way for a civilian prime minister" (RETREAT resign), "consented to lift" (AGREE),
    "stood behind Germany's proposal" (SUPPORT), "applied for membership of Mercosur"
    (REQUEST), "dug in its heels", "will not give an inch" (REJECT), "would not stand idly by"
    (THREATEN), "students paraded through Athens against a bill" (PROTEST), "sat down together"
    (CONSULT)."""
    negated = any(c.dep_ == "neg" for c in tok.children)
    adverbs = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "prt", "acomp")}
    if lemma == "make" and "way" in objs and any(
            p.ent_type_ == "PERSON" or p.lemma_.lower() in _SUCCESSORS for p in preps.get("for", [])):
        return _STEPPED_ASIDE, []  # "made way for a civilian prime minister"
    if lemma == "consent" and any(c.dep_ == "xcomp" for c in tok.children):
        return _PLEDGED, []
    backed = [p for p in preps.get("behind", []) if p.ent_type_ in PARTY_LABELS or any(
        c.dep_ == "poss" and c.ent_type_ in PARTY_LABELS for c in p.children)]
    if lemma == "stand" and backed:  # "stood behind Germany's proposal" (not "his comments")
        return _BACKED, backed
    if lemma == "apply" and any(p.lemma_.lower() in _MEMBERSHIP for p in preps.get("for", [])):
        return _APPLIED, []
    heels = "heel" in objs or any(p.lemma_.lower() == "heel" for p in preps.get("in", []))
    if lemma in ("dig", "dig in") and heels:
        return _REFUSAL, []
    if lemma == "give" and "inch" in objs and negated:
        return _SAID_NO, []
    if lemma == "give" and "ground" in objs and any(
            c.lower_ == "no" for c in objs["ground"].children):  # "gave no ground"
        return _REFUSAL, []
    if lemma == "stand" and negated and "idly" in adverbs:
        return _WARNED, []
    if lemma == "parade" and "against" in preps and not objs:
        return _MARCHED, preps["against"]
    if lemma == "sit down" and "together" in adverbs:
        return _MET, []
    kept = {p.lemma_.lower() for p in preps.get("from", []) + [  # "away from work"
        p for a in tok.children if a.lower_ == "away" for c in a.children if c.lower_ == "from"
        for p in c.children if p.dep_ == "pobj"]} & _WORKPLACES
    if lemma == "stay" and "away" in adverbs and kept and (any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTEST_AIMS
            for c in tok.children) or lemma_set(preps.get("in", [])) & _CAMPAIGNS
            or "against" in preps):  # "miners stayed away from work to demand ...": a strike
        return (_STRUCK if kept & {"work", "job", "factory", "mine", "plant", "office"}
                else _BOYCOTTED), []
    return None
