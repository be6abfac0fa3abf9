"""The embedded SQLite store as users meet it: clear one-line errors, two writers at once, readers during a
write, and read commands that start without the extraction pipeline."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, cli
from minutes_kg.graph.load import load
from minutes_kg.graph.store import open_store

from minutes_kg.errors import StoreError

sys.path.insert(0, str(ROOT / "benchmarks"))
EXE = Path(sys.executable).with_name("minutes-kg")


@pytest.fixture(scope="module")
def generated_records(records):
    """60 distinct meeting records made from the samples (new meeting ids, dates and hashes)."""
    from gen_records import generate

    return generate(60, list(records.values()))


def _write_folder(folder: Path, recs: list[dict]) -> Path:
    folder.mkdir(parents=True)
    for r in recs:
        (folder / f"{r['meeting']['id']}.json").write_text(json.dumps(r))
    return folder


def _facts(path: Path):
    with open_store(path, create=False) as s:
        g = s.to_networkx()
        return (s.meetings(), sorted(g.nodes),
                sorted((a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in g.edges(data=True)))


def _one_line_error(result, *words: str) -> None:
    assert result.returncode == 6, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutes-kg: error: "), result.stderr
    for w in words:
        assert w in lines[0], lines[0]


# errors ------------------------------------------------------------------------------------------
def test_a_read_of_a_store_that_does_not_exist(tmp_path):
    missing = tmp_path / "typo.db"
    reads = (["stats"], ["query", "cr-history", "CR018"], ["resolve", "--report"],
             ["export", "--to", "json", "--out", str(tmp_path / "x")])
    for args in reads:
        _one_line_error(cli(*args, "--store", str(missing)), str(missing), "no store there")
    assert not missing.exists()


@pytest.mark.parametrize("content,reason", [
    (b"hello, not a store\n", "neither SQLite nor a JSON store"),
    (b"", "an empty file"),
    (b'{"meetings": []}', "JSON without a store format"),
    (b'[1, 2, 3]', "JSON without a store format"),
    (b'{"format": "minutes-kg/store@1", "nodes": 5}', "'nodes' is not a list"),
    (b'{"format": "minutes-kg/store@1", "nodes": [1], "edges": []', "invalid JSON"),
])
def test_a_file_that_is_not_a_store(tmp_path, content, reason):
    path = tmp_path / "store.json"
    path.write_bytes(content)
    _one_line_error(cli("stats", "--store", str(path)), str(path), "not a minutes-kg store" if content else "", reason)
    _one_line_error(cli("ingest", "samples/dag026.pdf", "--store", str(path)), str(path), reason)
    assert path.read_bytes() == content  # left as it was


def test_an_sqlite_database_of_something_else(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    _one_line_error(cli("stats", "--store", str(path)), str(path), "an SQLite database of something else")


def test_a_corrupt_store(tmp_path, records):
    path = tmp_path / "store.db"
    with open_store(path) as s:
        for r in records.values():
            load(r, s)
    data = bytearray(path.read_bytes())
    data[4096:len(data)] = os.urandom(len(data) - 4096)  # keep the header page, ruin the rest
    path.write_bytes(bytes(data))
    result = cli("query", "cr-history", "CR018", "--store", str(path))
    _one_line_error(result, str(path), "corrupt")


def test_a_full_disk_keeps_the_store_as_it_was(tmp_path, records):
    first, *rest = sorted(records.values(), key=lambda r: r["meeting"]["id"])
    with open_store(tmp_path / "store.db") as s:
        load(first, s)
        before = s.counts()
        pages = s.con.execute("PRAGMA page_count").fetchone()[0]
        s.con.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is full after one more page
        with pytest.raises(StoreError, match="no space left on the disk") as info:
            for r in rest:
                load(r, s)
        assert str(tmp_path / "store.db") in str(info.value)
        assert s.counts() == before and s.meetings() == [first["meeting"]["id"]]


def test_a_full_disk_under_the_cli(tmp_path, records, generated_records):
    """The file system refuses to grow the store (a file size limit on the command): one line, exit 6, and
    every document committed before is still there, whole."""
    import resource

    path = tmp_path / "store.db"
    with open_store(path) as s:
        for r in records.values():
            load(r, s)
        before = s.counts()
    folder = _write_folder(tmp_path / "more", generated_records[:20])
    limit = path.stat().st_size + 16 * 1024

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([str(EXE), "ingest", str(folder), "--store", str(path), "--jobs", "1",
                             "--failures", str(tmp_path / "failures.jsonl")], capture_output=True, text=True,
                            cwd=ROOT, preexec_fn=small_files)
    _one_line_error(result, str(path), "the disk refused a write")
    with open_store(path, create=False) as s:
        after = s.counts()
        loaded = len(s.meetings()) - len(records)
        assert after["nodes"]["Meeting"] == after["nodes"]["SourceDocument"] == len(records) + loaded
    assert loaded < 20 and (loaded > 0 or after == before)


def _as_nobody(*args: str):
    return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(EXE), *args],
                          capture_output=True, text=True, cwd="/")


def _nobody_can_run_the_cli() -> bool:
    if not shutil.which("setpriv"):
        return False
    probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(EXE), "--version"],
                           capture_output=True, text=True, cwd="/")
    return probe.returncode == 0


@pytest.mark.skipif(os.geteuid() == 0 and not _nobody_can_run_the_cli(),
                    reason="root ignores permissions, and no other user can run this checkout's CLI")
def test_a_read_only_folder(records):
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="minutes-kg-ro-"))  # a folder every user can reach
    folder = tmp_path / "ro"
    folder.mkdir()
    with open_store(folder / "store.db") as s:
        for r in records.values():
            load(r, s)
    folder.chmod(0o555)
    (folder / "store.db").chmod(0o444)
    tmp_path.chmod(0o755)
    run = _as_nobody if os.geteuid() == 0 else cli
    try:
        _one_line_error(run("ingest", str(ROOT / "samples" / "dag026.pdf"), "--force", "--store",
                            str(folder / "store.db"), "--failures", "/dev/null"), str(folder / "store.db"), "read-only")
        _one_line_error(run("ingest", str(ROOT / "samples" / "dag026.pdf"), "--store", str(folder / "new.db")),
                        str(folder / "new.db"), "read-only folder")
        reading = run("query", "cr-history", "CR018", "--store", str(folder / "store.db"), "--format", "json")
        assert reading.returncode == 0, reading.stderr  # a read-only store can still be read
        assert json.loads(reading.stdout)[0]["cr"] == "CR018"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(tmp_path)


# two writers, readers during a write ---------------------------------------------------------------
def _ingest(folder: Path, store: Path) -> subprocess.Popen:
    return subprocess.Popen([str(EXE), "ingest", str(folder), "--store", str(store), "--jobs", "1", "--format",
                             "json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_concurrent_ingests_of_different_folders_both_land(tmp_path, generated_records):
    a = _write_folder(tmp_path / "a", generated_records[0::2])
    b = _write_folder(tmp_path / "b", generated_records[1::2])
    store = tmp_path / "store.db"
    procs = [_ingest(a, store), _ingest(b, store)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert json.loads(out)["counts"]["inserted"] == 30
    reference = tmp_path / "reference.db"
    with open_store(reference) as s:
        for r in generated_records:
            load(r, s)
    assert _facts(store) == _facts(reference)
    assert len(_facts(store)[0]) == 60


def test_a_reader_during_a_write_sees_whole_documents(tmp_path, generated_records):
    folder = _write_folder(tmp_path / "docs", generated_records)
    store = tmp_path / "store.db"
    with open_store(store):
        pass  # the store exists before the writer starts
    writer = _ingest(folder, store)
    seen, slowest = [], 0.0
    try:
        while writer.poll() is None:
            t0 = time.perf_counter()
            with open_store(store, create=False) as s, s.snapshot():  # two reads, one state
                n_sources = len(s.meetings())
                counts = s.counts()["nodes"]
            slowest = max(slowest, time.perf_counter() - t0)
            # every committed document is there whole: its meeting, its source document, its votes
            assert counts.get("Meeting", 0) == counts.get("SourceDocument", 0) == n_sources
            seen.append(n_sources)
            time.sleep(0.02)
    finally:
        out, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err
    assert seen == sorted(seen), "a reader never sees documents disappear"
    assert len(set(seen)) > 2, f"the reader saw the store grow while it was written: {seen}"
    assert slowest < 5.0, "readers do not wait for the writer (it holds its lock for up to 60 s)"


def test_a_query_reads_one_state_of_the_store(tmp_path, records):
    """A document another process commits while a query runs is not mixed into its rows; the next query sees it."""
    first, second = sorted(records.values(), key=lambda r: r["meeting"]["id"])[:2]
    path = tmp_path / "store.db"
    with open_store(path) as writer, open_store(path, create=False) as reader:
        load(first, writer)
        with reader.snapshot():
            before = reader.counts()
            load(second, writer)  # committed meanwhile
            assert reader.counts() == before and reader.meetings() == [first["meeting"]["id"]]
        assert len(reader.meetings()) == 2 and reader.counts() != before


def test_a_writer_that_waits_too_long_gets_a_clear_error(tmp_path, records):
    path = tmp_path / "store.db"
    with open_store(path) as holder, open_store(path) as waiting:
        holder.con.execute("BEGIN IMMEDIATE")  # another process writing, for long
        waiting.con.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(StoreError, match="busy: another process"):
            load(next(iter(records.values())), waiting)
        holder.con.execute("ROLLBACK")
        assert load(next(iter(records.values())), waiting).status == "inserted"


# start-up ------------------------------------------------------------------------------------------
HEAVY = ("spacy", "pdfplumber", "pdfminer", "pypdfium2", "fastjsonschema", "networkx")


def _imported(*args: str) -> set[str]:
    code = ("import sys, runpy; sys.argv = ['minutes-kg', *sys.argv[1:]]\n"
            "from minutes_kg.cli import main\n"
            "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
            f"print('\\nIMPORTED', sorted(m for m in {HEAVY!r} if m in sys.modules), code)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    line = next(x for x in out.stdout.splitlines() if x.startswith("IMPORTED"))
    assert line.endswith(" 0"), out.stderr
    return set(eval(line.split(" ", 1)[1].rsplit(" ", 1)[0]))


def test_read_commands_and_a_no_op_ingest_do_not_import_the_extraction_pipeline(tmp_path):
    store = tmp_path / "store.db"
    pdfs = [str(p) for p in sorted((ROOT / "samples").glob("*.pdf"))]
    assert cli("ingest", *pdfs, "--store", str(store), "--quiet").returncode == 0
    assert _imported("ingest", *pdfs, "--store", str(store), "--quiet", "--jobs", "1") == set()
    assert _imported("query", "cr-history", "CR018", "--store", str(store), "--format", "json") == set()
    assert _imported("stats", "--store", str(store)) == set()
    assert _imported("dossier", "CR018", "--store", str(store), "--out", str(tmp_path / "d.html")) == set()
    assert _imported("viz", "--cr", "CR018", "--store", str(store), "--out", str(tmp_path / "v.html")) == set()
