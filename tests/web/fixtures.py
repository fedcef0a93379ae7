"""Fictional analyses for the web tests, built by hand (no NLP): rich, hostile and empty."""

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
)

HARBOR = (
    "PORT VELLA, March 3 (Coastal Courier) — Militia fighters of the fictional Tarn Brigade "
    "shelled the harbor district of Port Vella on Monday, killing at least 7 dockworkers, the "
    "harbor authority said.\n\n"
    "\"The so-called liberators are butchers,\" harbor master Ilse Marrow told reporters.\n\n"
    "The Gazette of Orlan quoted an unnamed official as saying that the brigade had agreed to "
    "talks with the government of Veldra on Tuesday.\n\n"
    "Some 300 families have fled the district since February."
)

XSS_TEXT = (
    "Fictional test of hostile text <script>window.__xss = 1; alert('script')</script> and "
    "\"><img src=x onerror=\"window.__xss = 2; alert('img')\"> and <b>bold</b> markup.\n\n"
    "The fictional Lantern Party accused the council of lying, a spokesman said: "
    "\"<svg onload=alert('svg')>\" was all he wrote."
)
EVIL = "\"><img src=x onerror=\"window.__xss = 3\">"


def _sp(text: str, word: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Span.of(text, i, i + len(word))


def harbor(article_id: str = "fx-harbor", *, outlet: str = "Coastal Courier (fictional)",
           published: str = "2026-03-04") -> Analysis:
    t = HARBOR
    art = make_article(t, id=article_id, title="Fictional: militia shells Port Vella harbor",
                       outlet=outlet, published=published, url="https://example.org/fx/harbor")
    brigade = Entity("Tarn Brigade", _sp(t, "Tarn Brigade"), "Tarn Brigade", "VLD", "REB")
    q1 = Quote(id=f"q1-{article_id}", kind="direct",
               content=_sp(t, "The so-called liberators are butchers,"), cue=_sp(t, "told"),
               speaker=Speaker("Ilse Marrow", _sp(t, "Ilse Marrow"), "Ilse Marrow", False,
                               "person"), confidence=0.9, extractor="test.v1")
    q2 = Quote(id=f"q2-{article_id}", kind="indirect",
               content=_sp(t, "the brigade had agreed to talks with the government of Veldra on "
                              "Tuesday"),
               cue=_sp(t, "as saying"), speaker=Speaker("an unnamed official",
                                                        _sp(t, "an unnamed official"), None, True,
                                                        "person"),
               via=("Gazette of Orlan",), confidence=0.7, extractor="test.v1")
    e1 = Event(id=f"e1-{article_id}", type="ASSAULT", trigger=_sp(t, "shelled"),
               sentence=_sp(t, "Militia fighters"), mode="artillery", context=("military",),
               actors=(brigade,),
               recipients=(Entity("harbor district", _sp(t, "harbor district"), None, "VLD",
                                  "CVL"),),
               location=Location("Port Vella", "Port Vella", "VLD", 12.5, 41.25, "city",
                                 _sp(t, "Port Vella")),
               date=EventDate("Monday", "2026-03-02", "2026-03-02", "day", "relative to published",
                              _sp(t, "Monday")),
               fatalities=7, confidence=0.8, extractor="test.v1")
    e2 = Event(id=f"e2-{article_id}", type="AGREE", trigger=_sp(t, "agreed"),
               sentence=q2.content, modality="asserted",
               actors=(Entity("the brigade", _sp(t, "the brigade"), "Tarn Brigade", "VLD", "REB"),),
               recipients=(Entity("the government of Veldra",
                                  _sp(t, "the government of Veldra"), "Veldra", "VLD", "GOV"),),
               location=Location("Veldra", "Veldra", "VLD", 10.0, 40.0, "country", None),
               date=EventDate("Tuesday", "2026-03-03", "2026-03-03", "day", "relative to published",
                              _sp(t, "Tuesday")),
               attributed_to=q2.id, confidence=0.6, extractor="test.v1")
    claims = (Claim(f"c1-{article_id}", _sp(t, "at least 7 dockworkers"), 7, "dockworkers",
                    "at least", "dockworkers", None, extractor="test.v1"),
              Claim(f"c2-{article_id}", _sp(t, "Some 300 families"), 300, "families", "some",
                    "families", None, extractor="test.v1"))
    framing = (Framing(f"f1-{article_id}", _sp(t, "so-called liberators"), "distancing", True,
                       quote_id=q1.id, extractor="test.v1"),
               Framing(f"f2-{article_id}", _sp(t, "butchers"), "loaded_language", True,
                       quote_id=q1.id, extractor="test.v1"),
               Framing(f"f3-{article_id}", _sp(t, "Militia fighters"), "labeling", False,
                       extractor="test.v1"))
    return Analysis(article=art, events=(e1, e2), quotes=(q1, q2), claims=claims,
                    framing=framing, pipeline="test",
                    sourcing=Sourcing(1, 1, True, "mixed", ("1 named source", "1 anonymous source",
                                                            "relayed through Gazette of Orlan"),
                                      ("Gazette of Orlan",), "test.v1"))


def hostile(article_id: str = "fx-hostile") -> Analysis:
    """Markup and script everywhere a string can go."""
    t = XSS_TEXT
    art = make_article(t, id=article_id, title="<script>window.__xss = 4</script>Hostile title",
                       outlet=EVIL, published="2026-03-05", url="javascript:alert('url')")
    quote = Quote(id=f"q-{article_id}", kind="direct", content=_sp(t, "<svg onload=alert('svg')>"),
                  cue=_sp(t, "said"), speaker=Speaker(EVIL, _sp(t, "a spokesman"), EVIL, False,
                                                      "person"),
                  via=(EVIL,), extractor="test.v1")
    event = Event(id=f"e-{article_id}", type="ACCUSE", trigger=_sp(t, "accused"),
                  sentence=_sp(t, "The fictional Lantern Party"),
                  actors=(Entity(EVIL, _sp(t, "Lantern Party"), EVIL, "VLD", "PTY"),),
                  recipients=(Entity("the council", _sp(t, "the council"), EVIL, None, None),),
                  location=Location(EVIL, EVIL, "VLD", 11.0, 40.5, "site",
                                    _sp(t, "<script>window.__xss = 1; alert('script')</script>")),
                  extractor="test.v1")
    framing = (Framing(f"f-{article_id}", _sp(t, "<b>bold</b>"), EVIL, False,
                       extractor="test.v1"),)
    claim = (Claim(f"c-{article_id}", _sp(t, "\"><img src=x onerror=\"window.__xss = 2; "
                                              "alert('img')\">"), None, EVIL, None, EVIL, None,
                   extractor="test.v1"),)
    return Analysis(article=art, events=(event,), quotes=(quote,), claims=claim,
                    framing=framing, pipeline="test",
                    sourcing=Sourcing(1, 0, True, "named", (EVIL,), (EVIL,), "test.v1"))


def bare(article_id: str = "fx-bare") -> Analysis:
    """An article where nothing was found."""
    art = make_article("Fictional note: the Orlan ferry timetable is unchanged this week.",
                       id=article_id, title=None, outlet=None, published=None)
    return Analysis(article=art, pipeline="test")
