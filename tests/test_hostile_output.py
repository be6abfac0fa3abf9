"""Output that cannot be written, inputs that are not what they claim, dates that are not dates (issue 11).

Every case runs the real command line, as a user would (stdout on /dev/full, closed, or a pipe nobody
reads), and checks the one error line, the exit status, and what was (or was not) written or stored.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SAMPLES, cli

EXE = str(Path(sys.executable).with_name("minutes-kg"))
FULL = "minutes-kg: error: stdout: cannot write (No space left on device)\n"
CLOSED = "minutes-kg: error: stdout: cannot write (it is closed)\n"
PIPE = "minutes-kg: error: stdout: cannot write (Broken pipe)\n"


@pytest.fixture(scope="module")
def store(records, tmp_path_factory) -> Path:
    """The five sample meetings in an embedded store."""
    from minutes_kg.graph.load import load
    from minutes_kg.graph.store import open_store

    path = tmp_path_factory.mktemp("output") / "store.db"
    with open_store(path) as s:
        for record in records.values():
            load(record, s)
    return path


@pytest.fixture(scope="module")
def record_json(records, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("record") / "DAG026.json"
    path.write_text(json.dumps(records["DAG026"]))
    return path


def run(args: list[str], stdout: str) -> subprocess.CompletedProcess:
    """The CLI with stdout on /dev/full ("full"), closed ("closed"), or a pipe closed before it writes ("pipe")."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if stdout == "full":
        with open("/dev/full", "w") as full:
            return subprocess.run([EXE, *args], stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    if stdout == "closed":
        return subprocess.run([EXE, *args], stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
                              preexec_fn=lambda: os.close(1))
    proc = subprocess.Popen([EXE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=env)
    assert proc.stdout is not None
    proc.stdout.close()  # nobody reads: the first write is EPIPE
    _, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, None, err)


def stored(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {m for (m,) in con.execute("SELECT meeting FROM sources")}


COMMANDS = {
    "help": lambda s, r, t: ["--help"],
    "command-help": lambda s, r, t: ["query", "--help"],
    "schema": lambda s, r, t: ["schema"],
    "stats": lambda s, r, t: ["stats", "--store", str(s)],
    "query-table": lambda s, r, t: ["query", "cr-history", "CR018", "--store", str(s)],
    "query-json": lambda s, r, t: ["query", "actions", "--format", "json", "--store", str(s)],
    "query-csv": lambda s, r, t: ["query", "actions", "--format", "csv", "--store", str(s)],
    "query-markdown": lambda s, r, t: ["query", "decisions", "--format", "markdown", "--store", str(s)],
    "resolve": lambda s, r, t: ["resolve", "--store", str(s)],
    "evaluate": lambda s, r, t: ["evaluate", str(GOLD / "DAG026.json"), str(r)],
    "export": lambda s, r, t: ["export", "--to", "json", "--out", str(t / "graph.json"), "--store", str(s)],
}


@pytest.mark.parametrize("stdout", ["full", "closed", "pipe"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_stdout_that_cannot_be_written_is_one_line_and_exit_7(store, record_json, tmp_path, command, stdout):
    result = run(COMMANDS[command](store, record_json, tmp_path), stdout)
    assert result.stderr == {"full": FULL, "closed": CLOSED, "pipe": PIPE}[stdout]
    assert result.returncode == 7


@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_ingest_whose_summary_cannot_be_written_keeps_what_it_loaded(tmp_path, stdout):
    """The documents are loaded (and the store, opened while stdout was closed, is not written through
    fd 1); only the summary is lost, said in one line."""
    target = tmp_path / "store.db"
    bad = tmp_path / "broken.pdf"
    bad.write_bytes((SAMPLES / "dag025.pdf").read_bytes()[:5000])
    result = run(["ingest", str(SAMPLES / "dag026.pdf"), str(bad), "--store", str(target), "--jobs", "1"], stdout)
    reason = json.loads((tmp_path / "ingest-failures.jsonl").read_text())["reason"]
    lost = FULL if stdout == "full" else CLOSED
    assert result.stderr.splitlines() == [f"minutes-kg: error: {bad}: {reason}", lost.strip()]
    assert result.returncode == 7
    assert stored(target) == {"DAG026"}


def test_extract_to_full_stdout_still_reports_each_bad_file(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"not a pdf")
    result = run(["extract", str(bad), str(SAMPLES / "dag026.pdf"), "--format", "json"], "full")
    assert result.stderr.splitlines()[0].startswith(f"minutes-kg: error: {bad}: ")
    assert result.stderr.splitlines()[1:] == [FULL.strip()]
    assert result.returncode == 7


def _out_cases(tmp_path: Path) -> list[tuple[list[str], Path, str]]:
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    long_name = tmp_path / ("n" * 300 + ".html")
    long_path = tmp_path.joinpath(*["d" * 200] * 25, "x.md")
    proc = Path("/proc/minutes-kg-test.cypher")
    proc_why = ("cannot write (No such file or directory)" if os.geteuid() == 0
                else "cannot write in /proc (Permission denied)")
    return [
        (["extract", str(SAMPLES / "dag026.pdf"), "--out", str(a_file)], a_file,
         "is a file, not a folder: give a folder"),
        (["dossier", "CR018", "--out", str(folder)], folder, "is a folder: give a file name"),
        (["viz", "--cr", "CR018", "--out", str(long_name)], long_name,
         "file name too long (305 bytes; the limit is 255)"),
        (["report", "DAG026", "--out", str(long_path)], long_path,
         f"path too long ({len(str(long_path))} bytes; the limit is 4095)"),
        (["export", "--to", "graphml", "--out", str(a_file / "g.graphml")], a_file / "g.graphml",
         "cannot write (Not a directory)"),
        (["export", "--to", "graphml", "--out", str(folder)], folder, "cannot write (Is a directory)"),
        (["export", "--to", "cypher", "--out", str(proc)], proc, proc_why),  # root may write anywhere but there
    ]


@pytest.mark.parametrize("case", range(7))
def test_an_out_that_cannot_be_written_is_one_line_and_exit_7(store, tmp_path, case):
    args, out, why = _out_cases(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = cli(*args, "--store", str(store)) if args[0] != "extract" else cli(*args)
    assert result.stderr == f"minutes-kg: error: {out}: {why}\n"
    assert result.returncode == 7
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing half-written


def test_ingest_with_a_failures_report_that_cannot_be_written_does_no_work(tmp_path):
    folder = tmp_path / "report"
    folder.mkdir()
    result = cli("ingest", str(SAMPLES / "dag026.pdf"), "--store", str(tmp_path / "store.db"), "--failures",
                 str(folder))
    assert result.stderr == f"minutes-kg: error: {folder}: is a folder: give a file name\n"
    assert result.returncode == 7
    assert not (tmp_path / "store.db").exists()


# inputs that are not what they claim --------------------------------------------------------------
ALIASES = {
    "a JSON list": ("[1, 2]", 'not an aliases file: it must be one JSON object {"merge": [[alias, canonical], ...], '
                              '"veto": [[key, key], ...]}'),
    "a list for merge": ('{"merge": {"a": "b"}}', 'not an aliases file: it must be one JSON object {"merge": '
                                                  '[[alias, canonical], ...], "veto": [[key, key], ...]}'),
    "a string": ('"merge"', 'not an aliases file: it must be one JSON object {"merge": [[alias, canonical], ...], '
                            '"veto": [[key, key], ...]}'),
    "nested deep": ('{"merge": ' + "[" * 100_000 + "]" * 100_000 + "}",
                    "JSON nested deeper than 64 levels: refused"),
    "not JSON": ("{merge", "not valid JSON (Expecting property name enclosed in double quotes at line 1)"),
    "not text": (b'{"merge": \xff}', "not valid JSON (not text in utf-8: invalid start byte at byte 10)"),
}


@pytest.mark.parametrize("shape", list(ALIASES))
def test_an_aliases_file_of_the_wrong_shape_is_one_line_naming_it(tmp_path, store, shape):
    text, why = ALIASES[shape]
    aliases = tmp_path / "aliases.json"
    aliases.write_bytes(text if isinstance(text, bytes) else text.encode())
    target = tmp_path / "store.db"
    result = cli("ingest", str(SAMPLES / "dag026.pdf"), "--store", str(target), "--aliases", str(aliases))
    assert result.stderr == f"minutes-kg: error: {aliases}: {why}\n"
    assert result.returncode == 3
    assert not target.exists() or not stored(target)  # refused before anything was loaded
    shown = cli("resolve", "--store", str(store), "--aliases", str(aliases))
    assert (shown.stderr, shown.returncode) == (result.stderr, 3)


def test_an_aliases_file_that_is_a_folder_is_one_line(tmp_path, store):
    result = cli("resolve", "--store", str(store), "--aliases", str(tmp_path))
    assert result.stderr == f"minutes-kg: error: {tmp_path}: cannot read (Is a directory)\n"
    assert result.returncode == 3


def _deep(tmp_path: Path, name: str = "deep.json") -> Path:
    path = tmp_path / name
    path.write_text('{"meeting": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return path


def test_a_record_json_nested_100000_deep_is_one_line_in_ingest_and_the_rest_loads(tmp_path, record_json):
    deep = _deep(tmp_path)
    listed = tmp_path / "list.json"
    listed.write_text("[" + json.dumps(json.loads(record_json.read_text())) + "]")
    result = cli("ingest", str(deep), str(listed), str(record_json), str(SAMPLES / "dag025.pdf"),
                 "--store", str(tmp_path / "store.db"), "--jobs", "1")
    errors = [line for line in result.stderr.splitlines() if line.startswith("minutes-kg: error:")]
    assert errors[0] == f"minutes-kg: error: {deep}: JSON nested deeper than 64 levels: refused"
    assert errors[1].startswith(f"minutes-kg: error: {listed}: ") and len(errors) == 2
    assert result.returncode == 1
    report = [json.loads(line) for line in (tmp_path / "ingest-failures.jsonl").read_text().splitlines()]
    assert [(r["path"], r["kind"]) for r in report] == [(str(deep), "bad-json"), (str(listed), "invalid-record")]
    assert stored(tmp_path / "store.db") == {"DAG025", "DAG026"}


def test_a_record_json_nested_100000_deep_is_one_line_in_evaluate(tmp_path, record_json):
    deep = _deep(tmp_path)
    as_record = cli("evaluate", str(GOLD / "DAG026.json"), str(deep))
    assert as_record.stderr == f"minutes-kg: error: {deep}: JSON nested deeper than 64 levels: refused\n"
    assert as_record.returncode == 3
    as_gold = cli("evaluate", str(deep), str(record_json))
    assert (as_gold.stderr, as_gold.returncode) == (as_record.stderr, 3)
    listed = tmp_path / "list.json"
    listed.write_text("[]")
    not_object = cli("evaluate", str(GOLD / "DAG026.json"), str(listed))
    assert not_object.stderr == f"minutes-kg: error: {listed}: not a meeting record (a JSON array, not an object)\n"
    assert not_object.returncode == 3


def test_a_gold_folder_with_a_record_nested_too_deep_scores_the_others(tmp_path):
    golds = tmp_path / "gold"
    golds.mkdir()
    for stem in ("DAG025", "DAG026"):
        (golds / f"{stem}.json").write_text((GOLD / f"{stem}.json").read_text())
    deep = _deep(golds, "DAG027.json")
    result = cli("evaluate", str(golds), str(SAMPLES), "--format", "json")
    assert result.stderr == f"minutes-kg: error: {deep}: JSON nested deeper than 64 levels: refused\n"
    assert result.returncode == 1
    docs = json.loads(result.stdout)["documents"]
    assert {k for k, d in docs.items() if "scores" in d} == {"DAG025", "DAG026"}
    assert docs["DAG027"]["error"] == "gold record: JSON nested deeper than 64 levels: refused"


# dates -----------------------------------------------------------------------------------------
BAD_DATES = {"not-a-date": "'not-a-date' is not a date: give YYYY-MM-DD, e.g. 2023-09-01",
             "2023-02-30": "'2023-02-30' is not a date (day is out of range for month)",
             "2023-9-1": "'2023-9-1' is not a date: give YYYY-MM-DD, e.g. 2023-09-01",
             "01/09/2023": "'01/09/2023' is not a date: give YYYY-MM-DD, e.g. 2023-09-01"}


def _overdue(store: Path, as_of: str, *extra: str):
    return cli("query", "actions", "--overdue", "--as-of", as_of, "--format", "json", "--store", str(store), *extra)


@pytest.mark.parametrize("date", list(BAD_DATES))
@pytest.mark.parametrize("backend", ["embedded", "neo4j"])
def test_a_date_that_is_not_a_date_is_a_usage_error(store, date, backend):
    result = _overdue(store, date, "--backend", backend)
    assert result.returncode == 2
    assert f"Error: Invalid value for '--as-of': {BAD_DATES[date]}" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_a_real_date_compares_as_a_date_on_both_backends(store, records, neo4j_server, neo4j_store):
    from minutes_kg.graph.load import load

    for record in records.values():
        load(record, neo4j_store)
    embedded = json.loads(_overdue(store, "2023-09-01").stdout)
    assert embedded and all(r["due"] < "2023-09-01" and r["status"] == "open" for r in embedded)
    env = {"NEO4J_URI": neo4j_server["uri"], "NEO4J_USERNAME": neo4j_server["user"],
           "NEO4J_PASSWORD": neo4j_server["password"]}
    exe = Path(sys.executable).with_name("minutes-kg")
    neo = subprocess.run([str(exe), "query", "actions", "--overdue", "--as-of", "2023-09-01", "--format", "json",
                          "--backend", "neo4j"], capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env})
    assert neo.returncode == 0, neo.stderr
    assert json.loads(neo.stdout) == embedded
    earlier = json.loads(_overdue(store, "2023-06-01").stdout)
    assert len(earlier) < len(embedded)  # compared as dates: fewer actions were overdue earlier


def test_a_json_store_nested_100000_deep_is_one_line(tmp_path):
    deep = tmp_path / "store.json"
    deep.write_text('{"format": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = cli("stats", "--store", str(deep))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"minutes-kg: error: {deep}: not a minutes-kg store (JSON nested too deep to read)"]


def test_a_change_ids_file_nested_100000_deep_is_one_line_naming_it(tmp_path):
    deep = tmp_path / "ids.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = subprocess.run([str(Path(sys.executable).with_name("minutes-kg")), "extract",
                             str(SAMPLES / "dag026.pdf")], capture_output=True, text=True,
                            env={**os.environ, "MINUTES_KG_CHANGE_IDS": str(deep)})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("minutes-kg: error: ")
    assert line.endswith(f"MINUTES_KG_CHANGE_IDS={deep}: nested too deep to read")


@pytest.mark.parametrize("command", ["dossier CR018", "report DAG026", "viz --cr CR018"])
def test_pages_are_written_with_the_users_file_mode(store, tmp_path, command):
    """A page is as readable as any file the user writes (the umask decides), not the owner's alone."""
    out = tmp_path / "page.html"
    result = subprocess.run(["sh", "-c", 'umask 022 && exec "$@"', "sh", str(Path(sys.executable).with_name(
        "minutes-kg")), *command.split(), "--store", str(store), "--out", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o644
