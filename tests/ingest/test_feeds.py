from __future__ import annotations

from dateline.errors import InputError
from dateline.ingest.feeds import looks_like_feed, read_feed
from dateline.model import Article

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Demo Wire</title>
<item><title>Fictional council meets</title><link>https://example.org/a</link>
<guid>demo-a</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<description>The fictional council met on Tuesday and agreed to a new budget.</description>
</item>
<item><title>Empty item</title></item>
</channel></rss>"""


def test_rss_items() -> None:
    assert looks_like_feed(RSS)
    out = list(read_feed(RSS, source="f.rss"))
    assert isinstance(out[0], Article)
    assert (out[0].id, out[0].published, out[0].url) == ("demo-a", "2026-03-03",
                                                          "https://example.org/a")
    assert isinstance(out[1], InputError) and out[1].source == "f.rss#item2"


def test_unreadable_feed() -> None:
    (err,) = read_feed("<?xml version='1.0'?><rss><channel><item>", source="bad.rss")
    assert isinstance(err, InputError)
