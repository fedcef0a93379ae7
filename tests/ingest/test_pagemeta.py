from __future__ import annotations

from trafilatura.utils import load_html

from dateline.ingest.pagemeta import read_page_meta

HTML = """<html><head><meta property="og:site_name" content="Lakeside Ledger">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Lakeside Ledger Online"},
 {"@type": ["NewsArticle"], "author": [{"@type": "Person", "name": "Dana &amp; Whitlow"},
  {"@type": "Person", "givenName": "Orin", "familyName": "Castell"}],
  "publisher": {"@type": "Organization", "name": "Harbourline Media"},
  "review": {"@type": "Review", "author": "Not An Author"}}]}</script>
<script type="application/ld+json">{broken</script></head>
<body><h1>  Ferry fares
 rise </h1><h1>Ferry fares rise</h1><h1></h1></body></html>"""


def test_page_meta_reads_h1s_site_names_and_article_authors() -> None:
    meta = read_page_meta(load_html(HTML))
    assert meta.h1s == ("Ferry fares rise",)
    assert meta.site_names == ("Lakeside Ledger", "Lakeside Ledger Online", "Harbourline Media")
    assert meta.ld_authors == ("Dana & Whitlow", "Orin Castell")
