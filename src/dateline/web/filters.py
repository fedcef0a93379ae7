"""Query models: the filters and pagination shared by the JSON API and the HTML pages.

Each model validates untrusted query strings (bounds, dates, known event types, ISO3 codes)
before anything reaches SQL; :meth:`Filters.store_filters` gives the store's filter dict,
whose values the store binds as parameters (``storage/sql.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
ModalityName = Literal["asserted", "negated", "hypothetical", "future"]

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
_NOT_FILTERS = {"limit", "offset", "format"}


class Filters(BaseModel):
    """Pagination plus the article-level filters every list accepts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="rows per page (1..500)")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="rows to skip")
    q: str | None = Field(None, max_length=200, description="text search in title and body")
    outlet: str | None = Field(None, max_length=300, description="exact outlet name")
    since: dt.date | None = Field(None, description="published (or dateline date) on/after")
    until: dt.date | None = Field(None, description="published (or dateline date) on/before")
    event_type: EventType | None = Field(None, description="PLOVER event type")
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$", description="ISO3 country code")
    grade: str | None = Field(None, max_length=40, pattern=r"^[A-Za-z0-9_ -]+$",
                              description="sourcing grade")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        """HTML forms send empty fields as ``""``: treat them as absent."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("q", "outlet", "grade", "country", "article_id", mode="after",
                     check_fields=False)
    @classmethod
    def _no_control_chars(cls, value: str | None) -> str | None:
        if value is not None and any(ord(c) < 32 for c in value):
            raise ValueError("control characters are not allowed")
        return value

    def store_filters(self) -> dict[str, Any]:
        """The filters as the store takes them (dates as ISO strings, no paging)."""
        out: dict[str, Any] = {}
        for name, value in self.model_dump(exclude=_NOT_FILTERS).items():
            if value is None:
                continue
            out[name] = value.isoformat() if isinstance(value, dt.date) else value
        return out

    def query_string(self, **changes: Any) -> str:
        """The filters (and paging) as a URL query, with ``changes`` applied."""
        from urllib.parse import urlencode

        values = {**self.model_dump(), **changes}
        pairs = [(k, v.isoformat() if isinstance(v, dt.date) else
                  ("true" if v is True else "false" if v is False else v))
                 for k, v in values.items()
                 if v is not None and not (k == "offset" and v == 0)
                 and not (k == "limit" and v == type(self).model_fields["limit"].default)]
        return urlencode(pairs)


class ArticleFilters(Filters):
    pass


class EventFilters(Filters):
    article_id: str | None = Field(None, max_length=200, description="one article's events")
    modality: ModalityName | None = Field(None, description="asserted, negated, ...")
    historical: bool | None = Field(None, description="background events only (or none)")
    alleged: bool | None = Field(None, description="acts a party is accused of only (or none)")
    repeat: bool | None = Field(None, description="false: each happening once (no later telling "
                                "of an event already counted); true: the later tellings only")


class QuoteFilters(Filters):
    article_id: str | None = Field(None, max_length=200, description="one article's quotes")
    anonymous: bool | None = Field(None, description="anonymous speakers only (or named only)")


class ClaimFilters(Filters):
    article_id: str | None = Field(None, max_length=200, description="one article's claims")


class EventExport(EventFilters):
    """The events filters plus a download format (paging is ignored: all rows come)."""

    format: Literal["csv", "jsonl"] = Field("csv", description="csv or jsonl")
