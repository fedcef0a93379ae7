"""Truecasing of all-lower-case articles before parsing (Times of India style archives).

The small English pipeline parses "the vhp has sought a ban on the march in ayodhya" badly:
it leans on capitals to find names and sentence starts. :class:`Truecaser` restores likely
capitals *without changing length*, so every offset in the parse still points into the
untouched ``article.text``. It capitalises:

- sentence starts (paragraph starts and after ``. ! ?``) and the pronoun "i";
- names the project knows: actor KB aliases ("VHP", "Vishwa Hindu Parishad"), countries,
  demonyms, first-level divisions, towns (gazetteer), months and weekdays;
- words no English dictionary knows (spaCy's WordNet lemma index, after stripping common
  suffixes), which in news are mostly names ("jilani", "godhra").

Only articles whose letters are (almost) all lower case are touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_SENT_START = re.compile(r"(?:^|(?<=[.!?])[\"”’')\]]?\s+|\n\s*)[\"“‘'(\[]?([a-z])")
_SUFFIXES = ("'s", "’s", "ies", "es", "s", "ed", "ing", "ly", "ers", "er", "est", "ment", "ness")
_CALENDAR = ("january february march april may june july august september october november "
             "december monday tuesday wednesday thursday friday saturday sunday").split()
_GENERIC = set("""central northern southern eastern western north south east west capital coast
    lakes islands upper lower national federal interior centre center plateau highlands
    lowlands border river valley delta mountain mountains""".split())
_AMBIGUOUS_MONTHS = {"march", "may"}  # also common verbs: only with a day number next to them


def is_lower_case_article(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text[:20_000])
    upper = sum(ch.isupper() for ch in text[:20_000])
    return letters > 200 and upper <= letters * 0.003


class Truecaser:
    """Built once per process from the parser's word lists, the actor KB and the gazetteer."""

    def __init__(self, *, common_words: Iterable[str], names: Iterable[str]) -> None:
        self.common = frozenset(w.lower() for w in common_words)
        self.phrases: dict[str, str] = {}  # lower-case name -> cased form
        self.longest = 1
        for name in names:
            key = name.lower()
            if not key.strip() or name == key or not re.fullmatch(r"[\w .'’&-]+", name):
                continue
            if " " not in key and key in self.common and not name.isupper():
                continue  # "Reading", "Nice": English words first
            self.phrases.setdefault(key, name)
            self.longest = max(self.longest, key.count(" ") + 1)
        for word in _CALENDAR:
            self.phrases.setdefault(word, word.capitalize())

    def _known(self, word: str) -> bool:
        if word in self.common:
            return True
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                if stem in self.common or stem + "e" in self.common or stem + "y" in self.common:
                    return True
        return False

    def __call__(self, text: str) -> str:
        chars = list(text)

        def cap(start: int, form: str) -> None:
            for i, ch in enumerate(form):
                if ch.isupper():
                    chars[start + i] = text[start + i].upper()

        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        i = 0
        while i < len(words):
            matched = 0
            for n in range(min(self.longest, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                phrase = " ".join(w[2] for w in words[i : i + n])
                if text[start:end] != phrase and n > 1:
                    continue  # words joined by something other than one space
                form = self.phrases.get(phrase)
                if form is None or (phrase in _AMBIGUOUS_MONTHS and not _dated(text, end)):
                    continue
                cap(start, form)
                matched = n
                break
            if not matched:
                start, end, word = words[i]
                if word == "i":
                    chars[start] = "I"
                elif len(word) >= 3 and word.isalpha() and not self._known(word):
                    chars[start] = word[0].upper()
            i += matched or 1
        for m in _SENT_START.finditer(text):
            chars[m.start(1)] = m.group(1).upper()
        return "".join(chars)


def _dated(text: str, end: int) -> bool:
    return bool(re.match(r"\s+\d{1,2}\b", text[end : end + 4]))


def build_truecaser(nlp: Any, kb: Any) -> Truecaser:
    """A truecaser from the pipeline's WordNet lemma index and the actor KB."""
    common: set[str] = set()
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and "lemma_index" in lemmatizer.lookups.tables:
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos in ("noun", "verb", "adj", "adv"):
            common.update(index.get(pos, ()))
        exc = lemmatizer.lookups.get_table("lemma_exc")
        for pos in ("noun", "verb", "adj", "adv"):
            common.update(exc.get(pos, {}).keys())
    common.update(nlp.Defaults.stop_words)
    names: list[str] = []
    if kb is not None:
        for actor in kb.actors.values():
            if getattr(actor, "source", "") != "petrarch2":
                names.extend(a.lstrip("=") for a in actor.aliases)
        for country in kb.countries.values():
            names.append(country.name)
            names.extend(country.aliases)
            names.extend(country.demonyms)
    from dateline.geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    names.extend(p.name for p in gaz.admin1.values())
    names.extend(p.name for p in gaz.countries.values())
    # proper names that are also WordNet entries ("delhi", "gujarat") are names here, except
    # generic words that also name provinces ("central", "eastern")
    proper = {n.lower() for n in names if " " not in n and n[:1].isupper()}
    keep = set(nlp.Defaults.stop_words) | _GENERIC
    return Truecaser(common_words=common - (proper - keep), names=names)
