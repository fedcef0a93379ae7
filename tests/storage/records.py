"""Hand-built analyses for store tests (no NLP needed)."""

from __future__ import annotations

from dateline.ingest import make_article
from dateline.model import (
    Analysis,
    Claim,
    Entity,
    Event,
    EventDate,
    Framing,
    Location,
    Quote,
    Sourcing,
    Span,
    Speaker,
)  # fmt: skip

TEXT = ("NAIROBI, May 4 (Demo Wire) — Fighters of the fictional Ridge Front attacked an army post "
        "on Monday, killing 12 soldiers, police said. \"We will respond,\" said commander Amina "
        "Kortello.")


def sample(article_id: str = "demo-1", text: str = TEXT, outlet: str = "Demo Wire",
           *, retold: bool = False) -> Analysis:
    """One analysis; ``retold``: with a second event that tells the first one's attack again."""
    art = make_article(text, id=article_id, outlet=outlet, published="2026-05-05",
                       title="Fictional attack")

    def sp(word: str) -> Span:
        i = text.index(word)
        return Span.of(text, i, i + len(word))

    quote = Quote(id=f"q-{article_id}", kind="direct", content=sp("We will respond"),
                  cue=sp("said"), speaker=Speaker("Amina Kortello", sp("Amina Kortello"),
                                                  "Amina Kortello", False, "person"))
    event = Event(
        id=f"e-{article_id}", type="ASSAULT", trigger=sp("attacked"), sentence=sp(text[29:60]),
        actors=(Entity("Ridge Front", sp("Ridge Front"), "Ridge Front", "KEN", "REB"),),
        recipients=(Entity("army post", sp("army post"), None, "KEN", "MIL"),),
        location=Location("NAIROBI", "Nairobi", "KEN", -1.28, 36.82, "city", sp("NAIROBI")),
        date=EventDate("Monday", "2026-05-04", "2026-05-04", "day", "relative to published",
                       sp("Monday")),
        fatalities=12, confidence=0.8, extractor="test")
    claim = Claim(id=f"c-{article_id}", span=sp("12 soldiers"), value=12, unit="soldiers",
                  qualifier=None, subject="soldiers", attributed_to=None)
    framing = Framing(id=f"f-{article_id}", span=sp("Fighters"), category="labeling",
                      in_quote=False)
    events: tuple[Event, ...] = (event,)
    if retold:
        events += (Event(id=f"e2-{article_id}", type="ASSAULT", trigger=sp("killing"),
                         sentence=sp(text[29:60]), confidence=0.6, extractor="test",
                         same_as=event.id),)
    return Analysis(article=art, events=events, quotes=(quote,), claims=(claim,),
                    framing=(framing,), sourcing=Sourcing(1, 0, False, "B", ("one named",)))
