"""The workbench in headless Chromium (Playwright driving the system's Chromium), as a person
would use it. Screenshots go to artifacts/screenshots/. Skips when no Chromium is installed."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.serialize import from_dict
from dateline.settings import Settings
from dateline.storage import open_store
from dateline.web.app import create_app
from dateline.web.serve import bind, url_of
from tests.conftest import GOLDEN, ROOT
from tests.web.conftest import fill
from tests.web.fixtures import EVIL

pytestmark = pytest.mark.browser
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = os.environ.get("DATELINE_TEST_CHROMIUM") or "/usr/bin/chromium"
    if not Path(exe).is_file():
        pytest.skip(f"no Chromium at {exe}: apt-get install chromium, or set "
                    "DATELINE_TEST_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Live:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        sock = bind("127.0.0.1", 0)
        self.url = url_of(sock)
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]},
                                       daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, pipeline: Any,
         request: pytest.FixtureRequest) -> Iterator[Live]:
    store = open_store(str(tmp_path_factory.mktemp("browser") / "b.duckdb"))
    fill(store)
    if GOLDEN.exists():  # the golden example from ../shared, analysed now
        store.save(from_dict(request.getfixturevalue("golden_record")))
    app = create_app(store, settings=Settings(upload_max_bytes=2_000_000),
                     hosts=("127.0.0.1",), pipeline_factory=lambda: pipeline)
    server = Live(app)
    yield server
    server.stop()
    store.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.problems = []  # JavaScript errors, CSP violations, dialogs (an XSS would open one)
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def open_article(page: Any, live: Live, article_id: str) -> None:
    page.goto(f"{live.url}/articles/{article_id}")
    page.wait_for_selector("#article-view[data-ready='true']")


def test_golden_example_highlights_and_cards(page: Any, live: Live,
                                             golden_record: dict[str, Any]) -> None:
    rec = golden_record
    open_article(page, live, rec["article"]["id"])
    assert "al-Akhbar" in page.inner_text("#article-text")
    # every record of the golden example has its highlight, and the dateline too
    assert page.locator("#article-text .hl-dateline").count() >= 1
    for layer in ("events", "quotes", "claims", "framing"):
        for r in rec[layer]:
            assert page.locator(f"#article-text [data-marks~='{r['id']}']").count() >= 1
        assert page.locator(f".records[data-layer='{layer}'] .rec").count() == len(rec[layer])
    assert page.inner_text("#sourcing .grade") == rec["sourcing"]["grade"]
    if rec["events"]:
        page.locator("#article-text .hl-events.r-trigger").first.click()
        assert "Event · " in page.inner_text("#card")
    else:  # the extractors found no event yet: the dateline card still opens
        page.locator("#article-text .hl-dateline").first.click()
        assert "Baghdad" in page.inner_text("#card")
    assert page.is_visible("#card")
    shot(page, "golden-article")
    assert page.problems == []


def test_clicking_an_event_shows_its_card_and_layers_toggle(page: Any, live: Live) -> None:
    open_article(page, live, "fx-harbor")
    trigger = page.locator("#article-text .hl-events.r-trigger", has_text="shelled")
    trigger.click()
    card = page.inner_text("#card")
    assert "Event · ASSAULT" in card and "Tarn Brigade (VLD REB)" in card and "Port Vella" in card
    assert "active" in (trigger.get_attribute("class") or "")
    shot(page, "fixture-event-card")
    # the side panel: clicking a quote selects its spans and shows its card
    page.locator(".rec[data-record='q2-fx-harbor']").click()
    assert "Quote" in page.inner_text("#card") and "Gazette of Orlan" in page.inner_text("#card")
    assert page.locator("#article-text .active").count() >= 3  # content, cue and speaker
    # toggling the events layer off removes its colouring
    bg = "getComputedStyle(document.querySelector('.hl-events.r-trigger')).backgroundColor"
    before = page.evaluate(bg)
    page.locator(".layer-toggle[data-layer='events']").uncheck()
    after = page.evaluate(bg)
    assert before != after and after in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#article-text.hide-events").count() == 1
    # the relay chain is drawn as a chain
    links = page.locator("#sourcing .chain").first.locator("li").all_inner_texts()
    assert links == ["Coastal Courier (fictional)", "Gazette of Orlan",
                     "an unnamed official (anonymous)"]
    assert page.problems == []


def test_events_page_shows_map_markers_and_timeline(page: Any, live: Live) -> None:
    page.goto(f"{live.url}/events")
    page.wait_for_selector("#map[data-markers]")
    page.wait_for_selector("#timeline[data-bars]")
    page.wait_for_function("document.querySelectorAll('#map path.basemap').length > 100")
    points = page.request.get(f"{live.url}/api/events/points").json()["items"]
    assert len(points) >= 5  # 2 x harbor (city, country) + hostile (site) + the golden's
    assert int(page.get_attribute("#map", "data-markers") or 0) == len(points)
    assert page.locator("#map path.ev-marker").count() == len(points)
    countries = [p for p in points if p["location_precision"] == "country"]
    assert page.locator("#map path.ev-marker.prec-country").count() == len(countries) >= 2
    assert page.locator("#timeline rect.bar").count() >= 3
    assert "ASSAULT" in page.inner_text("#timeline")
    shot(page, "events-map-timeline")
    page.locator("#map path.ev-marker.t-ASSAULT.prec-city").first.dispatch_event("click")
    popup = page.wait_for_selector(".leaflet-popup-content")
    assert "ASSAULT" in popup.inner_text() and "precision city" in popup.inner_text()
    assert page.get_attribute("#dl-csv", "href").endswith("format=csv")  # type: ignore[union-attr]
    assert page.problems == []


def test_hostile_article_renders_inert(page: Any, live: Live) -> None:
    open_article(page, live, "fx-hostile")
    text = page.inner_text("#article-text")
    assert "<script>window.__xss = 1; alert('script')</script>" in text
    assert "onerror=\"window.__xss = 2" in text
    assert page.locator("#article-text img, #article-text svg, #article-text b").count() == 0
    for seg in page.locator("#article-text [data-marks]").all():
        seg.hover()
        seg.click()
    assert EVIL in page.inner_text("#card") or EVIL in page.inner_text(".panel")
    page.locator(".rec[data-record='q-fx-hostile']").click()
    assert EVIL in page.inner_text("#card")
    assert page.title().startswith("<script>")  # the literal title, as text
    shot(page, "hostile-article")
    for path in ("/articles", "/events", "/sources"):
        page.goto(live.url + path)
        page.wait_for_load_state("networkidle")
        shot(page, "page" + path.replace("/", "-"))
    page.goto(f"{live.url}/events?outlet={EVIL}")
    page.wait_for_selector("#map[data-markers='1']")
    page.locator("#map path.ev-marker").first.dispatch_event("click")
    assert EVIL in page.wait_for_selector(".leaflet-popup-content").inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.problems == []


def test_analyze_from_the_browser(page: Any, live: Live, tmp_path: Path) -> None:
    page.goto(f"{live.url}/analyze")
    page.fill("textarea[name=text]", "BRASK, June 1 (Orlan Wire) - The fictional Brask ferry "
              "union said on Monday it would strike next week, union leader Tomas Vey said.")
    page.fill("input[name=title]", "Fictional ferry strike")
    page.set_input_files("input[name=files]", files=[
        {"name": "note.html", "mimeType": "text/html",
         "buffer": b"<html><head><title>Fictional dock note</title></head><body><p>The "
                   b"fictional Orlan dock board met on Tuesday to discuss repairs.</p></body></html>"},
        {"name": "blob.txt", "mimeType": "text/plain", "buffer": b"\x00\x01\x02PK" * 20},
    ])
    page.click("#analyze-form button[type=submit]")
    page.wait_for_selector("#job[data-status='done']", timeout=120_000)
    assert page.locator("#job-articles li").count() == 2
    assert "blob.txt" in page.inner_text("#job-errors")
    assert page.get_attribute("#job-progress", "value") == page.get_attribute("#job-progress",
                                                                              "max")
    shot(page, "analyze-job")
    page.locator("#job-articles a", has_text="Fictional ferry strike").click()
    page.wait_for_selector("#article-view[data-ready='true']")
    assert "Brask ferry union" in page.inner_text("#article-text")
    assert page.problems == []
