"""The JSON store format (``minutes-kg/store@1``: the graph, the manifest, the merges and every record in one
file), kept as an export and import format. An embedded store opened on such a file is migrated to SQLite.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import zlib
from pathlib import Path

from minutes_kg.errors import StoreError, StoreFormatError

from .resolve import surname
from .sqlite_store import SqliteStore, SqliteTransaction

FORMAT = "minutes-kg/store@1"


def looks_like_json(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(64).lstrip()[:1] in (b"{", b"[")


def read(path: Path) -> dict:
    """A JSON store's content, its shape checked; StoreFormatError names what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise StoreFormatError(f"{path}: not a minutes-kg store (invalid JSON: {exc})") from exc
    except RecursionError:
        raise StoreFormatError(f"{path}: not a minutes-kg store (JSON nested too deep to read)") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from exc
    if not isinstance(data, dict) or "format" not in data:
        raise StoreFormatError(f"{path}: not a minutes-kg store (JSON without a store format)")
    if data["format"] != FORMAT:
        raise StoreFormatError(f"{path}: unsupported store format {data['format']!r}, expected {FORMAT!r}")
    shape = {"nodes": list, "edges": list, "sources": dict, "records": dict, "merges": list}
    for field, kind in shape.items():
        if not isinstance(data.get(field, kind()), kind):
            raise StoreFormatError(f"{path}: not a minutes-kg store ({field!r} is not a {kind.__name__})")
    if not all(isinstance(n, dict) and {"key", "label"} <= n.keys() for n in data["nodes"]) or not all(
            isinstance(e, dict) and {"type", "from", "to", "meeting"} <= e.keys() for e in data["edges"]):
        raise StoreFormatError(f"{path}: not a minutes-kg store (nodes or relationships of another shape)")
    return data


def import_into(data: dict, store: SqliteStore) -> None:
    """Copy a JSON store's content into an (empty) SQLite store, in one transaction."""

    def copy(tx: SqliteTransaction) -> None:
        con = tx.con
        for n in data["nodes"]:
            props = {k: v for k, v in n.items() if k not in ("key", "label", "sources")}
            last = surname(props.get("name") or "") if n["label"] == "Person" else ""
            con.execute("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?)",
                        (n["key"], n["label"], last or None, json.dumps(props, ensure_ascii=False)))
            con.executemany("INSERT OR IGNORE INTO node_sources VALUES (?, ?)",
                            ((n["key"], m) for m in n.get("sources", [])))
        con.executemany("INSERT OR REPLACE INTO edges (type, src, dst, meeting, props) VALUES (?, ?, ?, ?, ?)",
                        ((e["type"], e["from"], e["to"], e["meeting"],
                          json.dumps({k: v for k, v in e.items() if k not in ("type", "from", "to", "meeting")},
                                     ensure_ascii=False)) for e in data["edges"]))
        con.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                        ((s["meeting"], s["sha256"], s.get("path"), s.get("date")) for s in data["sources"].values()))
        con.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)",
                        ((m, r["meeting"].get("date"), zlib.compress(json.dumps(r, ensure_ascii=False).encode()))
                         for m, r in data.get("records", {}).items()))
        con.executemany("INSERT OR REPLACE INTO merges VALUES (?, ?, ?)",
                        ((m["alias"], m["canonical"], m["reason"]) for m in data.get("merges", [])))

    store.in_transaction(copy)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".store1.bak")


def migrate(path: Path) -> Path:
    """Turn the JSON store at ``path`` into an SQLite store at the same path; the JSON file is kept beside it
    (``<name>.store1.bak``). A crash part-way leaves the JSON store in place, to be migrated on the next open;
    of two processes opening it at once, one migrates and the other then finds the SQLite store."""
    lock_path = path.with_name(f".{path.name}.migrating")
    try:
        lock = open(lock_path, "a")  # held until the migration is done
    except OSError as exc:
        raise StoreError(f"{path}: cannot migrate the JSON store to SQLite beside it ({exc.strerror})") from exc
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if looks_like_json(path):  # not migrated meanwhile by another process
                _migrate(path)
        finally:
            lock_path.unlink(missing_ok=True)
    return backup_path(path)


def _migrate(path: Path) -> None:
    data = read(path)
    backup = backup_path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".store-migrating-", suffix=".sqlite", dir=path.parent)
        os.close(fd)
        os.unlink(tmp_name)
    except OSError as exc:
        raise StoreError(f"{path}: cannot migrate the JSON store to SQLite beside it ({exc.strerror})") from exc
    tmp = Path(tmp_name)
    try:
        with SqliteStore(tmp) as fresh:
            import_into(data, fresh)
        backup.unlink(missing_ok=True)
        os.link(path, backup)
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"{path}: cannot migrate the JSON store to SQLite ({exc.strerror})") from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)


def export(store: SqliteStore, path: Path) -> None:
    """Write the store as one ``minutes-kg/store@1`` JSON file (importable: opening it migrates it back)."""
    g = store.to_networkx()
    with store.guard():
        sources = {f"source:{m}": {"meeting": m, "sha256": sha, "path": p, "date": d}
                   for m, sha, p, d in store.con.execute("SELECT meeting, sha256, path, date FROM sources")}
    data = {"format": FORMAT, "sources": sources, "merges": [m.__dict__ for m in store.merges()],
            "records": {r["meeting"]["id"]: r for r in store.records()},
            "nodes": [dict(a) for _, a in sorted(g.nodes(data=True))],
            "edges": sorted((dict(a) for _, _, a in g.edges(data=True)),
                            key=lambda e: (e["type"], e["from"], e["to"], e["meeting"]))}
    path.write_text(json.dumps(data, ensure_ascii=False))
