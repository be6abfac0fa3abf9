"""The embedded store's SQLite layout (``minutes-kg/store@2``).

- ``nodes``: one row per entity: key, label, the surname of a person (to find whom a new document's
  people could merge with), and every other property as JSON;
- ``node_sources``: which meetings state each node (what a node's ``sources`` list is elsewhere), so a
  document adds rows instead of rewriting a list that grows with the archive;
- ``edges``: one row per relationship, identified by (type, from, to, meeting), the rest as JSON; found
  by either end (with its type), by meeting, and by type (the identity's index leads with it);
- ``sources``: the manifest, one row per loaded document (its meeting, content hash, path, date);
- ``records``: each loaded record (zlib-compressed JSON), for ``push`` and re-resolution; no query
  reads them;
- ``merges``: the cross-document merges of people, with their reasons;
- ``meta``: the format version.
"""

from __future__ import annotations

import sqlite3

FORMAT = "minutes-kg/store@2"
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (key TEXT PRIMARY KEY, label TEXT NOT NULL, surname TEXT, props TEXT NOT NULL);
CREATE INDEX nodes_label ON nodes (label);
CREATE INDEX nodes_surname ON nodes (surname) WHERE surname IS NOT NULL;
CREATE TABLE node_sources (key TEXT NOT NULL, meeting TEXT NOT NULL, PRIMARY KEY (key, meeting)) WITHOUT ROWID;
CREATE INDEX node_sources_meeting ON node_sources (meeting, key);
CREATE TABLE edges (id INTEGER PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,
                    meeting TEXT NOT NULL, props TEXT NOT NULL, UNIQUE (type, src, dst, meeting));
CREATE INDEX edges_src ON edges (src, type);
CREATE INDEX edges_dst ON edges (dst, type);
CREATE INDEX edges_meeting ON edges (meeting);
CREATE TABLE sources (meeting TEXT PRIMARY KEY, sha256 TEXT NOT NULL, path TEXT, date TEXT);
CREATE TABLE records (meeting TEXT PRIMARY KEY, date TEXT, record BLOB NOT NULL);
CREATE TABLE merges (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL, reason TEXT NOT NULL);
"""


def create(con: sqlite3.Connection) -> None:
    """Lay out an empty store in one transaction."""
    con.execute("BEGIN IMMEDIATE")
    if con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").fetchone()[0]:
        con.execute("ROLLBACK")  # another process laid it out first
        return
    for statement in SCHEMA.split(";"):
        if statement.strip():
            con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
    con.execute("COMMIT")


def stored_format(con: sqlite3.Connection) -> str | None:
    """The format the database says it holds; None when it has no minutes-kg meta table."""
    if not con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()[0]:
        return None
    row = con.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
    return row[0] if row else None


def is_empty(con: sqlite3.Connection) -> bool:
    return not con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
