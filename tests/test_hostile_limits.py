"""Hostile PDFs (tests/hostile_pdfs.py) fail alone, with one exact line, and the good documents of the
same batch are stored: per-document time and memory limits kept by worker processes, bounds on
inflated content, pages, characters a page and a line, --jobs capped, workers dying with their parent,
and identical content extracted once. Low --timeout / --max-memory keep each case to seconds."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, cli
from hostile_pdfs import inflate_bomb, long_line, many_pages, xobject_bomb
from minutes_kg.extractor.errors import BadInputError
from minutes_kg.extractor.pdf_pages import parse_pdf
from minutes_kg.graph.store import open_store
from minutes_kg.ingest.workers import Limits, format_size, parse_size, plan_jobs, worker_cap

GOOD = SAMPLES / "dag026.pdf"  # meeting DAG026
EXE = Path(sys.executable).with_name("minutes-kg")


def meetings(store: Path) -> list[str]:
    with open_store(store, create=False) as s:
        return s.meetings()


def batch(tmp_path: Path, hostile: Path) -> Path:
    """A folder holding the hostile file and a good minutes PDF."""
    folder = tmp_path / "batch"
    folder.mkdir(exist_ok=True)
    shutil.copy(GOOD, folder / "good.pdf")
    if hostile.parent != folder:
        shutil.move(hostile, folder / hostile.name)
    return folder


def run_batch(command: str, folder: Path, store: Path, *options: str) -> subprocess.CompletedProcess:
    """`ingest FOLDER` into ``store``, or `extract` of the folder's PDFs as JSON."""
    if command == "ingest":
        return cli("ingest", str(folder), "--store", str(store), "--jobs", "1", *options)
    return cli("extract", *sorted(str(p) for p in folder.glob("*.pdf")), "--format", "json", *options)


def assert_good_one_done(command: str, result: subprocess.CompletedProcess, store: Path) -> None:
    if command == "ingest":
        assert meetings(store) == ["DAG026"]
    else:
        assert [json.loads(line)["meeting"]["id"] for line in result.stdout.splitlines()] == ["DAG026"]


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_nested_xobject_bomb_takes_too_long_and_the_good_document_is_done(tmp_path, command):
    folder = batch(tmp_path, xobject_bomb(tmp_path / "bomb.pdf"))
    store = tmp_path / "store.db"
    t0 = time.monotonic()
    result = run_batch(command, folder, store, "--timeout", "3", "--max-memory", "0")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [f"minutes-kg: error: {folder / 'bomb.pdf'}: took longer than 3 s"]
    assert_good_one_done(command, result, store)
    assert time.monotonic() - t0 < 60  # stopped at its deadline, not run for ever


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_nested_xobject_bomb_needs_too_much_memory_and_the_good_document_is_done(tmp_path, command):
    folder = batch(tmp_path, xobject_bomb(tmp_path / "bomb.pdf"))
    store = tmp_path / "store.db"
    result = run_batch(command, folder, store, "--max-memory", "500M", "--timeout", "120")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [f"minutes-kg: error: {folder / 'bomb.pdf'}: needed more than 500 MB"]
    assert_good_one_done(command, result, store)


def test_max_memory_below_what_the_extractor_needs_says_so_once_per_document(tmp_path):
    result = cli("extract", str(GOOD), str(SAMPLES / "dag025.pdf"), "--max-memory", "150M", "--format", "json")
    assert result.returncode == 3
    assert result.stdout == ""
    reason = "needed more than 150 MB (the extractor alone needs more than that: raise --max-memory)"
    assert result.stderr.splitlines() == [f"minutes-kg: error: {GOOD}: {reason}",
                                          f"minutes-kg: error: {SAMPLES / 'dag025.pdf'}: {reason}"]


def test_one_line_of_200000_characters_is_refused_and_the_good_document_loads(tmp_path):
    folder = batch(tmp_path, long_line(tmp_path / "line.pdf", 200_000))
    store = tmp_path / "store.db"
    result = run_batch("ingest", folder, store, "--timeout", "30")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"minutes-kg: error: {folder / 'line.pdf'}: refused: page 1 holds 200,000 characters "
        "(the limit is 100,000 a page)"]
    assert meetings(store) == ["DAG026"]


def test_stream_inflating_to_512_mb_is_refused_and_the_good_document_is_extracted(tmp_path):
    bomb = inflate_bomb(tmp_path / "inflate.pdf", megabytes=512)
    assert bomb.stat().st_size < 1 << 20  # under 1 MB on disk
    folder = batch(tmp_path, bomb)
    t0 = time.monotonic()
    result = run_batch("extract", folder, tmp_path / "unused.db", "--max-memory", "700M")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"minutes-kg: error: {folder / 'inflate.pdf'}: refused: its content inflates past 256 MB "
        "(a compression bomb)"]
    assert_good_one_done("extract", result, tmp_path / "unused.db")
    assert time.monotonic() - t0 < 60


def test_inflation_is_counted_unless_the_file_is_too_small_to_reach_the_limit(tmp_path):
    from minutes_kg.extractor.errors import TooLargeError
    from minutes_kg.extractor.pdf_pages import DEFLATE_MAX_RATIO, check_inflation

    bomb = inflate_bomb(tmp_path / "small-bomb.pdf", megabytes=8).read_bytes()  # deflate at its best: ~1000x
    assert 8 << 20 <= len(bomb) * DEFLATE_MAX_RATIO  # the bound holds for the most compressible content
    with pytest.raises(TooLargeError, match="compression bomb"):  # a limit it can pass is counted, and kept
        check_inflation(bomb, "small-bomb.pdf", limit=4 << 20)
    check_inflation(bomb, "small-bomb.pdf", limit=len(bomb) * DEFLATE_MAX_RATIO)  # cannot pass it: not counted


@pytest.mark.parametrize("parser", ["pdfium", "pdfplumber"])
def test_pages_and_lines_past_their_bounds_are_refused_alike_by_both_parsers(tmp_path, parser):
    pages = many_pages(tmp_path / "pages.pdf", 5_001)
    line = long_line(tmp_path / "line.pdf", 6_001)
    for path, reason in [(pages, "refused: 5,001 pages (the limit is 5,000)"),
                         (line, "refused: a line on page 1 holds 6,001 characters (the limit is 5,000 a line)")]:
        with pytest.raises(BadInputError) as info:
            parse_pdf(path, parser=parser)
        assert str(info.value) == f"{path}: {reason}"
        assert info.value.kind == "too-large"


def test_the_bounds_pass_every_sample(tmp_path):
    """Real minutes never meet the bounds: every sample, layout and held-out PDF parses."""
    pdfs = sorted(SAMPLES.glob("**/*.pdf"))
    assert len(pdfs) >= 20
    for pdf in pdfs:
        assert parse_pdf(pdf).n_pages >= 1


def test_same_content_many_times_in_one_zip_is_extracted_once(tmp_path, bad_inputs):
    archive = tmp_path / "copies.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(200):
            z.writestr(f"copies/dag026-{i:03d}.pdf", GOOD.read_bytes())
        z.writestr("other/dag025.pdf", (SAMPLES / "dag025.pdf").read_bytes())
        for i in range(3):
            z.writestr(f"bad/notes-{i}.pdf", bad_inputs["notes"].read_bytes())
    store = tmp_path / "store.db"
    result = cli("ingest", str(archive), "--store", str(store), "--jobs", "2", "--format", "json")
    assert result.returncode == 1, result.stderr
    outcomes = {o["path"].split("!", 1)[1]: o for o in json.loads(result.stdout)["outcomes"]}
    assert len(outcomes) == 204
    first = outcomes["copies/dag026-000.pdf"]
    assert (first["status"], first["meeting"], first["same_as"]) == ("inserted", "DAG026", None)
    assert first["pages"] > 0  # extracted
    for i in range(1, 200):
        copy = outcomes[f"copies/dag026-{i:03d}.pdf"]
        assert (copy["status"], copy["meeting"], copy["pages"]) == ("unchanged", "DAG026", 0)  # not extracted
        assert copy["same_as"] == f"{archive}!copies/dag026-000.pdf"
    assert outcomes["other/dag025.pdf"]["status"] == "inserted"
    bad = [outcomes[f"bad/notes-{i}.pdf"] for i in range(3)]
    assert {(o["status"], o["reason"]) for o in bad} == {("failed", "not a PDF (no %PDF- header)")}
    assert [o["same_as"] for o in bad] == [None, f"{archive}!bad/notes-0.pdf", f"{archive}!bad/notes-0.pdf"]
    assert result.stderr.splitlines() == [f"minutes-kg: error: {archive}!bad/notes-{i}.pdf: not a PDF (no %PDF- header)"
                                          for i in range(3)]
    assert meetings(store) == ["DAG025", "DAG026"]


def test_same_bytes_under_two_names_are_extracted_once(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    shutil.copy(GOOD, a)
    shutil.copy(GOOD, b)
    result = cli("ingest", str(a), str(b), "--store", str(tmp_path / "s.db"), "--format", "json")
    assert result.returncode == 0, result.stderr
    got = [(o["path"], o["status"], o["same_as"]) for o in json.loads(result.stdout)["outcomes"]]
    assert got == [(str(a), "inserted", None), (str(b), "unchanged", str(a))]


def test_jobs_past_what_the_machine_can_run_are_lowered_with_a_notice(tmp_path):
    cap, why = worker_cap(Limits())
    assert cap <= (len(os.sched_getaffinity(0)))
    store = tmp_path / "store.db"
    result = cli("ingest", str(GOOD), "--store", str(store), "--jobs", "100000")
    assert result.returncode == 0, result.stderr
    notice = result.stderr.splitlines()
    assert len(notice) == 1
    assert re.fullmatch(rf"minutes-kg: notice: --jobs 100000 is more than this machine can run "
                        rf"\(\d+ cores?, [\d.]+ [GM]B available at 1 GB per worker\): using {cap}", notice[0]), notice
    assert meetings(store) == ["DAG026"]


def test_job_planning_and_sizes():
    assert plan_jobs(1, Limits()) == (1, None)
    cap, _ = worker_cap(Limits())
    assert plan_jobs(None, Limits()) == (cap, None)
    assert plan_jobs(cap + 1, Limits())[0] == cap
    assert worker_cap(Limits(max_memory=1 << 50))[0] == 1  # no room for even one: one, and it keeps its limit
    assert [parse_size(s) for s in ("1G", "1.5GB", "400M", "512mb", "4096", "0")] == [
        1 << 30, 3 << 29, 400 << 20, 512 << 20, 4096, 0]
    assert [format_size(n) for n in (1 << 30, 3 << 29, 500 << 20)] == ["1 GB", "1.5 GB", "500 MB"]
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        out |= {int(c) for c in (task / "children").read_text().split()}
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_workers_die_when_ingest_is_killed(tmp_path):
    folder = tmp_path / "bombs"
    xobject_bomb(folder / "a.pdf", depth=12)  # two different contents: two busy workers
    xobject_bomb(folder / "b.pdf", depth=13)
    proc = subprocess.Popen([str(EXE), "ingest", str(folder), "--store", str(tmp_path / "s.db"), "--jobs", "2",
                             "--timeout", "0", "--max-memory", "2G"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) == 2, "the two workers never started"
        time.sleep(1)
        assert all(_alive(w) for w in workers)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "workers outlived their parent"
    finally:
        proc.kill()
        for w in workers:  # never leave a bomb running, whatever failed
            if _alive(w):
                os.kill(w, signal.SIGKILL)
