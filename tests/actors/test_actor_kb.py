"""The bundled knowledge base: aliases, case rules, country words, agent nouns, name finding."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dateline.actors import KnowledgeBase, default_kb, normalise


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


def ids(kb: KnowledgeBase, name: str, *, lowercase_ok: bool = False) -> list[str]:
    return [h.actor.kb_id for h in kb.lookup(name, lowercase_ok=lowercase_ok)]


@pytest.mark.parametrize("alias", ["PMU", "PMF", "Popular Mobilization Forces",
                                   "Popular Mobilization Units", "Hashd al-Sha'abi",
                                   "Hashd al-Sha’abi", "Hashd al Shaabi"])
def test_pmu_aliases_are_one_actor(kb: KnowledgeBase, alias: str) -> None:
    assert ids(kb, alias) == ["dl:irq-pmu"]


@pytest.mark.parametrize("alias", ["Daesh", "ISIS", "ISIL", "Islamic State", "Da'esh"])
def test_islamic_state_aliases(kb: KnowledgeBase, alias: str) -> None:
    (hit,) = kb.lookup(alias)
    assert hit.actor.kb_id == "dl:isis"
    role = hit.actor.role_at(None)
    assert role is not None and (role.country, role.sector) == ("IMG", "REB")


def test_short_acronyms_keep_their_case(kb: KnowledgeBase) -> None:
    assert ids(kb, "US") == ["country:USA"]
    assert ids(kb, "us", lowercase_ok=True) == []
    assert ids(kb, "WHO") == ["dl:who"]
    assert ids(kb, "who", lowercase_ok=True) == []


def test_single_words_need_a_capital_unless_the_text_is_lower_case(kb: KnowledgeBase) -> None:
    assert ids(kb, "hezbollah") == []
    assert ids(kb, "hezbollah", lowercase_ok=True) == ["dl:lbn-hezbollah"]
    assert ids(kb, "popular mobilization units") == ["dl:irq-pmu"]


def test_demonyms_and_metonyms(kb: KnowledgeBase) -> None:
    (iraqis,) = kb.lookup("Iraqis")
    assert (iraqis.actor.kb_id, iraqis.via) == ("country:IRQ", "demonym")
    for capital, iso in [("Washington", "USA"), ("Tehran", "IRN"), ("Moscow", "RUS"),
                         ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Beijing", "CHN"),
                         ("Kremlin", "RUS"), ("White House", "USA")]:
        (hit,) = kb.lookup(capital)
        role = hit.actor.role_at(None)
        assert hit.via == "metonym" and role is not None and (role.country, role.sector) == (
            iso, "GOV"), capital


def test_curated_names_win_over_petrarch(kb: KnowledgeBase) -> None:
    # PETRARCH lists Hassan Nasrallah as an alias of Hezbollah; the curation makes him a person
    (hit,) = kb.lookup("Hassan Nasrallah")
    assert hit.actor.kind == "person" and hit.actor.kb_id == "dl:hassan-nasrallah"


def test_petrarch_person_with_dated_roles(kb: KnowledgeBase) -> None:
    (hit,) = kb.lookup("Nouri al-Maliki")
    actor = hit.actor
    assert actor.source == "petrarch2"
    in_office = actor.role_at("2010-06-01")
    before = actor.role_at("1990-01-01")
    assert in_office is not None and (in_office.country, in_office.sector) == ("IRQ", "GOV")
    assert before is not None and before.sector == "ELI"


@pytest.mark.parametrize(("noun", "sector"), [
    ("troops", "MIL"), ("forces", "MIL"), ("resistance groups", "REB"), ("armed groups", "REB"),
    ("police", "COP"), ("parliament", "LEG"), ("government", "GOV"), ("newspaper", "JRN"),
    ("spokesman", ""), ("group", ""), ("foreign minister", "GOV"), ("police chief", "COP"),
])
def test_agent_nouns(kb: KnowledgeBase, noun: str, sector: str) -> None:
    assert kb.agent_sector(noun) == sector


def test_agent_table_uses_plover_sectors(kb: KnowledgeBase) -> None:
    from dateline.actors.codes import PLOVER_SECTORS

    assert set(kb.agents.values()) <= PLOVER_SECTORS | {"", "IGO"}


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"U\.S\.|\w+|[^\w\s]", text)]


def test_find_longest_names_over_tokens(kb: KnowledgeBase) -> None:
    text = "Hashd al-Sha'abi fighters met U.S. officials and the Popular Mobilization Units."
    found = [(text[_tokens(text)[i][0]:_tokens(text)[j - 1][1]], hits[0].actor.kb_id)
             for i, j, hits in kb.find(_tokens(text), text)]
    assert found == [("Hashd al-Sha'abi", "dl:irq-pmu"), ("U.S.", "country:USA"),
                     ("Popular Mobilization Units", "dl:irq-pmu")]


def test_find_does_not_cross_paragraphs(kb: KnowledgeBase) -> None:
    text = "Popular Mobilization\n\nUnits"
    assert kb.find(_tokens(text), text) == []


def test_normalise() -> None:
    assert normalise("Hashd  al-Sha’abi") == "hashd al sha'abi"


def test_a_dated_role_follows_the_event_date(analyze: Any) -> None:
    text = "German Defense Minister Ursula von der Leyen rebuffed the fictional claims."
    for published, country in (("2018-07-11", "DEU"), ("2021-03-01", "EUR")):
        (ev,) = analyze(text, published=published).events
        assert [(a.country, a.sector) for a in ev.actors] == [(country, "GOV")]
