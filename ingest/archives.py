"""Read PDFs and records inside zip and tar archives safely, in memory, never unpacking to disk.

Refused, with a clear error naming the archive: members whose path escapes the archive (``../``,
absolute paths), links, members larger than ``MAX_MEMBER_BYTES``, and compression bombs (a member,
or the archive as a whole, expanding more than ``MAX_RATIO`` times, or past ``MAX_TOTAL_BYTES``).
Sizes are checked against the headers first and enforced again while reading, since headers lie.
"""

from __future__ import annotations

import stat
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from minutes_kg.extractor.errors import BadInputError

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200
WANTED = (".pdf", ".json")
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")


class UnsafeArchiveError(BadInputError):
    def __init__(self, path: str, reason: str):
        super().__init__(path, f"unsafe archive refused: {reason}", kind="unsafe-archive")


@dataclass
class Member:
    name: str  # archive.zip!folder/file.pdf
    size: int


def is_archive(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARCHIVE_SUFFIXES)


def _check_name(archive: str, name: str) -> None:
    p = PurePosixPath(name.replace("\\", "/"))
    if p.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchiveError(archive, f"member {name!r} has an absolute path")
    if ".." in p.parts:
        raise UnsafeArchiveError(archive, f"member {name!r} escapes the archive (..)")


def _read_limited(fh: IO[bytes], limit: int, archive: str, name: str) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnsafeArchiveError(archive, f"member {name!r} expands past {limit} bytes")
    return data


def read_members(path: Path) -> Iterator[tuple[Member, bytes | BadInputError]]:
    """(member, bytes) for every PDF or JSON member; raises UnsafeArchiveError before yielding
    anything if any member is unsafe. A member that cannot be read yields its error instead."""
    archive = str(path)
    try:
        if zipfile.is_zipfile(path):
            yield from _zip_members(path, archive)
            return
        if tarfile.is_tarfile(path):
            yield from _tar_members(path, archive)
            return
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        raise BadInputError(archive, f"damaged archive ({exc.__class__.__name__}: {exc})", kind="damaged") from exc
    raise BadInputError(archive, "not a zip or tar archive", kind="not-archive")


def _zip_members(path: Path, archive: str) -> Iterator[tuple[Member, bytes | BadInputError]]:
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        total = 0
        for i in infos:  # vet everything before reading anything
            _check_name(archive, i.filename)
            mode = i.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeArchiveError(archive, f"member {i.filename!r} is a symbolic link")
            if i.file_size > MAX_MEMBER_BYTES:
                raise UnsafeArchiveError(archive, f"member {i.filename!r} is {i.file_size} bytes "
                                                  f"(limit {MAX_MEMBER_BYTES})")
            if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                ratio = i.file_size // max(i.compress_size, 1)
                raise UnsafeArchiveError(archive, f"member {i.filename!r} expands {ratio}x: a compression bomb")
            total += i.file_size
        if total > MAX_TOTAL_BYTES:
            raise UnsafeArchiveError(archive, f"expands to {total} bytes (limit {MAX_TOTAL_BYTES})")
        for i in infos:
            if not i.filename.lower().endswith(WANTED):
                continue
            member = Member(f"{archive}!{i.filename}", i.file_size)
            try:
                with zf.open(i) as fh:
                    data = _read_limited(fh, min(MAX_MEMBER_BYTES, max(i.file_size, 0) + 1024), archive, i.filename)
            except UnsafeArchiveError:
                raise
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                yield member, BadInputError(member.name, f"cannot read from the archive ({exc})", kind="damaged")
                continue
            yield member, data


def _tar_members(path: Path, archive: str) -> Iterator[tuple[Member, bytes | BadInputError]]:
    compressed = path.stat().st_size
    with tarfile.open(path, "r:*") as tf:
        members = tf.getmembers()
        total = 0
        for m in members:
            _check_name(archive, m.name)
            if m.issym() or m.islnk():
                raise UnsafeArchiveError(archive, f"member {m.name!r} is a link")
            if m.isdev() or m.isfifo():
                raise UnsafeArchiveError(archive, f"member {m.name!r} is a device or pipe")
            if m.size > MAX_MEMBER_BYTES:
                raise UnsafeArchiveError(archive, f"member {m.name!r} is {m.size} bytes (limit {MAX_MEMBER_BYTES})")
            total += m.size
        if total > MAX_TOTAL_BYTES or (total > 16 * 1024 * 1024 and total > MAX_RATIO * compressed):
            raise UnsafeArchiveError(archive, f"expands to {total} bytes from {compressed}: a compression bomb")
        for m in members:
            if not m.isfile() or not m.name.lower().endswith(WANTED):
                continue
            member = Member(f"{archive}!{m.name}", m.size)
            fh = tf.extractfile(m)
            if fh is None:
                continue
            with fh:
                yield member, _read_limited(fh, m.size, archive, m.name)
