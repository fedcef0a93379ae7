"""Deterministic ids: the same input analysed twice gets the same ids, so re-running changes nothing."""

from __future__ import annotations

import hashlib


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id(text: str, url: str | None = None) -> str:
    """A stable content id for inputs that carry none of their own."""
    return "a-" + digest(url or "", text)


def record_id(prefix: str, article_id: str, start: int, end: int, extra: str = "") -> str:
    """Id of a record: its kind, article and evidence offsets."""
    return f"{prefix}-{digest(article_id, start, end, extra, length=12)}"
