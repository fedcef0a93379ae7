"""Analysis records posted to the server (``POST /api/records``): validated, then stored.

A record must follow the JSON Schema of the contract, every span must lie inside the
article's text, and every evidence ``text`` must read exactly ``article.text[start:end]``.
Saving is idempotent: a record replaces any earlier copy of the same article.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from dateline.errors import SpanError
from dateline.model import Analysis
from dateline.web.errors import APIError

MAX_RECORDS = 500


class FailureIn(BaseModel):
    source: str = Field(max_length=2000)
    code: str = Field(max_length=100)
    message: str = Field(max_length=10_000)
    article_id: str | None = Field(None, max_length=500)


class RecordsIn(BaseModel):
    records: list[dict[str, Any]] = Field(default_factory=list, max_length=MAX_RECORDS)
    failures: list[FailureIn] = Field(default_factory=list, max_length=MAX_RECORDS)


def _bad(index: int, message: str, details: Any = None) -> APIError:
    return APIError(422, f"record {index}: {message}", code="invalid_record", details=details)


def _check_spans(node: Any, text: str, index: int, path: str) -> None:
    """Every ``*span`` in bounds; every evidence ``{"text", "span"}`` reads its own text."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check_spans(item, text, index, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key.endswith("span") and value is not None:
            ok = (isinstance(value, list) and len(value) == 2
                  and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                  and 0 <= value[0] <= value[1] <= len(text))
            if not ok:
                raise _bad(index, f"{path}.{key} is not a span inside the text")
        elif key != "article":
            _check_spans(value, text, index, f"{path}.{key}")
    span, said = node.get("span"), node.get("text")
    evidence = set(node) <= {"text", "span"} or bool({"category", "unit", "date_text"} & set(node))
    if evidence and isinstance(said, str) and isinstance(span, list) and len(span) == 2 \
            and text[span[0]:span[1]] != said:
        raise _bad(index, f"{path}.text does not read the text at its span")


def analysis_from_json(data: Any, *, index: int = 0) -> Analysis:
    """The :class:`Analysis` of one posted record; raises :class:`APIError` (422) when invalid."""
    import jsonschema

    from dateline.schema import validate_record
    from dateline.serialize import from_dict

    if not isinstance(data, dict):
        raise _bad(index, "a record must be a JSON object")
    try:
        validate_record(data)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        raise _bad(index, f"{where or 'record'}: {exc.message[:300]}") from exc
    text = data["article"]["text"]
    dl = data["article"].get("dateline")
    _check_spans({"dateline": dl} if dl else {}, text, index, "article")
    for key in ("events", "quotes", "claims", "framing", "entities"):
        _check_spans(data.get(key) or [], text, index, key)
    try:
        analysis = from_dict(data)
        analysis.check()
    except (KeyError, TypeError, ValueError, IndexError, SpanError) as exc:
        raise _bad(index, f"cannot read the record ({type(exc).__name__}: {exc})") from exc
    return analysis
