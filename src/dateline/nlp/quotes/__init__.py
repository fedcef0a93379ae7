"""quotes: first version (filled in by its issue)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.context import DocContext

NAME = "dateline.quotes.v1"


def extract(ctx: DocContext) -> list[Any]:
    return []
