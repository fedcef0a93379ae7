from __future__ import annotations

from trafilatura.utils import load_html

from dateline.ingest.htmlbody import clean_body, drop_iframes, is_code


def test_an_unclosed_iframe_no_longer_swallows_the_page() -> None:
    html = ('<html><body><p>Ferry fares rise.</p><noscript><iframe src="t.html" height="0">'
            '</noscript><script type="application/json">{"a": 1}</script><p>More news.</p></body></html>')
    assert any(len(el.text or "") > 40 for el in load_html(html).iter("iframe"))
    tree = load_html(drop_iframes(html))
    assert not list(tree.iter("iframe")) and tree.xpath("//p[2]/text()") == ["More news."]


def test_clean_body_drops_blank_and_code_lines() -> None:
    text = ('Ferry fares rise.\n \t \n\u00a0\n\u200b\nThe board voted.\n'
            '{"page":{"id":"88","tags":["ferry","fares"],"flags":{"ads":true}}}\n'
            "!function(e,t){e._q||(e._q=[]);t.src=\"https://tags.example/a.js\";e.push(t)}(window,{});")
    assert clean_body(text) == "Ferry fares rise.\n\nThe board voted."


def test_prose_with_quotes_and_brackets_is_not_code() -> None:
    for line in ['"We listened," she said. "We will [review] the fares; nothing is final."',
                 "The fare (adults: 4.50 = up 30%) takes effect in May <subject to approval>.",
                 "https://www.lakesideledger.example/news/ferry-fares?id=88&ref=home&utm=top-story"]:
        assert not is_code(line)
