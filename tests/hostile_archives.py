"""Hostile archives and file names, made at test time (nothing here is committed as a binary).

- ``zip_bomb``: thousands of members of 1 MB of zeros each, written by a streaming zip writer that
  compresses the member once and writes it again and again (4,000 members: 4.2 MB on disk, 4.2 GB
  unpacked; made in well under a second);
- ``zip_of`` / ``tar_of``: archives of given members as bytes (any compression, archives inside archives);
- ``with_nul_name``: a zip whose member's name holds a NUL byte (zipfile cannot write one);
- ``damaged_tar``: a tar whose n-th header is damaged (its checksum broken);
- ``non_utf8_name``: a file name that is not UTF-8 (``caf\\xe9.pdf``), as the str Python gives for it.
"""

from __future__ import annotations

import io
import os
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

MB = 1024 * 1024


def zip_bomb(path: Path, members: int = 4000, member_bytes: int = MB, name: str = "minutes/{:04d}.pdf") -> Path:
    """A valid zip of ``members`` members of ``member_bytes`` zeros each, streamed to ``path``."""
    payload = b"\0" * member_bytes
    crc = zlib.crc32(payload)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(payload) + packer.flush()
    central = []
    with path.open("wb") as fh:
        for n in range(members):
            raw = name.format(n).encode()
            offset = fh.tell()
            fh.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), member_bytes,
                                 len(raw), 0) + raw)
            fh.write(packed)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(packed),
                                       member_bytes, len(raw), 0, 0, 0, 0, 0, offset) + raw)
        start = fh.tell()
        for entry in central:
            fh.write(entry)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, members, members, fh.tell() - start, start, 0))
    return path


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def tar_of(members: dict[str, bytes], mode: str = "w") -> bytes:
    """A tar (``mode`` "w", "w:gz", "w:bz2", "w:xz") of the members; names may hold undecodable bytes
    (surrogate-escaped), written as those bytes."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=tarfile.GNU_FORMAT, encoding="utf-8",
                      errors="surrogateescape") as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def with_nul_name(members: dict[str, bytes], name: str) -> bytes:
    """A zip of ``members`` plus ``name`` (holding one NUL) with the bytes of the first member."""
    stand_in = name.replace("\0", "_")
    data = zip_of({**members, stand_in: next(iter(members.values()))})
    return data.replace(stand_in.encode(), name.encode())  # in the local header and the central directory


def damaged_tar(members: dict[str, bytes], damaged: int = 1) -> bytes:
    """An uncompressed tar of ``members`` whose ``damaged``-th header (from 0) has a broken checksum."""
    data = bytearray(tar_of(members))
    offset = 0
    for _ in range(damaged):
        size = int(data[offset + 124:offset + 136].strip(b"\0 ") or b"0", 8)
        offset += 512 + -(-size // 512) * 512
    data[offset + 148:offset + 156] = b"0000000\0"  # no header sums to zero
    return bytes(data)


def non_utf8_name(stem: bytes = b"caf\xe9", suffix: str = ".pdf") -> str:
    """The name Python gives a file called ``caf\\xe9.pdf`` on disk (Latin-1 bytes, not UTF-8)."""
    return os.fsdecode(stem) + suffix
