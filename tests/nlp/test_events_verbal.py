"""Acts done in words or in blows (`dateline.nlp.events.verbal`)."""

from __future__ import annotations

from typing import Any

import pytest


def _types(analysis: Any, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The senator attacked the minister's nominee on Twitter.", "attacked",
     ("ACCUSE", "disapprove")),
    ("The minister attacked the opposition leader, calling him a liar.", "attacked",
     ("ACCUSE", "disapprove")),
    ("The president attacked the judge in a speech on Monday.", "attacked",
     ("ACCUSE", "disapprove")),
    ("Gunmen attacked the judge's convoy on Monday.", "attacked", ("ASSAULT", "firearms")),
    ("Many countries retaliated with their own tariffs on Velmoran exports.", "retaliated",
     ("SANCTION", None)),
    ("Velmora retaliated with a statement condemning the raid.", "retaliated",
     ("ACCUSE", "disapprove")),
    ("The militia retaliated with rocket fire on the base.", "retaliated",
     ("ASSAULT", "heavy-weapons")),
    ("The speaker offered sorrow to Velmora on behalf of the Karesh people.", "offered",
     ("SUPPORT", None)),
])
def test_words_or_blows(analyze: Any, text: str, trigger: str,
                        expected: tuple[str, str | None]) -> None:
    assert _types(analyze(text), trigger) == [expected]
