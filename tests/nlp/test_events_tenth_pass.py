"""Rules from the tenth pass, found on the misses of the design set cameo9 (1990s wire style;
docs/events.md). Fictional sentences: invented people, places and groups."""

from __future__ import annotations

from typing import Any

import pytest

EVENTS = [
    # aid handed over, given, released or delivered (the parser's misreadings included)
    ("The European Union handed over 15 million ecus in assistance to Meridia on Wednesday.",
     "AID", None),
    ("Valdoria has given Meridia assistance worth $100 million to help it recover from the war, "
     "the official news agency said.", "AID", None),
    ("The International Monetary Fund on Thursday released a $250 million loan instalment to "
     "Meridia.", "AID", None),
    ("Lorries chartered by the World Food Programme delivered 400 tonnes of maize to "
     "drought-stricken districts of Meridia on Thursday.", "AID", None),
    # armed sides fighting with no object
    ("Rebels and soldiers fought north of Tarsk on Monday.", "ASSAULT", None),
    ("Tarsk Front fighters battled with automatic rifles and grenades north of Orsk on Monday.",
     "ASSAULT", None),
    # an object the parser gave to the trailing "said"
    ("NOVA, April 22 (Reuters) - Militiamen slaughtered hundreds of Orsk civilians who had "
     "sheltered in a church compound in western Meridia, aid workers who reached the area said "
     "on Friday.", "ASSAULT", None),
    ("A village elder was hacked to death by a mob in southern Meridia on Sunday.", "ASSAULT",
     None),
    # intent to cooperate: "would work together", "ready to set up a joint fund"
    ("Valdoria and Meridia said they would work together to track down smugglers.", "AGREE",
     None),
    ("Valdoria is ready to set up a joint investment fund with Meridia.", "AGREE", None),
    # regret over another's act, an apology offered, objections, a formal protest
    ("Valdoria expressed regret on Friday over Meridia's decision to test a missile.", "ACCUSE",
     "disapprove"),
    ("Prime Minister Oren Kasp offered a formal apology to the families of Orsk.", "CONCEDE",
     None),
    ("Valdoria objected to the stopover of the Meridian president in Tarsk.", "ACCUSE",
     "disapprove"),
    ("The Valdorian foreign ministry sent a protest note to Meridia.", "ACCUSE", "disapprove"),
    # defiance, civil disobedience, a strike told by staying away from work
    ("The Meridian government went ahead with local elections in defiance of a U.N. Security "
     "Council resolution.", "REJECT", None),
    ("Residents of Tarsk began refusing to pay municipal taxes as part of a campaign of civil "
     "disobedience against corruption.", "PROTEST", None),
    ("Miners at the Orsk pit stayed away from work on Monday to demand higher wages.", "PROTEST",
     "strike"),
    # a call on striking workers, investigators sent, a mediator who pulls out
    ("The Meridian government called on striking teachers on Friday to end their walkout.",
     "REQUEST", None),
    ("The U.N. human rights commission is sending a team of investigators to look into the "
     "killings in Orsk.", "ACCUSE", "investigate"),
    ("Valdorian President Oren Kasp has pulled out of his role as mediator in Meridia's civil "
     "war.", "SANCTION", "withdraw"),
    # threats: a warning of what will be done, an ultimatum, a threat noun
    ("Meridian Information Minister Tomas Vell warned on Wednesday that newspapers publishing "
     "such reports would have their printing licences revoked.", "THREATEN", None),
    ("In an ultimatum issued on Friday, NATO gave the Tarsk Front until midnight on Sunday to "
     "withdraw its heavy weapons or face air strikes.", "THREATEN", None),
    ("Valdoria's threat to cut gas supplies alarmed Meridia.", "THREATEN", None),
    # repression: newspapers suspended, rallies broken up, villagers forced from homes,
    # deportations that followed, access allowed
    ("The Meridian authorities on Sunday suspended three independent daily newspapers.",
     "COERCE", "censor"),
    ("Security forces used batons and tear gas to break up an opposition rally in Tarsk.",
     "ASSAULT", "crowd-control"),
    ("The Meridian authorities forced hundreds of villagers to leave their homes.", "COERCE",
     None),
    ("The deportation of 85 migrants to Valdoria on Monday followed a crackdown in Tarsk.",
     "COERCE", "deport"),
    ("U.N. weapons inspectors were allowed into a presidential compound in Tarsk on Wednesday.",
     "RETREAT", "access"),
    ("Valdoria's decision to break off diplomatic relations with Meridia was announced on "
     "Saturday.", "SANCTION", "withdraw"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), EVENTS)
def test_tenth_pass_events(analyze: Any, text: str, etype: str, mode: str | None) -> None:
    found = {(e.type, e.mode) for e in analyze(text).events}
    assert etype in {t for t, _ in found}, found
    if mode is not None:
        assert (etype, mode) in found, found


NO_EVENT = [
    "The teacher gave the pupils until Friday to finish their essays.",
    "Pupils in Tarsk stayed away from school because of the snow.",
    "The couple broke up the party early.",
    "The civilians had taken refuge in a church compound.",
    "Hackers' tools can be used for good.",
    "The band played on in defiance of the rain.",
    "The club opened a new chapter in its history.",
    "He said he had his car repaired.",
    "Heavy rain followed the storm.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_the_same_words_with_no_event(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


def main_event(events: Any) -> Any:
    return max(events, key=lambda e: e.confidence)


def test_what_an_attribution_adds_ranks_below_the_news(analyze: Any) -> None:
    events = analyze("Fourteen passengers were killed when gunmen stopped a bus south of Tarsk "
                     "on Tuesday night, security sources said, blaming the Orsk Front for the "
                     "attack.").events
    assert {"ASSAULT", "ACCUSE"} <= {e.type for e in events}
    assert main_event(events).type == "ASSAULT"
    events = analyze("A village elder was hacked to death by a mob in southern Meridia on "
                     "Sunday, police said, adding that eight people had been detained.").events
    assert main_event(events).type == "ASSAULT"
    events = analyze("Western donors pressed the Meridian government on Thursday to carry out "
                     "reforms, a diplomat said after donors met finance ministry officials.")
    assert main_event(events.events).type == "REQUEST"


def test_a_move_hailed_ranks_below_the_move(analyze: Any) -> None:
    events = analyze("Yielding to opposition demands, Meridia's parliament on Thursday voted to "
                     "strip the presidency of its powers, a move hailed by reform campaigners."
                     ).events
    assert "SUPPORT" in {e.type for e in events}
    assert main_event(events).type == "CONCEDE"


def test_regret_for_ones_own_act_stays_an_apology(analyze: Any) -> None:
    (ev,) = analyze("Valdoria expressed regret for its wartime conduct.").events
    assert ev.type == "CONCEDE"


def test_a_refusal_done_in_protest_is_the_protest(analyze: Any) -> None:
    (ev,) = analyze("Farmers in Tarsk refused to sell grain to the state in protest at low "
                    "prices.").events
    assert (ev.type, ev.modality) == ("PROTEST", "asserted")
    (ev,) = analyze("Farmers in Tarsk refused to sell grain as part of the deal.").events
    assert ev.type == "REJECT"


def test_who_threatens_in_a_warning_and_an_ultimatum(analyze: Any) -> None:
    (ev,) = analyze("Meridian Information Minister Tomas Vell warned on Wednesday that "
                    "newspapers publishing such reports would have their printing licences "
                    "revoked.").events
    assert len(ev.actors) == 1 and ev.actors[0].text.endswith("Tomas Vell")
    events = analyze("NATO gave the Tarsk Front until midnight on Sunday to withdraw its heavy "
                     "weapons.").events
    threat = next(e for e in events if e.type == "THREATEN")
    assert [a.text for a in threat.actors] == ["NATO"]
    assert [r.text for r in threat.recipients] == ["Tarsk Front"]


def test_the_giver_and_receiver_of_aid_the_parser_misread(analyze: Any) -> None:
    (ev,) = analyze("Valdoria has given Meridia assistance worth $100 million, the official "
                    "news agency said.").events
    assert [a.text for a in ev.actors] == ["Valdoria"]
    assert [r.text for r in ev.recipients] == ["Meridia"]


def test_what_one_tells_reporters_is_a_report_not_a_request(analyze: Any) -> None:
    (ev,) = analyze("Valdoria will lift its travel ban on Meridian opposition leaders, Justice "
                    "Minister Oren Kasp told reporters on Thursday.").events
    assert (ev.type, ev.modality) == ("AGREE", "asserted")  # an intent, said by its own side
    (ev,) = analyze("Rebels in Tarsk attacked a police post, a commander told reporters.").events
    assert (ev.type, ev.modality) == ("ASSAULT", "asserted")
    events = analyze("The Meridian minister told the Valdorian envoy to leave the country.").events
    assert [(e.type, e.modality) for e in events if e.type == "REQUEST"] == [
        ("REQUEST", "asserted")]


def test_whom_a_protest_is_against_from_what_it_is_for(analyze: Any) -> None:
    events = analyze("Up to 1,000 Meridians in Tarsk began a hunger strike on Monday to protest "
                     "against Valdoria's decision to send them back.").events
    strike = next(e for e in events if e.mode == "strike")
    assert [r.text for r in strike.recipients] == ["Valdoria"]
    (ev,) = analyze("Thousands of Orsk Kurds demonstrated in Tarsk on Sunday calling for "
                    "independence from Meridia.").events
    assert [r.text for r in ev.recipients] == ["Meridia"]
    (ev,) = analyze("Thousands of students demonstrated in Tarsk on Sunday calling for "
                    "better food.").events
    assert ev.type == "PROTEST" and [r.text for r in ev.recipients] == ["Tarsk"]


def test_a_threat_to_act_in_a_country_is_made_against_it(analyze: Any) -> None:
    events = analyze("The Orsk Front threatened on Monday to resume its attacks in Meridia.")
    threat = next(e for e in events.events if e.type == "THREATEN")
    assert [r.text for r in threat.recipients] == ["Meridia"]
