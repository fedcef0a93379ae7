from __future__ import annotations

from dateline.ingest.byline import choose_authors, credit_line, split_names
from dateline.ingest.sitename import site_names

SITE = site_names(["Lakeside Ledger"], url="https://www.lakesideledger.example/a")


def test_credentials_affiliations_and_stamps_are_dropped() -> None:
    assert split_names("Dana Whitlow MS, RDN, LD") == ["Dana Whitlow"]
    assert split_names("Corin Pell, Ph.D.") == ["Corin Pell"]
    assert split_names("By Tovah Brandt | Harbour Weekly") == ["Tovah Brandt"]
    assert split_names("Orin Castell Published") == ["Orin Castell"]
    assert split_names("Kel Amadi; February") == ["Kel Amadi"]
    assert split_names("Ama Boateng and Lio Ferreira") == ["Ama Boateng", "Lio Ferreira"]


def test_names_that_look_like_credentials_or_months_stay() -> None:
    assert split_names("Anh Do") == ["Anh Do"]
    assert split_names("JIN MA") == ["JIN MA"]
    assert split_names("April Nowak") == ["April Nowak"]
    assert split_names("Ravi K.J. Menon Jr.") == ["Ravi K.J. Menon Jr."]


def test_json_ld_first_then_trafilatura_then_credit_line() -> None:
    assert choose_authors(["Dana Whitlow"], "Parent Media Co; Dana Whitlow", "", SITE) == ("Dana Whitlow",)
    assert choose_authors(["Lakeside Ledger"], "Orin Castell", "", SITE) == ("Orin Castell",)
    body = "Text.\n\nReporting by Northwind Wire Service."
    assert choose_authors([], "Lakeside Ledger Staff", body, SITE) == ("Northwind Wire Service",)
    assert choose_authors([], None, "Text.", SITE) == ()


def test_credit_line_needs_a_whole_paragraph() -> None:
    assert credit_line("Reporting by Ama Boateng in Portmoor; Editing by Lio Ferreira") == ["Ama Boateng"]
    assert credit_line("Reporting by J. Okafor.") == ["J. Okafor"]
    assert credit_line("She said the reporting by the council was wrong, and asked for more.") == []
