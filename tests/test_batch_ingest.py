"""Batch ingest of folders and archives: bad files reported, unsafe archives refused, resumable, parallel."""

import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, cli
from minutes_kg.graph.store import open_store
from minutes_kg.ingest.pipeline import ingest

sys.path.insert(0, str(ROOT / "benchmarks"))


def graph_facts(store_path: Path):
    with open_store(store_path, create=False) as s:
        g = s.to_networkx()
    nodes = sorted(g.nodes)
    edges = sorted((a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in g.edges(data=True))
    return nodes, edges


def meetings(store_path: Path) -> list[str]:
    with open_store(store_path, create=False) as s:
        return s.meetings()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Eight distinct generated minutes PDFs (the benchmark's generator)."""
    from gen_archive import generate

    return generate(tmp_path_factory.mktemp("gen"), count=8, seed=3)


def _mixed_members(bad_inputs):
    members = {f"minutes/{p.name}": p.read_bytes() for p in sorted(SAMPLES.glob("*.pdf"))}
    members["minutes/broken/truncated.pdf"] = bad_inputs["truncated"].read_bytes()
    members["minutes/encrypted.pdf"] = bad_inputs["encrypted"].read_bytes()
    members["minutes/notes.pdf"] = bad_inputs["notes"].read_bytes()
    members["minutes/readme.txt"] = b"not an input"
    return members


@pytest.mark.parametrize("kind", ["zip", "tar.gz"])
def test_bad_files_in_an_archive_are_reported_and_the_rest_load(bad_inputs, tmp_path, kind):
    members = _mixed_members(bad_inputs)
    archive = tmp_path / f"mixed.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members.items():
                z.writestr(name, data)
    else:
        with tarfile.open(archive, "w:gz") as t:
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    store_path = tmp_path / "store.db"
    result = cli("ingest", str(archive), "--store", str(store_path), "--jobs", "2")
    assert result.returncode == 1, result.stderr  # some failed, not all
    report = [json.loads(line) for line in (tmp_path / "ingest-failures.jsonl").read_text().splitlines()]
    assert {r["kind"] for r in report} == {"truncated", "encrypted", "not-pdf"}
    assert all(r["path"].startswith(str(archive) + "!") for r in report)
    for r in report:
        assert f"{r['path']}: {r['reason']}" in result.stderr
    assert set(meetings(store_path)) == {"DAG025", "DAG026", "DAG027", "CCAG011", "CCAG012"}


def _zip(path: Path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("evil", ["../escape.pdf", "/etc/minutes.pdf", "a/../../escape.pdf"])
def test_path_traversal_archive_is_refused(tmp_path, evil):
    good = (SAMPLES / "dag026.pdf").read_bytes()
    archive = _zip(tmp_path / "evil.zip", {"ok.pdf": good, evil: good})
    store = open_store(tmp_path / "store.db")
    summary = ingest([archive], store, jobs=1)
    assert [o.kind for o in summary.outcomes] == ["unsafe-archive"]
    assert "escapes the archive" in summary.outcomes[0].reason or "absolute path" in summary.outcomes[0].reason
    assert not store.meetings()  # nothing from that archive was loaded
    assert not (tmp_path.parent / "escape.pdf").exists()


def test_zip_bomb_is_refused(tmp_path):
    archive = _zip(tmp_path / "bomb.zip", {"bomb.pdf": b"\0" * (64 * 1024 * 1024)})
    assert archive.stat().st_size < 1024 * 1024
    summary = ingest([archive], open_store(tmp_path / "store.db"), jobs=1)
    (outcome,) = summary.outcomes
    assert outcome.kind == "unsafe-archive" and "compression bomb" in outcome.reason


def test_tar_with_a_link_is_refused(tmp_path):
    archive = tmp_path / "links.tar.gz"
    with tarfile.open(archive, "w:gz") as t:
        data = (SAMPLES / "dag026.pdf").read_bytes()
        info = tarfile.TarInfo("ok.pdf")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("passwd.pdf")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        t.addfile(link)
    summary = ingest([archive], open_store(tmp_path / "store.db"), jobs=1)
    assert [o.kind for o in summary.outcomes] == ["unsafe-archive"]


def test_reingest_skips_unchanged_before_extracting(tmp_path, generated):
    store = open_store(tmp_path / "store.db")
    first = ingest(generated, store, jobs=1)
    assert first.counts()["inserted"] == len(generated)
    again = ingest(generated, open_store(tmp_path / "store.db"), jobs=1)
    assert again.counts() == {"inserted": 0, "updated": 0, "unchanged": len(generated), "failed": 0}
    assert all(o.pages == 0 for o in again.outcomes)  # nothing was extracted


def test_two_processes_give_the_same_graph_as_one(tmp_path, generated):
    ingest(generated, open_store(tmp_path / "one.db"), jobs=1)
    ingest(generated, open_store(tmp_path / "two.db"), jobs=2)
    assert graph_facts(tmp_path / "one.db") == graph_facts(tmp_path / "two.db")


def _interrupted_run(folder: Path, store_path: Path, sig: int) -> int:
    exe = Path(sys.executable).with_name("minutes-kg")
    proc = subprocess.Popen([str(exe), "ingest", str(folder), "--store", str(store_path), "--jobs", "1",
                             "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        if store_path.exists() and store_path.stat().st_size and len(meetings(store_path)) >= 2:
            break
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.communicate(timeout=120)
    return proc.returncode


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_ingest_resumed_equals_uninterrupted(tmp_path, generated, sig):
    folder = generated[0].parent
    reference = tmp_path / "reference.db"
    ingest([folder], open_store(reference), jobs=1)
    store_path = tmp_path / "store.db"
    code = _interrupted_run(folder, store_path, sig)
    assert code == (130 if sig == signal.SIGINT else -signal.SIGKILL)
    partial = meetings(store_path)
    assert 1 <= len(partial) < len(generated), "interrupted part-way"
    result = cli("ingest", str(folder), "--store", str(store_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)["counts"]
    assert counts["inserted"] == len(generated) - len(partial)
    assert graph_facts(store_path) == graph_facts(reference)


def test_dask_executor_on_a_local_cluster(tmp_path, generated):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        summary = ingest(generated[:4], open_store(tmp_path / "dask.db"), executor="dask",
                         scheduler=cluster.scheduler_address)
    assert summary.counts()["inserted"] == 4
    ingest(generated[:4], open_store(tmp_path / "local.db"), jobs=1)
    assert graph_facts(tmp_path / "dask.db") == graph_facts(tmp_path / "local.db")


def test_exit_status_when_everything_fails(bad_inputs, tmp_path):
    result = cli("ingest", str(bad_inputs["notes"]), str(bad_inputs["empty"]), "--store", str(tmp_path / "s.db"))
    assert result.returncode == 3
    assert os.path.exists(tmp_path / "ingest-failures.jsonl")
