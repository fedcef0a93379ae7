"""Event locations: attached toponyms, metonyms, the dateline, parties, inferred places
(fictional snippets; the golden example from ../shared)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.ingest import read_inputs
from dateline.model import Article
from dateline.nlp.context import DocContext
from dateline.nlp.locations import event_location
from dateline.nlp.prepare import parse_text
from tests.conftest import need_shared
from tests.nlp.test_places import context


def token(ctx: DocContext, word: str) -> Any:
    return next(t for t in ctx.doc if t.text == word)


def where(ctx: DocContext, word: str) -> Any:
    t = token(ctx, word)
    return event_location(ctx, t.sent.start, t.sent.end, t.i)


def test_attached_place_wins_over_actor_metonym(nlp: Any) -> None:
    ctx = context(nlp, "Washington said rebels attacked a fictional checkpoint near Kirkuk.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Kirkuk" and loc.country == "IRQ"
    assert loc.precision == "city" and loc.span is not None and loc.lat is not None


def test_dateline_is_the_fallback_location(nlp: Any) -> None:
    ctx = context(nlp, "MOSUL, Iraq (Fictional Wire) — The council agreed to meet again soon.")
    assert ctx.article.dateline is not None
    loc = where(ctx, "agreed")
    assert loc is not None and loc.name.lower() == "mosul" and loc.country == "IRQ"
    assert loc.span is not None and ctx.article.text[loc.span.start:loc.span.end] == loc.text


def test_no_place_no_dateline_gives_none(nlp: Any) -> None:
    ctx = context(nlp, "The committee agreed to meet again after the holidays.")
    assert where(ctx, "agreed") is None


def test_golden_example_locations(pipeline: Any) -> None:
    path = need_shared("examples", "rhc-iraq-resistance.jsonl")
    (article,) = list(read_inputs([Path(path)], max_bytes=10_000_000))
    assert isinstance(article, Article)
    ctx = DocContext(article=article, doc=pipeline.nlp(parse_text(article)))
    loc = where(ctx, "assassinated")
    assert loc is not None and loc.text == "Baghdad International Airport"
    assert loc.country == "IRQ" and loc.precision == "site" and loc.lat is not None
    first = where(ctx, "reached")
    assert first is not None and first.name == "Baghdad" and first.country == "IRQ"
    assert first.precision == "city"


def test_a_known_person_or_organisation_is_no_small_town(analyze: Any) -> None:
    analysis = analyze("Secretary of State Mike Pompeo met the envoy on Monday. Rebels attacked "
                       "a convoy hours after talks with Pompeo. NATO allies agreed in Brussels.")
    places = {e.trigger.text: e.location for e in analysis.events}
    assert places["attacked"] is None  # not Pompéu, Brazil
    brussels = places["agreed"]  # Brussels standing for the EU elsewhere is still a capital
    assert brussels is not None and brussels.country == "BEL"


def test_a_name_the_gazetteer_lacks_is_placed_in_the_articles_country(nlp: Any) -> None:
    # "Zorbal River" is invented: no gazetteer entry, so only its country is known
    ctx = context(nlp, "MOSUL, Iraq (Fictional Wire) — Gunmen attacked a convoy near the Zorbal "
                       "River, officials in Basra said.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Zorbal River" and loc.country == "IRQ"
    assert (loc.precision, loc.lat, loc.lon, loc.geonameid) == ("country", None, None, None)
    # a known toponym attached to the trigger comes first; a loose known one before the inferred
    ctx = context(nlp, "Police in Baghdad said gunmen attacked a checkpoint at Camp Zorbal "
                       "outside Basra.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Basra" and loc.precision == "province"


def test_a_party_is_no_place_unless_the_act_happens_there(analyze: Any) -> None:
    analysis = analyze("Jordan condemned Egypt for the fictional raid. Oman and Qatar supported "
                       "the plan. The Front attacked Kirkuk on Monday. The envoy visited Amman.")
    places = {e.trigger.text: e.location for e in analysis.events}
    assert places["condemned"] is None  # Egypt is the accused, not the place
    assert places["supported"] is None  # nor are the supporters
    attacked, visited = places["attacked"], places["visited"]
    assert attacked is not None and attacked.text == "Kirkuk"
    assert visited is not None and visited.text == "Amman"


def test_the_west_is_no_place(analyze: Any) -> None:
    (event,) = [e for e in analyze("The group had been plotting attacks against the West.").events
                if e.type == "ASSAULT"]
    assert event.location is None


def test_a_verbal_act_takes_only_an_attached_place(analyze: Any) -> None:
    text = ("Jordan and Egypt agreed to discuss gas transit through Syria. Ostrian and Karesh "
            "diplomats held talks on the latest developments in Iraq. The envoy attended a "
            "meeting with the king in Amman. The minister paid a visit to Oman on Monday.")
    places = {e.trigger.text: e.location for e in analyze(text).events}
    assert places["agreed"] is None and places["held talks"] is None
    meeting = next(v for k, v in places.items() if "meeting" in k)
    visit = next(v for k, v in places.items() if "visit" in k)
    assert meeting is not None and meeting.text == "Amman"
    assert visit is not None and visit.text == "Oman"


def test_a_legislators_state_and_an_ally_are_no_places(analyze: Any) -> None:
    text = ("WASHINGTON - Sen. Ted Cruz, R-Texas, said lawmakers have concerns about the attack "
            "on the Kurds. The Kurds fought with the United States against the Front, which "
            "prompted Karesh to attack.")
    for ev in analyze(text).events:
        assert ev.location is not None and ev.location.text == "WASHINGTON", ev.trigger.text


def test_a_material_act_takes_the_place_named_just_before(analyze: Any) -> None:
    text = ("TEHRAN - The minister referred to the gunfire in Beirut in which seven people were "
            "killed. Snipers from the Lebanese Forces fired at the crowd. Iraqi troops shelled "
            "a village on Sunday.")
    places = {e.trigger.text: e.location for e in analyze(text).events}
    fired, shelled = places["fired"], places["shelled"]
    assert fired is not None and fired.text == "Beirut"  # carried, not the Tehran dateline
    assert shelled is not None and shelled.text == "TEHRAN"  # Iraqi troops: not Lebanon's


def test_a_toponym_naming_the_site_places_the_event(analyze: Any) -> None:
    a = analyze("A bomb exploded in a Kabul market on Monday. Gunmen attacked a Baghdad "
                "checkpoint. Five people were killed in a US drone strike.")
    places = {e.trigger.text: e.location for e in a.events}
    assert places["exploded"] is not None and places["exploded"].country == "AFG"
    assert places["attacked"] is not None and places["attacked"].country == "IRQ"
    strike = next(v for k, v in places.items() if "strike" in k)
    assert strike is None or strike.country != "USA"  # "US" is who struck


def test_a_place_naming_a_material_event_places_it_but_not_an_investigation(
        analyze: Any) -> None:
    analysis = analyze("WASHINGTON -- Senator Maria Kessler praised first responders for "
                       "reacting to the London attack that killed seven people. The senator "
                       "also criticised the Velmoran Russia investigation.")
    (attack,) = [e for e in analysis.events if e.type == "ASSAULT"]
    assert attack.trigger.text == "attack" and attack.fatalities == 7
    assert attack.location is not None and attack.location.name == "London"
    (probe,) = [e for e in analysis.events if e.trigger.text == "investigation"]
    assert probe.location is None or probe.location.country != "RUS"
