"""Cues in the parse: speech verbs with their speaker and reported clause, "according to",
"X quoted Y as saying", "Y, citing X, said", "said in a statement", "told state media".

Each cue becomes an :class:`Attribution` whose content is the reported clause (the complement
subtree, "that" included) or, when the cue is parenthetical ("..., he said"), the clause it
interrupts. A cue with no clause of its own ("he said:") waits for quotation marks
(``content=None``); :mod:`dateline.nlp.quotes.build` attaches them.
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.quotes.base import Attribution, Range, char_range, subtree_range
from dateline.nlp.quotes.lexicon import CueVerb, Lexicon
from dateline.nlp.quotes.multiword import according, as_saying
from dateline.nlp.quotes.nominal import other_cue
from dateline.nlp.quotes.syntax import SUBJ, child, prep_object, side, subject, tok_chars
from dateline.nlp.quotes.turns import colon_cues, transcript_turns

_NAMING = frozenset({"call", "dub", "label", "term", "name", "title", "entitle", "brand"})
_CLAUSE = ("ccomp",)
_INF = ("xcomp",)
_STATEMENT = {"statement", "interview", "letter", "post", "tweet", "speech", "message", "release",
              "remarks", "briefing", "note", "email", "video", "address", "op-ed", "article",
              "conference", "communique", "declaration"}  # fmt: skip


def _cue_span(doc: Any, tok: Any) -> tuple[Range, Any]:
    """The cue's characters ("said", "pointed out", "said in a statement") and the
    statement noun's token, if any."""
    start, end = char_range(tok)
    statement = None
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
        if c.dep_ == "prep" and c.lower_ == "in" and c.i <= tok.i + 4:
            obj = child(c, "pobj")
            if obj is not None and obj.lemma_.lower() in _STATEMENT:
                statement = obj
                if c.i == tok.i + 1:
                    end = obj.idx + len(obj.text)
    return (start, end), statement


def _recipient_relay(tok: Any, statement: Any) -> list[Range]:
    """The go-between a statement was given to: "told state media", "an interview with CNN"."""
    out: list[Range] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative", "iobj"):
            out.append(subtree_range(c))
    if statement is not None:
        for c in statement.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "to"):
                obj = child(c, "pobj")
                if obj is not None:
                    out.append(subtree_range(obj))
    return out


_OBJECTS = ("dobj", "dative", "oprd", "attr", "ccomp", "xcomp")


def _object_content(doc: Any, tok: Any, cv: CueVerb) -> tuple[Range | None, Range | None]:
    """"accused [him of lying]", "called for [talks]": the verb's noun object (frame n) or the
    object of one of its prepositions (frame p), to the verb's right edge; and the cue
    stretched over an adjacent preposition ("called for")."""
    first = next((c for c in tok.rights if c.dep_ in _OBJECTS), None) if "n" in cv.frames else None
    prep, obj = prep_object(tok, cv.preps) if "p" in cv.frames or cv.preps else (None, None)
    if prep is not None and "n" not in cv.frames and prep.i > tok.i + 2:
        prep = None  # "refer cases to the president" is no "refer to"
    if prep is not None and obj is not None and (first is None or prep.i < first.i):
        end = max(tok.right_edge.i, prep.right_edge.i) + 1
        cue = (tok.idx, prep.idx + len(prep.text)) if prep.i <= tok.i + 2 else None
        return tok_chars(doc, obj.left_edge.i, end), cue
    if first is None:
        return None, None
    return tok_chars(doc, first.left_edge.i, tok.right_edge.i + 1), None


def _parenthetical(doc: Any, tok: Any) -> bool:
    """"X, he said" / "X, a spokesman said Tuesday": a cue with its own subject set off by a
    comma from the clause it hangs on."""
    if tok.dep_ == "parataxis" or (tok.dep_ in ("ccomp", "advcl") and tok.i > tok.head.i):
        between = doc[min(tok.i, tok.head.i) : max(tok.i, tok.head.i)]
        return child(tok, *SUBJ) is not None and any(t.text in ",:—–" for t in between)
    if tok.dep_ == "conj" and tok.i > tok.head.i:
        subj = child(tok, "nsubj")
        return subj is not None and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == ","
    return False


_VIA = ("prep", "pobj", "npadvmod", "advmod", "relcl", "acl", "compound", "amod", "det")


def _misparsed_clause(doc: Any, tok: Any, source: Range | None) -> Range | None:
    """The reported clause where the parser hung it elsewhere: a that-clause taken for a
    relative clause of a noun after the verb ("said during a news conference [that he may
    wait]"); a clause taken for an xcomp ("say [taxing consumption encourages growth]"); the
    words before "..., he said." when they were not parsed as the verb's clause."""
    for c in tok.rights:
        if c.dep_ == "xcomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                and c.right_edge.i - c.left_edge.i >= 3:
            return tok_chars(doc, *subtree_range(c))
    for t in doc[tok.i + 1 : tok.right_edge.i + 1]:
        if t.lower_ != "that" or t.dep_ != "mark" or t.head.i <= tok.i:
            continue
        node = t.head
        for _ in range(6):
            if node.head.i == tok.i or node.dep_ not in _VIA or node.head.i < tok.i:
                break
            node = node.head
        if node.head.i == tok.i:
            return tok_chars(doc, t.i, t.head.right_edge.i + 1)
        break
    if source is None or source[0] < 2 or doc[source[0] - 1].text != ",":
        return None
    if any(c.i > tok.i and c.dep_ not in ("punct", "npadvmod", "prep", "advmod") for c in tok.children):
        return None
    if any(t.text in ":\"“”'‘’" for t in doc[tok.i + 1 : tok.sent.end]):
        return None  # "During a speech, Marsh said: “...”": the words come after the cue
    start = tok.sent.start
    if source[0] - 1 - start < 3:
        return None
    return tok_chars(doc, start, source[0] - 1)


def _document_subject(doc: Any, source: Range | None, documents: frozenset[str]) -> bool:
    if source is None:
        return False
    root = doc[source[0] : source[1]].root
    return bool(root.lemma_.lower() in documents)


_AGENT_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _passive_cue(doc: Any, tok: Any, cv: CueVerb, lex: Lexicon) -> Attribution | None:
    """"X was criticized by Y", "a plan favored by Y": Y attributes something to X (Y a
    person, group, organisation or document: not "declared ... by Executive Order 13224")."""
    agent = child(tok, "agent")
    obj = child(agent, "pobj") if agent is not None else None
    if obj is None or not ("n" in cv.frames or "p" in cv.frames):
        return None
    if obj.ent_type_ not in _AGENT_ENTS and obj.pos_ != "PRON" and not any(
            obj.lemma_.lower() in lex.nouns[k] for k in ("person", "organization", "outlet")):
        return None
    target = child(tok, "nsubjpass")
    if target is not None:
        content = tok_chars(doc, *subtree_range(target))
    elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        content = tok_chars(doc, tok.head.left_edge.i, tok.head.i + 1)
    else:
        return None
    if content is None:
        return None
    return Attribution(content=content, cue=(tok.idx, agent.idx + len(agent.text)), cue_i=tok.i,
                       source=subtree_range(obj), cls=cv.cls, confidence=cv.confidence - 0.1,
                       weak=True)


def _verb_cue(doc: Any, tok: Any, cv: CueVerb, lex: Lexicon) -> Attribution | None:
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return _passive_cue(doc, tok, cv, lex)  # "a plan backed by X"; not "a deal signed in May"
    source, passive = subject(tok)
    if passive:
        return _passive_cue(doc, tok, cv, lex)
    if source is None and tok.lemma_.lower() in _NAMING:
        return None  # "one called “democratizing foreign policy”" names a thing; nobody speaks
    documents = lex.nouns["document"]
    cue, statement = _cue_span(doc, tok)
    content: Range | None = None
    comps = [c for c in tok.children if c.dep_ in _CLAUSE]
    comp = next((c for c in reversed(comps) if c.i > tok.i), comps[0] if comps else None)
    if comp is not None and ("c" in cv.frames or "o" in cv.frames):
        content = tok_chars(doc, *subtree_range(comp))
    if content is None and "i" in cv.frames:
        inf = child(tok, *_INF)
        if inf is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            content = tok_chars(doc, *subtree_range(inf))
    if content is None and statement is not None:  # "said in a statement that ..." misparsed
        clause = next((c for c in statement.children if c.dep_ in ("acl", "relcl", "ccomp")
                       and c.i > statement.i), None)
        if clause is not None:
            content = tok_chars(doc, *subtree_range(clause))
    weak = cv.cls not in ("speech", "evidence")
    if content is None and (cv.cls != "evidence" or _document_subject(doc, source, documents)):
        content, wider = _object_content(doc, tok, cv)  # "found [a body]": "the survey found"
        weak = weak or content is not None
        if wider is not None and cue[1] <= wider[1]:
            cue = wider
    if content is None and tok.head.i != tok.i and _parenthetical(doc, tok):
        # "The plan will fail, he said." with "said" hanging off the clause it reports
        content = side(doc, subtree_range(tok.head), subtree_range(tok))
    if content is None and "c" in cv.frames:
        content = _misparsed_clause(doc, tok, source)
    if source is None and cv.cls not in ("speech", "evidence"):
        return None  # a stance, belief or intention of nobody in particular
    kind_conf = cv.confidence if content is not None else cv.confidence - 0.05
    att = Attribution(content=content, cue=cue, cue_i=tok.i, source=source, cls=cv.cls,
                      confidence=kind_conf, weak=weak)
    att.recipients = [r for r in _recipient_relay(tok, statement)
                      if content is None or not content[0] <= doc[r[0]].idx < content[1]]
    return att  # (an object that is the reported content is no go-between: "denied the report")


def _entry(tok: Any, lemma: str, lex: Lexicon) -> CueVerb | None:
    """The lexicon entry of a verb: "point out" (with its particle) before "point"."""
    if lemma in lex.phrasal:
        for c in tok.children:
            if c.dep_ == "prt":
                found = lex.verbs.get(f"{lemma} {c.lower_}")
                if found is not None:
                    return found
    return lex.verbs.get(lemma)


def find_cues(doc: Any, lex: Lexicon, text: str | None = None) -> list[Attribution]:
    """Every cue of ``doc`` (over ``text``) as an :class:`Attribution`, in text order."""
    out: list[Attribution] = colon_cues(doc)
    turns = transcript_turns(doc, doc.text if text is None else text)
    starts = {a.cue_i for a in out}
    out += [a for a in turns if a.cue_i not in starts]
    by_verb: dict[int, Attribution] = {}
    late_relays: list[tuple[int, Range]] = []
    citing: dict[int, Range] = {}
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            att, verb_i = according(doc, tok, lex)
            if att is not None:
                out.append(att)
            elif verb_i is not None:
                to = doc[tok.i + 1]
                obj = child(to, "pobj")
                if obj is not None:
                    late_relays.append((verb_i, subtree_range(obj)))
            continue
        pos = tok.pos_
        if pos not in ("VERB", "AUX") or tok.dep_ == "amod":
            other = other_cue(doc, tok, lex) if pos in ("NOUN", "ADJ", "ADP") else None
            if other is not None:
                out.append(other)
            continue
        lemma = tok.lemma_.lower()
        if lemma in ("quote", "cite"):
            att = as_saying(doc, tok, lex)
            if att is not None:
                out.append(att)
                by_verb[tok.i] = att
                continue
            obj = child(tok, "dobj")
            if lemma == "cite" and tok.tag_ == "VBG" and obj is not None:
                citing[tok.head.i] = subtree_range(obj)  # "Y, citing X, said"
                continue
        cv = _entry(tok, lemma, lex)
        if cv is None or (lemma == "say" and tok.dep_ == "pcomp" and tok.head.lower_ == "as"):
            continue
        att = _verb_cue(doc, tok, cv, lex)
        if att is not None:
            out.append(att)
            by_verb[tok.i] = att
    for verb_i, rng in late_relays:
        if verb_i in by_verb:
            by_verb[verb_i].relays.append(rng)
    for verb_i, rng in citing.items():
        if verb_i in by_verb:
            att = by_verb[verb_i]
            if att.source is not None:
                att.relays.insert(0, att.source)
            att.source = rng
    return sorted(out, key=lambda a: a.anchor)
