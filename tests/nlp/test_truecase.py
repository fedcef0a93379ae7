from __future__ import annotations

from typing import Any

from dateline.ingest import make_article
from dateline.nlp.prepare import parse_text
from dateline.nlp.truecase import Truecaser, is_lower_case_article

TEXT = ("this story is from march 3, 2026\n\nlucknow: the fictional harbour union (fhu) met "
        "on monday. its leader oruko tavelli said the vhp would march to ayodhya on march 15. "
        "i was there, he said.")


def small() -> Truecaser:
    common = {"the", "harbour", "union", "met", "its", "leader", "said", "would", "march", "to",
              "on", "was", "there", "he", "this", "story", "is", "from", "fictional", "i"}
    return Truecaser(common_words=common, names=["VHP", "Lucknow", "Ayodhya"])


def test_same_length_names_sentences_and_unknown_words() -> None:
    out = small()(TEXT)
    assert len(out) == len(TEXT) and out.lower() == TEXT
    assert out.startswith("This story is from March 3, 2026\n\nLucknow: the fictional")
    assert "the VHP would march to Ayodhya on March 15" in out  # "march" the verb stays
    assert "Oruko Tavelli said" in out and "Monday" in out
    assert "(Fhu)" in out  # unknown to every list: read as a name
    assert ". I was there" in out


def test_only_lower_case_articles_are_recased(pipeline: Any) -> None:
    assert is_lower_case_article(TEXT * 3)
    assert not is_lower_case_article("The Fictional Union met. " * 20)
    art = make_article(TEXT * 3)
    parsed = parse_text(art, pipeline.truecase)
    assert len(parsed) == len(art.text) and "Ayodhya" in parsed
    mixed = make_article("The fictional harbour union met on Monday in lucknow. " * 10)
    assert "lucknow" in parse_text(mixed, pipeline.truecase)
