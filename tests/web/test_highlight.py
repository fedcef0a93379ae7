"""Highlight segments: overlapping and nested marks still cover the text exactly once."""

from __future__ import annotations

from dateline.serialize import to_dict
from dateline.web.highlight import Mark, highlighted, marks_for, segments
from tests.web.fixtures import bare, harbor


def test_overlapping_and_nested_marks_are_cut_at_every_boundary() -> None:
    text = "abcdefghij"
    marks = [Mark("events", "trigger", "e1", 2, 6), Mark("quotes", "content", "q1", 4, 9),
             Mark("framing", "framing", "f1", 5, 6)]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    assert [(s.start, s.end) for s in segs] == [(0, 2), (2, 4), (4, 5), (5, 6), (6, 9), (9, 10)]
    inner = segs[3]
    assert {m.record for m in inner.marks} == {"e1", "q1", "f1"}
    assert inner.refs.split() == ["e1", "q1", "f1"]
    assert "hl-events" in inner.classes and "r-framing" in inner.classes
    assert segs[0].marks == () and segs[-1].marks == ()


def test_marks_outside_the_text_or_empty_are_dropped() -> None:
    segs = segments("abc", [Mark("claims", "claim", "c", 1, 9), Mark("claims", "claim", "d", 2, 2)])
    assert [(s.start, s.end, s.marks) for s in segs] == [(0, 3, ())]


def test_every_record_of_an_analysis_gets_its_marks() -> None:
    record = to_dict(harbor())
    marks = marks_for(record)
    by_record = {m.record for m in marks}
    ids = {x["id"] for k in ("events", "quotes", "claims", "framing") for x in record[k]}
    assert ids <= by_record and "dateline" in by_record
    roles = {(m.record, m.role) for m in marks}
    assert ("e1-fx-harbor", "actor") in roles and ("e1-fx-harbor", "location") in roles
    assert ("q2-fx-harbor", "speaker") in roles and ("q2-fx-harbor", "cue") in roles
    text = record["article"]["text"]
    segs = highlighted(record)
    assert "".join(s.text for s in segs) == text
    for seg in segs:
        for m in seg.marks:
            assert m.start <= seg.start and seg.end <= m.end


def test_an_article_with_no_records_is_one_plain_segment() -> None:
    record = to_dict(bare())
    segs = highlighted(record)
    assert len(segs) == 1 and segs[0].marks == ()
