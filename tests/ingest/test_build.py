from __future__ import annotations

from dateline.ingest.build import excluded_regions, make_article, normalise_published

TEXT = (
    "In this photo, fighters of the fictional Lantern Brigade march in a parade\n\n"
    "NAIROBI, May 4 (Demo Wire) — The fictional Lantern Brigade said on Monday it would disarm.\n\n"
    "https://example.org/demo/lantern\n\nDemo Wire"
)


def test_caption_and_trailing_metadata_are_excluded() -> None:
    regions = [r.text for r in excluded_regions(TEXT)]
    assert regions[0].startswith("In this photo")
    assert "https://example.org/demo/lantern" in regions
    assert "Demo Wire" in regions
    assert not any("disarm" in r for r in regions)


def test_a_newsletter_form_is_excluded_but_news_about_newsletters_is_not() -> None:
    text = ("The fictional Orlan council voted on Monday to close the harbour.\n\n"
            "Sign up for the Orlan Ledger. Get our stories delivered to your inbox. Please enter a "
            "valid email address. I have read and accept the Terms of Use. You may unsubscribe at "
            "any time.\n\n"
            "The council said its newsletter would explain the vote.")
    regions = [r.text for r in excluded_regions(text)]
    assert len(regions) == 1 and regions[0].startswith("Sign up for the Orlan Ledger")


def test_a_form_line_inside_a_paragraph_is_excluded_alone() -> None:
    text = ("The fictional Orlan council voted to close the harbour.\n"
            "You also agree to this site's Privacy Policy and Terms of Use.\n"
            "The vote was close.\n\n"
            "Ferrand, the mayor, posted a note — Tomas Ferrand (@ferrand) — with the words "
            "SIGN UP FOR OUR NEWSLETTER")
    assert [r.text for r in excluded_regions(text)] == [
        "You also agree to this site's Privacy Policy and Terms of Use."]


def test_dateline_found_after_caption_and_resolved_with_year() -> None:
    art = make_article(TEXT, published="2026-05-05")
    assert art.dateline is not None
    assert art.dateline.place == "Nairobi"
    assert art.dateline.date == "2026-05-04"
    assert art.dateline.source_code == "Demo Wire"
    assert TEXT[art.dateline.span.start : art.dateline.span.end] == art.dateline.span.text
    assert make_article(TEXT).dateline.date is None  # type: ignore[union-attr]


def test_ids_are_stable_and_language_recorded() -> None:
    assert make_article(TEXT).id == make_article(TEXT).id
    assert make_article(TEXT).language == "en"
    fr = make_article("Le gouvernement a annoncé lundi une nouvelle loi sur les retraites, "
                      "selon le ministre, qui a parlé devant les députés à Paris.")
    assert fr.language == "fr"
    assert [n.code for n in fr.notices] == ["non_english"]


def test_published_normalised_or_dropped_with_notice() -> None:
    assert normalise_published("2024-03-05T10:00:00Z") == ("2024-03-05", None)
    value, note = normalise_published("last Tuesday")
    assert value is None and note is not None and note.code == "bad_published"


def test_photo_credit_captions_and_dateline_after_them() -> None:
    text = ("In this March 3, 2026 photo, fictional harbour workers gather in Lisbon. "
            "(AP Photo/Ana Fictia)\n\n"
            "Workers leave the fictional terminal, Monday, March 2, 2026. (Rui Demo/Lusa via AP)\n\n"
            "LISBON (AP) — The fictional dock workers' union called off its strike on Tuesday.")
    art = make_article(text)
    assert len(art.excluded) == 2
    assert art.dateline is not None and art.dateline.place == "Lisbon"
    assert art.dateline.source_code == "AP"


def test_share_widget_and_video_player_captions_are_excluded() -> None:
    text = ("Police fired tear gas in the fictional town of Orvik on Sunday.\n\n"
            "Facebook Twitter Pinterest Mira Holt, 23, shows her bruises after she was beaten.\n\n"
            "Play Video 1:27 Police seen beating protesters at a station – video\n\n"
            "The protests continued on Monday.")
    regions = [r.text for r in excluded_regions(text)]
    assert regions == ["Facebook Twitter Pinterest Mira Holt, 23, shows her bruises after she "
                       "was beaten.", "Play Video 1:27 Police seen beating protesters at a "
                       "station – video"]


def test_an_inline_link_blurb_after_a_name_is_excluded() -> None:
    text = ("The fictional Velmoran Senate met on Monday. Sen. Mira Holt Mira Anne HoltLawmakers "
            "weigh a fictional budget deal Senate panel delays a vote MORE (R-Orvik) said she "
            "would back the bill.\n\nMORE than 40 senators attended.")
    regions = [r.text for r in excluded_regions(text)]
    assert regions == ["Mira Anne HoltLawmakers weigh a fictional budget deal Senate panel "
                       "delays a vote MORE"]
    article = make_article(text, source="<test>")
    assert article.text == text  # offsets keep pointing into the text as written
