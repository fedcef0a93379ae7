"""The command line: thin commands over the library, and the only module that prints."""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from dateline import __version__
from dateline.errors import DatelineError, StoreError
from dateline.model import Analysis
from dateline.settings import Settings, load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="dateline: news articles -> evidence-linked event data.")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[str | None, typer.Option("--db", help="DuckDB file or postgresql:// URL "
                                           "[default: dateline.duckdb]")]


def _settings(**cli: Any) -> Settings:
    try:
        return load_settings(cli)
    except DatelineError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log progress details")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _count_inputs(paths: list[str]) -> int | None:
    """Articles the inputs hold, for the progress bar (``None`` when unknown: stdin)."""
    from dateline.ingest import _JSONL

    total = 0
    for raw in paths:
        if raw == "-":
            return None
        p = Path(raw)
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in _JSONL and f.is_file():
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, directories (recursive) or - for stdin")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or jsonl")] = "table",
    db: DbOpt = None,
    store: Annotated[bool, typer.Option("--store/--no-store", help="save analyses in --db")] = True,
    max_bytes: Annotated[int | None, typer.Option(help="refuse inputs over this size")] = None,
    processes: Annotated[int | None, typer.Option("--processes", "-p",
                                                  help="worker processes")] = None,
    ray: Annotated[str | None, typer.Option(
        "--ray", help="run on Ray: 'local', 'auto' or a cluster address (dateline[scale])")] = None,
) -> None:
    """Analyse articles: print records (table or JSONL) and store them in the database."""
    if format not in ("table", "jsonl"):
        raise _fail(f"--format must be table or jsonl, not {format!r}", 2)
    settings = _settings(db=db, max_bytes=max_bytes, n_process=processes)
    from dateline.ingest import read_inputs
    from dateline.pipeline import Failure, run_parallel
    from dateline.serialize import to_dict

    saver = _open_writer(settings) if store else None
    total = _count_inputs(paths)
    failures: list[Failure] = []
    notices: list[tuple[str, str]] = []
    done = 0
    progress = Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=err, transient=True,
                        disable=not err.is_terminal or (total or 0) < 2)
    try:
        with progress:
            task = progress.add_task("analyse", total=total)
            inputs = read_inputs(paths, max_bytes=settings.max_bytes)
            if ray:
                from dateline.scale import run_ray

                outcomes = run_ray(inputs, settings, address=ray)
            else:
                outcomes = run_parallel(inputs, settings, processes=settings.n_process)
            for outcome in outcomes:
                progress.advance(task)
                if isinstance(outcome, Failure):
                    failures.append(outcome)
                    if saver is not None and outcome.source:
                        saver.save_failure(outcome.source, outcome.code, outcome.message,
                                           outcome.article_id)
                    continue
                done += 1
                art = outcome.article
                notices += [(art.source or art.id, n.message) for n in art.notices]
                if saver is not None:
                    saver.save(outcome)
                if format == "jsonl":
                    sys.stdout.write(json.dumps(to_dict(outcome), ensure_ascii=False) + "\n")
                    sys.stdout.flush()
                else:
                    _print_summary_row(outcome)
    finally:
        if saver is not None:
            saver.close()
    _report(done, failures, notices, settings if store else None)
    if done == 0:
        raise typer.Exit(1)


def _open_writer(settings: Settings) -> Any:
    from dateline.client import find_server
    from dateline.storage import open_store

    server = find_server(settings.db)
    if server is not None:  # `dateline serve` owns the file: it stores what we send
        err.print(f"storing through dateline serve at {server.url}", highlight=False)
        return server.writer()
    try:
        return open_store(settings.db)
    except StoreError as exc:
        raise _fail(f"{exc}\n(use --no-store to analyse without saving)") from exc


def _report(done: int, failures: list[Any], notices: list[tuple[str, str]],
            settings: Settings | None) -> None:
    for source, message in notices:
        err.print(f"[yellow]warning:[/] {source}: {message}", highlight=False)
    if failures:
        err.print(f"[red]{len(failures)} input(s) failed[/], {done} analysed:", highlight=False)
        for f in failures[:50]:
            err.print(f"  {f.source}: [{f.code}] {f.message}", highlight=False, markup=False)
        if len(failures) > 50:
            err.print(f"  ... and {len(failures) - 50} more")
    else:
        err.print(f"{done} article(s) analysed", highlight=False)
    if settings is not None and done:
        err.print(f"stored in {settings.db}", highlight=False)


def _print_summary_row(a: Analysis) -> None:
    art = a.article
    types = Counter(e.type for e in a.events)
    out.print(f"[bold]{art.id}[/]  {art.title or '(untitled)'}", highlight=False)
    dl = art.dateline
    out.print(f"  outlet {art.outlet or '-'} | published {art.published or '-'} | dateline "
              f"{(dl.place if dl else None) or '-'} | language {art.language}", highlight=False)
    out.print(f"  {len(a.events)} events ({', '.join(f'{t} {n}' for t, n in types.most_common())}"
              f") | {len(a.quotes)} quotes | {len(a.claims)} claims | {len(a.framing)} framing | "
              f"sourcing {a.sourcing.grade}", highlight=False)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="article id (or a unique prefix)")],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the full record as JSON")] = False,
) -> None:
    """Show one stored article's analysis."""
    settings = _settings(db=db)
    from dateline.client import ServerClient, find_server
    from dateline.storage import SQLStore, open_store

    store: SQLStore | ServerClient | None = find_server(settings.db)
    try:
        store = store or open_store(settings.db, read_only=True)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    try:
        ids = store.find_ids(article_id)
        exact = article_id if article_id in ids else (ids[0] if len(ids) == 1 else None)
        if exact is None:
            hint = f"; did you mean one of: {', '.join(ids)}" if ids else ""
            raise _fail(f"no single article {article_id!r} in {settings.db}{hint}")
        if as_json:
            sys.stdout.write(json.dumps(store.record(exact), ensure_ascii=False, indent=2) + "\n")
            return
        analysis = store.get(exact)
    finally:
        store.close()
    assert analysis is not None
    from dateline.render import analysis_view

    out.print(analysis_view(analysis))


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or parquet")] = "csv",
    db: DbOpt = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="directory to write into")] = Path(
        "export"),
    table: Annotated[list[str] | None, typer.Option(
        "--table", "-t", help="events, quotes or claims (repeatable) [default: all three]")] = None,
) -> None:
    """Export the events, quotes and claims tables as CSV, JSONL or Parquet files."""
    if format not in ("csv", "jsonl", "parquet"):
        raise _fail(f"--format must be csv, jsonl or parquet, not {format!r}", 2)
    settings = _settings(db=db)
    from dateline.client import find_server
    from dateline.export import export_tables
    from dateline.storage import SQLStore, open_store

    try:
        # through `dateline serve` when it owns the file (export_tables only calls export_rows)
        server = find_server(settings.db)
        store = cast(SQLStore, server) if server else open_store(settings.db, read_only=True)
        try:
            written = export_tables(store, tables=table or ["events", "quotes", "claims"],
                                    fmt=format, out_dir=out_dir)
        finally:
            store.close()
    except DatelineError as exc:
        raise _fail(str(exc)) from exc
    for path, n in written:
        out.print(f"{path}  ({n} rows)", highlight=False)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str | None, typer.Option(help="address to bind [default: 127.0.0.1]")] = None,
    port: Annotated[int | None, typer.Option(help="port [default: 8000; 0: any free port]")] = None,
) -> None:
    """Run the web workbench and JSON API; the server owns the database file while it runs."""
    import importlib.util

    settings = _settings(db=db, host=host, port=port)
    if importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None:
        raise _fail("dateline serve needs the web extra: pip install 'dateline[web]'")
    from dateline.web.serve import serve as run_server

    def ready(url: str) -> None:
        err.print(f"dateline serve: {url}  (database {settings.db}; Ctrl-C stops)",
                  highlight=False)

    try:
        run_server(settings, on_ready=ready)
    except DatelineError as exc:
        raise _fail(f"cannot serve {settings.db}: {exc}") from exc
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after its clean shutdown
        err.print("dateline serve stopped", highlight=False)


@app.command()
def demo(db: DbOpt = None) -> None:
    """Analyse the bundled (fictional) demo articles into the database and summarise them."""
    settings = _settings(db=db)
    from dateline.demo import demo_paths
    from dateline.ingest import read_inputs
    from dateline.pipeline import Failure, Pipeline

    saver = _open_writer(settings)
    analyses: list[Analysis] = []
    try:
        with err.status("loading the English pipeline and analysing the demo articles..."):
            for outcome in Pipeline(settings).run(read_inputs(demo_paths(),
                                                              max_bytes=settings.max_bytes)):
                if isinstance(outcome, Failure):
                    err.print(f"[red]failed:[/] {outcome.source}: {outcome.message}")
                    continue
                saver.save(outcome)
                analyses.append(outcome)
    finally:
        saver.close()
    from dateline.render import summary_view

    out.print(summary_view(analyses, db=settings.db))


@app.command()
def evaluate(
    name: Annotated[str, typer.Argument(metavar="SET", help="gold set (see --list)")] = "",
    shared: Annotated[Path | None, typer.Option(help="the shared corpus folder [default: "
                                                "../shared or DATELINE_SHARED]")] = None,
    limit: Annotated[int | None, typer.Option(help="score only the first N items")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
    list_sets: Annotated[bool, typer.Option("--list", help="list the gold sets")] = False,
) -> None:
    """Score dateline on a public gold set (PLOVER, PolNeAR, PTC, GeoWebNews, ...)."""
    from dateline.evaluation import SETS, run_set

    if list_sets or not name:
        for set_name in sorted(SETS):
            out.print(set_name)
        return
    try:
        scores = run_set(name, shared=shared, limit=limit)
    except DatelineError as exc:
        raise _fail(str(exc), 2) from exc
    if as_json:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"{name}" + (f" (first {limit})" if limit else ""))
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in scores.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    out.print(table)


def main() -> None:
    try:
        app()
    except DatelineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        sys.exit(1)
