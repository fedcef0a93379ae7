"""Bytes -> text, with the checks every reader shares: empty, binary, too large, bad encoding."""

from __future__ import annotations

from dateline.errors import BinaryInputError, EmptyInputError, TooLargeError
from dateline.model import Notice

_MAGIC = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ", "xz-compressed data"),
    (b"SQLite format", "an SQLite database"), (b"DUCK", "a DuckDB database"),
)  # fmt: skip


def check_size(size: int, max_bytes: int, source: str) -> None:
    if size > max_bytes:
        raise TooLargeError(
            f"{size:,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes "
            "or DATELINE_MAX_BYTES)", source=source)


def decode(data: bytes, source: str, *, max_bytes: int) -> tuple[str, tuple[Notice, ...]]:
    """Text of ``data``; raises an :class:`~dateline.errors.InputError` naming ``source``."""
    check_size(len(data), max_bytes, source)
    if not data.strip():
        raise EmptyInputError("empty input: no text to analyse", source=source)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary input ({what}), not text", source=source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").strip("\ufeff"), ()
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20:
        raise BinaryInputError("binary input (control bytes), not text", source=source)
    try:
        text = data.decode("utf-8-sig")
        notices: tuple[Notice, ...] = ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        notices = (Notice("invalid_utf8", f"invalid UTF-8 at byte {exc.start}: {bad} character(s) "
                          "decoded as U+FFFD"),)
    if not text.strip():
        raise EmptyInputError("empty input: no text to analyse", source=source)
    return text.replace("\r\n", "\n").replace("\r", "\n"), notices
