"""Plain-text articles: a leading title line, the body, trailing URL / outlet lines as metadata."""

from __future__ import annotations

import re

from dateline.ingest.build import make_article
from dateline.ingest.dateline import find_dateline
from dateline.model import Article, Notice

_URL = re.compile(r"^(?:https?://|www\.)\S+$")


def _is_title(line: str, rest: str) -> bool:
    words = line.split()
    return (0 < len(words) <= 30 and bool(rest.strip()) and not line.rstrip().endswith((".", ":"))
            and find_dateline(line) is None and not line.lstrip().startswith(("\"", "“")))


def parse_text(text: str, *, source: str, notices: tuple[Notice, ...] = (),
               id: str | None = None) -> Article:
    """An article from plain text: title line, body, and trailing metadata lines."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    url = outlet = None
    block: list[int] = []  # trailing metadata lines, last first
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        short = len(line.split()) <= 6 and not line.endswith((".", "!", "?", "\"", "”", ":"))
        if (_URL.match(line) or short) and len(block) < 3:
            block.append(i)
            continue
        break
    urls = [i for i in block if _URL.match(lines[i].strip())]
    if urls:
        url = lines[urls[0]].strip()
        names = [i for i in block if i not in urls]
        outlet = lines[names[0]].strip() if names else None
        del lines[min(block):]
    title = None
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and _is_title(lines[0], "\n".join(lines[1:])):
        title = lines.pop(0).strip()
    body = "\n".join(lines).strip()
    return make_article(body, id=id, title=title, outlet=outlet, url=url, source=source,
                        notices=notices)
