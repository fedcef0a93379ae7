from __future__ import annotations

import pytest

from dateline.errors import BinaryInputError, EmptyInputError, TooLargeError
from dateline.ingest.decode import decode


def test_utf8_and_bom_and_crlf() -> None:
    text, notices = decode("\ufeffLine one\r\nLine two".encode(), "x.txt", max_bytes=1000)
    assert text == "Line one\nLine two" and notices == ()


def test_invalid_utf8_is_replaced_and_flagged() -> None:
    text, notices = decode(b"Caf\xe9 owner said the port was closed.", "bad.txt", max_bytes=1000)
    assert "\ufffd" in text
    assert [n.code for n in notices] == ["invalid_utf8"]


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        decode(data, "e.txt", max_bytes=1000)


@pytest.mark.parametrize("data", [b"%PDF-1.7 ...", b"\x89PNG\r\n\x1a\n....", b"abc\x00\x01\x02def"])
def test_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError) as info:
        decode(data, "b.bin", max_bytes=1000)
    assert "b.bin" in str(info.value)


def test_too_large_names_the_limit() -> None:
    with pytest.raises(TooLargeError, match="over the limit of 10"):
        decode(b"x" * 11, "big.txt", max_bytes=10)


def test_utf16_with_bom() -> None:
    text, _ = decode("Ministry said".encode("utf-16"), "u16.txt", max_bytes=1000)
    assert text == "Ministry said"
