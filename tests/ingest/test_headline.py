from __future__ import annotations

from dateline.ingest.headline import choose_title, strip_site
from dateline.ingest.sitename import site_names

SITE = site_names(["Lakeside Ledger"], url="https://www.lakesideledger.example/news/1")


def test_site_segments_are_cut_at_either_end() -> None:
    assert strip_site("Ferry fares rise | Lakeside Ledger", SITE) == "Ferry fares rise"
    assert strip_site("Lakeside Ledger - Ferry fares rise", SITE) == "Ferry fares rise"
    assert strip_site("Ferry fares rise — Lakeside Ledger Business", SITE) == "Ferry fares rise"
    assert strip_site("Ferry fares rise | Opinion | LakesideLedger.example", SITE) \
        == "Ferry fares rise | Opinion"


def test_other_segments_stay() -> None:
    assert strip_site("Talks resume - with conditions", SITE) == "Talks resume - with conditions"
    assert strip_site("Lakeside Ledger", SITE) == "Lakeside Ledger"  # nothing would be left
    assert strip_site("Ferry-fare rise: what it means", SITE) == "Ferry-fare rise: what it means"


def test_h1_replaces_an_seo_title_that_shares_its_words() -> None:
    h1 = "Ferry fares to rise by a third for island commuters"
    assert choose_title("Island commuters face higher ferry fares | Lakeside Ledger", (h1,), SITE) == h1


def test_a_lone_h1_with_a_common_content_word_wins() -> None:
    h1 = "Harbour board stands firm as petition grows"
    assert choose_title("Four thousand sign against fare rise at the harbour", (h1,), SITE) == h1


def test_logos_sections_and_unrelated_h1s_lose() -> None:
    title = "Ferry fares to rise by a third"
    assert choose_title(title, ("Lakeside Ledger", "Most read", "Eve Rowan"), SITE) == title
    assert choose_title(title, ("Weekend weather looks dry", "Quiz of the week answers"), SITE) == title
    assert choose_title(title, ("Weekend weather looks dry",), SITE) == title  # no shared word


def test_a_kicker_in_the_h1_is_not_part_of_the_headline() -> None:
    title = "Five harbour pilots who may be underrated"
    assert choose_title(title, (f"Local Sports | {title}",), SITE) == title


def test_no_metadata_title_takes_the_first_headline_h1() -> None:
    assert choose_title(None, ("Lakeside Ledger", "Ferry fares to rise"), SITE) == "Ferry fares to rise"
    assert choose_title(None, (), SITE) is None
