"""Every hostile file at once, beside the five samples, in one `minutes-kg ingest --jobs 2` with the
default limits: the five samples are stored, every bad file is reported (on stderr and in the failures
report), the run ends within 5 minutes, and the memory of the whole process tree (the command and its
workers, sampled) stays under 1.5 GB. The files come from the generators the single-case tests use
(tests/bad_inputs.py, tests/hostile_pdfs.py, tests/hostile_archives.py); the big ones are written into
tmp_path here, never committed."""

import json
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import psutil
from conftest import SAMPLES
from hostile_archives import MB, damaged_tar, non_utf8_name, tar_of, with_nul_name, zip_bomb, zip_of
from hostile_pdfs import inflate_bomb, long_line, many_pages, no_mediabox, xobject_bomb
from minutes_kg.graph.store import open_store

EXE = Path(sys.executable).with_name("minutes-kg")
SAMPLE_IDS = ["CCAG011", "CCAG012", "DAG025", "DAG026", "DAG027"]
LIMIT_S = 300
LIMIT_BYTES = 1.5 * 1024**3


def _hostile_folder(folder: Path, bad_inputs: dict[str, Path]) -> set[str]:
    """Write every hostile file into ``folder``; return the path each must be reported under."""
    dag025 = (SAMPLES / "dag025.pdf").read_bytes()
    dag026 = (SAMPLES / "dag026.pdf").read_bytes()
    expected: set[str] = set()

    def put(name: str, data: bytes, *reported: str) -> None:
        (folder / name).write_bytes(data)
        expected.update(reported or (str(folder / name),))

    for path in bad_inputs.values():  # not PDFs, empty, encrypted, scanned, a letter, truncated, damaged
        put(path.name, path.read_bytes())
    for make, name in [(xobject_bomb, "xobject_bomb.pdf"), (long_line, "long_line.pdf"),
                       (no_mediabox, "no_mediabox2.pdf"), (inflate_bomb, "inflate_bomb.pdf")]:
        make(folder / name)
        expected.add(str(folder / name))
    many_pages(folder / "many_pages.pdf", 5_001)  # one page past the bound
    expected.add(str(folder / "many_pages.pdf"))
    zip_bomb(folder / "bomb.zip")  # 4,000 members of 1 MB
    expected.add(str(folder / "bomb.zip"))
    deep = zip_of({"a.zip": zip_of({"b.zip": zip_of({"c.zip": zip_of({"x.pdf": dag025})})})})
    put("deep.zip", deep, f"{folder / 'deep.zip'}!a.zip!b.zip!c.zip")
    put("damaged.tar", damaged_tar({"a.pdf": dag025, "b.pdf": dag026, "c.pdf": dag025}, damaged=1),
        f"{folder / 'damaged.tar'}!b.pdf")
    put("nul.zip", with_nul_name({"copy.pdf": dag026}, "evil\0.pdf"), f"{folder / 'nul.zip'}!evil\\x00.pdf")
    crc = bytearray(zip_of({"copy25.pdf": dag025, "crc.pdf": dag026}, zipfile.ZIP_STORED))
    crc[crc.index(dag026[:200]) + 1000] ^= 0xFF
    put("crc.zip", bytes(crc), f"{folder / 'crc.zip'}!crc.pdf")
    put("same200.zip", zip_of({f"copy{n:03d}.pdf": dag026 for n in range(200)}), *())  # stored once, no error
    expected.discard(str(folder / "same200.zip"))
    (folder / non_utf8_name(b"na\xefve")).write_bytes(dag026[: len(dag026) // 3])
    expected.add(f"{folder}/na\\xefve.pdf")
    put("names.tar", tar_of({non_utf8_name(b"r\xe9sum\xe9") + "x": dag025}), *())
    expected.discard(str(folder / "names.tar"))
    put("deep-record.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
    return expected


def _peak_rss(proc: subprocess.Popen, peak: list[int], stop: threading.Event) -> None:
    """Sample the resident memory of the process and all its children until it ends."""
    try:
        parent = psutil.Process(proc.pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            for p in [parent, *parent.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        peak[0] = max(peak[0], total)
        time.sleep(0.05)


def test_every_hostile_file_with_the_samples_in_one_batch(tmp_path, bad_inputs):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _hostile_folder(folder, bad_inputs)
    # names no file system holds, given on the command line as a user might type them
    long_name = tmp_path / ("n" * 300 + ".pdf")
    long_path = tmp_path.joinpath(*["d" * 200] * 25, "x.pdf")
    expected |= {str(long_name), str(long_path)}
    for pdf in SAMPLES.glob("*.pdf"):
        (folder / pdf.name).write_bytes(pdf.read_bytes())
    store = tmp_path / "store.db"
    failures = tmp_path / "failures.jsonl"

    peak, stop = [0], threading.Event()
    t0 = time.monotonic()
    command = [str(EXE), "ingest", str(folder), str(long_name), str(long_path), "--store", str(store),
               "--jobs", "2", "--failures", str(failures)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, errors="replace")
    sampler = threading.Thread(target=_peak_rss, args=(proc, peak, stop), daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=LIMIT_S)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
    elapsed = time.monotonic() - t0
    sampler.join(5)

    assert proc.returncode == 1, err[-2000:]
    assert "Traceback" not in err and "Traceback" not in out
    with open_store(store, create=False) as s:
        assert sorted(s.meetings()) == SAMPLE_IDS
    lines = [ln for ln in err.splitlines() if ln.startswith("minutes-kg: error: ")]
    assert all(ln.startswith("minutes-kg: error: ") for ln in err.splitlines() if ln.strip()), err[-2000:]
    reported = {json.loads(line)["path"] for line in failures.read_text().splitlines()}
    assert sorted(expected - reported) == [], "not reported"
    assert sorted(reported - expected) == [], "reported, though good (or not made to fail)"
    for path in expected:
        assert any(ln.startswith(f"minutes-kg: error: {path}: ") for ln in lines), path
    assert elapsed < LIMIT_S
    assert peak[0] < LIMIT_BYTES, f"peak memory of the run {peak[0] / MB:.0f} MB"
    print(f"hostile batch: {len(expected)} bad files reported, 5 samples stored, {elapsed:.1f} s, "
          f"peak {peak[0] / MB:.0f} MB")
