"""Dependency helpers shared by the sense rules: a verb's objects, prepositional phrases and
subjects, and whether a token could name a party (a person, group, organisation, state, place)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.lexicon import Lexicon

_HUMAN_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NOT_ARGS = frozenset({"it", "that", "this", "what", "which", "these", "those", "something",
                       "anything", "nothing", "everything", "one"})


def argument_like(tok: Any, lex: Lexicon) -> bool:
    """Could this token head an actor or recipient (a person, group, place, force)?"""
    if tok.pos_ == "PRON":
        return tok.lower_ not in _NOT_ARGS
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in _HUMAN_LABELS or tok.pos_ == "PROPN" or lemma in lex.classes["agent"] \
            or lemma in lex.classes["place_noun"] or lemma in lex.classes["person_noun"]:
        return True
    # "Valdorian fishermen", "Iraqi civilians": people named by their nation
    return tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.lefts)


def party_like(tok: Any, lex: Lexicon) -> bool:
    """Could this token name who acts (a person, group, organisation, state) -- not a place or
    a thing ("car" in "car bombing")?"""
    return bool(tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN"
                or tok.lemma_.lower() in lex.classes["agent"])


#: relative pronouns: an argument that stands for the noun its clause hangs on
RELATIVE = frozenset({"who", "whom", "which", "that"})


def antecedent(tok: Any, verb: Any) -> Any:
    """The noun a relative-pronoun argument ``tok`` of ``verb`` stands for ("an activist, who
    was beaten" -> activist), else ``tok`` itself."""
    return verb.head if tok.lower_ in RELATIVE and verb.dep_ == "relcl" else tok


def denied(tok: Any) -> bool:
    """A phrase denied by "no": "no one", "nobody", "none", "no soldiers"."""
    return tok.lower_ in ("nobody", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or (
        tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no")


def of_noun(verb: Any) -> Any | None:
    """The noun whose "of" phrase the gerund ``verb`` heads ("intention of stepping down" ->
    intention), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.head == prep:
        return None
    return prep.head


def kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def objects_of(tok: Any) -> list[Any]:
    return kids(tok, "dobj", "nsubjpass", "dative") or swallowed_object(tok)


#: NER labels of a party: a person, an organisation, a state, a people
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: reporting verbs whose clause tells someone else's news ("..., police said")
SAY = frozenset({"say", "report", "tell", "add", "state", "confirm"})
#: verbs by which a party announces what it will do ("said it would", "signalled that it would
#: back", "reiterated that it would use force", "assured reporters that it would relax")
ANNOUNCE = frozenset({"say", "announce", "declare", "state", "tell", "add", "insist", "stress",
                      "confirm", "reiterate", "reaffirm", "repeat", "signal", "indicate",
                      "assure", "affirm"})


def subjunctive(clause: Any) -> bool:
    """"(insisted) that Argentina drop its claim", "that Iraq allow": a bare verb with its own
    subject and no auxiliary, the form of a demand."""
    subj = kids(clause, "nsubj", "nsubjpass")
    bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and bool(subj) and subj[0].tag_ in (
        "NN", "NNP"))  # "that Iraq allow": no agreement
    return bare and bool(subj) and not kids(clause, "aux")


def swallowed_object(verb: Any) -> list[Any]:
    """"militiamen slaughtered hundreds of civilians ..., aid workers said": the parser made the
    verb's object the subject of the trailing reporting verb (a verb with no object of its own)."""
    return [n for c in verb.rights if c.dep_ == "ccomp" and c.lemma_.lower() in SAY
            for n in c.children if n.dep_ == "nsubj" and n.left_edge.i == verb.i + 1
            and n.pos_ in ("NOUN", "PROPN", "NUM")]


def pp_map(tok: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            out.setdefault(c.lower_, []).extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


def subjects_of(tok: Any) -> list[Any]:
    subj = kids(tok, "nsubj")
    if not subj and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head != tok:
        subj = kids(tok.head, "nsubj")
    return subj


def lemma_set(toks: list[Any]) -> set[str]:
    return {t.lemma_.lower() for t in toks}


def disaster(tok: Any, lex: Lexicon) -> bool:
    """Harm done by an accident, a disease or nature ("the earthquake killed", "killed in a
    crash", "the bus struck a tree, killing the driver", "a gas explosion killed two")."""
    subjects = subjects_of(tok)
    if tok.dep_ == "acl":
        subjects = [*subjects, tok.head]  # the noun a participle hangs on: "a minibus ..., killing"
    near = subjects + [p for ps in pp_map(tok).values() for p in ps]
    if tok.dep_ == "relcl" and any(s.tag_ == "WDT" for s in near):
        near.append(tok.head)  # "the crash that killed 224 people"
    for t in near:
        words = {t.lemma_.lower()} | {c.lemma_.lower() for c in t.lefts}
        if words & lex.classes["disaster"]:
            return True
        if t in subjects and t.lemma_.lower() in lex.classes["civil_vehicle"] \
                and not words & lex.classes["weapon"]:
            return True  # "the bus struck a tree", not "a car bomb" nor "snatched from her car"
        if words & _BLASTS and lemma_set(list(t.subtree)) & lex.classes["mishap_cue"]:
            return True  # "a boiler explosion at a textile factory", not "a bomb blast"
    mishap = lex.classes["mishap_verb"]
    # "a coach overturned, killing nine": the harm is the mishap's participle
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() in mishap:
        return True
    # "killed when the roof collapsed", "died as the ferry capsized": a clause of mishap
    return any(c.dep_ == "advcl" and any(t.lemma_.lower() in mishap for t in c.subtree)
               for c in tok.children)


#: blasts that are accidents when their phrase names a works ("gas", "boiler", "factory")
_BLASTS = frozenset({"explosion", "blast", "leak", "fire"})


def succumbed(verb: Any, lex: Lexicon) -> bool:
    """ "succumbed to his injuries": died (not "succumbed to pressure", a concession)."""
    return verb.lemma_.lower() == "succumb" and bool(
        lemma_set(pp_map(verb).get("to", [])) & lex.classes["wound_noun"])


def loose_participle(tok: Any) -> Any | None:
    """The clause verb of a participle after a comma that the parser hung on a noun of the
    predicate ("responded with its assault since the 1979 seizure of the embassy, firing
    missiles": the firing is the response's, not the seizure's), else None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or tok.head.dep_ not in ("pobj", "dobj"):
        return None
    node = tok.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def in_order_to(tok: Any) -> Any | None:
    """The verb that "in order to ``tok``" is the purpose of ("brought fighters in order to
    attack the town" -> brought), else None."""
    order = tok.head
    if tok.dep_ != "acl" or order.lower_ != "order" or order.head.lower_ not in ("in", "so"):
        return None
    gov = order.head.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def conditioned(verb: Any) -> bool:
    """The verb's act is put on a condition: "will strike if ...", "... unless the bill is
    withdrawn"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children) for c in verb.children)


def infinitive(verb: Any) -> bool:
    """A "to"-infinitive ("to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def through_count(tok: Any) -> Any:
    """"thousands of suspects" -> suspects; "dozens of women" -> women."""
    if tok.pos_ == "NUM" or tok.lower_ in ("dozens", "hundreds", "thousands", "scores",
                                            "millions", "tens", "number", "group", "part",
                                            "parts", "most", "much", "some", "all", "rest"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((p for p in c.children if p.dep_ == "pobj"), tok)
    return tok


#: nouns of a demand: a light verb with one as object makes its "that" clause the demand's
#: content ("reiterated its demand today that Israel ease ...", "renewed its call that ...")
DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "ultimatum"})


def demand_object(verb: Any) -> bool:
    """Has ``verb`` a demand noun as its direct object?"""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in DEMAND_NOUNS for o in verb.children)
