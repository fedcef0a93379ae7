"""The JSON Schema of the analysis record (the contract plus dateline's required fields)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def record_schema() -> dict[str, Any]:
    text = files("dateline.schema").joinpath("analysis-record.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_record(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the schema."""
    import jsonschema

    jsonschema.validate(record, record_schema())
