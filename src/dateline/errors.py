"""The one error hierarchy of dateline.

::

    DatelineError                  base of everything dateline raises on purpose
    ├── ConfigError                a bad setting or option value
    ├── ModelNotFoundError         the pinned spaCy pipeline is not installed (message has the fix)
    ├── InputError                 one input could not become an Article (per-article, batch goes on)
    │   ├── EmptyInputError        nothing but whitespace
    │   ├── BinaryInputError       not text (NUL bytes, a known binary signature)
    │   ├── TooLargeError          over the ``max_bytes`` setting
    │   └── ParseInputError        broken HTML with no body, a corrupt JSONL line, ...
    ├── SpanError                  an evidence span does not read its own text (a bug)
    ├── ResourceError              a bundled or user data file (lexicon, KB) is malformed
    └── StoreError                 the database failed
        ├── StoreLockedError       another process holds the DuckDB file
        └── SchemaError            the stored schema is newer than this dateline
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class ConfigError(DatelineError):
    pass


class ModelNotFoundError(DatelineError):
    pass


class InputError(DatelineError):
    """An input could not be read as an article. ``source`` names the input."""

    code = "input"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.source}: {msg}" if self.source else msg


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class TooLargeError(InputError):
    code = "too_large"


class ParseInputError(InputError):
    code = "unparsable"


class SpanError(DatelineError):
    pass


class ResourceError(DatelineError):
    pass


class StoreError(DatelineError):
    pass


class StoreLockedError(StoreError):
    pass


class SchemaError(StoreError):
    pass
