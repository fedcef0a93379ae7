"""Rules from the sixth pass: a fresh written set of 550 sentences, one pair per CAMEO code,
scored before any rule was tuned on it (docs/events.md). Fictional sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _found(analysis: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in analysis.events]


FIRST_SET = [
    # an event noun that happened, with no party attached
    ("Protests erupted in several Valdorian cities on Friday.", "PROTEST", "Protests"),
    ("Heavy fighting broke out in the border village of Tarsk overnight.", "ASSAULT", "fighting"),
    ("The massacre of 40 villagers in Tarsk was reported on Monday.", "ASSAULT", "massacre"),
    # goods, equipment and money given; flows a sanction stops
    ("Ostria sent 30 trucks of flour and medicine into Meridia on Sunday.", "AID", "sent"),
    ("Ostria provided Valdoria with 20 locomotives and signalling equipment.", "AID", "provided"),
    ("Ostria delivered two patrol boats to the Valdorian navy on Thursday.", "AID", "delivered"),
    ("The Karesh Bank halted all new lending to Valdoria on Tuesday.", "SANCTION", "halted"),
    ("Ostria scaled back its relations with Valdoria on Monday.", "SANCTION", "scaled"),
    # concessions and releases
    ("The Valdorian government reversed a steep increase in fuel prices on Wednesday.",
     "CONCEDE", "reversed"),
    ("The information ministry reinstated the licence of the Meridia Post.", "CONCEDE",
     "reinstated"),
    ("Karesh returned a seized Ostrian tanker and its crew on Saturday.", "RETREAT", "returned"),
    ("Valdoria let international inspectors into the Tarsk plant on Monday.", "RETREAT", "let"),
    ("The army demobilised 5,000 former rebel fighters in Tarsk.", "RETREAT", "demobilised"),
    # refusals, mobilisation, coercion, words
    ("Calls to scrap the fuel levy were brushed off by the Valdorian finance minister.",
     "REJECT", "brushed off"),
    ("Ostria ruled out joining any military alliance.", "REJECT", "ruled out"),
    ("The Valdorian military raised its alert level along the border on Wednesday.",
     "MOBILIZE", "raised"),
    ("Valdoria ordered the Ostrian ambassador to leave the country within 72 hours.",
     "SANCTION", "ordered"),
    ("The regulator ordered the closure of three radio stations on Monday.", "COERCE",
     "ordered"),
    ("Karesh slammed Ostria's latest arms sale to Valdoria on Friday.", "ACCUSE", "slammed"),
    ("Ostria complained to the regional court that Karesh had seized its ships.", "ACCUSE",
     "complained"),
    ("Residents were warned by the army that a curfew would be imposed unless the looting "
     "stopped.", "THREATEN", "warned"),
    # crowds
    ("Opposition supporters blockaded the electoral council in Meridia on Wednesday.",
     "PROTEST", "blockaded"),
    ("Hundreds of demonstrators gathered outside the Valdorian parliament on Friday.",
     "PROTEST", "gathered"),
]


@pytest.mark.parametrize("text", [
    "The report said the protests were beginning to show signs of fatigue.",
    "Police ruled out foul play in the death of the Tarsk farmer.",
    "The Valdorian army blockaded the port of Tarsk on Wednesday.",
    "Valdoria ordered its troops to withdraw from the border.",
])
def test_what_these_rules_leave_alone(analyze: Any, text: str) -> None:
    found = _found(analyze(text))
    assert not any(t == "PROTEST" and w == "protests" for t, w in found), found
    assert not any(t == "REJECT" for t, _ in found), found
    assert not any(t == "PROTEST" and w == "blockaded" for t, w in found), found
    assert not any(t == "SANCTION" and w == "ordered" for t, w in found), found


def test_protesters_demanding_what_they_did_counts(analyze: Any) -> None:
    found = _found(analyze("Demonstrators demanding the resignation of the Valdorian president "
                           "stormed the parliament in Meridia on Tuesday."))
    assert not any(t == "REQUEST" for t, _ in found), found


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("The Valdorian law drew sharp criticism from the Ostrian parliament.", "ACCUSE",
     "Ostrian parliament", "Valdorian"),
    ("Valdoria received humanitarian aid from Ostria on Monday.", "AID", "Ostria", "Valdoria"),
])
def test_what_is_received_comes_from_the_from_party(analyze: Any, text: str, etype: str,
                                                    actor: str, recipient: str) -> None:
    (event,) = [e for e in analyze(text).events if e.type == etype]
    assert [a.text for a in event.actors] == [actor]
    assert [r.text for r in event.recipients] == [recipient]


SECOND_SET = [
    # the second fresh set: idioms and synonyms
    ("Heavy fighting raged between Valdorian troops and Karesh rebels on Wednesday.", "ASSAULT",
     "fighting"),
    ("The former Valdorian minister was taken into custody at Meridia airport.", "COERCE",
     "taken"),
    ("An Ostrian engineer was taken hostage by armed men near Tarsk.", "ASSAULT", "taken"),
    ("The Valdorian trade envoy pressed Ostria on Friday to open its insurance market.",
     "REQUEST", "pressed"),
    ("Valdoria was pressed by Karesh negotiators on Sunday to end the closure of the border.",
     "REQUEST", "pressed"),
    ("Ostrian and Karesh soldiers traded machine-gun fire across the border on Sunday.",
     "ASSAULT", "traded"),
    ("The Valdorian parliament ordered an inquiry into the collapse of the Tarsk stadium.",
     "ACCUSE", "ordered"),
    ("The Valdorian opposition hit out at Ostria over its report on Tuesday.", "ACCUSE",
     "hit out"),
    ("Ostria shunned a Karesh proposal on Saturday to speed up free trade.", "REJECT",
     "shunned"),
    ("The Karesh Development Bank will extend a 300 million dollar credit to Valdoria.",
     "AGREE", "extend"),
    ("Protesters lined the main road into Meridia on Monday, demanding that the prime "
     "minister resign.", "PROTEST", "demanding"),
    ("The Valdorian labour federation vowed to stage nationwide walkouts unless the government "
     "withdrew the bill.", "THREATEN", "vowed"),
    ("Opposition politicians were told by the minister that their passports would be "
     "confiscated if they kept travelling abroad.", "THREATEN", "confiscated"),
]


def test_a_familys_request_is_no_protest(analyze: Any) -> None:
    found = _found(analyze("The family then approached the Meridia court to request the file."))
    assert not any(t == "PROTEST" for t, _ in found), found


THIRD_SET = [
    # the third fresh set: plain wire style
    ("Police officers beat the Valdorian opposition leader at a rally in Meridia on Sunday.",
     "ASSAULT", "beat"),
    ("A Valdorian pastor was beaten to death by a group of men on Sunday.", "ASSAULT", "beaten"),
    ("The Valdorian army and the Karesh Front fought for control of the palace on Saturday.",
     "ASSAULT", "fought"),
    ("The United Nations called on the Karesh rebels on Friday to free all detained staff.",
     "REQUEST", "called"),
    ("Ostria withdrew as mediator in the Valdorian peace talks on Monday.", "SANCTION",
     "withdrew"),
    ("Valdoria ordered the Ostrian peacekeeping force to leave Tarsk within 90 days.",
     "SANCTION", "ordered"),
    ("A jailed Valdorian lawyer has refused food for three weeks.", "PROTEST", "refused"),
    ("Karesh released an Ostrian fishing trawler on Friday.", "RETREAT", "released"),
    ("Ostria and Valdoria carried out a joint census of migrants this week.", "COOPERATE",
     "carried"),
    ("Valdoria gave international inspectors access to the Tarsk plant on Thursday.", "RETREAT",
     "gave"),
]


@pytest.mark.parametrize(("text", "etype", "word"), FIRST_SET + SECOND_SET + THIRD_SET)
def test_sixth_pass_events(analyze: Any, text: str, etype: str, word: str) -> None:
    found = _found(analyze(text))
    assert any(t == etype and word in w for t, w in found), found


@pytest.mark.parametrize("text", [
    "The Valdorian senator beat Ostrian rival Anna Kos in the primary on Tuesday.",
    "Valdoria may fly a drone near the Ostrian warship.",
    "A cascade is a group of centrifuges working together to enrich uranium.",
])
def test_third_set_rules_leave_alone(analyze: Any, text: str) -> None:
    found = _found(analyze(text))
    assert not any(t in ("ASSAULT", "AID", "COOPERATE") for t, _ in found), found


def test_a_passive_ditransitives_subject_receives(analyze: Any) -> None:
    (event,) = [e for e in analyze("Valdorian inspectors were given access to the Tarsk plant "
                                   "on Thursday.").events if e.type == "RETREAT"]
    assert [r.text for r in event.recipients] == ["Valdorian inspectors"]


def test_a_reported_passive_threat_keeps_its_own_actor(analyze: Any) -> None:
    """Only a conditioned act told to someone is the teller's threat; "officials said the town
    was threatened by rebels" is the rebels' threat."""
    (event,) = [e for e in analyze("Valdorian officials said the town of Tarsk was threatened "
                                   "by Karesh rebels.").events if e.type == "THREATEN"]
    assert [a.text for a in event.actors] == ["Karesh rebels"]
