"""Event structure: light verbs, nominal triggers, passives, coordination, several events in a
sentence, and the senses in which trigger words are no events."""

from __future__ import annotations

from typing import Any

import pytest


def _types(analysis: Any) -> list[str]:
    return [e.type for e in analysis.events]


def test_light_verb_takes_its_noun(analyze: Any) -> None:
    (ev,) = analyze("The Karesh Liberation Front carried out an attack on a police "
                    "station.").events
    assert ev.type == "ASSAULT" and ev.trigger.text == "carried out an attack"
    (talks,) = analyze("Delegates from Valdoria held talks with Ostria.").events
    assert talks.type == "CONSULT" and talks.trigger.text == "held talks"
    assert [r.text for r in talks.recipients] == ["Ostria"]


def test_nominal_trigger_needs_an_argument(analyze: Any) -> None:
    (strike,) = analyze("The Valdorian strike on the hospital angered Ostria.").events
    assert strike.type == "ASSAULT" and "hospital" in strike.recipients[0].text
    assert strike.actors[0].text == "Valdorian"
    assert analyze("The attack was terrible.").events == ()


def test_passive_victim_is_the_recipient(analyze: Any) -> None:
    (ev,) = analyze("The mayor was killed by gunmen outside his house.").events
    assert [a.text for a in ev.actors] == ["gunmen"]
    assert [r.text for r in ev.recipients] == ["mayor"]


def test_coordination_shares_the_subject(analyze: Any) -> None:
    events = analyze("The ministers met and agreed to reopen the border crossing.").events
    assert _types(analyze("The ministers met and agreed to reopen the border crossing.")) == [
        "CONSULT", "AGREE", "RETREAT"]
    assert all(e.actors and e.actors[0].text == "ministers" for e in events)
    both = analyze("Valdoria and Karesh met on Monday.").events[0]
    assert [a.text for a in both.actors] == ["Valdoria", "Karesh"]


def test_several_events_in_one_sentence(analyze: Any) -> None:
    a = analyze("Ostria condemned the Valdorian strike on the hospital and called for an "
                "investigation.")
    assert _types(a) == ["ACCUSE", "ASSAULT", "REQUEST"]
    accuse = a.events[0]
    assert [r.text for r in accuse.recipients] == ["Valdorian"]  # the strike's actor


def test_participle_folds_into_the_attack(analyze: Any) -> None:
    (ev,) = analyze("The Valdorian army launched a drone strike on a Front camp, killing six "
                    "fighters.").events
    assert ev.type == "ASSAULT" and ev.mode == "drone" and ev.fatalities == 6
    assert {r.text for r in ev.recipients} == {"Front camp", "six fighters"}


def test_harm_noun_subject_is_one_event(analyze: Any) -> None:
    (ev,) = analyze("A Valdorian missile strike killed four soldiers.").events
    assert ev.trigger.text == "strike" and ev.fatalities == 4
    assert ev.actors[0].text.startswith("Valdorian")


@pytest.mark.parametrize("text", [
    "The Valdorian president fired the defence minister on Monday.",
    "The ministry released a statement on the clashes.",
    "Critics called the plan a disaster.",
    "The earthquake killed 40 people in northern Valdoria.",
    "The new road will help farmers reach the market.",
    "The senator attacked the minister's budget plan as reckless.",
    "By signing up, you agree to our privacy policy.",
    "The militants were armed with assault rifles.",
    "The opposition went on the offensive against the new budget.",
    "A Valdorian farmer was killed when the roof of his barn collapsed.",
    "Nine people died when the ferry capsized off the Valdorian coast.",
])
def test_other_senses_are_no_events(analyze: Any, text: str) -> None:
    events = analyze(text).events
    assert not [e for e in events if e.type not in ("ACCUSE",)], events
    # a verbal attack is an accusation, never an assault
    assert all(e.type != "ASSAULT" for e in events)


def test_fire_at_is_an_assault(analyze: Any) -> None:
    (ev,) = analyze("Ostrian troops fired rockets at the Karesh border posts.").events
    assert ev.type == "ASSAULT" and ev.mode == "heavy-weapons"
    assert "border posts" in ev.recipients[0].text


def test_pronoun_actor_resolves_or_stays_empty(analyze: Any) -> None:
    a = analyze("Valdoria rejects the charge and says it provides only moral support.")
    support = next(e for e in a.events if e.type == "SUPPORT")
    assert [x.text for x in support.actors] == ["Valdoria"]  # "it" = the reporting subject
    denial = analyze("Valdoria rejected the claim and said it had never attacked the convoy.")
    attack = next(e for e in denial.events if e.type == "ASSAULT")
    assert attack.modality == "negated" and attack.actors[0].text == "Valdoria"
    lone = analyze("He attacked the convoy near Meridia.").events
    assert lone and not lone[0].actors  # never an actor "he"


def test_aim_of_an_attack_is_future(analyze: Any) -> None:
    """An act under "with the aim of" is intended, not done (the golden article's "intend to
    carry out ... planning with the aim of carrying out scathing attacks")."""
    text = ("The Karesh Front intends to carry out careful planning with the aim of carrying out "
            "fierce attacks against the Valdorian occupiers.")
    (ev,) = [e for e in analyze(text).events if e.type == "ASSAULT"]
    assert ev.trigger.text.startswith("carrying out") and ev.modality == "future"


def test_decider_is_the_actor_of_a_decided_act(analyze: Any) -> None:
    """"The parliament voted in favor of the expulsion of ...": the parliament expels."""
    ev = next(e for e in analyze("The Valdorian parliament voted in favor of the expulsion of "
                                 "the Ostrian forces.").events if e.trigger.text == "expulsion")
    assert [a.text for a in ev.actors] == ["Valdorian parliament"]
    ev = next(e for e in analyze("The Karesh cabinet voted for the expulsion of the Ostrian "
                                 "diplomats.").events if e.trigger.text == "expulsion")
    assert [a.text for a in ev.actors] == ["Karesh cabinet"]


def test_subject_shared_across_a_mistagged_conjunct(analyze: Any) -> None:
    """"continues to support, inform, or protect Ostria": "inform" parsed as a noun must not cut
    "protect" off from the shared subject."""
    text = ("The Front will fight on as long as Valdoria continues to support, inform, or "
            "protect Ostria against our strikes.")
    ev = next(e for e in analyze(text).events if e.trigger.text == "protect")
    assert [a.text for a in ev.actors] == ["Valdoria"]


def test_one_party_is_named_once_among_the_recipients(analyze: Any) -> None:
    analysis = analyze("The fictional Tarn Brigade attacked U.S. occupation troops and American "
                       "forces near the border.")
    (event,) = [e for e in analysis.events if e.trigger.text == "attacked"]
    keys = [(r.name, r.country, r.sector) for r in event.recipients]
    assert len(keys) == len(set(keys)) >= 1


def test_a_place_that_qualifies_the_actor_is_not_where_it_happened(analyze: Any) -> None:
    analysis = analyze("Two decades after a US-led coalition invaded the country, the fictional "
                       "Tarn Brigade regrouped.")
    (event,) = [e for e in analysis.events if e.trigger.text == "invaded"]
    assert event.location is None or event.location.country != "USA"


def test_us_is_the_united_states_not_a_pronoun(analyze: Any) -> None:
    (ev,) = analyze("A US drone strike assassinated the fictional commander Orel Vask.").events
    assert ev.trigger.text == "strike" and ev.mode == "drone"
    assert [a.country for a in ev.actors] == ["USA"]
    assert "Vask" in ev.recipients[0].text


@pytest.mark.parametrize("text", [
    "Five people were killed in police firing in the fictional town of Orrin on Friday.",
    "Two people were killed when police opened fire on protesters in the fictional town of Orrin.",
    "One person was killed as police fired on the crowd in the fictional town of Orrin.",
])  # fmt: skip
def test_a_killing_named_by_its_cause_has_the_causes_actor(analyze: Any, text: str) -> None:
    (killed,) = [e for e in analyze(text).events if e.trigger.text == "killed"]
    assert [a.sector for a in killed.actors] == ["COP"] and (killed.fatalities or 0) >= 1


def test_a_pronoun_in_an_adverbial_clause_is_the_main_subject(analyze: Any) -> None:
    # the untagged name of the main clause, not the person named in the sentence before
    text = ("Tomas Verbek read the book before he bombed the depot. Corwin Storm Leaf frequented "
            "hate sites before he walked into a church and gunned down nine worshippers.")
    killing = next(e for e in analyze(text).events if e.trigger.text == "gunned down")
    assert [a.text for a in killing.actors] == ["Corwin Storm Leaf"]
    assert [r.text for r in killing.recipients] == ["nine worshippers"]


def test_the_firing_of_a_person_is_a_dismissal(analyze: Any) -> None:
    for text in ("He faces questions about his firing of FBI Director Tomas Verbek.",
                 "The firing of the defence minister surprised the army."):
        assert analyze(text).events == (), text
    shots = analyze("The firing of rockets at Sderot continued overnight.").events
    assert [e.type for e in shots] == ["ASSAULT"]


def test_a_place_is_no_actor_but_an_institution_or_vehicle_is(analyze: Any) -> None:
    text = "A rocket attack on a Valdorian army base that killed a contractor was condemned."
    killing = next(e for e in analyze(text).events if e.trigger.text == "killed")
    assert killing.actors == ()  # not the base
    (approval,) = analyze("The lower house approved the fictional bill on Tuesday.").events
    assert [a.text for a in approval.actors] == ["lower house"]
    (rescue,) = analyze("U.N. helicopters evacuated the wounded from Karesh.").events
    assert rescue.actors


def test_idioms_that_are_no_events(analyze: Any) -> None:
    for text in ("The Karesh plan has been met with resistance and lawsuits.",
                 "The Valdorian president is pulling out all the stops for the visit."):
        assert analyze(text).events == (), text


def test_coming_under_fire_over_something_is_criticism(analyze: Any) -> None:
    (ev,) = analyze("The Karesh minister came under fire from lawmakers over his remarks.").events
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    assert [r.text for r in ev.recipients] == ["Karesh minister"]
    assert [a.text for a in ev.actors] == ["lawmakers"]
    # a convoy that came under fire was shot at (eighth pass; no event before it)
    (shot,) = analyze("The convoy came under fire near the border.").events
    assert shot.type == "ASSAULT" and [r.text for r in shot.recipients] == ["convoy"]


def test_object_control_and_relative_pronouns(analyze: Any) -> None:
    a = analyze("The Front shelled the border, which prompted Karesh to attack.")
    (attack,) = [e for e in a.events if e.trigger.text == "attack"]
    assert [x.text for x in attack.actors] == ["Karesh"]
    a = analyze("An attack on a prominent activist, who was beaten with hammers by unknown "
                "assailants, is being widely condemned.")
    (beaten,) = [e for e in a.events if e.trigger.text == "beaten"]
    assert beaten.type == "ASSAULT" and [r.text for r in beaten.recipients] == [
        "prominent activist"]


def test_modifiers_that_name_no_actor(analyze: Any) -> None:
    (talks,) = analyze("The breakthrough came after landmark talks between Valdoria and "
                       "Ostria.").events
    assert "landmark" not in [x.text for x in talks.actors]
    (ev,) = [e for e in analyze("General Tomas Verbek defended his military offensive against "
                                "the rebels.").events if e.type == "ASSAULT"]
    assert "military" not in [x.text for x in ev.actors]


def test_a_clause_opened_by_as_lends_no_object(analyze: Any) -> None:
    a = analyze("Clashes between the Karesh army and the Front have intensified as Valdoria "
                "started withdrawing its troops from the country.")
    assert sorted(e.type for e in a.events) == ["ASSAULT", "RETREAT"]


def test_surrounding_a_topic_is_no_siege(analyze: Any) -> None:
    a = analyze("The envoy met the minister in Meridia, discussing the latest developments "
                "surrounding Karesh. Valdorian troops surrounding the city shelled its outskirts.")
    sieges = [e for e in a.events if e.trigger.text == "surrounding"]
    assert [[x.text for x in e.actors] for e in sieges] == [["Valdorian troops"]]


def test_it_is_never_a_sea_or_a_region(analyze: Any) -> None:
    a = analyze("Valdorian tankers crossed the Persian Gulf last week. Karesh said it launched "
                "its attack on Monday.")
    (ev,) = [e for e in a.events if e.type == "ASSAULT"]
    assert [x.text for x in ev.actors] != ["Persian Gulf"]


def test_verb_object_idioms_that_are_no_coercion_or_shooting(analyze: Any) -> None:
    for text in ("The captain sought stronger measures for curbing a virus outbreak aboard the "
                 "ship.", '"The acting secretary shot the messenger," the senator said.'):
        assert not [e for e in analyze(text).events if e.type in ("COERCE", "ASSAULT")], text


def test_a_leader_who_clashed_over_trade_quarrelled(analyze: Any) -> None:
    (ev,) = analyze("The Karesh president, who has clashed with the Ostrian premier over trade, "
                    "tweeted his congratulations.").events
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    for text in ("Karesh troops clashed with rebels near the border.",
                 "Valdorian soldiers and Front fighters clashed over the weekend.",
                 "Rival gangs clashed over control of smuggling routes in Meridia.",
                 "Activists and the district police clashed over the eviction of squatters."):
        assert [e.type for e in analyze(text).events] == ["ASSAULT"], text


def test_a_caption_is_neither_the_sentence_nor_the_date_of_an_event(analyze: Any) -> None:
    text = ("The Karesh president speaks to reporters in Meridia, Saturday, Dec. 7, 2019. (AP "
            "Photo/Ana Lind)\n\nMERIDIA (AP) — Karesh troops on Friday shelled a Front base.")
    (ev,) = analyze(text, published="2019-12-08").events
    assert text[ev.sentence.start:ev.sentence.end].startswith("MERIDIA (AP)")
    assert ev.date is not None and ev.date.start == "2019-12-06"


def test_an_object_pronoun_is_not_its_own_clauses_subject(analyze: Any) -> None:
    a = analyze("According to Tomas Verbek, Ilan Dor asked him to stop investigating the "
                "minister.")
    (ev,) = [e for e in a.events if e.trigger.text == "investigating"]
    assert [x.text for x in ev.actors] == ["Tomas Verbek"]


def test_a_possessive_before_the_subject_is_that_subject(analyze: Any) -> None:
    a = analyze("Tomas Verbek met the minister. As part of his investigation, the Karesh "
                "prosecutor is looking into the deal.")
    (ev,) = [e for e in a.events if e.type == "ACCUSE"]
    assert [x.text for x in ev.actors] == ["Karesh prosecutor"]


def test_a_legal_or_political_battle_is_no_assault(analyze: Any) -> None:
    for text in ("If the prosecutor were to subpoena the president, it would set off a legal "
                 "battle, the lawyer said.",
                 "The two Karesh parties are locked in a political fight over the budget."):
        assert not [e for e in analyze(text).events if e.type in ("ASSAULT", "THREATEN")], text


def test_targeted_with_surveillance_or_sanctions_is_no_assault(analyze: Any) -> None:
    a = analyze("Several activists, who were targeted with surveillance in Karesh, have accused "
                "the government of spying on them.")
    (ev,) = [e for e in a.events if e.trigger.text == "targeted"]
    assert (ev.type, ev.mode) == ("COERCE", "cyber")
    a = analyze("Valdorian officials were targeted with sanctions by Ostria.")
    assert not [e for e in a.events if e.type == "ASSAULT"]
    (ev,) = analyze("Front fighters targeted a Karesh convoy near the border.").events
    assert ev.type == "ASSAULT"
