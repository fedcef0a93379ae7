"""Sport told in the words of war: "Italy's attack looked sharper", "the golfer shot a 64",
"crushed Romania 52-7", "killed off four penalties", "captured its first league title".

A sentence is in the sports register when it names a game (two cues of ``sport_cue`` in
``classes.csv``: match, league, goal, wicket, golfer...) or gives a score ("52-7"). In it a
contest verb's event stands only when a party is armed or policing ("fans clashed with police
after the match" stays an assault).
"""

from __future__ import annotations

import re
from typing import Any

from dateline.model import Event
from dateline.nlp.events.lexicon import Lexicon

#: "52-7", "2-1", "6-under-par"
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$|^\d+-(under|over)-par$")
#: types a game is told in
_CONTEST = frozenset({"ASSAULT", "COERCE"})
#: sectors that make a contest verb an event even among sports words
_FORCE = frozenset({"MIL", "COP", "REB", "SPY", "UAF", "PRM"})


def register(toks: list[Any], lex: Lexicon) -> bool:
    """Whether the sentence is about a game."""
    if any(_SCORE.match(t.text) for t in toks):
        return True
    cues = {t.lemma_.lower() for t in toks} & lex.classes["sport_cue"]
    return len(cues) >= 2


def game_move(event: Event) -> bool:
    """An event of a sports sentence that is a move of the game, not an act between parties."""
    conceded = event.type == "CONCEDE" and event.trigger.text.lower().startswith("conced")
    if event.type not in _CONTEST and not conceded:  # "conceded eight goals"; not "apologized"
        return False
    return not any(p.sector in _FORCE for p in event.actors + event.recipients)
