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
