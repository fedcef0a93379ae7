"""Records <-> the JSON of the analysis-record contract (``shared/contract/analysis-record.md``).

Contract fields keep their names and meanings; dateline's own additions (``extractor``,
``checkworthiness``, ``notices`` ...) sit beside them.
"""

from __future__ import annotations

from typing import Any

from dateline.model import (
    Analysis,
    Article,
    Claim,
    Dateline,
    Entity,
    Event,
    EventDate,
    Framing,
    Location,
    Notice,
    Quote,
    Sourcing,
    Span,
    Speaker,
)  # fmt: skip

JSON = dict[str, Any]


def _span(s: Span | None) -> list[int] | None:
    return [s.start, s.end] if s else None


def _ev(s: Span | None) -> JSON | None:
    return {"text": s.text, "span": [s.start, s.end]} if s else None


def entity_to_dict(e: Entity) -> JSON:
    return {"text": e.text, "span": _span(e.span), "name": e.name, "country": e.country,
            "sector": e.sector, "kb_id": e.kb_id, "kind": e.kind}


def article_to_dict(a: Article) -> JSON:
    dl = a.dateline
    return {
        "id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
        "language": a.language, "text": a.text, "authors": list(a.authors), "source": a.source,
        "dateline": None if dl is None else {
            "place": dl.place, "date_text": dl.date_text, "date": dl.date,
            "source_code": dl.source_code, "span": _span(dl.span), "text": dl.span.text,
        },
        "excluded": [_ev(s) for s in a.excluded],
        "notices": [{"code": n.code, "message": n.message} for n in a.notices],
    }


def event_to_dict(e: Event) -> JSON:
    loc = e.location
    return {
        "id": e.id, "type": e.type, "mode": e.mode, "context": list(e.context),
        "modality": e.modality, "historical": e.historical, "alleged": e.alleged,
        "same_as": e.same_as,
        "actors": [entity_to_dict(x) for x in e.actors],
        "recipients": [entity_to_dict(x) for x in e.recipients],
        "location": None if loc is None else {
            "text": loc.text, "name": loc.name, "country": loc.country, "lat": loc.lat,
            "lon": loc.lon, "precision": loc.precision, "span": _span(loc.span),
            "geonameid": loc.geonameid,
        },
        "date": None if e.date is None else {
            "text": e.date.text, "start": e.date.start, "end": e.date.end,
            "precision": e.date.precision, "method": e.date.method, "span": _span(e.date.span),
        },
        "fatalities": e.fatalities, "trigger": _ev(e.trigger),
        "sentence_span": _span(e.sentence), "attributed_to": e.attributed_to,
        "confidence": round(e.confidence, 3), "extractor": e.extractor,
    }


def quote_to_dict(q: Quote) -> JSON:
    sp = q.speaker
    return {
        "id": q.id, "kind": q.kind, "content": _ev(q.content), "cue": _ev(q.cue),
        "speaker": {"text": sp.text, "span": _span(sp.span), "name": sp.name,
                    "anonymous": sp.anonymous, "kind": sp.kind, "country": sp.country,
                    "sector": sp.sector, "kb_id": sp.kb_id},
        "via": list(q.via), "confidence": round(q.confidence, 3), "extractor": q.extractor,
    }


def claim_to_dict(c: Claim) -> JSON:
    return {"id": c.id, "text": c.span.text, "span": _span(c.span), "value": c.value,
            "unit": c.unit, "qualifier": c.qualifier, "subject": c.subject,
            "attributed_to": c.attributed_to, "time_scope": c.time_scope,
            "checkworthiness": round(c.checkworthiness, 3), "confidence": round(c.confidence, 3),
            "extractor": c.extractor}


def framing_to_dict(f: Framing) -> JSON:
    return {"id": f.id, "text": f.span.text, "span": _span(f.span), "category": f.category,
            "in_quote": f.in_quote, "term": f.term, "quote_id": f.quote_id,
            "confidence": round(f.confidence, 3), "extractor": f.extractor}


def sourcing_to_dict(s: Sourcing) -> JSON:
    return {"named_sources": s.named_sources, "anonymous_sources": s.anonymous_sources,
            "relayed": s.relayed, "grade": s.grade, "reasons": list(s.reasons),
            "relays": list(s.relays), "extractor": s.extractor}


def to_dict(a: Analysis) -> JSON:
    """The contract's analysis record for one article."""
    return {
        "article": article_to_dict(a.article),
        "events": [event_to_dict(e) for e in a.events],
        "quotes": [quote_to_dict(q) for q in a.quotes],
        "claims": [claim_to_dict(c) for c in a.claims],
        "framing": [framing_to_dict(f) for f in a.framing],
        "sourcing": sourcing_to_dict(a.sourcing),
        "entities": [entity_to_dict(e) for e in a.entities],
        "pipeline": a.pipeline,
    }


# ---- back from JSON (the store keeps records as JSON) ----

def _s(text: str, span: list[int] | None, value: str | None = None) -> Span | None:
    if span is None:
        return None
    return Span(span[0], span[1], value if value is not None else text[span[0]:span[1]])


def _req(text: str, span: list[int]) -> Span:
    return Span(span[0], span[1], text[span[0]:span[1]])


def _entity(text: str, d: JSON) -> Entity:
    return Entity(d["text"], _s(text, d.get("span")), d.get("name"), d.get("country"),
                  d.get("sector"), d.get("kb_id"), d.get("kind"))


def from_dict(d: JSON) -> Analysis:
    """Rebuild an :class:`Analysis` from :func:`to_dict`'s output."""
    a = d["article"]
    text: str = a["text"]
    dl = a.get("dateline")
    article = Article(
        id=a["id"], text=text, title=a.get("title"), outlet=a.get("outlet"), url=a.get("url"),
        published=a.get("published"), language=a.get("language") or "en",
        authors=tuple(a.get("authors") or ()), source=a.get("source"),
        dateline=None if not dl else Dateline(dl.get("place"), dl.get("date_text"), dl.get("date"),
                                              dl.get("source_code"), _req(text, dl["span"])),
        excluded=tuple(_req(text, x["span"]) for x in a.get("excluded") or ()),
        notices=tuple(Notice(n["code"], n["message"]) for n in a.get("notices") or ()),
    )
    events = []
    for e in d.get("events") or ():
        loc, dt = e.get("location"), e.get("date")
        events.append(Event(
            id=e["id"], type=e["type"], trigger=_req(text, e["trigger"]["span"]),
            sentence=_req(text, e["sentence_span"]), mode=e.get("mode"),
            context=tuple(e.get("context") or ()), modality=e["modality"],
            historical=bool(e.get("historical")), alleged=bool(e.get("alleged")),
            actors=tuple(_entity(text, x) for x in e.get("actors") or ()),
            recipients=tuple(_entity(text, x) for x in e.get("recipients") or ()),
            location=None if not loc else Location(
                loc["text"], loc["name"], loc.get("country"), loc.get("lat"), loc.get("lon"),
                loc["precision"], _s(text, loc.get("span")), loc.get("geonameid")),
            date=None if not dt else EventDate(dt.get("text"), dt["start"], dt["end"],
                                               dt["precision"], dt["method"],
                                               _s(text, dt.get("span"))),
            fatalities=e.get("fatalities"), attributed_to=e.get("attributed_to"),
            confidence=float(e.get("confidence") or 0), extractor=e.get("extractor") or "",
            same_as=e.get("same_as"),
        ))
    quotes = []
    for q in d.get("quotes") or ():
        sp = q["speaker"]
        quotes.append(Quote(
            id=q["id"], kind=q["kind"], content=_req(text, q["content"]["span"]),
            cue=_s(text, (q.get("cue") or {}).get("span")),
            speaker=Speaker(sp.get("text"), _s(text, sp.get("span")), sp.get("name"),
                            bool(sp.get("anonymous")), sp.get("kind") or "unknown",
                            sp.get("country"), sp.get("sector"), sp.get("kb_id")),
            via=tuple(q.get("via") or ()), confidence=float(q.get("confidence") or 0),
            extractor=q.get("extractor") or "",
        ))
    claims = [Claim(c["id"], _req(text, c["span"]), c.get("value"), c.get("unit"),
                    c.get("qualifier"), c.get("subject"), c.get("attributed_to"),
                    float(c.get("checkworthiness") or 0), c.get("time_scope"),
                    float(c.get("confidence") or 0), c.get("extractor") or "")
              for c in d.get("claims") or ()]
    framing = [Framing(f["id"], _req(text, f["span"]), f["category"], bool(f["in_quote"]),
                       f.get("term"), f.get("quote_id"), float(f.get("confidence") or 0),
                       f.get("extractor") or "")
               for f in d.get("framing") or ()]
    s = d.get("sourcing") or {}
    sourcing = Sourcing(int(s.get("named_sources") or 0), int(s.get("anonymous_sources") or 0),
                        bool(s.get("relayed")), s.get("grade") or "none",
                        tuple(s.get("reasons") or ()), tuple(s.get("relays") or ()),
                        s.get("extractor") or "")
    return Analysis(article=article, events=tuple(events), quotes=tuple(quotes),
                    claims=tuple(claims), framing=tuple(framing), sourcing=sourcing,
                    entities=tuple(_entity(text, x) for x in d.get("entities") or ()),
                    pipeline=d.get("pipeline") or "")
