"""The `minutes-kg` command: a thin layer over the library.

Exit status (``EXIT_STATUSES``, also shown by ``minutes-kg --help``): 0 success; 1 some inputs failed
in a batch; 2 usage error; 3 the input could not be read as minutes (named in a one-line error), or every
file of a batch failed; 4 the record failed validation; 5 Neo4j unreachable or credentials refused;
6 the embedded store cannot be read or written; 7 the output cannot be written (stdout, --out); 130 interrupted.
Every error of the library (``minutes_kg.errors.MinutesKgError``) carries its exit status and
is reported here once, as one line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from minutes_kg import __version__
from minutes_kg.errors import EXIT_NEO4J, MinutesKgError
from minutes_kg.extractor.errors import BadInputError
from minutes_kg.output import OutputPath, guarded_stdout, os_error
from minutes_kg.queries.viz import DEFAULT_LIMIT as VIZ_DEFAULT_LIMIT
from minutes_kg.queries.viz import MAX_HOPS as VIZ_MAX_HOPS
from minutes_kg.queries.viz import MAX_LIMIT as VIZ_MAX_LIMIT

EXIT_SOME_FAILED = 1
EXIT_BAD_INPUT = 3
EXIT_INVALID = 4

EXIT_STATUSES = {
    0: "success",
    1: "some files of a batch failed (each reported as FILE: reason)",
    2: "usage error (unknown CR, person, query)",
    3: "the input cannot be read as minutes, or every file of a batch failed",
    4: "a record failed schema validation",
    5: "Neo4j unreachable or credentials refused",
    6: "the embedded store cannot be read or written",
    7: "the output cannot be written: stdout (closed, full, a broken pipe) or --out (named in one line)",
    130: "interrupted",
}

ENVIRONMENT = {
    "NEO4J_URI": "Neo4j Bolt URI for --neo4j, push, --backend neo4j (e.g. bolt://localhost:7687)",
    "NEO4J_USERNAME": "Neo4j user (default neo4j; the older NEO4J_USER is still read)",
    "NEO4J_PASSWORD": "Neo4j password",
    "NEO4J_DATABASE": "Neo4j database (default: the server's default)",
    "MINUTES_KG_NEO4J_DIR": "data folder of `minutes-kg neo4j` (default ~/.local/share/minutes-kg/neo4j)",
    "MINUTES_KG_STORE": "embedded store file (default ~/.local/share/minutes-kg/store.db)",
    "MINUTES_KG_PARSER": "PDF parser, pdfium or pdfplumber (as --parser)",
    "MINUTES_KG_CHANGE_IDS": "JSON or TOML file of extra change-id patterns (docs/CONVENTIONS.md)",
    "MINUTES_KG_ALIASES": "JSON aliases file that forces or vetoes person merges",
}


def _epilog() -> str:
    """The environment variables and exit statuses, as the top-level --help prints them (\b: kept as laid out)."""
    env = "\n".join(f"  {name:<22} {text}" for name, text in ENVIRONMENT.items())
    codes = "\n".join(f"  {code:<4} {text}" for code, text in EXIT_STATUSES.items())
    return f"\b\nEnvironment:\n{env}\n\n\b\nExit status:\n{codes}"


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"minutes-kg: error: {message}", err=True)
    sys.exit(code)


class _Cli(click.Group):
    """Reports a library error (MinutesKgError) as one line and exits with its status; so is an OSError that
    got this far, and output that cannot be written, by any command (minutes_kg/output.py: exit 7)."""

    def main(self, *args, **kwargs):
        with guarded_stdout():
            try:
                return super().main(*args, **kwargs)
            except MinutesKgError as exc:  # while click itself writes (--help, --version)
                click.echo(f"minutes-kg: error: {exc}", err=True)
                sys.exit(exc.exit_status)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MinutesKgError as exc:
            click.echo(f"minutes-kg: error: {exc}", err=True)
            ctx.exit(exc.exit_status)
        except OSError as exc:
            error = os_error(exc, ctx)
            click.echo(f"minutes-kg: error: {error}", err=True)
            ctx.exit(error.exit_status)


class _IsoDate(click.ParamType):
    """A date option: YYYY-MM-DD, a real day, refused as a usage error (exit 2) otherwise; the value stays
    the ISO string the queries compare."""

    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import re
        from datetime import date

        text = str(value)
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return date.fromisoformat(text).isoformat()
        except ValueError as exc:
            self.fail(f"{text!r} is not a date ({exc})", param, ctx)
        self.fail(f"{text!r} is not a date: give YYYY-MM-DD, e.g. 2023-09-01", param, ctx)


ISO_DATE = _IsoDate()


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_epilog())
@click.version_option(__version__, prog_name="minutes-kg")
@click.option("--parser", type=click.Choice(["pdfium", "pdfplumber"]), default=None, envvar="MINUTES_KG_PARSER",
              help="PDF parser for every command: pdfium (default, fast) or pdfplumber (the reference; the "
                   "same records, several times slower). Env: MINUTES_KG_PARSER.")
def main(parser: str | None) -> None:
    """Turn governance meeting minutes (PDF) into a knowledge graph with provenance.

    \b
    Typical use:
      minutes-kg extract samples/dag026.pdf                 # a readable summary
      minutes-kg extract samples/dag026.pdf --format json   # the meeting record
      minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf
      minutes-kg --parser pdfplumber extract x.pdf          # the reference parser
    """
    if parser:
        import os

        os.environ["MINUTES_KG_PARSER"] = parser  # read by extraction here and in worker processes


class _Size(click.ParamType):
    """A size in bytes written as 1G, 1.5GB, 512M or a plain number of bytes."""

    name = "SIZE"

    def convert(self, value, param, ctx):
        from minutes_kg.ingest.workers import parse_size

        try:
            return value if isinstance(value, int) else parse_size(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def _limit_options(command):
    """--timeout and --max-memory: what one document may take (extract, ingest)."""
    command = click.option(
        "--max-memory", type=_Size(), default="1G", show_default=True,
        help="Memory (address space) the extraction of one document may use, e.g. 512M, 2G; 0: no limit. "
             "Past it the document fails as `FILE: needed more than 1 GB` and the others go on.")(command)
    return click.option(
        "--timeout", type=click.FloatRange(min=0), default=60, show_default=True,
        help="Seconds the extraction of one document may take; 0: no limit. Past them the document is "
             "stopped and fails as `FILE: took longer than 60 s`; the others go on.")(command)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["summary", "json"]), default="summary", show_default=True,
              help="summary: an overview for a person; json: the validated record (one per line when "
                   "several files are given).")
@click.option("--out", type=OutputPath(folder=True), default=None,
              help="Write JSON records into this folder as <meeting id>.json instead of stdout.")
@_limit_options
def extract(files: tuple[Path, ...], fmt: str, out: Path | None, timeout: float, max_memory: int) -> None:
    """Extract one meeting record per minutes PDF.

    Each record is validated against extractor/record.schema.json before it is printed.
    A file that is not usable minutes (not a PDF, encrypted, no text layer, truncated,
    not minutes) is reported on stderr as `FILE: reason`; the others are still done.
    Each file is extracted in a separate process that keeps --timeout and --max-memory
    (with both 0, in this process, unbounded).

    \b
    Examples:
      minutes-kg extract samples/dag026.pdf --format json > dag026.json
      minutes-kg extract samples/*.pdf --out records/
    """
    from minutes_kg.extractor.pdf_pages import read_file
    from minutes_kg.extractor.summary import summarise
    from minutes_kg.ingest.pipeline import extract_pdf_task, settle_heap
    from minutes_kg.ingest.workers import Limits, run_bounded
    from minutes_kg.names import printable, too_long
    from minutes_kg.records import write_record

    def inputs():  # each file's bytes, or why it cannot be read
        for f in files:
            name = printable(f)  # as the record, the store and every message show it
            try:
                if why := too_long(f):
                    raise BadInputError(name, why, kind="unreadable")
                yield name, read_file(f)
            except BadInputError as exc:
                yield name, exc

    failed = 0
    for name, result in run_bounded(inputs(), extract_pdf_task, Limits(timeout, max_memory), prepare=settle_heap):
        if isinstance(result, Exception) or result[0] != "ok":
            message = str(result) if isinstance(result, Exception) else f"{name}: {result[2]}"
            click.echo(f"minutes-kg: error: {printable(message)}", err=True)
            failed += 1
            continue
        record = result[1]
        if out:
            target = write_record(record, out)
            click.echo(f"{name} -> {printable(target)}", err=True)
        elif fmt == "json":
            indent = 1 if len(files) == 1 else None
            click.echo(json.dumps(record, indent=indent, ensure_ascii=False))
        else:
            click.echo(summarise(record))
            if len(files) > 1:
                click.echo("")
    if failed:
        sys.exit(EXIT_BAD_INPUT if failed == len(files) else EXIT_SOME_FAILED)


@main.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("record", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every missing, extra and wrong item.")
def evaluate(gold: Path, record: Path | None, fmt: str, verbose: bool) -> None:
    """Score extraction against hand-checked gold records.

    GOLD RECORD: score RECORD (a record .json, or a minutes .pdf to extract) against one GOLD record.

    GOLD_DIR [PDF_DIR]: score every gold record `X.json` in GOLD_DIR against the PDF of the same
    name (any case) in PDF_DIR (default GOLD_DIR): a table of F1 per document and entity type,
    the collection's micro-F1, the mean and lowest document F1, and attribute accuracies.

    Prints precision, recall and F1 per entity type (people, actions, decisions,
    ballots, change requests, documents, votes, narrative relations) and the accuracy
    of attributes over matched items (initials, role, owner, due, outcome, position...).

    \b
    Examples:
      minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf -v
      minutes-kg evaluate tests/gold samples
      minutes-kg evaluate tests/gold/layouts samples/layouts --format json
    """
    from minutes_kg.extractor.evaluate import evaluate as score
    from minutes_kg.extractor.evaluate import evaluate_folder, format_folder, format_scores, load_record
    from minutes_kg.names import printable
    from minutes_kg.records import read_record

    if gold.is_dir():
        if record is not None and not record.is_dir():
            _fail(f"{record}: with a gold folder, give a folder of PDFs", 2)
        result = evaluate_folder(gold, [record] if record else None)
        bad_gold = [d["gold_error"] for d in result["documents"].values() if "gold_error" in d]
        for line in bad_gold:  # each unreadable gold record is one line; the others are scored
            click.echo(f"minutes-kg: error: {line}", err=True)
        if not result["documents"]:
            _fail(f"{gold}: no gold records (*.json) in this folder", 2)
        if not any("scores" in d for d in result["documents"].values()):
            _fail(f"{gold}: no gold record has a PDF of the same name in {record or gold}",
                  EXIT_BAD_INPUT if bad_gold else 2)
        click.echo(json.dumps(result, indent=1) if fmt == "json" else format_folder(result, verbose=verbose))
        if bad_gold:
            sys.exit(EXIT_SOME_FAILED)
        return
    if record is None or record.is_dir():
        _fail(f"{gold}: give the record or PDF to score against this gold record", 2)
    try:
        gold_record = read_record(gold)
        predicted = load_record(record)
    except BadInputError as exc:  # not JSON, nested too deep, not an object; a PDF that is not minutes
        _fail(printable(str(exc)), EXIT_BAD_INPUT)
    scores = score(gold_record, predicted)
    if fmt == "json":
        click.echo(json.dumps(scores, indent=1))
    else:
        click.echo(format_scores(scores, verbose=verbose))


STORE_HELP = "Embedded store file (default $MINUTES_KG_STORE or ~/.local/share/minutes-kg/store.db)."
ALIASES_HELP = "JSON aliases file that forces or vetoes person merges (default $MINUTES_KG_ALIASES)."


def _open(neo4j: bool = False, store: Path | None = None, aliases: Path | None = None, create: bool = False):
    """The embedded store (for reading, ``create=False``, it must exist) or Neo4j; their errors are
    MinutesKgErrors (exit 6, 5), an aliases file that cannot be used exits 3."""
    from minutes_kg.graph.store import open_graph_store

    try:
        return open_graph_store("neo4j" if neo4j else "embedded", store, aliases=aliases, create=create)
    except (FileNotFoundError, ValueError) as exc:  # the aliases file
        _fail(str(exc), EXIT_BAD_INPUT)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--neo4j", "use_neo4j", is_flag=True,
              help="Load into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) instead.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Extraction worker processes (default: as many as the machine can run). Never more than "
                   "the machine can run: its cores, and its available memory at --max-memory each; a larger "
                   "number is lowered to that, with a one-line notice on stderr. Workers start only when "
                   "documents need them and die with this command.")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process", show_default=True,
              help="Where extraction runs: local worker processes (keeping --timeout and --max-memory), or a "
                   "Dask cluster (--scheduler), where the cluster's own worker limits apply instead.")
@_limit_options
@click.option("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@click.option("--force", is_flag=True, help="Reload documents even when unchanged.")
@click.option("--failures", type=OutputPath(), default=None,
              help="JSON Lines report of the files that failed (default: ingest-failures.jsonl beside the store, "
                   "or in the current folder with --neo4j).")
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help=ALIASES_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; only errors.")
def ingest(paths, store, use_neo4j, jobs, executor, scheduler, timeout, max_memory, force, failures, aliases, fmt,
           quiet) -> None:
    """Extract, validate and load minutes into the graph.

    PATHS are minutes PDFs, record .json files (from `extract --out`), folders (searched
    recursively) and .zip / .tar.gz archives (read in memory; unsafe ones are refused).
    Each document loads whole or not at all, in its own transaction. A document already loaded
    (same content hash) is skipped before extraction; a changed one replaces its own facts.
    A bad file is reported as `FILE: reason` and in the failures report, and the rest still load.
    Two ingests into one embedded store take turns, document by document, and both land.
    Ctrl-C stops between documents and keeps what is loaded; run again to finish.
    The same content twice in one run (two names, many copies in an archive) is extracted once;
    the copies are reported unchanged. Each document is extracted in a worker process that keeps
    --timeout and --max-memory: a document past them fails alone, and the rest load.

    \b
    Exit status: 0 all loaded; 1 some files failed; 3 every file failed; 6 the store cannot be
    written; 130 interrupted.
    \b
    Examples:
      minutes-kg ingest samples/
      minutes-kg ingest --jobs 4 archive-2023.zip more-minutes/
      NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... minutes-kg ingest --neo4j samples/
    """
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from minutes_kg.ingest.pipeline import count_inputs, expand
    from minutes_kg.ingest.pipeline import ingest as run_ingest
    from minutes_kg.ingest.workers import Limits, plan_jobs

    limits = Limits(timeout, max_memory)
    jobs, notice = plan_jobs(jobs, limits)
    if notice and executor == "process":
        click.echo(f"minutes-kg: notice: {notice}", err=True)
    target = _open(use_neo4j, store, aliases, create=True)
    files = expand(paths)
    total = count_inputs(files)
    show = not quiet and fmt == "text" and sys.stderr.isatty()
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), transient=True, disable=not show)
    pages = {"n": 0}
    started: dict = {"t": None}

    def done(outcome):
        started["t"] = started["t"] or time.perf_counter()
        pages["n"] += outcome.pages
        elapsed = max(time.perf_counter() - started["t"], 1e-6)
        progress.update(task, advance=1, rate=f"{pages['n'] / elapsed:.1f} pages/s")
        if outcome.status == "failed":
            line = f"minutes-kg: error: {outcome.path}: {outcome.reason}"
            if show:
                progress.console.print(line, style="red", highlight=False, markup=False)
            else:
                click.echo(line, err=True)

    if failures is None:
        failures = Path(getattr(target, "path", "store")).parent / "ingest-failures.jsonl"  # beside the store
    try:
        with progress:
            task = progress.add_task("ingesting", total=total, rate="")
            summary = run_ingest(files, target, jobs=jobs, force=force, executor=executor, scheduler=scheduler,
                                 limits=limits, on_done=done, failures_path=failures)
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc), 2)
    finally:
        target.close()
    outcomes = summary.outcomes
    if fmt == "json":
        click.echo(json.dumps({"outcomes": [o.__dict__ for o in outcomes], "counts": summary.counts(),
                               "seconds": round(summary.seconds, 3), "interrupted": summary.interrupted,
                               "failures_report": str(failures)}, indent=1))
    elif not quiet:
        where = str(getattr(target, "path", "Neo4j"))
        click.echo(f"{len(outcomes)} documents in {summary.seconds:.1f}s: "
                   + ", ".join(f"{n} {s}" for s, n in summary.counts().items()) + f" -> {where}")
        if summary.failed:
            click.echo(f"failures listed in {failures}")
    if summary.interrupted:
        click.echo("minutes-kg: interrupted: documents loaded so far are kept; run again to finish", err=True)
        sys.exit(130)
    if summary.failed:
        sys.exit(EXIT_BAD_INPUT if len(summary.failed) == len(outcomes) else EXIT_SOME_FAILED)


@main.command()
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help=ALIASES_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one object on stdout, the meetings pushed and the counts per status.")
def push(store, aliases, fmt) -> None:
    """Copy the embedded store into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE),
    one meeting per transaction.

    Which Neo4j: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) when it is set, which wins; else the
    server `minutes-kg neo4j start` runs (found by its state file in $MINUTES_KG_NEO4J_DIR, default
    ~/.local/share/minutes-kg/neo4j); neither is an error (exit 5).

    \b
    Examples:
      minutes-kg neo4j start && minutes-kg push
      NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... minutes-kg push
      minutes-kg push --format json
    """
    from minutes_kg.graph.neo4j_server import connection
    from minutes_kg.graph.neo4j_store import Neo4jStore
    from minutes_kg.graph.sync import push_counts, push_store

    with _open(False, store, aliases) as emb, Neo4jStore(**connection(), aliases=aliases) as neo:
        results = push_store(emb, neo)
    if fmt == "json":
        click.echo(json.dumps({"meetings": len(results), "counts": push_counts(results),
                               "results": [r.__dict__ for r in results]}, indent=1))
        return
    click.echo(f"pushed {len(results)} meetings to Neo4j: "
               + ", ".join(f"{r.meeting} {r.status}" for r in results))


NEO4J_DIR_OPTION = click.option(
    "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    envvar="MINUTES_KG_NEO4J_DIR", show_envvar=True,
    help="The server's data folder: databases, logs, password, state (default "
         "$XDG_DATA_HOME/minutes-kg/neo4j, i.e. ~/.local/share/minutes-kg/neo4j).")
NEO4J_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                                   show_default=True, help="json: one object on stdout, for scripts.")


@main.group("neo4j")
def neo4j_group() -> None:
    """Run Neo4j Community 5.26 on this machine, in the background, to push the graph into and query it.

    The server comes from the repository's launcher (graph/neo4j_launcher/: built once with Maven from
    Maven Central, Java 17+), serves Bolt on 127.0.0.1:7687 (no HTTP, so no Neo4j Browser at :7474:
    connect Neo4j Desktop's Browser or cypher-shell to the Bolt URI) and keeps its databases, logs,
    password (mode 0600) and state in one data folder, so `status`, `stop` and `push` find it.

    \b
    Examples:
      minutes-kg neo4j start                  # prints the export line to use it
      eval "$(minutes-kg neo4j start)"        # ... and sets it in this shell
      minutes-kg push                         # finds the running server when NEO4J_URI is unset
      minutes-kg neo4j status
      minutes-kg neo4j stop
    """


def _neo4j_text(info) -> str:
    where = f"{info.uri} (pid {info.pid}, Neo4j {info.version}, since {info.started_at})"
    return f"{where}\ndata folder: {info.data_dir}\nlog: {info.log}"


@neo4j_group.command("start")
@NEO4J_DIR_OPTION
@click.option("--port", type=click.IntRange(0, 65535), default=7687, show_default=True,
              help="Bolt port (0: any free port, reported).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--password", default=None,
              help="Password of user neo4j (8+ characters; default: the stored one, else a new random one).")
@click.option("--heap", default="512m", show_default=True, help="Java heap of the server.")
@NEO4J_FORMAT_OPTION
def neo4j_start(data_dir, port, host, password, heap, fmt) -> None:
    """Start Neo4j in the background (it outlives this command) and print how to reach it.

    stdout gets the line to paste (`export NEO4J_URI=... NEO4J_USERNAME=neo4j NEO4J_PASSWORD=...`),
    stderr says where it runs. Already running: says so, prints the same, exit 0. The first start
    builds the launcher with Maven (downloads about 175 MB into ~/.m2; a minute or more).

    \b
    Exit status: 0 running; 5 it could not start (no java, no mvn, port taken, build failed).
    """
    import contextlib
    import time

    from rich.console import Console

    from minutes_kg.graph import neo4j_server as ns

    err = Console(stderr=True, highlight=False)
    status = err.status("starting Neo4j ...") if err.is_terminal and fmt == "text" else None
    began: list[float] = []

    def on_build(line: str) -> None:
        if not began:
            began.append(time.monotonic())
            click.echo("first start: building Neo4j from Maven Central with mvn (about 175 MB into ~/.m2, "
                       f"a minute or more; log {ns.build_log()})", err=True)
        if status is not None:
            status.update(f"building ({time.monotonic() - began[0]:.0f}s): {line[:100]}")

    with status or contextlib.nullcontext():
        info = ns.start(data_dir, port, host=host, password=password, heap=heap, on_build=on_build)
    if fmt == "json":
        click.echo(json.dumps(info.as_json(), indent=1))
        return
    state = "already running" if info.already_running else f"started in {info.start_seconds}s"
    click.echo(f"Neo4j {state}: {_neo4j_text(info)}", err=True)
    click.echo("Neo4j Browser: not served (Bolt only); connect Neo4j Desktop's Browser or cypher-shell to "
               f"{info.uri}. Set this to use it:", err=True)
    click.echo(info.export_line())


@neo4j_group.command("stop")
@NEO4J_DIR_OPTION
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds to wait for a clean shutdown before killing it.")
@NEO4J_FORMAT_OPTION
def neo4j_stop(data_dir, timeout, fmt) -> None:
    """Stop the server cleanly and wait until it is gone and its port is free (not running: says so, exit 0)."""
    import time

    from minutes_kg.graph import neo4j_server as ns

    t0 = time.monotonic()
    info, was_running = ns.stop(data_dir, timeout)
    seconds = round(time.monotonic() - t0, 2)
    if fmt == "json":
        click.echo(json.dumps({"stopped": was_running, "pid": info.pid if was_running else None,
                               "seconds": seconds, "data_dir": str(info.data_dir)}, indent=1))
    elif was_running:
        click.echo(f"stopped Neo4j (pid {info.pid}, {info.uri}) in {seconds}s")
    else:
        click.echo(f"not running (data folder {info.data_dir})")


@neo4j_group.command("status")
@NEO4J_DIR_OPTION
@NEO4J_FORMAT_OPTION
def neo4j_status(data_dir, fmt) -> None:
    """Whether the server runs: its URI, pid, data folder and log, and the export line to use it.

    \b
    Exit status: 0 running; 5 stopped.
    """
    from minutes_kg.graph import neo4j_server as ns

    info = ns.status(data_dir)
    if fmt == "json":
        click.echo(json.dumps(info.as_json(), indent=1))
    elif info.running:
        click.echo(f"running: {_neo4j_text(info)}")
        click.echo(info.export_line())
    else:
        click.echo(f"stopped (data folder {info.data_dir})")
    if not info.running:
        sys.exit(EXIT_NEO4J)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the meeting record (minutes-kg/record@2) to stdout.

    \b
    Example:
      minutes-kg schema > record.schema.json
    """
    from minutes_kg.records import record_schema

    click.echo(json.dumps(record_schema(), indent=1, ensure_ascii=False))


@main.command()
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help=ALIASES_HELP)
@click.option("--report", is_flag=True, help="List every merge of people across documents, with its reason.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def resolve(store, aliases, report, fmt) -> None:
    """Entity resolution across documents: which keys were merged, and why.

    The text report also lists the people whose names fit but who were kept apart, and why
    (named together in one meeting, a veto, a name that fits two people).
    Correct a merge in the aliases file ({"merge": [[alias, canonical]], "veto": [[a, b]]})
    and re-run ingest with --force.
    """
    from minutes_kg.graph.resolve import kept_apart, merges_in

    with _open(False, store, aliases) as emb:
        people = emb.people()
        merges = merges_in(people, emb.merges(), emb.aliases, emb.named_together)
        held = kept_apart(people, emb.aliases, emb.named_together) if fmt == "text" else []
    if fmt == "json":
        click.echo(json.dumps([m.__dict__ for m in merges], indent=1))
        return
    if not merges:
        click.echo("no merges: every person key stands alone")
    for m in merges:
        click.echo(f"{m.alias} -> {m.canonical}: {m.reason}")
    for h in held:
        click.echo(f"{' / '.join(h.keys)}: not merged: {h.reason}")


@main.command()
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--to", "fmt", type=click.Choice(["graphml", "json", "cypher", "csv", "store-json"]), required=True)
@click.option("--out", type=OutputPath(folder=None), required=True,
              help="Output file (a folder for csv: one typed file per label and relationship type, and "
                   "IMPORT.txt, the neo4j-admin command that imports them).")
def export(store, fmt, out) -> None:
    """Export the embedded graph: GraphML (Gephi, yEd), node-link JSON, a Cypher script,
    CSV files for `neo4j-admin database import full`, or the whole store as one JSON file
    (store-json: opening that file as a store imports it back)."""
    from minutes_kg.graph import export as ex

    with _open(False, store) as emb:
        ex.export(emb, fmt, out)
    click.echo(f"wrote {out}")


@main.command()
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--neo4j", "use_neo4j", is_flag=True, help="Count in Neo4j instead.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(store, use_neo4j, fmt) -> None:
    """Node counts per label and relationship counts per type."""
    with _open(use_neo4j, store) as target:
        counts = target.counts()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=1))
        return
    for section, items in counts.items():
        click.echo(f"{section}:")
        for k, n in items.items():
            click.echo(f"  {k:<32} {n:>6}")


def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    if fmt == "markdown":
        if not rows:
            click.echo("_(no rows)_")
            return
        cols = list(rows[0])
        click.echo("| " + " | ".join(cols) + " |")
        click.echo("| " + " | ".join("---" for _ in cols) + " |")
        for r in rows:
            cells = ["" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in r.values()]
            click.echo("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        return
    if fmt == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [])
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v) if isinstance(v, list) else v for k, v in r.items()})
        return
    if not rows:
        click.echo("(no rows)")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in rows[0]:
        table.add_column(col, overflow="fold")

    def cell(v) -> str:
        text = "" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v)
        return text if len(text) <= 90 else text[:89] + "…"

    for r in rows:
        table.add_row(*[cell(v) for v in r.values()])
    Console(width=Console().width if sys.stdout.isatty() else 160).print(table)


BACKEND_OPTION = click.option("--backend", type=click.Choice(["embedded", "neo4j"]), default="embedded",
                              show_default=True)


@main.command()
@click.argument("name")
@click.argument("args", nargs=-1)
@BACKEND_OPTION
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table",
              show_default=True)
@click.option("--owner", default=None, help="actions: only those owned by this key (e.g. org:programme).")
@click.option("--open", "open_only", is_flag=True, help="actions: only open ones.")
@click.option("--overdue", is_flag=True, help="actions: open and due before --as-of.")
@click.option("--as-of", type=ISO_DATE, default=None, help="actions --overdue: the date to compare with (YYYY-MM-DD).")
@click.option("--meeting", default=None,
              help="decisions: only this meeting (e.g. DAG026); actions: those it listed, with their status there.")
@click.option("--cr", default=None, help="decisions, actions: only those concerning this CR.")
def query(name, args, backend, store, fmt, owner, open_only, overdue, as_of, meeting, cr) -> None:
    """Run a named query on the embedded graph or on Neo4j; both give the same rows.

    \b
    Queries:
      cr-history CR          every event of a CR across meetings, in time order
      votes CR               ballots on a CR per constituency and person
      who-decided CR         the deciding decision(s) beside that meeting's advisory vote
      constituency SEAT      how a seat voted over time ("DNO Representative", "dno")
      seats [SEAT]           who sat in each seat, per body, first and last meeting seen
      alignment              pairwise agreement between seats over all votes
      person NAME            meetings, seats, deputising, actions, votes ("Sarah Jones", "Matt McKeon")
      actions                [--owner KEY] [--open] [--overdue --as-of DATE] [--meeting M]
      decisions              [--meeting M] [--cr CR]
      documents              baselined documents and versions
      path A B               how two entities connect (keys, names), with evidence per step
      attendance MEETING     present (seats, organisations, deputising), apologies ("DAG026")
      meeting-votes MEETING  a meeting's ballots, positions counted against the stated tally
      entities               the name, id and title of every entity
    \b
    Examples:
      minutes-kg query cr-history CR027
      minutes-kg query votes CR018 --format json
      minutes-kg query actions --open --overdue --as-of 2023-09-01
      minutes-kg query seats "DNO Representative"
      minutes-kg query path "Sarah Jones" CR018 --backend neo4j
    """
    from minutes_kg.queries.backends import open_queries
    from minutes_kg.queries.registry import options

    opts = options(name, owner=owner, open_only=open_only, overdue=overdue, as_of=as_of, meeting=meeting, cr=cr)
    with open_queries(backend, store) as queries:
        rows = queries.run(name, list(args), **opts)
    _print_rows(rows, fmt)


@main.command()
@click.argument("cr")
@click.option("--out", type=OutputPath(), required=True,
              help="Output file: .html for a self-contained page with a timeline figure, .md for Markdown.")
@BACKEND_OPTION
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
def dossier(cr, out, backend, store) -> None:
    """Write a dossier for change request CR: its title, who raised it, its status and who decided it
    (and whether against the advisory vote), a timeline, the votes with their tally check, decisions,
    actions and linked documents, every line cited to meeting and page. Names, never keys.

    \b
    Examples:
      minutes-kg dossier CR018 --out cr018.html      # one offline page, inline CSS
      minutes-kg dossier CR018 --out cr018.md        # Markdown
    """
    from minutes_kg.queries import dossier as dz

    data = dz.dossier(cr, out, store=store, backend=backend)
    click.echo(f"wrote {out} ({len(data['history'])} events, {len(data['votes'])} ballots, "
               f"{len(data['decisions'])} decisions)")


@main.command()
@click.argument("meeting")
@click.option("--out", type=OutputPath(), required=True,
              help="Output file: .html for a self-contained page, .md for Markdown.")
@BACKEND_OPTION
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
def report(meeting, out, backend, store) -> None:
    """Write the report of one MEETING (e.g. DAG026): who was present (seats, organisations), who
    deputised for whom, apologies, decisions, votes with the check of their tally (positions counted
    from the ballots against the tally the minutes state), actions with owners and due dates, and the
    documents baselined, every line cited to meeting and page.

    \b
    Examples:
      minutes-kg report DAG026 --out dag026.html
      minutes-kg report DAG026 --out dag026.md --backend neo4j
    """
    from minutes_kg.queries import report as rp

    data = rp.report(meeting, out, store=store, backend=backend)
    click.echo(f"wrote {out} ({len(data['attendance'])} attendees, {len(data['decisions'])} decisions, "
               f"{len({v['vote'] for v in data['votes']})} votes, {len(data['actions'])} actions)")


@main.command()
@click.option("--cr", default=None, help="Centre the view on this change request.")
@click.option("--meeting", default=None, help="Centre the view on this meeting (e.g. DAG026).")
@click.option("--person", default=None, help="Centre the view on this person (name, name form or key).")
@click.option("--hops", type=click.IntRange(1, VIZ_MAX_HOPS), default=1, show_default=True,
              help=f"How many relationships out from the centre to reach (at most {VIZ_MAX_HOPS}).")
@click.option("--limit", type=click.IntRange(1, VIZ_MAX_LIMIT), default=VIZ_DEFAULT_LIMIT, show_default=True,
              help=f"At most this many nodes, nearest first (at most {VIZ_MAX_LIMIT}).")
@click.option("--out", type=OutputPath(), required=True, help="The HTML file to write.")
@click.option("--store", type=click.Path(path_type=Path), default=None, help=STORE_HELP)
def viz(cr, meeting, person, hops, limit, out, store) -> None:
    """Write an interactive view (one self-contained HTML file, no network needed) of a neighbourhood
    of the graph: zoom and pan, arrows and relationship labels, find a node by name, show or hide each
    type of node, click a node for its properties and the quotes that state its relationships.

    \b
    Examples:
      minutes-kg viz --cr CR018 --out cr018-graph.html
      minutes-kg viz --person "Sarah Jones" --hops 2 --out sarah.html
      minutes-kg viz --meeting DAG026 --hops 3 --limit 2000 --out dag026.html
    """
    from minutes_kg.graph.store import open_store
    from minutes_kg.queries import viz as vz
    from minutes_kg.queries.backends import EmbeddedQueries

    chosen = [(kind, x) for kind, x in (("cr", cr), ("meeting", meeting), ("person", person)) if x]
    if len(chosen) != 1:
        _fail("give exactly one of --cr, --meeting, --person", 2)
    with EmbeddedQueries(open_store(store, create=False)) as queries:  # the view reads the embedded store
        data = vz.view(queries, *chosen[0], hops=hops, limit=limit)
    vz.write(data, out)
    more = "" if data["complete"] else f"; the limit of {limit} nodes left out more (raise --limit)"
    click.echo(f"wrote {out} ({len(data['nodes'])} nodes, {len(data['edges'])} relationships{more})")


if __name__ == "__main__":  # pragma: no cover
    main()
