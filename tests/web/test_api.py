"""The JSON API in-process: lists, filters, paging bounds, the error shape, downloads, writes."""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dateline.serialize import to_dict
from tests.web.fixtures import harbor


def assert_error(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    if code:
        assert body["error"]["code"] == code
    return dict(body["error"])


def test_articles_list_paging_and_filters(ro_client: TestClient) -> None:
    body = ro_client.get("/api/articles").json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    assert "text" not in body["items"][0] and "record" not in body["items"][0]
    page = ro_client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["items"][0]["id"] == body["items"][1]["id"]
    ids = lambda **p: {a["id"] for a in ro_client.get("/api/articles", params=p).json()["items"]}  # noqa: E731
    assert ids(q="dockworkers") == {"fx-harbor", "fx-harbor-2"}
    assert ids(outlet="Orlan Daily (fictional)") == {"fx-harbor-2"}
    assert ids(since="2026-03-01", until="2026-03-04") == {"fx-harbor"}
    assert ids(event_type="ACCUSE") == {"fx-hostile"}
    assert ids(country="VLD") == {"fx-harbor", "fx-harbor-2", "fx-hostile"}
    assert ids(grade="mixed") == {"fx-harbor", "fx-harbor-2"}
    assert ids(grade="mixed", outlet="Coastal Courier (fictional)") == {"fx-harbor"}
    first = ro_client.get("/api/articles", params={"q": "harbor"}).json()["items"][0]
    assert first["event_types"] == ["AGREE", "ASSAULT"] and first["countries"] == ["VLD"]


def test_the_full_record_and_404(ro_client: TestClient) -> None:
    record = ro_client.get("/api/articles/fx-harbor").json()
    assert record == json.loads(json.dumps(to_dict(harbor())))
    assert_error(ro_client.get("/api/articles/no-such-article"), 404, "not_found")
    assert ro_client.get("/api/article-ids", params={"prefix": "fx-har"}).json()["ids"] == [
        "fx-harbor", "fx-harbor-2"]


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/quotes", "/api/claims"])
@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"limit": "ten"}, {"offset": -1}, {"offset": 10**20},
    {"since": "yesterday"}, {"until": "2026-13-40"}, {"event_type": "PICNIC"},
    {"country": "Veldra"}, {"grade": "x" * 41}, {"unknown": "1"}, {"q": "a\x00b"},
])
def test_bad_parameters_answer_422_in_the_error_shape(ro_client: TestClient, path: str,
                                                      params: dict[str, Any]) -> None:
    err = assert_error(ro_client.get(path, params=params), 422, "invalid_parameters")
    assert err["details"] and all("loc" in d and "msg" in d for d in err["details"])


def test_events_quotes_claims_filters(ro_client: TestClient) -> None:
    ev = ro_client.get("/api/events", params={"article_id": "fx-harbor"}).json()
    assert ev["total"] == 2 and {e["type"] for e in ev["items"]} == {"ASSAULT", "AGREE"}
    assert ev["items"][0]["context"] == ["military"] or ev["items"][1]["context"] == ["military"]
    agree = ro_client.get("/api/events", params={"event_type": "AGREE"}).json()
    assert agree["total"] == 2
    assert ro_client.get("/api/events", params={"historical": "true"}).json()["total"] == 0
    assert ro_client.get("/api/events", params={"modality": "negated"}).json()["total"] == 0
    everything = ro_client.get("/api/events").json()["total"]  # no fixture event is retold
    assert ro_client.get("/api/events", params={"repeat": "false"}).json()["total"] == everything
    assert ro_client.get("/api/events", params={"repeat": "true"}).json()["total"] == 0
    quotes = ro_client.get("/api/quotes", params={"anonymous": "true"}).json()
    assert quotes["total"] == 2 and quotes["items"][0]["via"] == ["Gazette of Orlan"]
    claims = ro_client.get("/api/claims", params={"outlet": "Orlan Daily (fictional)"}).json()
    assert {c["value"] for c in claims["items"]} == {7, 300}
    late = ro_client.get("/api/claims", params={"since": "2026-03-01"}).json()
    assert {c["article_id"] for c in late["items"]} == {"fx-harbor", "fx-hostile"}


def test_map_points_timeline_sources_facets(ro_client: TestClient) -> None:
    points = ro_client.get("/api/events/points").json()
    assert {p["location_precision"] for p in points["items"]} == {"city", "country", "site"}
    assert all(isinstance(p["lat"], float) for p in points["items"]) and not points["truncated"]
    tl = ro_client.get("/api/events/timeline").json()
    assert {(d["day"], d["type"], d["n"]) for d in tl["days"]} == {
        ("2026-03-02", "ASSAULT", 2), ("2026-03-03", "AGREE", 2), ("2026-03-05", "ACCUSE", 1)}
    only = ro_client.get("/api/events/timeline", params={"outlet": "Orlan Daily (fictional)"}).json()
    assert sum(d["n"] for d in only["days"]) == 2
    src = ro_client.get("/api/sources").json()
    coastal = next(o for o in src["outlets"] if o["outlet"] == "Coastal Courier (fictional)")
    assert coastal["anonymous_share"] == 0.5 and coastal["relayed_articles"] == 1
    assert any(r["chain"] == ["Gazette of Orlan"] and r["quotes"] == 2 for r in src["relays"])
    assert src["speakers"]["items"][0]["quotes"] >= 1
    facets = ro_client.get("/api/facets").json()
    assert "Orlan Daily (fictional)" in facets["outlets"] and facets["countries"] == ["VLD"]


def test_event_downloads(ro_client: TestClient) -> None:
    resp = ro_client.get("/api/events/export", params={"format": "csv", "outlet":
                                                     "Coastal Courier (fictional)"})
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert {r["type"] for r in rows} == {"ASSAULT", "AGREE"} and rows[0]["article_id"] == "fx-harbor"
    lines = ro_client.get("/api/events/export", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["id"]
    assert_error(ro_client.get("/api/events/export", params={"format": "xlsx"}), 422)
    table = ro_client.get("/api/export/claims").json()
    assert "value" in table["columns"] and len(table["rows"]) == 5
    assert_error(ro_client.get("/api/export/articles"), 422)


def test_openapi_and_security_headers(ro_client: TestClient) -> None:
    resp = ro_client.get("/api/openapi.json")
    spec = resp.json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes",
            "/api/claims", "/api/analyze", "/api/records"} <= set(spec["paths"])
    limit = next(p for p in spec["paths"]["/api/articles"]["get"]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    cors = ro_client.get("/api/articles", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in cors.headers
    assert ro_client.get("/docs").status_code == 404  # no CDN-backed docs page


def test_host_and_origin_checks(client: TestClient) -> None:
    assert_error(client.get("/api/articles", headers={"Host": "attacker.example"}), 400)
    resp = client.post("/api/analyze", data={"text": "Fictional."},
                       headers={"Origin": "https://evil.example"})
    assert_error(resp, 403, "forbidden")
    resp = client.post("/api/analyze", data={"text": "Fictional."},
                       headers={"Sec-Fetch-Site": "cross-site"})
    assert_error(resp, 403, "forbidden")


def test_post_records_validates_and_is_idempotent(client: TestClient) -> None:
    rec = to_dict(harbor("fx-posted"))
    for _ in range(2):
        resp = client.post("/api/records", json={"records": [rec], "failures": [
            {"source": "x.html", "code": "empty", "message": "fictional"}]})
        assert resp.json() == {"stored": 1, "failures": 1, "ids": ["fx-posted"]}
    assert client.get("/api/articles").json()["total"] == 5
    assert client.get("/api/events", params={"article_id": "fx-posted"}).json()["total"] == 2
    bad = json.loads(json.dumps(rec))
    bad["events"][0]["trigger"]["span"] = [0, 10**6]
    assert_error(client.post("/api/records", json={"records": [bad]}), 422, "invalid_record")
    lie = json.loads(json.dumps(rec))
    lie["claims"][0]["text"] = "a thousand dockworkers"
    assert_error(client.post("/api/records", json={"records": [lie]}), 422, "invalid_record")
    assert_error(client.post("/api/records", json={"records": [{"article": {}}]}), 422)
    assert_error(client.post("/api/records", json={"records": "nope"}), 422)
    assert_error(client.post("/api/records", content=b"{not json",
                             headers={"Content-Type": "application/json"}), 422)


def wait_job(client: TestClient, job_id: str) -> dict[str, Any]:
    for _ in range(200):
        job: dict[str, Any] = client.get(f"/api/jobs/{job_id}").json()["job"]
        if job["finished"]:
            return job
        time.sleep(0.05)
    raise AssertionError("job did not finish")


def test_analyze_text_and_files_in_the_background(client: TestClient, fake_pipeline: Any) -> None:
    lines = "\n".join(json.dumps({"id": f"fx-j{i}", "title": f"Fictional {i}",
                                  "text": f"Fictional ferry note number {i}."}) for i in range(3))
    resp = client.post("/api/analyze", data={"text": "Fictional pasted note about a ferry.",
                                             "title": "Pasted", "published": "2026-03-01"},
                       files=[("files", ("batch.jsonl", lines.encode(), "application/x-ndjson")),
                              ("files", ("blob.txt", b"\x00\x01\x02PK" * 10, "text/plain"))])
    assert resp.status_code == 202, resp.text
    job = wait_job(client, resp.json()["job"]["id"])
    assert job["status"] == "done" and job["total"] == 5 and job["done"] == 5
    assert {a["title"] for a in job["articles"]} == {"Pasted", "Fictional 0", "Fictional 1",
                                                     "Fictional 2"}
    assert [e["source"] for e in job["errors"]] == ["blob.txt"]
    assert client.get("/api/articles/fx-j1").status_code == 200
    pasted = next(a for a in job["articles"] if a["title"] == "Pasted")
    stored = client.get(f"/api/articles/{pasted['id']}").json()
    assert stored["article"]["published"] == "2026-03-01"
    assert_error(client.get("/api/jobs/nope"), 404)


def test_analyze_refusals(client: TestClient) -> None:
    assert_error(client.post("/api/analyze", data={"text": "   "}), 422)
    assert_error(client.post("/api/analyze", data={"text": "x", "published": "someday"}), 422)
    big = b"Fictional words. " * 20_000  # over the 200 kB limit of the test app
    err = assert_error(client.post("/api/analyze", files=[("files", ("big.txt", big))]), 413,
                       "too_large")
    assert "limit" in err["message"]
