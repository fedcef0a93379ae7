"""HTML extraction scores (scrapinghub benchmark's shingle P/R/F1, NAEB metadata) and the eval gate
on the scrapinghub and NAEB pages."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.evaluation import extraction as ex
from dateline.model import Article, Span
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


def test_one_changed_token_costs_the_shingles_that_hold_it() -> None:
    c = ex.match("a b c d e", "a b c d x")  # gold {abcd, bcde}, extracted {abcd, bcdx}
    assert c == ex.Counts(1 / 3, 1 / 3, 1 / 3)
    assert ex.prf([c]) == (0.5, 0.5, 0.5)


def test_shingles_are_multisets_and_pages_are_normalised() -> None:
    c = ex.match("a b c d a b c d", "a b c d")  # gold: abcd twice, bcda, cdab, dabc
    assert c == ex.Counts(0.2, 0.0, 0.8)
    assert ex.prf([c]) == (1.0, 0.2, pytest.approx(2 * 0.2 / 1.2))


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert ex.tokens("Hello, world! It's 9:30.") == ["Hello", "world", "It", "s", "9", "30"]
    assert ex.match("Hello, world!", "Hello world") == ex.Counts(1.0, 0.0, 0.0)  # one short shingle
    assert ex.match("Hello world", "hello world") == ex.Counts(0.0, 0.5, 0.5)
    assert ex.match("the cat sat", "the cat the", n=1) == ex.Counts(0.5, 0.25, 0.25)


def test_empty_extraction_has_no_precision_and_zero_recall() -> None:
    empty = ex.match("a b c d", "")
    assert empty == ex.Counts(0.0, 0.0, 1.0)
    assert ex.match("", "") == ex.Counts(0.0, 0.0, 0.0)
    p, r, f = ex.prf([ex.Counts(1.0, 0.0, 0.0), empty])
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)
    assert ex.prf([]) == (0.0, 0.0, 0.0)


def test_body_scores_average_pages_and_count_exact_token_matches() -> None:
    s = ex.body_scores([("A b, c.", "A b c"), ("x y z w v", "")])
    assert s == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "accuracy": 0.5}


def test_analysed_text_drops_excluded_regions() -> None:
    text = "News line.\n\nPhoto: a caption\n\nMore news."
    start = text.index("Photo")
    caption = Span.of(text, start, start + len("Photo: a caption"))
    art = Article(id="a", text=text, excluded=(caption,))
    assert ex.tokens(ex.analysed_text(art)) == ["News", "line", "More", "news"]


def test_metadata_scores_titles_dates_and_author_sets() -> None:
    pages = [ex.Gold(id="1", path=Path("1"), body="", title=" Big  News ", date="2023-01-02",
                     authors=("Ann Lee", "Bo Chan")),
             ex.Gold(id="2", path=Path("2"), body="", title="Other", date="2023-05-06",
                     authors=ex.split_authors("Cy Dee, ")),
             ex.Gold(id="3", path=Path("3"), body="", title=None)]
    arts = [Article(id="1", text="x", title="big news", published="2023-01-02",
                    authors=("ann lee",)),
            None,  # an ingest error: wrong on every field
            Article(id="3", text="x", title="t", authors=("Someone",))]
    s = ex.score_metadata(pages, arts)
    assert (s["title_pages"], s["title_accuracy"]) == (2, 0.5)
    assert (s["date_pages"], s["date_accuracy"], s["date_found"]) == (2, 0.5, 0.5)
    assert (s["authors_pages"], s["authors_exact"]) == (2, 0.0)
    assert (s["authors_precision"], s["authors_recall"], s["authors_f1"]) == (1.0, 0.3333, 0.5)


def test_halves_follow_the_parity_of_the_ids_sha1() -> None:
    # sha1("a") ends in ...b8 (even), sha1("e") in ...7f (odd)
    assert (ex.half("a"), ex.half("e")) == ("design", "heldout")


def test_extract_goes_through_the_ingest_and_maps_errors_to_none(tmp_path: Path) -> None:
    body = " ".join(["The council met on Tuesday and voted to repair the old bridge."] * 8)
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(f"<html><head><title>Bridge vote</title></head><body>"
                                   f"<article><h1>Bridge vote</h1><p>{body}</p></article>"
                                   "</body></html>".encode()))
    art = ex.extract(page)
    assert art is not None and "repair the old bridge" in art.text
    empty = tmp_path / "empty.html.gz"
    empty.write_bytes(gzip.compress(b"  \n"))
    assert ex.extract(empty) is None


@pytest.mark.slow
def test_scrapinghub_gate() -> None:
    need_shared(*ex.SCRAPINGHUB, "ground-truth.json")
    scores = ex.run_scrapinghub(SHARED, limit=None)
    assert scores["pages"] == 181 and scores["en_pages"] == 161
    check("scrapinghub", scores)


@pytest.mark.slow
def test_naeb_gate() -> None:
    need_shared(*ex.NAEB, "html_subset.txt")
    scores = ex.run_naeb(SHARED, limit=None)
    assert scores["pages"] == 150
    assert scores["design_pages"] + scores["heldout_pages"] == 150
    check("naeb", scores)
