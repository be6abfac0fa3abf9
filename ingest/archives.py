"""Read PDFs and records inside zip and tar archives safely, in memory, never unpacking to disk.

Refused, with a clear error naming the archive, before anything of it is read: members whose path
escapes the archive (``../``, absolute paths), links, devices, members larger than ``MAX_MEMBER_BYTES``,
a member expanding more than ``MAX_RATIO`` times, and an archive whose members add up to more than its
budget. The budget is one running total per archive given on the command line, over every level of
nesting: ``MAX_RATIO`` times the archive's size on disk (at least ``RATIO_FLOOR``, at most
``MAX_TOTAL_BYTES``). It is checked against the headers first and counted again as bytes are read
(a tar's headers are found by reading it), so headers that lie cannot get past it.

Archives inside an archive are read the same way, ``MAX_NESTING`` levels deep, under the same budget;
deeper ones are reported, not skipped. Each member is named ``outer.zip!inner.tar!x.pdf``. A member
that cannot be read (damaged data, encrypted, a name holding a NUL byte, a damaged tar header: the tar
is read on from the next sound header) is reported under that name and the others are still read.
"""

from __future__ import annotations

import io
import os
import stat
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from minutes_kg.extractor.errors import BadInputError

from minutes_kg.names import printable

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 16 * 1024 * 1024  # an archive may always expand this far (small text compresses well)
MAX_NESTING = 3  # outer.zip!inner.zip!innermost.tar
WANTED = (".pdf", ".json")
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
BLOCK = tarfile.BLOCKSIZE


class UnsafeArchiveError(BadInputError):
    def __init__(self, path: str, reason: str):
        super().__init__(path, f"unsafe archive refused: {reason}", kind="unsafe-archive")


class _BudgetSpent(UnsafeArchiveError):
    """The archive given on the command line expanded past its budget: nothing more of it is read."""


@dataclass
class Member:
    name: str  # archive.zip!folder/file.pdf
    size: int


Read = Iterator[tuple[Member, bytes | BadInputError]]


def is_archive(path: Path | str) -> bool:
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


class _Budget:
    """The bytes an archive given on the command line may expand to, over all its levels, and those spent."""

    def __init__(self, packed: int):
        self.packed = packed
        self.limit = min(MAX_TOTAL_BYTES, max(RATIO_FLOOR, MAX_RATIO * packed))
        self.used = 0

    def why(self, total: int, more: bool = False) -> str:
        if total > MAX_TOTAL_BYTES:
            return f"expands past {MAX_TOTAL_BYTES} bytes"
        size = f"at least {total}" if more else str(total)
        return f"expands to {size} bytes from {self.packed} on disk (over {MAX_RATIO}x): a compression bomb"

    def check(self, where: str, planned: int, more: bool = False) -> None:
        """Refuse ``where`` if reading ``planned`` more bytes would pass the limit (``more``: and there may
        be more than that, not known yet)."""
        if self.used + planned > self.limit:
            raise UnsafeArchiveError(where, self.why(self.used + planned, more))

    def read(self, fh: IO[bytes], size: int, name: str, where: str) -> bytes:
        """A member's bytes: no more than its header said (``size``), ``MAX_MEMBER_BYTES``, or what is left."""
        limit = min(size, MAX_MEMBER_BYTES)
        left = self.limit - self.used
        data = fh.read(min(limit, left) + 1)
        self.used += len(data)
        if len(data) > left:
            raise _BudgetSpent(where, self.why(self.used) + f"; read up to {name}, the rest is not read")
        if len(data) > limit:
            raise UnsafeArchiveError(where, f"member {name} expands past {limit} bytes")
        return data


def read_members(path: Path) -> Read:
    """(member, bytes) for every PDF or JSON member, at any level of nesting; a member that cannot be read
    yields its error instead. Raises UnsafeArchiveError before yielding anything if the archive is unsafe,
    and (after what was read) if it expands past its budget; BadInputError if it cannot be read at all."""
    where = printable(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise BadInputError(where, f"cannot read ({exc.strerror})", kind="unreadable") from exc
    with fh:
        yield from _members(fh, where, _Budget(os.fstat(fh.fileno()).st_size), 1)


def _members(fh: IO[bytes], where: str, budget: _Budget, depth: int) -> Read:
    try:
        if zipfile.is_zipfile(fh):
            fh.seek(0)
            yield from _zip_members(fh, where, budget, depth)
            return
        fh.seek(0)
        try:
            tf = tarfile.open(fileobj=fh, mode="r:*")
        except tarfile.ReadError:
            raise BadInputError(where, "not a zip or tar archive", kind="not-archive") from None
        with tf:
            yield from _tar_members(tf, where, budget, depth)
    except BadInputError:
        raise
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise BadInputError(where, f"damaged archive ({exc.__class__.__name__}: {exc})", kind="damaged") from exc


def _check_name(where: str, name: str) -> None:
    shown = printable(name)
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchiveError(where, f"member {shown} has an absolute path")
    if ".." in parts:
        raise UnsafeArchiveError(where, f"member {shown} escapes the archive (..)")


def _check_size(where: str, name: str, size: int) -> None:
    if size > MAX_MEMBER_BYTES:
        raise UnsafeArchiveError(where, f"member {printable(name)} is {size} bytes (limit {MAX_MEMBER_BYTES})")


def _wanted(name: str) -> bool:
    return name.lower().endswith(WANTED) or is_archive(name)


def _member(where: str, name: str, size: int) -> Member:
    return Member(f"{where}!{printable(name)}", size)


def _nul(member: Member) -> BadInputError:
    return BadInputError(member.name, "the member's name holds a NUL byte: not read", kind="bad-name")


def _unreadable(member: Member, exc: Exception) -> BadInputError:
    return BadInputError(member.name, f"cannot read from the archive ({exc.__class__.__name__}: {exc})",
                         kind="damaged")


def _zip_members(fh: IO[bytes], where: str, budget: _Budget, depth: int) -> Read:
    with zipfile.ZipFile(fh) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        for i in infos:  # vet everything before reading anything
            _check_name(where, i.orig_filename)
            if stat.S_ISLNK(i.external_attr >> 16):
                raise UnsafeArchiveError(where, f"member {printable(i.filename)} is a symbolic link")
            _check_size(where, i.filename, i.file_size)
            if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                ratio = i.file_size // max(i.compress_size, 1)
                raise UnsafeArchiveError(where, f"member {printable(i.filename)} expands {ratio}x: "
                                                f"a compression bomb")
        budget.check(where, sum(i.file_size for i in infos))
        for i in infos:
            member = _member(where, i.orig_filename, i.file_size)
            if "\0" in i.orig_filename:
                yield member, _nul(member)
                continue
            if not _wanted(i.filename):
                continue
            yield from _member_data(member, partial(zf.open, i), i.file_size, budget, where, depth)


def _member_data(member: Member, open_member: Callable[[], IO[bytes]], size: int, budget: _Budget, where: str,
                 depth: int) -> Read:
    """One member's bytes, read under the archive's budget (and, if it is an archive, its members); any
    member that cannot be read is reported, and the others read on."""
    try:
        with open_member() as mf:
            data = budget.read(mf, size, member.name, where)
    except UnsafeArchiveError:
        raise
    except Exception as exc:
        yield member, _unreadable(member, exc)
        return
    yield from _nested(member, data, budget, depth)


def _tar_file(tf: tarfile.TarFile, entry: tarfile.TarInfo) -> IO[bytes]:
    mf = tf.extractfile(entry)
    assert mf is not None  # a regular file
    return mf


def _tar_members(tf: tarfile.TarFile, where: str, budget: _Budget, depth: int) -> Read:
    entries = list(_tar_entries(tf, where, budget))  # every header before reading anything
    for entry in entries:
        if isinstance(entry, tuple):
            yield entry
            continue
        member = _member(where, entry.name, entry.size)
        if "\0" in entry.name:
            yield member, _nul(member)
            continue
        if not entry.isfile() or not _wanted(entry.name):
            continue
        yield from _member_data(member, partial(_tar_file, tf, entry), entry.size, budget, where, depth)


def _tar_entries(tf: tarfile.TarFile, where: str,
                 budget: _Budget) -> Iterator[tarfile.TarInfo | tuple[Member, BadInputError]]:
    """Each header, vetted; a damaged one as an error, the tar read on from the next sound header.
    The headers are found by reading (decompressing) the tar: that reading is held to the budget."""
    while True:
        try:
            m = tf.next()
        except (tarfile.TarError, EOFError, OSError) as exc:  # damaged compressed data or a damaged long name
            yield Member(where, 0), BadInputError(where, f"damaged after byte {tf.offset} "
                                                         f"({exc.__class__.__name__}: {exc}); the rest is not read",
                                                  kind="damaged")
            return
        if m is None:
            start = tf.offset
            block, resume = _next_header(tf, where, budget)
            if block.strip(b"\0") or resume is not None:  # a damaged header, or a zeroed one before more members
                name = block[:100].split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
                member = _member(where, name, 0) if name.strip() else Member(where, 0)
                after = "read on from the next header" if resume is not None else "nothing after it is read"
                yield member, BadInputError(member.name, f"damaged tar header at byte {start}; {after}",
                                            kind="damaged")
            if resume is None:
                return
            tf.offset = resume
            continue
        _check_name(where, m.name)
        if m.issym() or m.islnk():
            raise UnsafeArchiveError(where, f"member {printable(m.name)} is a link")
        if m.isdev() or m.isfifo():
            raise UnsafeArchiveError(where, f"member {printable(m.name)} is a device or pipe")
        _check_size(where, m.name, m.size)
        budget.check(where, m.offset_data + m.size, more=True)
        yield m


def _next_header(tf: tarfile.TarFile, where: str, budget: _Budget) -> tuple[bytes, int | None]:
    """Where tarfile stopped (``tf.offset``): the block there, and the offset of the next sound header, or
    None at the true end. The damaged header's own size is tried first, then every block after it."""
    fileobj = tf.fileobj
    assert fileobj is not None
    start = tf.offset
    fileobj.seek(start)
    block = fileobj.read(BLOCK)
    if block.strip(b"\0"):
        try:
            size = int(block[124:136].strip(b"\0 ") or b"0", 8)  # the size field, if it is sound
        except ValueError:
            size = -1
        skip = start + BLOCK + -(-size // BLOCK) * BLOCK
        if size >= 0 and budget.used + skip <= budget.limit and _header_at(tf, skip):
            return block, skip
    pos = start + BLOCK
    fileobj.seek(pos)
    while True:
        budget.check(where, pos, more=True)
        chunk = fileobj.read(64 * BLOCK)
        if len(chunk) < BLOCK:
            return block, None
        for k in range(0, len(chunk) - BLOCK + 1, BLOCK):
            if _is_header(tf, chunk[k:k + BLOCK]):
                return block, pos + k
        pos += len(chunk) - len(chunk) % BLOCK
        fileobj.seek(pos)


def _header_at(tf: tarfile.TarFile, offset: int) -> bool:
    assert tf.fileobj is not None
    tf.fileobj.seek(offset)
    return _is_header(tf, tf.fileobj.read(BLOCK))


def _is_header(tf: tarfile.TarFile, block: bytes) -> bool:
    if len(block) < BLOCK or not block.strip(b"\0"):
        return False
    try:
        tarfile.TarInfo.frombuf(block, tf.encoding or "utf-8", tf.errors or "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _nested(member: Member, data: bytes, budget: _Budget, depth: int) -> Read:
    """The member itself, or, for an archive, its members (one level deeper, under the same budget)."""
    if not is_archive(member.name):
        yield member, data
        return
    if depth >= MAX_NESTING:
        yield member, BadInputError(member.name, f"an archive nested more than {MAX_NESTING} deep: not read",
                                    kind="nested-too-deep")
        return
    try:
        yield from _members(io.BytesIO(data), member.name, budget, depth + 1)
    except _BudgetSpent:
        raise
    except BadInputError as exc:  # this inner archive is refused or damaged; the outer one reads on
        yield member, exc
