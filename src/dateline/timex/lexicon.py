"""Words and regex pieces of :mod:`dateline.timex`, compiled once per process."""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "a few": 3, "few": 3, "several": 4, "some": 3, "a dozen": 12,
}  # fmt: skip
#: counts that are not exact numbers
VAGUE_NUMBERS = {"a couple of", "a few", "few", "several", "some"}

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
         r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
         r"(?![A-Za-z])")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![A-Za-z])"
DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"
PART = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
DAYPART = r"(?:morning|afternoon|evening|night|overnight)"
NUM = (r"(?:\d{1,3}|a\s+couple\s+of|a\s+few|a\s+dozen|several|some|an?|one|two|three|four|five|"
       r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
       r"eighteen|nineteen|twenty|thirty|forty|fifty)")
QUAL = (r"(?:more\s+than|over|at\s+least|about|around|roughly|nearly|almost|some|approximately|"
        r"close\s+to|less\s+than|under|fewer\s+than|just\s+over|just\s+under)")
UNIT = r"(?:hours?|days?|weeks?|months?|years?|decades?)"

#: a clause that speaks of the future: "will meet on Tuesday", "ahead of Sunday's vote"
FUTURE_CUE = re.compile(
    r"(?:\b(?:will|won't|shall|should|would|(?-i:may|might)|(?:is|are)\s+(?:to|due|set|going)|"
    r"(?:was|were)\s+to|scheduled|slated|expected\s+to|planned\s+for|plans?\s+to|poised\s+to|"
    r"upcoming|ahead\s+of|as\s+early\s+as|until|till|next)\b|'ll\b)", re.I)
#: a past-tense verb right before the day ("said Tuesday", "confirmed on Thursday night")
PAST_CUE = re.compile(
    r"\b(?:said|says|told|was|were|had|did|(?!(?:expected|scheduled|slated|planned|needed)\b)"
    r"[a-z]+ed)\s+(?:on\s+)?(?:early\s+|late\s+)?$", re.I)
CLAUSE_END = re.compile(r"[.;:!?\n\"“”]")

#: words after a 4-digit number that make it a count, not a year
COUNT_WORDS = frozenset(
    "people persons troops soldiers fighters militants civilians men women children refugees "
    "residents deaths dead casualties cases votes voters members workers students protesters "
    "demonstrators police officers prisoners detainees migrants families households homes "
    "houses buildings vehicles tanks missiles rockets drones aircraft planes jets warheads "
    "km kilometers kilometres miles meters metres feet tons tonnes barrels dollars euros "
    "pounds rubles roubles yuan rupees shekels rials percent per times units pages words "
    "points hours minutes seconds days weeks months years acres hectares calories "
    "gmt utc hrs est edt bst cet local".split()
)  # fmt: skip
#: words right before a 4-digit number that make it a count, a code or an amount
NOT_YEAR_BEFORE = frozenset(
    "nearly almost over than least some approximately estimated total only just "
    "resolution article flight route highway room unit section title chapter page pp no "
    "number vision agenda windows model type code at".split()
)  # fmt: skip
#: prepositions after which a 4-digit number is read as a year even before a plural noun
STRONG_YEAR_BEFORE = frozenset(
    "in since until till during before after through throughout circa".split())
APPROX_YEAR_BEFORE = frozenset("around about roughly circa c.".split())


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w[:3])


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower()[:3])


def number_value(word: str) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w)
