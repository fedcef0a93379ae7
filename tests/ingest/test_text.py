from __future__ import annotations

from dateline.ingest.text import parse_text

RHC_LIKE = """
Fictional groups agree to hold talks

In this photo, members of the fictional Lantern Brigade march

NAIROBI, May 4 (Demo Wire)-- The fictional Lantern Brigade agreed on Monday to talks.

It said more would follow.

https://example.org/demo/lantern-talks



Demo Wire
"""


def test_title_body_and_trailing_metadata() -> None:
    art = parse_text(RHC_LIKE, source="t.txt")
    assert art.title == "Fictional groups agree to hold talks"
    assert art.url == "https://example.org/demo/lantern-talks"
    assert art.outlet == "Demo Wire"
    assert art.text.startswith("In this photo")
    assert art.text.endswith("It said more would follow.")
    assert art.excluded[0].text.startswith("In this photo")
    assert art.dateline is not None and art.dateline.place == "Nairobi"


def test_single_paragraph_has_no_title() -> None:
    art = parse_text("The fictional council met on Monday and agreed to a budget.", source="s.txt")
    assert art.title is None
    assert art.text == "The fictional council met on Monday and agreed to a budget."


def test_last_line_is_kept_without_url() -> None:
    art = parse_text("Title here\n\nThe council met.\n\nMore talks soon", source="s.txt")
    assert art.text.endswith("More talks soon")
    assert art.url is None and art.outlet is None
