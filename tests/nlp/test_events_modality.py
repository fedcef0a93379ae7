"""Modality, historical background and reported speech: a threat or a background event is
never counted as a fresh attack."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Event


def _one(analysis: Any, etype: str) -> Event:
    found = [e for e in analysis.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


@pytest.mark.parametrize(("text", "etype", "modality"), [
    ("The Valdorian army did not attack the village.", "ASSAULT", "negated"),
    ("The Front denied attacking the convoy.", "ASSAULT", "negated"),
    ("Valdoria has not withdrawn its troops from Meridia.", "RETREAT", "negated"),
    ("Ostria could impose sanctions on Valdoria.", "SANCTION", "hypothetical"),
    ("If Valdoria invades Karesh, the region will burn.", "ASSAULT", "hypothetical"),
    ("The Ostrian prime minister demanded that Valdoria release the detained journalists.",
     "RETREAT", "hypothetical"),
    ("Karesh plans to deploy more troops to the border next month.", "MOBILIZE", "future"),
    ("The council voted to expel the Karesh ambassador.", "SANCTION", "future"),
    ("Karesh agreed to resume attacks on Valdorian forces.", "ASSAULT", "future"),
    ("The rebels vowed to attack government forces.", "ASSAULT", "future"),
    ("Valdorian troops attacked the village of Dorn on Monday.", "ASSAULT", "asserted"),
    ("Prosecutors said the men plotted to kill two Valdorian envoys.", "ASSAULT", "future"),
    ("The Front is looking to kill a Valdorian soldier, its leader said.", "ASSAULT", "future"),
    ("The rebels tried to seize the airport but were repelled.", "ASSAULT", "asserted"),
    ("Ostrian officials said attacks on the embassy were imminent.", "ASSAULT", "future"),
    ("The suspect fantasized about killing journalists.", "ASSAULT", "hypothetical"),
    ("No Valdorian president has ever met a Karesh leader.", "CONSULT", "negated"),
    ("Officials recalled Karesh comments about destroying Valdoria.", "ASSAULT", "hypothetical"),
    ("Ostria would defend Meridia in the event of a Karesh attack.", "ASSAULT", "hypothetical"),
    ("Casualties depend on the intensity of any attack on Meridia.", "ASSAULT", "hypothetical"),
    ("The president said he will have no choice but to destroy Karesh.", "ASSAULT", "future"),
])
def test_modality(analyze: Any, text: str, etype: str, modality: str) -> None:
    assert _one(analyze(text, published="2024-05-10"), etype).modality == modality


def test_a_threat_is_never_an_asserted_assault(analyze: Any) -> None:
    for text in ("The rebels vowed to attack government forces.",
                 "The Karesh army chief threatened to attack Valdorian border posts.",
                 '"We will attack Valdorian positions if the blockade continues," a Front '
                 'commander said.'):
        events = analyze(text).events
        assert any(e.type == "THREATEN" for e in events), text
        assert not [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"], text


def test_not_every_infinitive_is_future(analyze: Any) -> None:
    ev = _one(analyze("The Front continued to attack Valdorian convoys."), "ASSAULT")
    assert ev.modality == "asserted"


def test_will_not_cooperate_is_a_refusal(analyze: Any) -> None:
    ev = _one(analyze("Valdoria said it would not meet the demands of the Front."), "REJECT")
    assert ev.modality == "asserted" and ev.actors[0].text == "Valdoria"


def test_will_cooperate_is_an_agreement(analyze: Any) -> None:
    ev = _one(analyze("The Front will hold talks with Ostria next week."), "AGREE")
    assert [r.text for r in ev.recipients] == ["Ostria"]


def test_explicit_past_year_is_historical(analyze: Any) -> None:
    ev = _one(analyze("In 2019, Valdorian troops killed 30 villagers in Meridia.",
                      published="2024-05-10"), "ASSAULT")
    assert ev.historical and ev.date is not None and ev.date.start == "2019"
    assert ev.fatalities == 30


def test_bare_year_without_reference_date_is_historical(analyze: Any) -> None:
    ev = _one(analyze("In 2019, Valdorian troops attacked the village of Dorn."), "ASSAULT")
    assert ev.historical


def test_current_year_is_not_historical(analyze: Any) -> None:
    ev = _one(analyze("In March 2024, Valdorian troops attacked the village of Dorn.",
                      published="2024-05-10"), "ASSAULT")
    assert not ev.historical


@pytest.mark.parametrize("text", [
    "Two decades after Valdoria invaded Karesh, the wounds remain.",
    "Ten years ago, Valdorian troops attacked the village of Dorn.",
    "The group had attacked the same checkpoint before the war.",
])
def test_background(analyze: Any, text: str) -> None:
    ev = _one(analyze(text, published="2024-05-10"), "ASSAULT")
    assert ev.historical


def test_reported_pluperfect_is_news(analyze: Any) -> None:
    ev = _one(analyze("The Front said it had attacked a Valdorian convoy on Tuesday.",
                      published="2024-05-10"), "ASSAULT")
    assert not ev.historical
    assert ev.date is not None and ev.date.start == "2024-05-07"


def test_fresh_event_takes_the_dateline_date(analyze: Any) -> None:
    a = analyze("MERIDIA, May 9 (VNA) - Valdorian troops attacked a Front camp.",
                published="2024-05-10")
    ev = _one(a, "ASSAULT")
    assert ev.date is not None and ev.date.start == "2024-05-09"
    assert ev.date.method == "dateline"


def test_event_in_a_quote_is_attributed(analyze: Any) -> None:
    a = analyze('"Valdorian jets bombed our villages," the Front spokesman Dorel Venn said.')
    ev = _one(a, "ASSAULT")
    assert ev.attributed_to is not None
    assert ev.attributed_to in {q.id for q in a.quotes}
    own = _one(analyze("Valdorian jets bombed three Karesh villages."), "ASSAULT")
    assert own.attributed_to is None


def test_a_year_modifying_another_noun_does_not_date_the_event(analyze: Any) -> None:
    ev = _one(analyze("Diplomats from Valdoria and other parties to the 2015 Meridia accord held "
                      "a meeting on Sunday.", published="2024-05-10"), "CONSULT")
    assert not ev.historical and ev.date is not None and ev.date.start == "2024-05-05"


def test_since_a_year_is_no_background(analyze: Any) -> None:
    a = analyze("The monitors, who have tracked police arrests in Karesh since 2011, said 300 "
                "people were detained on Saturday.", published="2024-05-10")
    assert [e.historical for e in a.events if e.type == "COERCE"] == [False, False]


def test_negated_copula_and_temporal_phrases(analyze: Any) -> None:
    assert _one(analyze('"It was not a terrorist attack," the Valdorian minister said.'),
                "ASSAULT").modality == "negated"
    ev = _one(analyze("Ostria proposed a naval mission after several attacks in May on merchant "
                      "vessels.", published="2024-06-10"), "ASSAULT")
    assert ev.modality == "asserted"  # "after" does not pass "proposed" down


def test_raising_passive_keeps_the_subject(analyze: Any) -> None:
    ev = _one(analyze("The Karesh leader is reported to have promised Ostria that there would be "
                      "no more missile tests."), "AGREE")
    assert ev.actors[0].text == "Karesh leader" and ev.recipients[0].text == "Ostria"


def test_a_finite_conjunct_is_not_under_the_refusal(analyze: Any) -> None:
    a = analyze("The rebels have refused to recognize the government and have rejected "
                "direct talks.")
    by_trigger = {e.trigger.text: e.modality for e in a.events}
    assert by_trigger["refused"] == "asserted" and by_trigger["rejected"] == "asserted"
    assert by_trigger["recognize"] == "negated"


def test_a_clash_since_a_year_is_not_dated_by_it(analyze: Any) -> None:
    ev = _one(analyze("Karesh firms face a backlash after the worst clash since 1967 between "
                      "Valdoria and Ostria.", published="2024-06-20"), "ASSAULT")
    assert not ev.historical and (ev.date is None or ev.date.start != "1967")


def test_a_date_on_a_coordinated_verb_dates_the_event(analyze: Any) -> None:
    ev = _one(analyze("Karesh agents killed and dismembered the journalist on Oct. 2, 2018, as "
                      "his fiancee waited outside.", published="2019-12-07"), "ASSAULT")
    assert ev.historical and ev.date is not None and ev.date.start == "2018-10-02"


def test_a_year_of_another_noun_in_the_event_phrase_does_not_date_it(analyze: Any) -> None:
    ev = _one(analyze("The envoy arrived in Meridia on Friday night for talks with Karesh "
                      "officials intended to revive the 2015 nuclear deal.",
                      published="2021-12-07"), "CONSULT")
    assert not ev.historical and ev.date is not None and ev.date.start == "2021-12-03"


def test_a_time_phrase_on_a_participle_dates_the_participle_only(analyze: Any) -> None:
    ev = _one(analyze("Nationwide protests by students against the citizenship law passed by the "
                      "Karesh parliament in December last year continued on Monday.",
                      published="2020-02-07"), "PROTEST")
    assert not ev.historical  # the law was passed last year; the protests go on


def test_a_raised_subject_denied_by_no_negates_the_act(analyze: Any) -> None:
    ev = _one(analyze("No other Velmorans are believed to be imprisoned in Tarsk."), "COERCE")
    assert ev.modality == "negated"


@pytest.mark.parametrize(("text", "etype"), [
    ("Dace Orrin is expected to meet with Mira Holt in Tarsk.", "CONSULT"),
    ("The tariffs were meant to protect Velmora on security grounds.", "AID"),
])
def test_what_others_expect_is_a_future_act_not_a_pledge(analyze: Any, text: str,
                                                         etype: str) -> None:
    assert _one(analyze(text), etype).modality == "future"


def test_an_infinitive_parsed_as_a_complement_clause_is_no_report(analyze: Any) -> None:
    # the parser takes "bombs" for the subject of "to blow up": what they are for, not done
    ev = _one(analyze("The soldier made bombs to blow up the headquarters of a newspaper."),
              "ASSAULT")
    assert ev.modality == "future"


@pytest.mark.parametrize(("text", "etype"), [
    ("Mr Orrin, who has backed attacking Tarsk and Karesh, told reporters he had options.",
     "ASSAULT"),
    ("The Velmoran ministers have long opposed sending troops to Karesh.", "MOBILIZE"),
])
def test_a_course_of_action_argued_over_is_hypothetical(analyze: Any, text: str,
                                                        etype: str) -> None:
    assert _one(analyze(text), etype).modality == "hypothetical"


def test_in_order_to_is_the_aim_and_takes_the_main_subject(analyze: Any) -> None:
    ev = _one(analyze("The Tarsk Front has brought many of its fighters, armed with heavy "
                      "weaponry, in order to attack the town of Karesh."), "ASSAULT")
    assert ev.modality == "future" and [a.text for a in ev.actors] == ["Tarsk Front"]
