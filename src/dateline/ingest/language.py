"""Language identification with py3langid (its model ships inside the package; nothing is fetched)."""

from __future__ import annotations

import re

_EN_FUNCTION_WORDS = frozenset(
    """the of and to in a is that for on was with as by at from he it said his are be has
    have not were this an which but they had their its who been will would""".split()
)
_WORD = re.compile(r"[^\W\d_]+")




def detect_language(text: str, *, sample: int = 3000) -> str:
    """ISO 639-1 code of ``text``'s language (short Latin-script snippets count as English).

    English function words decide first (cheap and robust on all-lower-case or headline-like
    text); py3langid names the language otherwise.
    """
    chunk = text[:sample]
    words = [w.lower() for w in _WORD.findall(chunk)]
    if len(words) < 12 and sum(w.isascii() for w in words) >= 0.8 * len(words):
        return "en"  # too short to tell a Latin-script text apart: analyse it as English
    share = sum(w in _EN_FUNCTION_WORDS for w in words) / len(words)
    if share >= 0.12:
        return "en"
    import py3langid

    lang, _score = py3langid.classify(chunk)
    return str(lang)
