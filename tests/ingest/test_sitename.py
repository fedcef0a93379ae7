from __future__ import annotations

from dateline.ingest.sitename import domain_names, key, site_names


def test_keys_ignore_case_spaces_and_punctuation() -> None:
    assert key("Lakeside-Ledger.com") == key("lakeside ledger COM") == "lakesideledgercom"


def test_domain_names_take_the_registered_label() -> None:
    assert domain_names("https://n.portmoorpost.example/a/b") == ("portmoorpost", "portmoorpost.example")
    assert domain_names("https://www.harbourtimes.co.uk/x") == ("harbourtimes", "harbourtimes.co.uk")
    assert domain_names(None) == () and domain_names("not a url") == ()


def test_site_tests() -> None:
    site = site_names(["Harbour Times", None, " "], url="https://www.portmoorpost.example/a")
    assert site.is_site("Portmoor Post") and site.is_site("harbour times")
    assert site.starts_with_site("Harbour Times Staff", extra=1)
    assert not site.starts_with_site("Harbour Times Sports Desk Team", extra=1)
    assert site.ends_with_site("Daily Harbour Times", extra=1)
    assert not site.is_site("Talks resume")
