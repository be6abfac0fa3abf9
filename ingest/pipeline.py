"""Batch ingest: discover inputs, skip what is already loaded, extract in workers, load with one writer.

- inputs: PDFs, record JSON files, folders (recursive) and zip / tar archives (read in memory, safely);
- a manifest of content hashes (the store's sources; Neo4j's SourceDocument nodes): an unchanged
  document is skipped before it is extracted, ``force`` redoes it;
- extraction is a pure function of a file's bytes (``extract_task``), run in worker processes that
  keep each document's time and memory limits (``workers.py``: an overrun fails that document only),
  or on a Dask cluster; only the writer touches the store;
- the same content twice in one batch (several names, or many copies in one archive) is extracted once;
- a bad file is an outcome, never an exception: the batch goes on;
- each document is loaded in its own transaction (``graph/load.py``): Ctrl-C stops between documents
  and a killed run loses nothing committed; running again finishes the job;
- nothing of the extraction pipeline (spaCy, pdfplumber, the schema) is imported until a document
  needs extracting: a re-ingest of unchanged files only hashes them.
"""

from __future__ import annotations

import hashlib
import json
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from minutes_kg.extractor.errors import BadInputError
from minutes_kg.graph.backend import GraphStore
from minutes_kg.graph.load import load

from minutes_kg.names import printable, too_long
from minutes_kg.records import loads_json

from .archives import ARCHIVE_SUFFIXES, is_archive, read_members
from .workers import TOO_MUCH_MEMORY, UNLIMITED, BoundedPool, Limits, plan_jobs

INPUT_SUFFIXES = (".pdf", ".json")


@dataclass
class Outcome:
    path: str
    status: str  # inserted | updated | unchanged | failed
    meeting: str | None = None
    reason: str | None = None
    kind: str | None = None
    pages: int = 0
    same_as: str | None = None  # an earlier input of the batch with the same content (extracted once)


@dataclass
class Item:
    name: str
    data: bytes | None = None
    error: BadInputError | None = None

    def __post_init__(self) -> None:
        self.name = printable(self.name)  # as the store, the failures report and the error line show it


# discovery --------------------------------------------------------------------------------------
def _files_under(p: Path) -> list[Path]:
    return sorted(x for x in p.rglob("*") if x.is_file() and (x.suffix.lower() in INPUT_SUFFIXES or is_archive(x)))


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the inputs (PDF, JSON, archives) found under folders named."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += _files_under(p) if not too_long(p) and p.is_dir() else [p]
    return out


def count_inputs(files: list[Path]) -> int:
    """How many documents the files hold (archive members counted from their listings)."""
    import tarfile
    import zipfile

    n = 0
    for f in files:
        if is_archive(f) and not too_long(f) and f.exists():
            try:
                if zipfile.is_zipfile(f):
                    with zipfile.ZipFile(f) as z:
                        n += sum(i.filename.lower().endswith(INPUT_SUFFIXES) for i in z.infolist())
                    continue
                with tarfile.open(f, "r:*") as t:
                    n += sum(m.isfile() and m.name.lower().endswith(INPUT_SUFFIXES) for m in t.getmembers())
                    continue
            except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError):
                pass
        n += 1
    return n


def items(files: list[Path]) -> Iterator[Item]:
    """Each input's bytes, read lazily, one at a time."""
    for f in files:
        if why := too_long(f):
            yield Item(str(f), error=BadInputError(str(f), why, kind="unreadable"))
            continue
        if is_archive(f):
            try:
                for member, data in read_members(f):
                    yield Item(member.name, error=data) if isinstance(data, BadInputError) else Item(member.name, data)
            except BadInputError as exc:
                yield Item(str(f), error=exc)
            continue
        if not f.exists():
            yield Item(str(f), error=BadInputError(str(f), "no such file", kind="missing"))
            continue
        if f.suffix.lower() not in INPUT_SUFFIXES and not f.name.lower().endswith(ARCHIVE_SUFFIXES):
            yield Item(str(f), error=BadInputError(str(f), "not a PDF, record JSON or archive (by its name)",
                                                   kind="not-pdf"))
            continue
        try:
            yield Item(str(f), f.read_bytes())
        except OSError as exc:
            yield Item(str(f), error=BadInputError(str(f), f"cannot read ({exc.strerror})", kind="unreadable"))


# the pure extraction task --------------------------------------------------------------------------
def extract_task(name: str, data: bytes) -> tuple:
    """('ok', record) or ('failed', kind, reason): plain values, so any executor can carry them.
    A record JSON (by its name) is validated; anything else is read as a PDF."""
    return _extract(name, data, records=True)


def extract_pdf_task(name: str, data: bytes) -> tuple:
    """The same for a file that must be a PDF whatever its name (``minutes-kg extract``)."""
    return _extract(name, data, records=False)


def _extract(name: str, data: bytes, records: bool) -> tuple:
    from minutes_kg.extractor.record import extract_bytes
    from minutes_kg.extractor.schema import InvalidRecordError

    try:
        if records and name.lower().endswith(".json"):
            return "ok", _record_from_json(name, data)
        return "ok", extract_bytes(data, name)
    except BadInputError as exc:  # about another file than this one (a bad change-ids file): named too
        return "failed", exc.kind, exc.reason if exc.path == name else str(exc)
    except InvalidRecordError as exc:
        return "failed", "invalid-record", str(exc).removeprefix(f"{name}: ")
    except MemoryError:
        return "failed", TOO_MUCH_MEMORY, None  # the pool words it with its limit
    except Exception as exc:  # an extractor bug must not stop a batch; it is reported like a bad file
        return "failed", "internal-error", f"{exc.__class__.__name__}: {exc}"


def _record_from_json(name: str, data: bytes) -> dict:
    from minutes_kg.extractor.schema import InvalidRecordError, validate_record

    try:
        record = loads_json(data, name)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInputError(name, f"not valid JSON ({exc})", kind="bad-json") from exc
    try:
        validate_record(record, source=name)
    except InvalidRecordError as exc:
        raise BadInputError(name, str(exc).split(": ", 1)[-1], kind="invalid-record") from exc
    return record


def _sha_of(name: str, data: bytes) -> str | None:
    if name.lower().endswith(".json"):
        try:
            return loads_json(data, name)["source"]["sha256"]
        except (BadInputError, ValueError, KeyError, TypeError):
            return None
    return hashlib.sha256(data).hexdigest()


# executors --------------------------------------------------------------------------------------
class _Executor(Protocol):
    def submit(self, key: int, name: str, data: bytes) -> None: ...
    def pending(self) -> int: ...
    def results(self, block: bool) -> list[tuple[int, tuple]]: ...
    def close(self) -> None: ...


class _Inline:
    """In this process, without limits (``executor="inline"``, or ``--jobs 1 --timeout 0 --max-memory 0``)."""

    def __init__(self) -> None:
        self.done: list[tuple[int, tuple]] = []
        self.settled = False

    def submit(self, key: int, name: str, data: bytes) -> None:
        if not self.settled:  # the first document to extract: load the pipeline, settle the heap
            settle_heap()
            self.settled = True
        result = extract_task(name, data)
        if result[0] == "failed" and result[1] == TOO_MUCH_MEMORY:
            result = ("failed", TOO_MUCH_MEMORY, UNLIMITED.memory_reason())
        self.done.append((key, result))

    def pending(self) -> int:
        return 0

    def results(self, block: bool) -> list[tuple[int, tuple]]:
        out, self.done = self.done, []
        return out

    def close(self) -> None:
        pass


class _Dask:
    """On a Dask cluster: the cluster's own limits apply (worker memory, nanny restarts), not --timeout
    and --max-memory."""

    def __init__(self, scheduler: str):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("--executor dask needs the 'distributed' package "
                               "(pip install 'minutes-kg[dask]')") from exc
        self.client = Client(scheduler)
        self.futures: dict[Any, int] = {}

    def submit(self, key: int, name: str, data: bytes) -> None:
        self.futures[self.client.submit(extract_task, name, data, pure=False)] = key

    def pending(self) -> int:
        return len(self.futures)

    def results(self, block: bool) -> list[tuple[int, tuple]]:
        from distributed import wait

        if not self.futures:
            return []
        if block:
            wait(list(self.futures), return_when="FIRST_COMPLETED")
        done = [f for f in self.futures if f.done()]
        return [(self.futures.pop(f), _result(f)) for f in done]

    def close(self) -> None:
        self.client.close()


def _result(future: Any) -> tuple:
    try:
        return future.result()
    except Exception as exc:  # a worker that died (killed, out of memory)
        return "failed", "worker-error", f"{exc.__class__.__name__}: {exc}"


def settle_heap() -> None:
    """Load the extractor's long-lived state (spaCy pipeline, schema) and move everything alive now out of
    the collector's way: PDF parsing makes millions of short-lived objects, and every full collection
    would otherwise walk the whole heap (the store, the pipeline) again. Measured: about 20% of
    extraction time on the generated archive."""
    import gc

    from minutes_kg.extractor.narrative import pipeline
    from minutes_kg.extractor.schema import schema

    pipeline()
    schema()
    gc.collect()
    gc.freeze()


# the batch --------------------------------------------------------------------------------------
@dataclass
class Summary:
    outcomes: list[Outcome]
    seconds: float
    interrupted: bool = False

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def counts(self) -> dict[str, int]:
        return {s: sum(o.status == s for o in self.outcomes) for s in ("inserted", "updated", "unchanged", "failed")}


def ingest(paths: Iterable[str | Path], store: GraphStore, *, jobs: int | None = None, force: bool = False,
           executor: str = "process", scheduler: str | None = None, limits: Limits | None = None,
           on_done: Callable[[Outcome], None] | None = None, failures_path: Path | None = None) -> Summary:
    """Load every input into ``store`` (any ``graph.backend.GraphStore``: the embedded store, Neo4j).

    ``limits``: the time and memory one document may take (``workers.Limits``; default 60 s, 1 GB),
    each document extracted in a worker process that keeps them; ``jobs`` workers at most, never more
    than the machine can run (``workers.plan_jobs``). Identical content (the same bytes under several
    names) is extracted once; the other copies are reported as it is, ``unchanged`` with ``same_as``.
    """
    t0 = time.perf_counter()
    files = expand(paths)
    limits = Limits() if limits is None else limits
    jobs, _notice = plan_jobs(jobs, limits)
    ex: _Executor
    if executor == "dask":
        if not scheduler:
            raise ValueError("--executor dask needs --scheduler ADDRESS")
        ex = _Dask(scheduler)
    elif executor == "inline" or (jobs <= 1 and not limits.bounded):
        ex = _Inline()
    else:
        ex = BoundedPool(jobs, limits, extract_task, prepare=settle_heap)
    known = set() if force else store.known_hashes()
    outcomes: list[Outcome] = []
    state = {"stop": False}

    def stop(signum: int, frame: object) -> None:
        state["stop"] = True

    old_handler = signal.getsignal(signal.SIGINT)
    try:
        signal.signal(signal.SIGINT, stop)
    except ValueError:  # not the main thread
        old_handler = None

    def record_outcome(out: Outcome) -> None:
        outcomes.append(out)
        if on_done:
            on_done(out)

    names: dict[int, str] = {}  # task key -> the input's name
    shas: dict[int, str | None] = {}
    first: dict[str, str] = {}  # content hash -> the first input of this batch holding it
    settled: dict[str, Outcome] = {}  # content hash -> the outcome of that first input
    waiting: dict[str, list[str]] = {}  # content hash -> later inputs holding it, until the first settles

    def copy_of(name: str, original: Outcome) -> Outcome:
        """A later input with the same content as ``original``: not extracted again; unchanged (the
        store holds that content now), or failed for the same reason."""
        if original.status == "failed":
            return Outcome(name, "failed", original.meeting, original.reason, original.kind, same_as=original.path)
        return Outcome(name, "unchanged", original.meeting, same_as=original.path)

    def write(key: int, result: tuple) -> None:
        name, sha = names.pop(key), shas.pop(key)
        if result[0] != "ok":
            out = Outcome(name, "failed", reason=result[2], kind=result[1])
        else:
            record = result[1]
            res = load(record, store, force=force)
            out = Outcome(name, res.status, res.meeting, pages=record["source"]["pages"])
        record_outcome(out)
        if sha is not None:
            settled[sha] = out
            for later in waiting.pop(sha, []):
                record_outcome(copy_of(later, out))

    def drain(block: bool) -> None:
        for key, result in ex.results(block=block):
            write(key, result)

    in_flight_limit = max(2, 2 * jobs)
    try:
        for key, item in enumerate(items(files)):
            if state["stop"]:
                break
            if item.error is not None:
                record_outcome(Outcome(item.name, "failed", reason=item.error.reason, kind=item.error.kind))
                continue
            assert item.data is not None
            sha = _sha_of(item.name, item.data)
            if sha and sha in known:
                record_outcome(Outcome(item.name, "unchanged"))
                continue
            if sha and sha in first:  # the same content earlier in this batch: extracted once
                if sha in settled:
                    record_outcome(copy_of(item.name, settled[sha]))
                else:
                    waiting.setdefault(sha, []).append(item.name)
                continue
            if sha:
                first[sha] = item.name
            names[key], shas[key] = item.name, sha
            ex.submit(key, item.name, item.data)
            while ex.pending() >= in_flight_limit and not state["stop"]:
                drain(block=True)
            drain(block=False)
        while not state["stop"] and (names or ex.pending()):
            drain(block=True)
    finally:
        ex.close()
        if old_handler is not None:
            signal.signal(signal.SIGINT, old_handler)
    summary = Summary(outcomes, time.perf_counter() - t0, interrupted=state["stop"])
    if failures_path is not None:
        write_failures(summary.failed, failures_path)
    return summary


def write_failures(failed: list[Outcome], path: Path) -> None:
    """A JSON Lines report: one {"path", "kind", "reason"} per failed input (empty file when none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as fh:
        for o in failed:
            fh.write(json.dumps({"path": o.path, "kind": o.kind, "reason": o.reason}) + "\n")


def outcome_dict(o: Outcome) -> dict:
    return asdict(o)
