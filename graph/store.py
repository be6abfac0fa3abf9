"""Opening the embedded graph store (an SQLite file, ``graph/sqlite_store.py``).

- default location ``$MINUTES_KG_STORE`` or ``~/.local/share/minutes-kg/store.db`` (a JSON store left at
  ``store.json`` there by an earlier version is migrated to it);
- a store file that holds the old JSON format (``minutes-kg/store@1``) is migrated to SQLite on first open,
  the JSON file kept beside it as ``<name>.store1.bak``;
- a read (``create=False``) of a store that does not exist, or of a file that is not a minutes-kg store,
  is a ``StoreError`` naming the path and the reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from minutes_kg.errors import StoreError, StoreFormatError

from .backend import GraphStore, IngestResult
from .sqlite_schema import FORMAT, SQLITE_MAGIC
from .sqlite_store import SqliteStore

STORE_ENV = "MINUTES_KG_STORE"
EmbeddedStore = SqliteStore

__all__ = ["FORMAT", "STORE_ENV", "EmbeddedStore", "IngestResult", "StoreError", "StoreFormatError",
           "default_store_path", "open_graph_store", "open_store"]


def default_store_path() -> Path:
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "minutes-kg" / "store.db"


def open_graph_store(kind: str = "embedded", path: str | Path | None = None,
                     aliases: str | Path | dict | None = None, create: bool = True) -> GraphStore:
    """The embedded store at ``path`` (``open_store``), or Neo4j from the environment (kind ``neo4j``)."""
    if kind == "neo4j":
        from .neo4j_store import Neo4jStore

        return Neo4jStore.from_env(aliases=aliases)
    return open_store(path, aliases=aliases, create=create)


def open_store(path: str | Path | None = None, aliases: str | Path | dict | None = None,
               create: bool = True) -> SqliteStore:
    """The embedded store at ``path`` (default: ``default_store_path()``); ``create=False`` for reading."""
    p = Path(path) if path else default_store_path()
    try:
        return _open(p, aliases, create, default=not path)
    except OSError as exc:  # a folder on the way that cannot be searched, a file that cannot be read
        raise StoreError(f"{p}: cannot open ({exc.strerror or exc})") from exc


def _open(p: Path, aliases: str | Path | dict | None, create: bool, default: bool) -> SqliteStore:
    from . import json_store

    if default and not p.exists() and p.with_suffix(".json").exists():
        legacy = p.with_suffix(".json")
        if json_store.looks_like_json(legacy):
            json_store.migrate(legacy)
            os.replace(legacy, p)
    if p.is_dir():
        raise StoreError(f"{p}: is a folder, not a store file")
    if not p.exists():
        if not create:
            raise StoreError(f"{p}: no store there (make one with `minutes-kg ingest --store {p} ...`)")
        return SqliteStore(p, aliases, create=True)
    try:
        with p.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{p}: cannot read ({exc.strerror})") from exc
    if not head:
        raise StoreFormatError(f"{p}: not a minutes-kg store (an empty file)")
    if head != SQLITE_MAGIC:
        if not json_store.looks_like_json(p):
            raise StoreFormatError(f"{p}: not a minutes-kg store (neither SQLite nor a JSON store)")
        json_store.migrate(p)
    return SqliteStore(p, aliases, create=create)
