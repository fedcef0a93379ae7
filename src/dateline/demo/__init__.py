"""Bundled demo articles. All are fictional, written for dateline: every person, group and
outlet named in them is invented; only the cities are real, so that the map has places."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def demo_paths() -> list[Path]:
    return sorted(p for p in _HERE.iterdir() if p.suffix in (".jsonl", ".txt", ".html"))
