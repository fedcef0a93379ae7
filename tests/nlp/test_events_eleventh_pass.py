"""Rules from the eleventh pass, found on the misses of the design sets cameo10 and cameo11
(1990s wire style; docs/events.md). Fictional sentences: invented people, places and groups."""

from __future__ import annotations

from typing import Any

import pytest

EVENTS = [
    # intents announced with "signalled", "indicated", "reiterated", "served notice"
    ("Valdoria signalled on Sunday that it would back Meridian efforts to join the United "
     "Nations.", "AGREE", None),
    ("Valdoria indicated on Friday that it would give in to opposition demands.", "AGREE", None),
    ("The Meridian government reiterated on Thursday that it would use force to keep Tarsk.",
     "THREATEN", "violence"),
    ("Valdoria served notice that it would downgrade relations with any country that received "
     "the Tarsk leader.", "THREATEN", "relations"),
    ("Valdoria signalled on Thursday that it would soon end its trade embargo on Meridia.",
     "AGREE", None),
    # threats held out as a possibility
    ("Valdoria raised the prospect on Wednesday of cutting diplomatic ties with Meridia if Orsk "
     "grants asylum to the rebel leader.", "THREATEN", "relations"),
    ("The army commander in Tarsk held out the possibility of a dusk-to-dawn curfew if the "
     "clashes continued.", "THREATEN", "restrict"),
    ("The Meridian defence minister did not exclude a naval blockade of Orsk on Thursday.",
     "THREATEN", "restrict"),
    ("Valdoria warned the Orsk states of serious consequences if they signed the pact.",
     "THREATEN", None),
    ("The opposition brandished the threat of a general strike unless the government resigned.",
     "THREATEN", None),
    # requests: insisting that, pushing, lobbying, inviting to act, applying, turning to
    ("Valdoria insisted that Meridia drop its claim to the islands.", "REQUEST", None),
    ("Valdoria pushed the Meridian government to return to the negotiating table.", "REQUEST",
     None),
    ("Orsk pushed on Wednesday for the embargo on Meridia to be lifted.", "REQUEST", None),
    ("Farmers' leaders lobbied the cabinet on Tuesday to guarantee a minimum price for rice.",
     "REQUEST", None),
    ("The Meridian government invited Valdoria and Orsk to mediate in its dispute with the "
     "army.", "REQUEST", None),
    ("Meridia applied to the International Monetary Fund for $10 billion in emergency loans.",
     "REQUEST", "assist"),
    ("The Meridian government turned to Valdoria and Orsk on Thursday for troops and weapons.",
     "REQUEST", "assist"),
    ("Meridian opposition leaders clamoured on Wednesday for the restoration of the parliament.",
     "REQUEST", None),
    ("Valdoria challenged Meridia on Tuesday to resume talks on the border.", "REQUEST", None),
    ("Valdoria sought permission on Wednesday to use Meridian airspace.", "REQUEST", None),
    # support: lobbying for a third party, sponsoring, rising to a defence
    ("Valdoria has been lobbying African governments to back Meridia's candidate.", "SUPPORT",
     None),
    ("Valdoria and Orsk jointly sponsored the Security Council resolution on Tarsk.", "SUPPORT",
     None),
    ("Valdoria rose to the defence of Meridia on Friday.", "SUPPORT", None),
    # hosting, intelligence handed over, aid disbursed or brought
    ("Tarsk welcomed a high-level delegation from the Orsk Workers' Party on Tuesday.", "CONSULT",
     "visit"),
    ("Valdorian intelligence passed details of a planned bombing campaign to the Meridian "
     "authorities.", "COOPERATE", None),
    ("The International Monetary Fund disbursed a further $230 million to Meridia on Friday.",
     "AID", None),
    ("A convoy of U.N. trucks brought flour and blankets to the besieged town of Orsk.", "AID",
     None),
    # releases, returns, access, easing
    ("The Tarsk Front handed over 20 captured government soldiers to the Red Cross.", "RETREAT",
     "release"),
    ("Orsk guerrillas released two Meridian deminers they had held for three weeks.", "RETREAT",
     "release"),
    ("The Meridian government received the first battalion of U.N. peacekeepers on Sunday.",
     "RETREAT", "access"),
    ("Valdoria scaled back its military presence along the border with Meridia.", "RETREAT",
     "withdraw"),
    ("The Meridian government let a delegation of the Red Cross visit political prisoners.",
     "RETREAT", "access"),
    ("The Meridian government cleared relief flights to the famine areas on Thursday.",
     "RETREAT", "access"),
    ("Meridia revoked emergency regulations in the capital on Thursday.", "CONCEDE", None),
    # rebukes and refusals
    ("Valdoria reacted angrily on Friday to a resolution on Tarsk.", "ACCUSE", "disapprove"),
    ("A parliamentary commission examined complaints of ballot-stuffing in Tarsk.", "ACCUSE",
     "investigate"),
    ("The Meridian government resisted farmers' demands for higher subsidies.", "REJECT", None),
    ("Valdoria dismissed on Friday an Orsk plan to route oil through Meridia.", "REJECT", None),
    ("The Valdorian foreign ministry repudiated any foreign mediation in Tarsk.", "REJECT", None),
    # protests
    ("Bus and tram drivers in Tarsk struck for a second day against pension plans.", "PROTEST",
     "strike"),
    ("Teachers in Meridia stayed away from classes on Monday in a campaign for higher pay.",
     "PROTEST", None),
    ("Thousands of Orsk Kurds thronged the streets of Tarsk on Monday calling for the reopening "
     "of their schools.", "PROTEST", "demo"),
    ("Hundreds of students gathered outside Tarsk University on Monday calling for the "
     "government to convene the parliament.", "PROTEST", "demo"),
    ("Jailed members of a Meridian pro-democracy group embarked on a hunger strike in Tarsk on "
     "Friday.", "PROTEST", None),
    ("Farmers obstructed roads across Meridia with tractors on Monday to demand subsidies.",
     "PROTEST", "obstruct"),
    ("Students calling for an end to one-party rule fought pitched battles with riot police in "
     "Tarsk on Monday.", "PROTEST", "riot"),
    # reductions of relations, expulsions of organisations, forced moves
    ("Valdoria suspended cross-border trade and transport links with Meridia on Friday.",
     "SANCTION", "discontinue"),
    ("Valdoria ended its role as mediator between the Meridian government and the rebels.",
     "SANCTION", "withdraw"),
    ("The Meridian authorities kicked two relief agencies out of the Orsk region on Tuesday.",
     "SANCTION", "expel"),
    ("Government troops forcibly relocated some 5,000 villagers into guarded camps.", "COERCE",
     "deport"),
    ("The Meridian authorities cancelled the passports of three opposition leaders.", "COERCE",
     "restrict"),
    ("The president of Meridia decreed a state of emergency on Thursday.", "COERCE",
     "martial-law"),
    # violence told with uncommon verbs
    ("A car bomb ripped through a busy shopping street in Tarsk on Saturday.", "ASSAULT",
     "explosives"),
    ("Gunmen sprayed the motorcade of the Meridian interior minister with automatic fire.",
     "ASSAULT", "firearms"),
    ("Tarsk militiamen drove thousands of Orsk villagers from their homes.", "ASSAULT", None),
    ("Militiamen clubbed two opposition supporters to death in Tarsk on Saturday.", "ASSAULT",
     "beat"),
    ("Meridian troops pursued Tarsk Front guerrillas into Valdoria on Tuesday.", "ASSAULT", None),
    ("Meridian aircraft dropped chemical weapons on villages held by the rebels.", "ASSAULT",
     None),
    # second part, from cameo12 (early-1990s newspaper style)
    ("Orsk militants freed a Valdorian teacher on Wednesday.", "RETREAT", "release"),
    ("Tarsk warned Orsk on Friday of grave consequences if its parliament did not revoke the "
     "declaration.", "THREATEN", None),
    ("Meridia has barred a United Nations fact-finding mission from entering the territories.",
     "REJECT", None),
    ("The Meridian army commander would not exclude imposing martial law in Tarsk.", "THREATEN",
     "restrict"),
    ("The Tarsk Guard and the federal army declared a cease-fire on Tuesday.", "RETREAT",
     "ceasefire"),
    ("The Meridian attorney-general vowed to deregister the Law Society unless its chairman "
     "withdrew his remarks.", "THREATEN", None),
    ("Tarsk welcomed the president of Orsk to the capital on Thursday.", "CONSULT", "visit"),
    ("Valdorian Prime Minister Oren Kasp was welcomed by Meridian Premier Tomas Vell in Tarsk.",
     "CONSULT", "visit"),
    ("The Meridian government has given back to the church hundreds of schools.", "RETREAT",
     None),
    ("Meridia has admitted a United Nations human rights monitoring mission.", "RETREAT",
     "access"),
    ("The Meridian government has authorised relief flights into the rebel-held south.",
     "RETREAT", "access"),
    ("Meridia has summoned reservists back to their units.", "MOBILIZE", "troops"),
    ("Valdoria has downgraded its diplomatic links with Meridia.", "SANCTION", "withdraw"),
    ("Tarsk has ejected a team of United Nations weapons inspectors from a ministry building.",
     "SANCTION", "expel"),
    ("More than 100,000 miners in Orsk walked out on Wednesday in a dispute over pay.",
     "PROTEST", "strike"),
    ("Protesters against the new tax ran riot in central Tarsk on Saturday.", "PROTEST", "riot"),
    ("The ministry has withdrawn the operating permits of three private universities.",
     "COERCE", "restrict"),
    ("The Meridian authorities shut down the main Orsk-language daily in Tarsk on Monday.",
     "COERCE",
     "censor"),
    ("Troops forced shopkeepers in Tarsk to reopen, breaking a commercial strike.", "COERCE",
     None),
    ("Valdoria exploded a nuclear device at its desert test site on Thursday.", "ASSAULT",
     None),
    ("Tarsk wants the Security Council to end the oil embargo.", "REQUEST", None),
    ("A Red Cross delegation is examining reports that detainees in Tarsk were beaten.", "ACCUSE",
     "investigate"),
    # third part, from cameo13 (compact manual-quote style)
    ("Valdoria is to pull another 5,000 troops out of Meridia by the end of the year.", "AGREE",
     None),
    ("Valdoria offered on Monday to share information on the smuggling networks with Meridia.",
     "AGREE", None),
    ("The Meridian military council undertook on Tuesday to hand power to an elected government.",
     "AGREE", None),
    ("The Orsk Front has pledged to step up its bombing campaign in Meridia.", "THREATEN",
     "violence"),
    ("Tarsk warned Orsk on Monday against any move to extend its security zone.", "THREATEN",
     None),
    ("Tarsk told opposition newspapers on Friday that they would face closure if they published "
     "the statements.", "THREATEN", None),
    ("Three opposition deputies in Tarsk have been fasting since Monday to press for the "
     "minister's resignation.", "PROTEST", "hunger"),
    ("Orsk villagers have sealed off a road near Tarsk to press their claim to the land.",
     "PROTEST", "obstruct"),
    ("Dockworkers in Tarsk walked out on Monday in a dispute over pay.", "PROTEST", "strike"),
    ("Valdoria and Orsk coordinated their positions at the United Nations on Tuesday.",
     "SUPPORT", None),
    ("Valdoria has allocated Meridia aid worth 80 million euros for development projects.",
     "AID", None),
    ("Valdoria has shipped tanks and artillery to Meridia in recent weeks.", "AID", None),
    ("The Meridian government rescinded a doubling of bread prices on Friday.", "CONCEDE", None),
    ("Meridia suspended martial law on Saturday.", "CONCEDE", None),
    ("Valdoria and Meridia admitted the first units of a United Nations observer force.",
     "RETREAT", "access"),
    ("The Polisario Front proclaimed a unilateral ceasefire on Sunday.", "RETREAT", "ceasefire"),
    ("The Meridian army raised its blockade of the refugee camps on Monday.", "RETREAT", None),
    ("The Meridian parliament set up a commission of inquiry into the sinking of the ferry.",
     "ACCUSE", "investigate"),
    ("Tarsk solicited Valdorian fighter aircraft on Monday.", "REQUEST", None),
    ("The World Food Programme terminated food shipments to Orsk on Wednesday.", "SANCTION",
     "discontinue"),
    ("Valdoria recalled its battalion from the U.N. peacekeeping force in Meridia.", "SANCTION",
     "withdraw"),
    ("The Meridian government threw out several relief agencies from the south on Sunday.",
     "SANCTION", "expel"),
    ("The Meridian government closed down an independent magazine on Tuesday.", "COERCE",
     "censor"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), EVENTS)
def test_eleventh_pass_events(analyze: Any, text: str, etype: str, mode: str | None) -> None:
    found = {(e.type, e.mode) for e in analyze(text).events}
    assert etype in {t for t, _ in found}, found
    if mode is not None:
        assert (etype, mode) in found, found


NO_EVENT = [
    "The company released the products it had held back.",
    "He drove the car from the garage.",
    "The company relocated its office to Tarsk.",
    "Farmers sprayed the crops with pesticide.",
    "Officials warned residents of heavy rain.",
    "The ratings firm warned the impact of sanctions on investors could be large.",
    "She applied for a job in Tarsk.",
    "The debate turned to the economy.",
    "The coach ended his role as captain.",
    "Britain insisted that the talks were going well.",
    "The envoy raised the prospect of peace talks.",
    "Police reacted quickly to the fire.",
    "Lightning struck the farmers.",
    "The pilot ejected safely before the crash.",
    "The hacker is wanted for breaking into a bank computer.",
    "I want people to remember the victims.",
    "The spokesman is authorised to speak on the matter.",
    "He said he would let the matter rest.",
    "The minister hinted that talks could resume next week.",
    "The monks have been fasting since Monday for Lent.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_the_same_words_with_no_event(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


def main_event(events: Any) -> Any:
    return max(events, key=lambda e: e.confidence)


def test_a_demand_insisted_on_is_hypothetical(analyze: Any) -> None:
    events = analyze("Valdoria insisted that Meridia allow the inspectors back.").events
    assert main_event(events).type == "REQUEST"
    assert {e.modality for e in events if e.type == "RETREAT"} == {"hypothetical"}


def test_a_threat_not_ruled_out_is_asserted(analyze: Any) -> None:
    (ev,) = analyze("The Meridian minister did not rule out military action against the "
                    "rebels.").events
    assert (ev.type, ev.modality) == ("THREATEN", "asserted")
    assert [r.text for r in ev.recipients] == ["rebels"]


def test_an_invitation_to_visit_stays_a_future_meeting(analyze: Any) -> None:
    events = analyze("Tarsk invited the Orsk president to visit in May.").events
    assert main_event(events).type == "AGREE"


def test_an_offer_made_with_could_on_a_condition_is_an_intent(analyze: Any) -> None:
    events = analyze("Tarsk indicated on Tuesday it could give ground on the border if Orsk "
                     "offered compensation.").events
    assert main_event(events).type == "AGREE"


def test_crowds_counted_in_hundreds_clash_not_quarrel(analyze: Any) -> None:
    events = analyze("Hundreds of students clashed with police in Tarsk over the closure of "
                     "the university.").events
    assert main_event(events).type == "PROTEST"


def test_background_after_the_news_ranks_below_it(analyze: Any) -> None:
    events = analyze("Valdoria expelled two Meridian diplomats on Monday, a day after Meridian "
                     "troops shelled a border post.").events
    assert {"SANCTION", "ASSAULT"} <= {e.type for e in events}
    assert main_event(events).type == "SANCTION"


def test_an_attorney_general_is_no_general(analyze: Any) -> None:
    for text in ("Meridia's Attorney-General vowed to deregister the Law Society.",
                 "Attorney-General Tomas Vell vowed to deregister the Law Society."):
        events = analyze(text).events  # the title before a name, and the head noun itself
        assert events and all(a.sector == "GOV" for e in events for a in e.actors), text


def test_welcoming_refugees_is_no_state_visit(analyze: Any) -> None:
    assert {e.type for e in analyze("Many locals welcome refugees.").events} == {"SUPPORT"}


def test_a_pledge_to_carry_on_attacks_is_a_threat_not_an_intent(analyze: Any) -> None:
    events = analyze("The Orsk Front has pledged to step up its bombing campaign.").events
    assert main_event(events).type == "THREATEN"
    events = analyze("Senegal pledged on Thursday to field a battalion for the force.").events
    assert main_event(events).type == "AGREE"
    events = analyze("The Meridian president pledged to tear up the electricity law.").events
    assert main_event(events).type == "AGREE"


def test_an_arrest_a_warrant_is_filed_for_has_not_happened(analyze: Any) -> None:
    events = analyze("The Tarsk prosecutor has filed warrants for the arrest of a top aide to "
                     "the Meridian president.").events
    assert {e.type for e in events} >= {"ACCUSE"}
    assert [e.modality for e in events if e.type == "COERCE"] == ["hypothetical"]
    (ev,) = [e for e in analyze("Police arrested the aide on a warrant issued by the court."
                                ).events if e.type == "COERCE"]
    assert ev.modality == "asserted"
