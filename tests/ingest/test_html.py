from __future__ import annotations

import pytest

from dateline.errors import ParseInputError
from dateline.ingest.html import parse_html

PAGE = """<!DOCTYPE html><html><head><title>Fictional: Council meets</title>
<meta property="og:site_name" content="Demo Gazette">
<meta name="author" content="Mira Solten">
<meta property="article:published_time" content="2026-10-02T09:00:00Z"></head>
<body><nav>Home | World | Sports</nav><article><h1>Fictional: Council meets</h1>
<p>ROME (Demo Gazette) - The fictional harbour council met on Wednesday and agreed to
reopen the northern terminal after a week of protests by dock workers.</p>
<p>"We listened to the workers," council chair Ada Ferri said after the vote.</p>
</article><footer>Copyright Demo Gazette</footer></body></html>"""


def test_metadata_and_body() -> None:
    art = parse_html(PAGE, source="p.html")
    assert art.title == "Fictional: Council meets"
    assert art.outlet == "Demo Gazette"
    assert art.published == "2026-10-02"
    assert art.authors == ("Mira Solten",)
    assert "reopen the northern terminal" in art.text
    assert "Home | World" not in art.text
    assert art.dateline is not None and art.dateline.source_code == "Demo Gazette"


def test_broken_html_still_yields_text() -> None:
    broken = ("<html><body><div><p>The fictional ferry union said on Monday that its members "
              "would strike <b>for two days<p>Talks with the operator failed, it said. <div>")
    art = parse_html(broken, source="b.html")
    assert "ferry union" in art.text and "Talks with the operator failed" in art.text


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(ParseInputError, match="no article text"):
        parse_html("<html><head><title>x</title></head><body><img src=a.png></body></html>",
                   source="e.html")


# --- headline, byline and body rules (fictional pages) ---------------------------------------

BODY = ("<p>The fictional Lakeside harbour board voted on Tuesday to raise ferry fares by a third "
        "from next spring, citing fuel costs and an ageing fleet of three vessels.</p>"
        "<p>Commuters from the outer islands said the rise would cost a family more than a week "
        "of wages each year, and a petition against it had gathered four thousand names.</p>"
        "<p>The board said it would review the fares again in the autumn after talks with the "
        "island councils and the ferry workers' union.</p>")


def page(head: str, body: str = BODY, *, h1: str = "") -> str:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><nav>Home | News | Sport</nav>"
            f"<article>{h1}{body}</article><footer>About us</footer></body></html>")


def test_title_loses_a_trailing_site_name() -> None:
    art = parse_html(page('<meta property="og:site_name" content="Lakeside Ledger">'
                          '<meta property="og:title" content="Ferry fares to rise by a third | '
                          'Lakeside Ledger">'), source="t.html")
    assert art.title == "Ferry fares to rise by a third"


def test_title_loses_a_site_name_given_only_by_the_domain() -> None:
    art = parse_html(page('<meta property="og:title" content="Portmoor Post - Ferry fares to rise '
                          'by a third">'), source="t.html", url="https://www.portmoorpost.example/a")
    assert art.title == "Ferry fares to rise by a third"


def test_title_keeps_a_dash_segment_that_is_not_the_site_name() -> None:
    art = parse_html(page('<meta property="og:site_name" content="Lakeside Ledger">'
                          '<meta property="og:title" content="Talks resume - with conditions">'
                          "<title>Talks resume - with conditions</title>"), source="t.html")
    assert art.title == "Talks resume - with conditions"


def test_visible_h1_headline_beats_the_seo_title() -> None:
    art = parse_html(page('<meta property="og:site_name" content="Lakeside Ledger">'
                          '<meta property="og:title" content="Island commuters face higher ferry '
                          'fares next spring">',
                          h1="<h1>Ferry fares to rise by a third for island commuters</h1>"),
                     source="t.html")
    assert art.title == "Ferry fares to rise by a third for island commuters"
    assert not art.text.startswith("Ferry fares to rise")  # the headline line is not body text


def test_logo_and_section_h1s_do_not_replace_the_title() -> None:
    html = ('<!DOCTYPE html><html><head><meta property="og:site_name" content="Lakeside Ledger">'
            '<meta property="og:title" content="Ferry fares to rise by a third"></head><body>'
            "<header><h1>Lakeside Ledger</h1></header><aside><h1>Most read this week</h1></aside>"
            f"<article>{BODY}</article></body></html>")
    assert parse_html(html, source="t.html").title == "Ferry fares to rise by a third"


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_json_ld_authors_without_credentials_or_parent_company() -> None:
    head = ('<meta property="og:site_name" content="Lakeside Ledger">'
            '<meta name="author" content="Harbourline Media Group">'
            '<meta property="og:title" content="Ferry fares to rise by a third">'
            + _ld('{"@context": "https://schema.org", "@type": "NewsArticle", '
                  '"headline": "Ferry fares to rise by a third", '
                  '"author": [{"@type": "Person", "name": "Dana Whitlow MS, RDN, LD"}, '
                  '{"@type": "Person", "name": "Tovah Brandt | Harbour Weekly"}], '
                  '"publisher": {"@type": "Organization", "name": "Lakeside Ledger"}}'))
    assert parse_html(page(head), source="a.html").authors == ("Dana Whitlow", "Tovah Brandt")


def test_site_and_date_stamp_are_not_authors() -> None:
    head = ('<meta property="og:site_name" content="Lakeside Ledger">'
            '<meta property="og:title" content="Ferry fares to rise by a third">'
            + _ld('{"@type": "NewsArticle", "author": {"@type": "Organization", '
                  '"name": "Lakeside Ledger"}}'))
    byline = '<p class="byline">By Orin Castell Published</p>'
    art = parse_html(page(head, byline + BODY), source="a.html")
    assert art.authors == ("Orin Castell",)
    staff = page('<meta property="og:site_name" content="Lakeside Ledger">'
                 '<meta name="author" content="Lakeside Ledger Staff">')
    assert parse_html(staff, source="a.html").authors == ()


def test_wire_credit_line_gives_the_author_when_no_byline() -> None:
    art = parse_html(page("<title>Ferry fares to rise</title>",
                          BODY + "<p><i>Reporting by Northwind Wire Service.</i></p>"),
                     source="a.html")
    assert art.authors == ("Northwind Wire Service",)


def test_whitespace_only_lines_are_not_paragraphs() -> None:
    art = parse_html(page("<title>Ferry fares to rise</title>",
                          BODY + "<pre>Fares from May:\n \t \nAdults 4.50</pre>"), source="w.html")
    assert "Fares from May:\n\nAdults 4.50" in art.text
    assert all(line.strip() for line in art.text.split("\n\n"))


def test_json_and_script_lines_are_not_body_text() -> None:
    junk = ('<p>{"page":{"id":"88","section":"news","tags":["ferry","fares"],'
            '"flags":{"ads":true,"paywall":false}}}</p>'
            "<p>if (window.appData.flags.ads) { loadAds({slot: 'top', size: [728, 90]}); }</p>")
    art = parse_html(page("<title>Ferry fares to rise</title>", BODY + junk), source="j.html")
    assert "ferry fares by a third" in art.text
    assert "{" not in art.text and "loadAds" not in art.text
