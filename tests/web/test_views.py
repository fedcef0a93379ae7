"""The HTML pages: rendered, escaped, no inline script or style, robust to empty records."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.resources import files

import pytest
from fastapi.testclient import TestClient

from tests.web.fixtures import EVIL


class Audit(HTMLParser):
    """Collects what a strict CSP would block, and every element with data-marks."""

    def __init__(self) -> None:
        super().__init__()
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self.styles = 0
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        self.handlers += [k for k in a if k.startswith("on")]
        self.styles += tag == "style" or "style" in a
        if tag == "script" and not a.get("src"):
            self.inline_scripts += 1

    def handle_data(self, data: str) -> None:
        pass


def audit(html: str) -> Audit:
    a = Audit()
    a.feed(html)
    return a


@pytest.mark.parametrize("path", ["/articles", "/articles/fx-harbor", "/articles/fx-hostile",
                                  "/articles/fx-bare", "/events", "/sources", "/analyze",
                                  "/articles/nope", "/events?since=never"])
def test_pages_have_no_inline_script_style_or_handlers(ro_client: TestClient, path: str) -> None:
    resp = ro_client.get(path)
    assert resp.status_code in (200, 400, 404)
    assert resp.headers["content-type"].startswith("text/html")
    a = audit(resp.text)
    assert a.inline_scripts == 0 and a.handlers == [] and a.styles == 0


def test_templates_never_mark_content_safe() -> None:
    for tpl in files("dateline.web").joinpath("templates").iterdir():
        text = tpl.read_text("utf-8")
        assert "|safe" not in text and "autoescape false" not in text, tpl.name


def test_static_scripts_never_parse_html() -> None:
    for js in files("dateline.web").joinpath("static/js").iterdir():
        text = js.read_text("utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(",
                             text), js.name


def test_hostile_article_renders_as_text(ro_client: TestClient) -> None:
    html = ro_client.get("/articles/fx-hostile").text
    assert "<script>window" not in html and "<img src=x" not in html and "<svg" not in html
    assert "&lt;script&gt;window.__xss = 1" in html
    assert "&#34;&gt;&lt;img src=x onerror=" in html or "&quot;&gt;&lt;img" in html
    a = audit(html)
    assert not [t for t, _ in a.tags if t in ("img", "svg", "b")]
    assert not any((attrs.get("href") or "").startswith("javascript:") for _, attrs in a.tags)
    for page in ("/articles", "/events", "/sources"):
        listing = ro_client.get(page).text
        assert EVIL not in listing and "<img" not in listing


def test_article_page_highlights_every_layer(ro_client: TestClient) -> None:
    html = ro_client.get("/articles/fx-harbor").text
    a = audit(html)
    marks = [attrs for t, attrs in a.tags if t == "span" and "data-marks" in attrs]
    classes = " ".join(str(m.get("class")) for m in marks)
    for layer in ("hl-events", "hl-quotes", "hl-claims", "hl-framing", "hl-dateline"):
        assert layer in classes
    refs = " ".join(str(m["data-marks"]) for m in marks).split()
    assert {"e1-fx-harbor", "e2-fx-harbor", "q1-fx-harbor", "c2-fx-harbor", "f2-fx-harbor"} <= set(
        refs)
    buttons = [attrs["data-record"] for t, attrs in a.tags if t == "button" and "data-record" in attrs]
    assert len(buttons) == 2 + 2 + 2 + 3
    assert 'class="chain"' in html and "Gazette of Orlan" in html
    assert "relayed through Gazette of Orlan" in html  # a sourcing reason


def test_empty_article_and_empty_lists(ro_client: TestClient) -> None:
    html = ro_client.get("/articles/fx-bare").text
    assert html.count("none found") == 4
    assert "timetable is unchanged" in html


def test_lists_filter_and_paginate(ro_client: TestClient) -> None:
    html = ro_client.get("/articles", params={"limit": 1}).text
    assert "1–1 of 4" in html and 'rel="next"' in html and "offset=1" in html
    html = ro_client.get("/events", params={"event_type": "AGREE", "limit": 1,
                                             "offset": 1}).text
    assert "2–2 of 2" in html and 'rel="prev"' in html
    assert "format=csv" in html and "event_type=AGREE" in html
    bad = ro_client.get("/articles", params={"limit": 9999})
    assert bad.status_code == 400 and "limit" in bad.text
    src = ro_client.get("/sources").text
    assert "50%" in src and "Ilse Marrow" in src and "an unnamed official" in src


def test_analyze_form_fallback_redirects_to_the_job(client: TestClient) -> None:
    resp = client.post("/analyze", data={"text": "Fictional pasted ferry note."},
                       follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/jobs/")
    page = client.get(resp.headers["location"])
    assert page.status_code == 200 and "Analysis job" in page.text
