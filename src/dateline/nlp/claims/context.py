"""What a number claims about, read from the parse and the text around it: exclusions (years,
dates, times, ages, durations, names, addresses), the unit and subject from the noun the number
counts, a time scope, and a check-worthiness score."""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.claims.lexicon import ClaimLexicon, lexicon
from dateline.nlp.claims.numbers import Number

_TIME_SCOPE = re.compile(
    r"\b(?:(?:in|since|by|during|until|through|throughout|from|before|after|as of|between) "
    r"(?:late |early |mid-?|the end of |the start of |the first half of |the summer of )?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) )?(?:1[89]\d\d|20\d\d)s?(?: and (?:1[89]\d\d|20\d\d))?"
    r"|(?:last|this|next|past) (?:year|month|week|decade|century|weekend|spring|summer|autumn|"
    r"fall|winter)"
    r"|(?:in|over|during|for) the (?:past|last|previous|next|first|coming) (?:\w+ )?"
    r"(?:years?|months?|weeks?|days?|decades?)"
    r"|so far this (?:year|month|week)|(?:yesterday|today|tonight)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
_MONTH_NEAR = re.compile(r"[A-Za-z]+\.?")


def excluded(text: str, num: Number, tok: Any) -> str | None:
    """Why the number is not a claim (``None``: it is one)."""
    lex = lexicon()
    before = text[max(0, num.start - 25) : num.start]
    after = text[num.end : num.end + 20].lower()
    words_before = _MONTH_NEAR.findall(before)
    prev = words_before[-1] if words_before else ""
    nxt = _MONTH_NEAR.match(after.lstrip())
    next_word = nxt.group(0).rstrip(".") if nxt else ""
    if num.kind == "count":
        if num.digits and num.value is not None and num.value.is_integer() and \
                1800 <= num.value <= 2100 and "," not in text[num.start:num.end] and \
                (not _counts_noun(tok, lex) or _singular_head(tok)):
            return "year"  # "in 1986", "the 1986 nuclear disaster" (a count takes a plural)
        if prev.lower().rstrip(".") in lex.months or next_word in lex.months:
            return "date"
        if next_word in lex.time_units:
            return "time or duration"
        if any(after.startswith(a) for a in lex.age_after) or \
                any(before.lower().rstrip().endswith(a) for a in lex.age_before):
            return "age"
        head_word = _word_before_list(text, num.start) or prev
        if head_word.lower().rstrip(".") in lex.name_nouns and (head_word[:1].isupper() or (
                num.digits and "," not in text[num.start:num.end]
                and not _counts_noun(tok, lex))):
            return "name"  # "Resolution 2231", "cases 1000 and 4000"
        noun = counted_noun(tok) if tok is not None else None
        if noun is not None and noun.tag_ == "NN" and num.value != 1 and not _scaled(text, num) \
                and (text[num.end:num.end + 1] == "-"
                     or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN")):
            return "identifier"  # "Russia 24 channel", "a 10-point plan": no count of a singular
        if next_word and next_word[:1].isalpha() and \
                re.match(r"\s*(?:[A-Z][a-z]+ ){1,3}(?:" + "|".join(
                    s.capitalize() for s in lex.street) + r")\b", text[num.end:num.end + 40]):
            return "address"
        if not num.digits and (text[num.start:num.end].lower() in ("a", "an")
                               or not _counts_noun(tok, lex)) and num.value is not None \
                and num.value < 1000 and not _scaled(text, num):
            return "word number without a counted noun"
        if tok is not None and tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and \
                not _counts_noun(tok, lex):
            return "date or time (parse)"
    if _PHONE.match(text, max(0, num.start - 5)) or _PHONE.match(text, num.start):
        return "phone number"
    if tok is not None and tok.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC") and \
            num.kind == "count":
        return "part of a name"
    return None


_LIST_TAIL = re.compile(r"([A-Za-z]+\.?)\s+(?:\d+(?:\s*,\s*|\s+(?:and|or|to)\s+))+$")


def _word_before_list(text: str, start: int) -> str | None:
    """The word before a list of numbers ending at ``start``: "cases" in "cases 1000, 2000 and "."""
    m = _LIST_TAIL.search(text, max(0, start - 60), start)
    return m.group(1) if m else None


def _singular_head(tok: Any) -> bool:
    head = counted_noun(tok)
    return head is not None and head.tag_ in ("NN", "NNP")


def _measure(tok: Any) -> tuple[str, int] | None:
    """The unit of measure right after the number at ``tok`` and the index of its last token:
    "1,258 km land border" -> ("km", i); "230,000 square miles" -> ("square miles", i)."""
    lex = lexicon()
    doc = tok.doc
    i = tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in lex.measures:
        return None
    if doc[i].lower_ in lex.measure_prefixes:
        if i + 1 < len(doc) and doc[i + 1].lower_ in lex.measures:
            return f"{doc[i].lower_} {doc[i + 1].lower_}", i + 1
        return None
    return doc[i].lower_, i


def _scaled(text: str, num: Number) -> bool:
    return bool(re.search(r"dozen|hundred|thousand|million|billion|trillion",
                          text[num.start:num.end], re.IGNORECASE))


def _counts_noun(tok: Any, lex: ClaimLexicon) -> bool:
    """The number modifies a (plural or counted) noun that is not a unit of time."""
    if tok is None:
        return False
    head = counted_noun(tok)
    return head is not None and head.lower_ not in lex.time_units


def counted_noun(tok: Any) -> Any | None:
    """The noun the number at ``tok`` counts: its head through ``nummod``/``quantmod``."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("nummod", "quantmod", "compound") and cur.head.i > cur.i:
            cur = cur.head
            if cur.pos_ == "NOUN" or (cur.pos_ == "PROPN" and cur.tag_ == "NNPS"):
                return cur
            if cur.pos_ != "NUM":
                return None
        else:
            return None
    return None


def unit_and_subject(tok: Any, num: Number) -> tuple[Any | None, str | None, str | None]:
    """``(noun token, unit, subject)``. ``some 900 in Syria`` after ``2,500 troops in Iraq``
    (the parse's conj of the noun) carries the unit over: ``troops``, ``troops in Syria``."""
    noun = counted_noun(tok)
    measure = _measure(tok) if num.kind == "count" else None
    if measure is not None:  # "1,258 km land border", "230,000 square miles of territory"
        measured, last = measure
        after = tok.doc[last]
        of = _of_noun(after)
        if of is not None:
            return after, measured, _slice([*of.subtree], skip_det=True)
        if (noun is None or noun.i <= last) and after.dep_ in ("compound", "nmod", "amod") and \
                after.head.i > last and after.head.pos_ == "NOUN":
            noun = after.head  # "km" hangs off "border" in "1,258 km land border"
        if noun is not None and noun.i > last:
            return after, measured, _slice([*tok.doc[last + 1 : noun.i], noun, *_prep(noun)])
        return after, measured, None
    if noun is not None and noun.lower_ in ("percent", "cent", "%") and (of := _of_noun(noun)):
        noun = of  # "40 percent of the men": the men are the subject
        return noun, num.unit, _slice([*noun.subtree], skip_det=True)
    if noun is None and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        prep = _prep(tok)
        subject = tok.head.text + (" " + _slice(prep) if prep else "")
        return tok.head, num.unit or tok.head.lower_, subject
    if noun is None and (of := _of_noun(tok)):  # "hundreds of protesters", "30 of the soldiers"
        unit = num.unit if num.kind in ("percent", "money") else of.lower_
        return of, unit, _slice([*of.subtree], skip_det=True)
    if noun is None:
        return None, num.unit, None
    unit = num.unit if num.kind in ("percent", "money") else noun.lower_
    mods: list[Any] = []
    for t in reversed(noun.doc[tok.i + 1 : noun.i]):  # the noun's own modifiers, right to left
        if t.idx < num.end or t.pos_ in ("NUM", "CCONJ", "DET") or t.text in (",", ";"):
            break
        mods.insert(0, t)
    return noun, unit, _slice([*mods, noun, *_prep(noun)])


def _of_noun(tok: Any) -> Any | None:
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.i - tok.i <= 6:
        return pobj
    return None


def _slice(tokens: list[Any], *, skip_det: bool = False) -> str:
    """The text from the first to the last of ``tokens`` (a leading determiner left off)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while skip_det and tokens and tokens[0].dep_ in ("det", "poss") and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not tokens:
        return ""
    doc = tokens[0].doc  # a span's text, not doc.text: that joins every token of the article
    return str(doc[tokens[0].i : tokens[-1].i + 1].text)


def _prep(tok: Any) -> list[Any]:
    """The first prepositional phrase after ``tok`` ("in Iraq"), before any coordination."""
    for child in tok.rights:
        if child.dep_ in ("cc", "conj", "punct"):
            return []
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "at", "on", "across",
                                                     "inside", "near", "within", "to"):
            words = [*child.subtree]
            return words if len(words) <= 7 else []
    return []


def time_scope(text: str, sent_start: int, sent_end: int, num: Number) -> str | None:
    """The time expression of the number's sentence nearest to it ("in 2023", "last year")."""
    best: tuple[int, str] | None = None
    for m in _TIME_SCOPE.finditer(text, sent_start, sent_end):
        if m.start() < num.end and num.start < m.end():
            continue
        dist = min(abs(m.start() - num.end), abs(num.start - m.end()))
        if best is None or dist < best[0]:
            best = (dist, m.group(0))
    return best[1] if best else None


def checkworthiness(*, num: Number, unit: str | None, hedge: str | None, attributed: bool,
                    sentence: str) -> float:
    """0..1 from cues: casualties/people, money, percent, comparison, hedges, attribution."""
    lex = lexicon()
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    score = 0.3
    if num.kind in ("money", "percent"):
        score += 0.2
    if unit and unit.lower() in lex.casualty_nouns:
        score += 0.2
    if words & lex.event_words:
        score += 0.15
    if words & lex.comparative_words:
        score += 0.1
    if hedge:
        score += 0.1
    if attributed:
        score += 0.1
    if num.kind == "vague" or unit is None:
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 3)
