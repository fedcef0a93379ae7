"""Export stored tables as CSV, JSONL or Parquet files."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.storage.base import SQLStore


def export_tables(store: SQLStore, *, tables: list[str], fmt: str,
                  out_dir: Path) -> list[tuple[Path, int]]:
    """Write each table to ``out_dir/<table>.<fmt>``; returns (path, rows) per file."""
    if fmt not in ("csv", "jsonl", "parquet"):
        raise ConfigError(f"unknown export format {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        cols, rows = store.export_rows(table)
        path = out_dir / f"{table}.{fmt}"
        n = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](path, cols, list(rows))
        written.append((path, n))
    return written


def _csv(path: Path, cols: list[str], rows: list[tuple[Any, ...]]) -> int:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerows(rows)
    return len(rows)


def _jsonl(path: Path, cols: list[str], rows: list[tuple[Any, ...]]) -> int:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(dict(zip(cols, row, strict=True)), ensure_ascii=False,
                                default=str) + "\n")
    return len(rows)


def _parquet(path: Path, cols: list[str], rows: list[tuple[Any, ...]]) -> int:
    """Parquet through an in-memory DuckDB (works for rows from any store)."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        tmp = path.with_suffix(".jsonl.tmp")
        _jsonl(tmp, cols, rows)
        if rows:
            con.execute("COPY (SELECT * FROM read_json_auto(?)) TO ? (FORMAT PARQUET)",
                        [str(tmp), str(path)])
        else:
            con.execute(f"CREATE TABLE t ({', '.join(f'{json.dumps(c)} VARCHAR' for c in cols)})")
            con.execute("COPY t TO ? (FORMAT PARQUET)", [str(path)])
        tmp.unlink()
    finally:
        con.close()
    return len(rows)
