"""Acts that are done in words or in blows: "attacked the convoy" -- not "attacked Bolton as a
wacko", "attacked the nominee on Twitter", "attacked the leader, calling him a liar" (ACCUSE);
"retaliated with rockets" -- not "retaliated with tariffs" (SANCTION); and words that tell
which act an order, a refusal or a promise of work is ("ordered the ambassador to leave": an
expulsion; "ruled out joining": a refusal; "will work with Washington": cooperation)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events import nouns
from dateline.nlp.events.dep import disaster, kids, lemma_set, objects_of, pp_map, subjects_of
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.violence import FIGHTERS

_VERBAL_VENUES = frozenset({"speech", "statement", "remark", "interview", "tweet", "post",
                            "article", "op-ed", "column", "editorial", "letter", "address",
                            "sermon", "debate", "hearing", "book", "video", "message", "rally"})
#: where one attacks in words: "attacked the nominee on Twitter"
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "television",
                        "tv", "radio", "air", "media", "podcast", "blog", "website"})
#: "attacked the leader, calling him a liar"
_NAMING = frozenset({"call", "say", "brand", "label", "describe", "accuse", "dub", "denounce"})


def attack(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Physical attack -- or verbal ("attacked Bolton as a wacko", "in his speeches")."""
    if disaster(tok, lex):
        return None
    preps = pp_map(tok)
    if "as" in preps or lemma_set(preps.get("in", []) + preps.get("during", [])) & _VERBAL_VENUES \
            or any(lemma_set(m.get("on", []) + m.get("via", [])) & _PLATFORMS
                   for m in [preps] + [pp_map(o) for o in objects_of(tok)]) or any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _NAMING
                for c in tok.children):
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


#: what one retaliates with when it is no blow
_RETALIATE_WITH = {"tariff": ("SANCTION", None), "sanction": ("SANCTION", None),
                   "duty": ("SANCTION", None), "embargo": ("SANCTION", "embargo"),
                   "ban": ("SANCTION", None), "restriction": ("SANCTION", None),
                   "expulsion": ("SANCTION", "expel"), "boycott": ("SANCTION", None),
                   "statement": ("ACCUSE", "disapprove"), "criticism": ("ACCUSE", "disapprove"),
                   "lawsuit": ("ACCUSE", "allege"), "complaint": ("ACCUSE", "allege")}


def retaliate(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"retaliated with their own tariffs" is a sanction, "with a statement" words; with
    rockets, or nothing said, a blow."""
    for obj in pp_map(tok).get("with", []):
        hit = _RETALIATE_WITH.get(obj.lemma_.lower())
        if hit is not None:
            return Entry(hit[0], hit[1], (), entry.sense, entry.weight)
    return entry


_LEAVE = frozenset({"leave", "depart", "quit", "go", "exit", "withdraw"})
_INQUIRIES = frozenset({"inquiry", "enquiry", "investigation", "probe", "review", "audit"})
_CLOSURES = frozenset({"closure", "shutdown", "arrest", "detention", "demolition", "eviction",
                       "confiscation", "seizure", "dissolution", "suspension", "ban"})


def order(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"ordered the ambassador to leave", "was ordered out of Ethiopia": an expulsion
    (SANCTION expel); "ordered the closure of three radio stations": the closing (COERCE);
    otherwise a demand (REQUEST) with something ordered."""
    objs = objects_of(tok)
    own = any(o.lemma_.lower() in lex.classes["asset"] and (not list(o.lefts) or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children))
        for o in objs)  # "ordered (its) troops to withdraw", not "the AU force"
    if not own and (lemma_set(kids(tok, "xcomp")) & _LEAVE or any(
            c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in tok.children)):
        return Entry("SANCTION", "expel", ("diplomatic",), entry.sense, max(entry.weight, 0.7))
    if lemma_set(objs) & _INQUIRIES:  # "ordered an inquiry into the collapse"
        return Entry("ACCUSE", "investigate", (), entry.sense, max(entry.weight, 0.65))
    if lemma_set(objs) & _CLOSURES:
        return Entry("COERCE", "restrict", (), entry.sense, max(entry.weight, 0.65))
    return entry if objs or kids(tok, "ccomp", "xcomp") else None


def act_obj(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"ruled out joining the alliance", "ruled out talks": an act is refused (not "police ruled
    out foul play")."""
    objs = objects_of(tok) + kids(tok, "xcomp") + [c for c in kids(tok, "advcl")
                                                   if c.tag_ == "VBG"]
    return entry if any(o.pos_ == "VERB" or nouns.noun_entry(o, lex) is not None
                        for o in objs) else None


_PARTNERS = frozenset({"government", "partner", "ally", "country", "authority", "power",
                       "nation", "state", "neighbour", "neighbor", "administration", "military"})


def work_with(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"will work with Washington", "work with other powers" (COOPERATE); not a job ("a lawyer
    who worked with Gadling", "an organisation working with migrant workers")."""
    withs = pp_map(tok).get("with", []) + pp_map(tok).get("alongside", [])
    subjects = subjects_of(tok)
    if tok.dep_ == "ccomp" and lemma_set(subjects) & {"they", "we"}:
        subjects = subjects_of(tok.head)  # "Spain and Morocco said they would work together"
    if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in tok.children) \
            and any(s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or lex.is_("agent", s.lemma_)
                    for s in subjects):  # "Chinese and Pakistani engineers are working
        return entry  # together" (not "centrifuges working together")
    return entry if any(p.ent_type_ in ("GPE", "ORG", "NORP") or p.lemma_.lower() in _PARTNERS
                        for p in withs) else None


_OWN = frozenset({"its", "their", "his", "her", "our", "my"})


def regret_over(tok: Any, obj: Any, entry: Entry) -> Entry:
    """Regret expressed "over" or "at" what another party did disapproves of it ("expressed
    regret over China's decision to test": ACCUSE); regret "for" one's own act stays an apology
    (CONCEDE)."""
    if entry.type != "CONCEDE" or obj.lemma_.lower() != "regret":
        return entry
    overs = pp_map(obj).get("over", []) + pp_map(obj).get("at", []) + \
        pp_map(tok).get("over", []) + pp_map(tok).get("at", [])
    if any(not any(c.dep_ == "poss" and c.lower_ in _OWN for c in p.children) for p in overs):
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


#: how one reacts when the reaction is a rebuke: "reacted angrily to the resolution"
_ANGRILY = frozenset({"angrily", "furiously", "sharply", "strongly", "indignantly", "bitterly",
                      "harshly", "negatively", "coldly"})
#: what one resists when resisting is a refusal: "resisted farmers' demands"
_PRESSED = frozenset({"demand", "pressure", "call", "request", "appeal", "plea", "push",
                      "proposal"})


def react(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"reacted angrily to a U.S. resolution" (ACCUSE) -- not "police reacted quickly"."""
    return entry if any(c.dep_ == "advmod" and c.lower_ in _ANGRILY for c in tok.children) \
        and "to" in pp_map(tok) else None


def resist(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"resisted farmers' demands for higher subsidies" (REJECT) -- not "resisted arrest"."""
    return entry if lemma_set(kids(tok, "dobj")) & _PRESSED else None


def armed_obj(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"pursued PKK guerrillas into northern Iraq" (ASSAULT) -- not "pursued talks"."""
    return entry if any(o.lemma_.lower() in FIGHTERS or o.lower_.removesuffix("s") in FIGHTERS
                        for o in kids(tok, "dobj")) else None
