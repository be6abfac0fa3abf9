"""Hostile archives and file names (issue 11): each is one line naming the member, the rest of the batch loads.

Every test runs the real command line on files made at test time (tests/hostile_archives.py) and checks
the error line, the exit status, ingest-failures.jsonl and what the store holds.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from conftest import SAMPLES, cli
from hostile_archives import MB, damaged_tar, non_utf8_name, tar_of, with_nul_name, zip_bomb, zip_of
from minutes_kg.ingest import archives

DAG025, DAG026, DAG027 = ((SAMPLES / f"dag02{n}.pdf").read_bytes() for n in (5, 6, 7))


def ingest(tmp_path: Path, *paths: Path | str):
    """Run `minutes-kg ingest` on ``paths``: (result, failures report, {meeting: stored source path})."""
    store = tmp_path / "store.db"
    result = cli("ingest", *map(str, paths), "--store", str(store), "--jobs", "1")
    report_file = tmp_path / "ingest-failures.jsonl"
    report = [json.loads(line) for line in report_file.read_text().splitlines()] if report_file.exists() else []
    sources = {}
    if store.exists():
        with sqlite3.connect(store) as con:
            sources = dict(con.execute("SELECT meeting, path FROM sources"))
    return result, report, sources


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("minutes-kg: error: ")]


def test_a_zip_of_4000_members_of_1_mb_is_refused_as_a_whole(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.zip")  # 4.2 GB unpacked; no member alone looks like a bomb
    assert bomb.stat().st_size < 5 * MB
    with zipfile.ZipFile(bomb) as z:
        infos = z.infolist()
        assert len(infos) == 4000 and all(i.file_size == MB for i in infos)
        assert z.read(infos[-1]) == b"\0" * MB  # a sound zip, not a damaged one
    good = tmp_path / "good.pdf"
    good.write_bytes(DAG026)
    t0 = time.perf_counter()
    result, report, sources = ingest(tmp_path, bomb, good)
    assert time.perf_counter() - t0 < 120  # refused from its directory, not unpacked
    assert result.returncode == 1, result.stderr
    expected = (f"minutes-kg: error: {bomb}: unsafe archive refused: expands to {4000 * MB} bytes from "
                f"{bomb.stat().st_size} on disk (over 200x): a compression bomb")
    assert error_lines(result) == [expected]
    assert report == [{"path": str(bomb), "kind": "unsafe-archive", "reason": expected.split(f"{bomb}: ", 1)[1]}]
    assert sources == {"DAG026": str(good)}


def test_a_tar_gz_bomb_is_refused_while_its_headers_are_read(tmp_path):
    members = {f"m/{n:02d}.pdf": b"\0" * MB for n in range(40)}  # 40 MB from about 40 KB
    bomb = tmp_path / "bomb.tar.gz"
    bomb.write_bytes(tar_of(members, "w:gz"))
    good = tmp_path / "good.pdf"
    good.write_bytes(DAG025)
    result, report, sources = ingest(tmp_path, bomb, good)
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result)
    assert line.startswith(f"minutes-kg: error: {bomb}: unsafe archive refused: expands to at least ")
    assert line.endswith(f"from {bomb.stat().st_size} on disk (over 200x): a compression bomb")
    assert [r["kind"] for r in report] == ["unsafe-archive"]
    assert sources == {"DAG025": str(good)}


def test_archives_inside_an_archive_spend_one_budget(tmp_path):
    """Neither inner zip (12 MB each) is a bomb alone, nor is the outer one by its directory: the second
    inner zip is refused because what was already unpacked counts."""
    inner = zip_of({f"zeros/{n:02d}.pdf": b"\0" * MB for n in range(12)})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_of({"dag026.pdf": DAG026, "one.zip": inner, "two.zip": inner}))
    limit = max(archives.RATIO_FLOOR, archives.MAX_RATIO * outer.stat().st_size)
    assert 12 * MB < limit < 24 * MB  # each inner zip fits, both do not: the case this test is about
    result, report, sources = ingest(tmp_path, outer)
    assert result.returncode == 1, result.stderr
    lines = error_lines(result)
    assert sum(f"{outer}!one.zip!zeros/" in line for line in lines) == 12  # the first was read (and is not PDFs)
    refused = [line for line in lines if f"{outer}!two.zip" in line]
    assert refused == [f"minutes-kg: error: {outer}!two.zip: unsafe archive refused: expands to "
                       f"{len(DAG026) + len(inner) + 12 * MB + len(inner) + 12 * MB} bytes from "
                       f"{outer.stat().st_size} on disk (over 200x): a compression bomb"]
    assert {r["path"] for r in report} >= {f"{outer}!two.zip", f"{outer}!one.zip!zeros/00.pdf"}
    assert sources == {"DAG026": f"{outer}!dag026.pdf"}


def test_archives_inside_archives_are_read_to_three_levels_and_deeper_ones_reported(tmp_path):
    level3 = zip_of({"dag027.pdf": DAG027, "deeper.zip": zip_of({"x.pdf": DAG025})})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_of({"dag025.pdf": DAG025, "in/inner.tar.gz": tar_of({"dag026.pdf": DAG026}, "w:gz"),
                              "a.zip": zip_of({"b.zip": level3})}))
    result, report, sources = ingest(tmp_path, outer)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"minutes-kg: error: {outer}!a.zip!b.zip!deeper.zip: an archive nested more "
                                   f"than 3 deep: not read"]
    assert [r["kind"] for r in report] == ["nested-too-deep"]
    assert sources == {"DAG025": f"{outer}!dag025.pdf", "DAG026": f"{outer}!in/inner.tar.gz!dag026.pdf",
                       "DAG027": f"{outer}!a.zip!b.zip!dag027.pdf"}


def test_an_unsafe_archive_inside_an_archive_is_refused_and_the_outer_one_reads_on(tmp_path):
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_of({"dag026.pdf": DAG026, "evil.zip": zip_of({"ok.pdf": DAG025, "../escape.pdf": DAG025}),
                              "links.tar": tar_of({"dag027.pdf": DAG027})}))
    result, report, sources = ingest(tmp_path, outer)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"minutes-kg: error: {outer}!evil.zip: unsafe archive refused: member "
                                   f"../escape.pdf escapes the archive (..)"]
    assert sources == {"DAG026": f"{outer}!dag026.pdf", "DAG027": f"{outer}!links.tar!dag027.pdf"}
    assert not (tmp_path / "escape.pdf").exists()


@pytest.mark.parametrize("compressed", [False, True])
def test_a_damaged_tar_header_is_reported_and_the_members_after_it_load(tmp_path, compressed):
    data = damaged_tar({"a/dag025.pdf": DAG025, "b/dag026.pdf": DAG026, "c/dag027.pdf": DAG027}, damaged=1)
    tar = tmp_path / ("damaged.tar.gz" if compressed else "damaged.tar")
    tar.write_bytes(gzip.compress(data) if compressed else data)
    header = 512 + -(-len(DAG025) // 512) * 512  # where the second header starts
    result, report, sources = ingest(tmp_path, tar)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"minutes-kg: error: {tar}!b/dag026.pdf: damaged tar header at byte {header}; "
                                   f"read on from the next header"]
    assert report == [{"path": f"{tar}!b/dag026.pdf", "kind": "damaged",
                       "reason": f"damaged tar header at byte {header}; read on from the next header"}]
    assert sources == {"DAG025": f"{tar}!a/dag025.pdf", "DAG027": f"{tar}!c/dag027.pdf"}


def test_a_member_whose_name_holds_a_nul_is_reported(tmp_path):
    archive = tmp_path / "nul.zip"
    archive.write_bytes(with_nul_name({"dag026.pdf": DAG026}, "evil\0.pdf"))
    with zipfile.ZipFile(archive) as z:
        assert [i.orig_filename for i in z.infolist()] == ["dag026.pdf", "evil\0.pdf"]
    result, report, sources = ingest(tmp_path, archive)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"minutes-kg: error: {archive}!evil\\x00.pdf: the member's name holds a NUL "
                                   f"byte: not read"]
    assert report[0]["path"] == f"{archive}!evil\\x00.pdf" and report[0]["kind"] == "bad-name"
    assert sources == {"DAG026": f"{archive}!dag026.pdf"}


def test_a_member_that_cannot_be_read_is_reported_and_the_others_load(tmp_path):
    data = bytearray(zip_of({"dag025.pdf": DAG025, "dag026.pdf": DAG026}, zipfile.ZIP_STORED))
    at = data.index(DAG026[:200]) + 1000
    data[at] ^= 0xFF  # one byte of the stored member: its CRC no longer matches
    archive = tmp_path / "crc.zip"
    archive.write_bytes(bytes(data))
    result, report, sources = ingest(tmp_path, archive)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"minutes-kg: error: {archive}!dag026.pdf: cannot read from the archive "
                                   f"(BadZipFile: Bad CRC-32 for file 'dag026.pdf')"]
    assert sources == {"DAG025": f"{archive}!dag025.pdf"}


# names -------------------------------------------------------------------------------------------
def test_a_file_name_that_is_not_utf8_is_stored_and_reported_escaped_the_same_everywhere(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / non_utf8_name()).write_bytes(DAG026)  # caf\xe9.pdf
    (folder / non_utf8_name(b"na\xefve")).write_bytes(DAG026[: len(DAG026) // 3])  # na\xefve.pdf, truncated
    (folder / "dag025.pdf").write_bytes(DAG025)
    (folder / "two\nlines.pdf").write_bytes(b"not a PDF")  # a name that would break the line
    tar = tmp_path / "names.tar"
    tar.write_bytes(tar_of({non_utf8_name(b"r\xe9sum\xe9"): DAG027}))
    result, report, sources = ingest(tmp_path, folder, tar)
    assert result.returncode == 1, result.stderr
    naive, lines = error_lines(result)
    assert naive.startswith(f"minutes-kg: error: {folder}/na\\xefve.pdf: ")
    assert lines.startswith(f"minutes-kg: error: {folder}/two\\nlines.pdf: ")
    assert len(result.stderr.splitlines()) == 2  # each one line
    assert [r["path"] for r in report] == [f"{folder}/na\\xefve.pdf", f"{folder}/two\\nlines.pdf"]
    assert sources == {"DAG026": f"{folder}/caf\\xe9.pdf", "DAG025": f"{folder}/dag025.pdf",
                       "DAG027": f"{tar}!r\\xe9sum\\xe9.pdf"}


def test_extract_of_a_file_name_that_is_not_utf8(tmp_path):
    pdf = tmp_path / non_utf8_name()
    pdf.write_bytes(DAG026)
    out = tmp_path / "records"
    result = cli("extract", str(pdf), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"{tmp_path}/caf\\xe9.pdf -> {out}/DAG026.json"
    assert json.loads((out / "DAG026.json").read_text())["source"]["path"] == f"{tmp_path}/caf\\xe9.pdf"
    printed = cli("extract", str(pdf), "--format", "json")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["source"]["path"] == f"{tmp_path}/caf\\xe9.pdf"
    summary = cli("extract", str(pdf))
    assert summary.returncode == 0 and f"source {tmp_path}/caf\\xe9.pdf" in summary.stdout


def test_over_long_names_and_paths_are_one_line_each_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "dag026.pdf"
    good.write_bytes(DAG026)
    long_name = tmp_path / ("n" * 300 + ".pdf")
    long_path = tmp_path.joinpath(*["d" * 200] * 25, "x.pdf")
    long_zip = tmp_path / ("z" * 300 + ".zip")
    result, report, sources = ingest(tmp_path, long_name, long_path, long_zip, good)
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [
        f"minutes-kg: error: {long_name}: file name too long (304 bytes; the limit is 255)",
        f"minutes-kg: error: {long_path}: path too long ({len(str(long_path))} bytes; the limit is 4095)",
        f"minutes-kg: error: {long_zip}: file name too long (304 bytes; the limit is 255)"]
    assert [r["path"] for r in report] == [str(long_name), str(long_path), str(long_zip)]
    assert sources == {"DAG026": str(good)}
    extracted = cli("extract", str(long_name), str(good), "--format", "json")
    assert extracted.returncode == 1
    assert error_lines(extracted) == [f"minutes-kg: error: {long_name}: file name too long (304 bytes; the limit "
                                      f"is 255)"]
    assert json.loads(extracted.stdout)["meeting"]["id"] == "DAG026"
