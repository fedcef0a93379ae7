"""Property tests over the OpenAPI spec (hypothesis): any parameters, never a 500.

Every GET operation in ``/api/openapi.json`` is called with values drawn from each parameter's
schema (in and out of its bounds) mixed with arbitrary text; ``POST /api/records`` gets
arbitrary JSON. Every answer must be a success or a 4xx in the one error shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.storage import open_store
from dateline.web.app import create_app
from tests.web.conftest import SETTINGS, FakePipeline, fill

PROPS = settings(max_examples=30, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


@pytest.fixture(scope="module")
def app_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = open_store(str(Path(tmp_path_factory.mktemp("web-prop")) / "p.duckdb"))
    fill(store)
    with TestClient(create_app(store, settings=SETTINGS, pipeline_factory=FakePipeline)) as c:
        yield c
    store.close()


def _spec() -> dict[str, Any]:
    store = open_store(":memory:")
    with TestClient(create_app(store, settings=SETTINGS)) as c:
        spec: dict[str, Any] = c.get("/api/openapi.json").json()
    store.close()
    return spec


SPEC = _spec()
GETS = sorted(p for p, ops in SPEC["paths"].items() if "get" in ops)


def _schema_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of a parameter's schema, a little past its bounds too."""
    options = schema.get("anyOf", [schema])
    out: list[st.SearchStrategy[Any]] = []
    for s in options:
        if "$ref" in s:
            name = s["$ref"].rsplit("/", 1)[-1]
            s = SPEC["components"]["schemas"][name]
        kind = s.get("type")
        if "enum" in s:
            out.append(st.sampled_from(s["enum"]))
        elif kind == "integer":
            lo, hi = s.get("minimum", -(10**6)), s.get("maximum", 10**6)
            out.append(st.integers(lo - 2, hi + 2))
        elif kind == "boolean":
            out.append(st.sampled_from(["true", "false", "1", "0", "yes", "maybe"]))
        elif kind == "string" and s.get("format") == "date":
            out.append(st.dates().map(lambda d: d.isoformat()))
        elif kind == "string":
            out.append(st.text(max_size=int(s.get("maxLength", 60)) + 5))
    return st.one_of(*out) if out else st.text(max_size=20)


def _params(path: str) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    op = SPEC["paths"][path]["get"]
    fields: dict[str, st.SearchStrategy[Any]] = {}
    path_params: dict[str, st.SearchStrategy[Any]] = {}
    for p in op.get("parameters", []):
        values = st.one_of(_schema_values(p.get("schema", {})), st.text(max_size=30),
                           st.integers(-(10**25), 10**25))
        target = path_params if p["in"] == "path" else fields
        target[p["name"]] = values
    query = st.fixed_dictionaries({}, optional=fields)
    url = st.fixed_dictionaries({k: v.map(str).filter(lambda s: s.strip("./") != "")
                                 for k, v in path_params.items()})
    return st.tuples(url.map(lambda vals: _fill(path, vals)), query)


def _fill(path: str, values: dict[str, str]) -> str:
    from urllib.parse import quote

    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


def check(resp: Any) -> None:
    assert resp.status_code < 500, resp.text
    if resp.status_code >= 400:
        err = resp.json()["error"]
        assert set(err) == {"code", "message", "details"} and isinstance(err["message"], str)
    elif resp.headers["content-type"].startswith("application/json"):
        resp.json()


@pytest.mark.parametrize("path", GETS)
def test_get_operations_never_fail_on_any_parameters(app_client: TestClient, path: str) -> None:
    @PROPS
    @given(_params(path))
    def run(call: tuple[str, dict[str, Any]]) -> None:
        url, params = call
        check(app_client.get(url, params=params))

    run()


JSON = st.recursive(st.none() | st.booleans() | st.integers()
                    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)


@PROPS
@given(st.one_of(JSON, st.fixed_dictionaries({"records": st.lists(JSON, max_size=3)}),
                 st.fixed_dictionaries({"records": st.lists(st.fixed_dictionaries(
                     {"article": st.fixed_dictionaries({"id": st.text(), "text": st.text()}),
                      "events": JSON, "quotes": JSON, "claims": JSON, "framing": JSON,
                      "sourcing": JSON}), max_size=2)})))
def test_post_records_never_fails_on_any_json(app_client: TestClient, body: Any) -> None:
    resp = app_client.post("/api/records", json=body)
    check(resp)
    assert resp.status_code in (200, 422)


def test_the_spec_lists_every_documented_endpoint() -> None:
    assert {"/api/articles", "/api/events", "/api/quotes", "/api/claims", "/api/sources",
            "/api/events/points", "/api/events/timeline", "/api/jobs/{job_id}"} <= set(GETS)
