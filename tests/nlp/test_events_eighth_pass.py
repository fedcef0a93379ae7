"""Rules from the eighth pass, found on the codebook-style written set cameo6 (docs/events.md).
Fictional sentences: invented people, places and groups."""

from __future__ import annotations

from typing import Any

import pytest

EVENTS = [
    # "bomb" with any object, not only a party ("bombed a shopping centre")
    ("The Tarsk Liberation Front bombed a shopping centre in Meridia on Saturday.", "ASSAULT",
     "explosives"),
    # devices set off; violence unleashed; ethnic cleansing carried out
    ("Valdorian insurgents set off a roadside bomb near a police convoy on Wednesday.", "ASSAULT",
     "explosives"),
    ("Government forces unleashed mass violence on villagers in the Tarsk valley.", "ASSAULT",
     None),
    ("The militia carried out ethnic cleansing of Meridians in three border towns.", "ASSAULT",
     None),
    # a bill withdrawn, a charity's registration revoked, cooperation reduced, a loan sought
    ("The Valdorian government withdrew its pension reform bill after weeks of strikes.",
     "CONCEDE", None),
    ("Meridia's interior ministry revoked the registration of two foreign charities.", "COERCE",
     "restrict"),
    ("Valdoria reduced its cooperation with Meridia amid a fishing dispute.", "SANCTION",
     "discontinue"),
    ("Valdorian Finance Minister Oren Kasp sought an emergency loan from the IMF.", "REQUEST",
     "assist"),
    ("Meridia declined Valdoria's appeal for more border guards.", "REJECT", None),
    # troops disengaging; an actor named by a party word ("the junta")
    ("Valdorian and Meridian troops disengaged from the disputed ridge on Tuesday.", "RETREAT",
     "withdraw"),
    ("Rights groups blamed the junta for the disappearance of 40 student leaders.", "ACCUSE",
     None),
    # idioms and rarer verbs of the codebook
    ("Valdoria has earmarked emergency relief supplies for flood survivors in Meridia.", "AGREE",
     None),
    ("Valdoria and Meridia have joined hands in clearing landmines along their border.",
     "COOPERATE", None),
    ("Valdoria has bankrolled the construction of a new port in Meridia.", "AID", None),
    ("Meridia's military rulers have unbanned the Valdorian Workers' Party.", "CONCEDE", None),
    ("The Meridian government has set up an inquiry into the shooting of protesters.", "ACCUSE",
     "investigate"),
    ("The refugee agency has halved food rations for refugees in the Tarsk camps.", "SANCTION",
     "discontinue"),
    ("Valdorian and Meridian negotiators held a secret rendezvous in Tarsk last week.",
     "CONSULT", None),
    # warnings of what would be violence or a closure
    ("The Tarsk Front warned of a campaign of car bombs in the capital.", "THREATEN", "violence"),
    ("Valdorian naval commanders warned that they could close the shipping lanes to Meridia.",
     "THREATEN", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), EVENTS)
def test_eighth_pass_events(analyze: Any, text: str, etype: str, mode: str | None) -> None:
    found = {(e.type, e.mode) for e in analyze(text).events}
    assert etype in {t for t, _ in found}, found
    if mode is not None:
        assert (etype, mode) in found, found


NO_EVENT = [
    "The comedy bombed at the box office in its first week.",
    "The mayor declined a call for comment on Tuesday.",
    "Forecasters warned of a storm with heavy rain over the weekend.",
    "The students set off fireworks after the exam results came out.",
    "The minister warned that consumers would pay more for fuel this winter.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_the_same_words_with_no_event(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


def test_defended_against_words_is_support_against_arms_is_not(analyze: Any) -> None:
    said = analyze("Valdoria defended Meridia against accusations of election fraud.").events
    assert ("SUPPORT", "Valdoria", "Meridia") in {
        (e.type, e.actors[0].name if e.actors else None,
         e.recipients[0].name if e.recipients else None) for e in said}
    fought = analyze("The army defended the city against the rebel attack.").events
    assert "SUPPORT" not in {e.type for e in fought}


@pytest.mark.parametrize("text", [
    "Supporters of the Meridian opposition massed in the capital on Friday to demand a new "
    "constitution.",
    "Union members downed tools at the Tarsk shipyard on Tuesday, demanding free elections.",
    "Student unions stayed away from classes on Monday to press for freedom of assembly.",
])
def test_a_crowds_demand_told_with_what_it_did_is_its_protest(analyze: Any, text: str) -> None:
    events = analyze(text).events
    assert [(e.type, e.modality) for e in events] == [("PROTEST", "asserted")]


def test_a_letter_with_a_demand_stays_a_request(analyze: Any) -> None:
    events = analyze("Union members wrote to the minister demanding higher pay.").events
    assert [e.type for e in events] == ["REQUEST"]
    planned = analyze("Supporters will mass in the capital on Friday to demand a new "
                      "constitution.").events
    assert [(e.type, e.modality) for e in planned] == [("PROTEST", "future")]


@pytest.mark.parametrize(("text", "etype"), [
    # "forces" are troops, not force; "put an end to" is not "put under arrest"
    ("Valdorian Defence Minister Ivo Strand vowed to furnish Meridian forces with new radar "
     "systems next year.", "AGREE"),
    ("The Valdorian government vowed to put an end to its fishing quarrel with Meridia.",
     "AGREE"),
    ("The junta warned it would put opposition leaders under house arrest.", "THREATEN"),
    ("Valdoria warned Meridia that it would pay a heavy price for the raid.", "THREATEN"),
])
def test_what_a_vow_or_warning_is_of(analyze: Any, text: str, etype: str) -> None:
    assert analyze(text).events[0].type == etype


@pytest.mark.parametrize(("text", "mode"), [
    ("The Valdorian convoy came under fire near Tarsk on Monday.", "firearms"),
    ("The Meridian capital came under heavy bombardment from Valdorian howitzers.",
     "heavy-weapons"),
])
def test_what_came_under_fire_was_attacked(analyze: Any, text: str, mode: str) -> None:
    assert [(e.type, e.mode) for e in analyze(text).events] == [("ASSAULT", mode)]


@pytest.mark.parametrize("text", [
    "The minister came under attack from critics over the budget.",
    "The Valdorian plan came under attack from opposition parties.",
])
def test_a_plan_or_minister_under_attack_was_not_shot_at(analyze: Any, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in analyze(text).events}


def test_the_road_a_protest_blocks_is_no_recipient(analyze: Any) -> None:
    (ev,) = analyze("Farmers blocked the main highway between Tarsk and Meridia on Monday.").events
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct") and ev.recipients == ()
    (ev,) = analyze("Hundreds of students blocked the entrance to parliament.").events
    assert ev.type == "PROTEST" and ev.recipients == ()


def test_a_threat_is_against_the_target_of_the_act_it_announces(analyze: Any) -> None:
    (threat, attack) = analyze("The Tarsk Front threatened to resume attacks in Meridia.").events
    assert threat.type == "THREATEN" and attack.type == "ASSAULT"
    assert [r.text for r in threat.recipients] == [r.text for r in attack.recipients] == ["Meridia"]
    # someone else's act: the speaker does not threaten its target
    warned = analyze("The minister warned that the rebels would attack the city.").events
    assert [r.text for e in warned if e.type == "THREATEN" for r in e.recipients] == []


def test_a_demand_renewed_with_a_light_verb_asks_its_clause_subject(analyze: Any) -> None:
    events = analyze("The Valdorian Labour Office reiterated its demand today that Meridia ease "
                     "restrictions on the movement of Valdorian workers.").events
    request = next(e for e in events if e.type == "REQUEST")
    assert [r.text for r in request.recipients] == ["Meridia"]
    assert all(e.modality == "hypothetical" for e in events if e is not request)


def test_whom_a_protest_is_against(analyze: Any) -> None:
    events = analyze("Up to 1,000 ethnic Meridians began a hunger strike on Monday to protest "
                     "against Valdoria's decision to send them back to Tarsk.").events
    assert "Valdoria" in {r.text for e in events if e.type == "PROTEST" for r in e.recipients}
    # the one arrested is not whom the protest is against
    events = analyze("Thousands marched across Valdoria to protest the arrest of activist "
                     "Oren Kasp.").events
    assert "Oren Kasp" not in {r.text for e in events if e.type == "PROTEST"
                               for r in e.recipients}


def test_who_killed_in_a_gunbattle(analyze: Any) -> None:
    (ev,) = analyze("Valdorian forces killed three Meridian rebels in a gunbattle near Tarsk.").events
    assert ev.type == "ASSAULT" and [a.text for a in ev.actors] == ["Valdorian forces"]
    # the dead of "with 40 soldiers killed in an offensive" did not do the killing
    events = analyze("With more than 40 Valdorian soldiers killed in a ground offensive, the "
                     "cabinet rejected the proposal.").events
    assert all("Valdorian soldiers" not in a.text for e in events if e.type == "ASSAULT"
               for a in e.actors)
