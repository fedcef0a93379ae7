"""Cleaning around trafilatura's body text (``htmlbody.v1``).

- **Before parsing**, ``<iframe>`` tags are removed. A browser never shows an iframe's content,
  but an iframe left unclosed (``<noscript><iframe src=...></noscript>``) makes the HTML parser
  read the whole rest of the page as its raw text, and trafilatura then returns that text:
  tens of thousands of characters of ``<script>`` JSON and JavaScript.
- **After extraction**, one paragraph per non-blank line: lines of only whitespace (spaces,
  tabs, no-break and zero-width spaces) are dropped, and so are lines that are clearly code:
  a high share of the characters of markup, JSON and JavaScript (``{}[]<>;=\\`` and ``":``,
  ``",``), or a long run with braces and almost no spaces (minified script). Prose with quotes or
  a bracketed aside stays well under these shares.
"""

from __future__ import annotations

import re

_IFRAME_TAG = re.compile(r"</?iframe\b[^>]*>", re.IGNORECASE)
_CODE_MARK = re.compile(r'[{}\[\]<>;=\\]|":|",')
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CODE_MIN_LEN = 40
_CODE_SHARE = 0.08  # code marks per character (prose tops out near 0.05: quotes, a "<title>")
_MINIFIED_LEN = 80
_MINIFIED_SPACES = 0.03


def drop_iframes(html: str) -> str:
    """``html`` without its ``<iframe>`` / ``</iframe>`` tags (their content was never shown)."""
    return _IFRAME_TAG.sub("", html)


def is_code(line: str) -> bool:
    """A line of markup, JSON or JavaScript rather than prose."""
    n = len(line)
    if n < _CODE_MIN_LEN:
        return False
    if len(_CODE_MARK.findall(line)) / n >= _CODE_SHARE:
        return True
    minified = n >= _MINIFIED_LEN and line.count(" ") / n < _MINIFIED_SPACES
    return minified and "{" in line and ("}" in line or ";" in line)


def clean_body(text: str) -> str:
    """One paragraph per line, blank-line separated, without blank or code lines."""
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines
                       if line.translate(_ZERO_WIDTH).strip() and not is_code(line))
