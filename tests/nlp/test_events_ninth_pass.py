"""Rules from the ninth pass, found on the misses of the design sets cameo and cameo3
(docs/events.md). Fictional sentences: invented people, places and groups."""

from __future__ import annotations

from typing import Any

import pytest

EVENTS = [
    # an act done in a strike, a boycott, a protest or a show of force
    ("Garment workers in Tarsk stayed away from the factories on Tuesday in a strike for higher "
     "pay.", "PROTEST", "strike"),
    ("Shopkeepers in Meridia kept their shutters down on Monday in a general strike.", "PROTEST",
     "strike"),
    ("Parents in Tarsk kept their children out of school in a boycott against the new law.",
     "PROTEST", "boycott"),
    ("Taxi drivers parked their cars across Meridia's main avenue in protest at the new "
     "licences.", "PROTEST", None),
    ("Valdoria flew two bombers along Meridia's border on Tuesday in a show of force.",
     "MOBILIZE", None),
    # strikes walked off and called off, protests ended
    ("Dock workers at the port of Tarsk walked off the job on Monday.", "PROTEST", "strike"),
    ("The Valdorian doctors' union said it had called off its nationwide strike.", "CONCEDE",
     None),
    ("The students ended their sit-in outside the Meridian parliament on Sunday.", "CONCEDE",
     None),
    # arson told with "set ... on fire / ablaze", also in the passive
    ("Several homes in Tarsk were set on fire by militiamen on Friday.", "ASSAULT", None),
    ("Valdorian soldiers set the village of Orsk ablaze.", "ASSAULT", "destroy"),
    # harm one is "subjected to"
    ("Detainees in Tarsk were subjected to severe beatings by the Valdorian police.", "ASSAULT",
     "beat"),
    ("The Meridian police subjected the detainees to torture.", "ASSAULT", "torture"),
    # idioms of support and of legal action
    ("The Valdorian foreign ministry leapt to the defence of Meridia on Sunday.", "SUPPORT",
     None),
    ("Valdoria took Meridia to the International Court of Justice over the fishing dispute.",
     "ACCUSE", "allege"),
    # relations suspended or cut
    ("Valdoria put its defence cooperation with Meridia on ice on Thursday.", "SANCTION",
     "discontinue"),
    ("Meridia said it was putting its mediation between Valdoria and Tarsk on hold.",
     "SANCTION", None),
    ("Valdoria reduced its diplomatic presence in Meridia to a single official.", "SANCTION",
     "withdraw"),
    ("Valdorian Development Minister Oren Kasp announced a cut of 30 million crowns in aid to "
     "Meridia.", "SANCTION", "discontinue"),
    # "put to death", "placed under military rule"
    ("Forty prisoners were put to death by the Tarsk militia in March.", "ASSAULT", "targeted"),
    ("The province of Orsk was placed under military rule by presidential decree on Monday.",
     "COERCE", "martial-law"),
    # a crowd gathering against something or chanting slogans
    ("Thousands of Tarsk residents converged on the main square on Wednesday, chanting "
     "slogans.", "PROTEST", "demo"),
    ("Some 2,000 farmers gathered outside the Meridian parliament against the new land law.",
     "PROTEST", "demo"),
    # a visit told with the journey
    ("The Valdorian foreign minister arrived in Meridia on Sunday on a three-day visit.",
     "CONSULT", "visit"),
    ("Valdorian President Oren Kasp flew into Tarsk on Monday on a two-day trip.", "CONSULT",
     "visit"),
    # what one has no intention of doing is refused; every intention, pledged
    ("The Meridian president said he had no intention of stepping down.", "REJECT", None),
    ("The Valdorian government has every intention of holding talks with the rebels.", "AGREE",
     None),
    # idioms: aid or rescue come to, rampages, offensives with a target, "persona non grata"
    ("The Valdorian Red Crescent came to the aid of thousands of displaced families in Tarsk.",
     "AID", None),
    ("Supporters of the Meridian opposition went on the rampage in Tarsk, burning tyres.",
     "PROTEST", "riot"),
    ("Valdorian troops went on the offensive against Meridian positions on the ridge.",
     "ASSAULT", None),
    ("Meridia declared the Valdorian ambassador persona non grata on Tuesday.", "SANCTION",
     "expel"),
    # rarer verbs: roughed up, chained themselves, looked into
    ("Meridian riot police roughed up opposition journalists outside the courthouse.",
     "ASSAULT", "beat"),
    ("Tarsk Green activists chained themselves to the gates of the Valdorian nuclear plant.",
     "PROTEST", "obstruct"),
    ("Meridian magistrates have looked into kickbacks allegedly paid to Tarsk city officials.",
     "ACCUSE", "investigate"),
    ("Cartel hitmen made an attempt on the life of Meridian Justice Minister Ivo Strand.",
     "ASSAULT", "targeted"),
    # idioms of refusing, yielding, signing, hosting and forcing
    ("Meridian voters have turned their backs on membership of the Valdorian customs union.",
     "REJECT", None),
    ("The Tarsk government has turned a deaf ear to appeals to abolish the death penalty.",
     "REJECT", None),
    ("Valdoria's junta has stood firm against Meridian demands over the islands.", "REJECT",
     None),
    ("The Meridian education ministry has caved in to student demands.", "CONCEDE", None),
    ("Tarsk's ruling junta has given way to popular pressure.", "CONCEDE", None),
    ("Valdoria and the Tarsk Front have put their signatures to a final accord.", "SUPPORT",
     None),
    ("The Valdorian king played host to the Meridian president at the royal palace.", "CONSULT",
     None),
    ("Meridia's military government forced villagers in Tarsk into unpaid portering work.",
     "COERCE", None),
    # more idioms: stepping aside, consent given, backing, applying, refusing, warning
    ("The Tarsk military commander said he would make way for a civilian prime minister.",
     "AGREE", None),
    ("Meridia gave its consent on Tuesday to mediation by the Valdorian president.", "AGREE",
     None),
    ("Valdorian President Ivo Strand stood behind Meridia's proposal for a joint force.",
     "SUPPORT", None),
    ("Valdoria formally applied on Friday for associate membership of the Tarsk trade bloc.",
     "REQUEST", None),
    ("The Meridian finance ministry dug in its heels against Valdorian pressure.", "REJECT",
     None),
    ("Valdoria will not give an inch in its quarrel with Meridia over fishing quotas.", "REJECT",
     None),
    ("Meridia said it would not stand idly by if Valdorian troops crossed the river.",
     "THREATEN", None),
    ("The Tarsk Front said it would avenge the killing of its commander.", "THREATEN", None),
    ("Hundreds of Tarsk residents banged pots and pans from their balconies.", "PROTEST", "demo"),
    ("Some 8,000 students paraded through Meridia's capital against the education bill.",
     "PROTEST", "demo"),
    ("The Valdorian army moved to a heightened state of combat readiness on Tuesday.",
     "MOBILIZE", None),
    ("Meridia said it would take retaliatory measures if Valdoria joined the alliance.",
     "THREATEN", None),
    ("Valdorian donors told Meridia on Thursday that it must reform its electoral law.",
     "REQUEST", None),
    # a threat told as what the other party would face
    ("Valdoria's defence minister said Meridia would face consequences if it drilled in the "
     "disputed waters.", "THREATEN", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), EVENTS)
def test_ninth_pass_events(analyze: Any, text: str, etype: str, mode: str | None) -> None:
    found = {(e.type, e.mode) for e in analyze(text).events}
    assert etype in {t for t, _ in found}, found
    if mode is not None:
        assert (etype, mode) in found, found


NO_EVENT = [
    "Prices rose in a show of strength for the Valdorian economy.",
    "The singer walked off the stage in Tarsk after the first song.",
    "He took the case to court.",
    "The pop star made way for the next act on the Tarsk stage.",
    "He told me that it must be a mistake.",
    "The Tarsk mayor has stood behind his comments about the stadium.",
    "The refugees have waited two years to apply for admission in class 10.",
    "The old Tarsk bridge gave way under the weight of the trucks.",
    "The Valdorian campaign went on the offensive in the final week before the vote.",
    "We will look into it, the spokesman said.",
    "He is persona non grata at the Tarsk golf club.",
    "Families gathered in Tarsk for the funeral, waving flags.",
    "The students went on a school trip to the Meridian museum.",
    "The Valdorian reform bill was put to death by a committee vote.",
    "The striker set the stadium alight with two goals in the final.",
    "We would face consequences for our health if we ate more sugar, the doctor said.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_the_same_words_with_no_event(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


def test_who_acts_in_a_protest_or_show_of_force(analyze: Any) -> None:
    (ev,) = analyze("Valdoria flew two bombers along Meridia's border in a show of force.").events
    assert ev.trigger.text == "show of force" and [a.text for a in ev.actors] == ["Valdoria"]
    # a state acting "in protest" sanctions; it does not protest in the streets
    events = analyze("Valdoria recalled two diplomats from Meridia in protest at the arrests.")
    assert "PROTEST" not in {e.type for e in events.events}


def test_who_threatens_with_consequences_and_who_would_face_them(analyze: Any) -> None:
    events = analyze("Valdoria's defence minister said Meridia would face consequences if it "
                     "drilled in the disputed waters.").events
    threat = next(e for e in events if e.type == "THREATEN")
    assert [r.text for r in threat.recipients] == ["Meridia"]
    assert threat.actors and "Valdoria" in threat.actors[0].text


def test_who_is_taken_to_court_and_who_is_defended(analyze: Any) -> None:
    (ev,) = analyze("Valdoria took Meridia to the International Court of Justice.").events
    assert [a.text for a in ev.actors] == ["Valdoria"] and [r.text for r in ev.recipients] == [
        "Meridia"]
    (ev,) = analyze("The Valdorian foreign ministry leapt to the defence of Meridia.").events
    assert [r.text for r in ev.recipients] == ["Meridia"]


def test_torture_one_is_subjected_to_was_done(analyze: Any) -> None:
    (ev,) = analyze("The Meridian police subjected the detainees to torture.").events
    assert (ev.type, ev.modality) == ("ASSAULT", "asserted")


def test_a_protest_ended_by_force_is_no_concession(analyze: Any) -> None:
    (ev,) = analyze("Riot police in Tarsk ended the students' hunger strike on Sunday.").events
    assert ev.type == "COERCE"
    (ev,) = analyze("The students in Tarsk ended their hunger strike on Sunday.").events
    assert ev.type == "CONCEDE"


def test_the_host_of_a_visit_is_its_recipient(analyze: Any) -> None:
    (ev,) = analyze("The Valdorian prime minister left for Tarsk on Monday on a four-day visit "
                    "to Meridia.").events
    assert (ev.type, ev.mode) == ("CONSULT", "visit")
    assert [r.text for r in ev.recipients] == ["Meridia"]
    (ev,) = analyze("The Valdorian president paid a visit to Meridia.").events
    assert [r.text for r in ev.recipients] == ["Meridia"]


def test_a_rampage_by_armed_men_is_an_attack(analyze: Any) -> None:
    events = analyze("Gunmen went on the rampage in a Tarsk shopping mall on Friday.").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_oneself_is_no_recipient(analyze: Any) -> None:
    (ev,) = analyze("Tarsk Green activists chained themselves to the gates of the plant.").events
    assert ev.recipients == ()


@pytest.mark.parametrize("text", [
    "Valdoria will not give an inch in its quarrel with Meridia over fishing quotas.",
    "Meridia said it would not stand idly by if Valdorian troops crossed the river.",
])
def test_a_refusal_or_warning_said_with_a_negation_is_asserted(analyze: Any, text: str) -> None:
    (ev,) = analyze(text).events
    assert ev.modality == "asserted"


def test_whom_a_party_told_what_it_must_do(analyze: Any) -> None:
    events = analyze("Valdorian donors told Meridia on Thursday that it must reform its "
                     "electoral law.").events
    request = next(e for e in events if e.type == "REQUEST")
    assert [r.text for r in request.recipients] == ["Meridia"]
