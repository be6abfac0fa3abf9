"""The embedded graph store: one SQLite file (standard library ``sqlite3``, WAL), layout in
``graph/sqlite_schema.py``.

- one write transaction per document (``BEGIN IMMEDIATE``): a document is loaded whole or not at all,
  and two writers take turns, document by document (a writer waits up to ``busy_seconds`` for the other);
- readers never wait for a writer and see the last committed document (WAL);
- reads fetch what a query touches (a node, the relationships of a node, of a type, between two nodes),
  never the whole graph, except ``to_networkx`` for exports;
- every SQLite or file-system failure becomes a ``StoreError`` naming the file and the reason.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from minutes_kg.errors import StoreError, StoreFormatError

from . import sqlite_schema
from .backend import IngestResult
from .model import Facts
from .resolve import Merge, load_aliases, surname

if TYPE_CHECKING:
    import networkx as nx

T = TypeVar("T")
CHUNK = 500  # keys per IN (...) list
_EDGE_COLUMNS = ("type", "from", "to", "meeting")


def _reason(exc: BaseException) -> str:
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return "the store is busy: another process kept it locked for too long; try again when it has finished"
    if "disk is full" in low or "full" == low:
        return "no space left on the disk (nothing of the document being written was kept)"
    if "disk i/o error" in low:
        return "the disk refused a write (full, or a file size limit); nothing of the document being written was kept"
    if "readonly" in low or "read-only" in low:
        return "read-only: cannot write to the store (check the permissions of the file and its folder)"
    if "unable to open" in low:
        return "cannot open the store file (check that its folder exists and can be written)"
    if "not a database" in low:
        return "not a minutes-kg store (not an SQLite database)"
    if "malformed" in low or "corrupt" in low:
        return "the store file is corrupt; restore a backup or ingest the documents again into a new store"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return text


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _node(key: str, label: str, props: str) -> dict:
    return {"key": key, "label": label, **json.loads(props)}


def _edge(rtype: str, src: str, dst: str, meeting: str, props: str) -> dict:
    return {"type": rtype, "from": src, "to": dst, "meeting": meeting, **json.loads(props)}


def _named_together(con: sqlite3.Connection, pairs: list[tuple[str, str]],
                    meeting: str | None) -> list[tuple[str, str]]:
    keys = sorted({k for pair in pairs for k in pair})
    stored: set[str] = set()
    for chunk in _chunks(keys):  # a key only the document being loaded names was named in no stored meeting
        stored.update(k for (k,) in con.execute(f"SELECT key FROM nodes WHERE key IN ({_marks(len(chunk))})", chunk))
    return [(a, b) for a, b in pairs if a in stored and b in stored and con.execute(
        "SELECT 1 FROM node_sources x JOIN node_sources y ON y.key = ? AND y.meeting = x.meeting "
        "WHERE x.key = ? AND x.meeting IS NOT ? LIMIT 1", (b, a, meeting)).fetchone()]


class SqliteTransaction:
    """The loader's view of one write transaction (``graph/backend.py``)."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def state(self, meeting: str, surnames: list[str]) -> tuple[str | None, dict[str, str]]:
        row = self.con.execute("SELECT sha256 FROM sources WHERE meeting = ?", (meeting,)).fetchone()
        people: dict[str, str] = {}
        for chunk in _chunks(surnames):
            for key, props in self.con.execute(
                    f"SELECT key, props FROM nodes WHERE label = 'Person' AND surname IN ({_marks(len(chunk))})",
                    chunk):
                people[key] = json.loads(props).get("name", key)
        return (row[0] if row else None), people

    def named_together(self, pairs: list[tuple[str, str]], meeting: str | None) -> list[tuple[str, str]]:
        return _named_together(self.con, pairs, meeting)

    def _props(self, key: str) -> tuple[str, dict] | None:
        row = self.con.execute("SELECT label, props FROM nodes WHERE key = ?", (key,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def _put(self, key: str, label: str, props: dict) -> None:
        last = surname(props.get("name") or "") if label == "Person" else ""
        self.con.execute("INSERT INTO nodes (key, label, surname, props) VALUES (?, ?, ?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET label = excluded.label, surname = excluded.surname, props = excluded.props",
                         (key, label, last or None, json.dumps(props, ensure_ascii=False)))

    def rekey(self, alias: str, canonical: str) -> None:
        found = self._props(alias)
        if found is None:
            return
        label, attrs = found
        cur = self._props(canonical)
        forms = set(attrs.get("aliases", [])) | ({attrs["name"]} if attrs.get("name") else set())
        if cur is None:  # the canonical's own record names it: the alias's name stays as an alias
            props = {**attrs, "updated_from": "", "aliases": sorted(forms)}
            self._put(canonical, label, props)
        else:
            props = cur[1]
            props["initials"] = sorted(set(props.get("initials", [])) | set(attrs.get("initials", [])))
            props["aliases"] = sorted((set(props.get("aliases", [])) | forms) - {props.get("name")})
            self._put(canonical, cur[0], props)
        self.con.execute("INSERT OR IGNORE INTO node_sources SELECT ?, meeting FROM node_sources WHERE key = ?",
                         (canonical, alias))
        self.con.execute("DELETE FROM node_sources WHERE key = ?", (alias,))
        self.con.execute("UPDATE OR REPLACE edges SET src = ? WHERE src = ?", (canonical, alias))
        self.con.execute("UPDATE OR REPLACE edges SET dst = ? WHERE dst = ?", (canonical, alias))
        self.con.execute("DELETE FROM nodes WHERE key = ?", (alias,))

    def remove_meeting(self, meeting: str) -> None:
        con = self.con
        con.execute("DELETE FROM edges WHERE meeting = ?", (meeting,))
        keys = [k for (k,) in con.execute("SELECT key FROM node_sources WHERE meeting = ?", (meeting,))]
        con.execute("DELETE FROM node_sources WHERE meeting = ?", (meeting,))
        for chunk in _chunks(keys):
            orphans = [k for (k,) in con.execute(
                f"SELECT key FROM nodes WHERE key IN ({_marks(len(chunk))}) AND NOT EXISTS "
                "(SELECT 1 FROM node_sources s WHERE s.key = nodes.key)", chunk)]
            if orphans:
                marks = _marks(len(orphans))
                con.execute(f"DELETE FROM edges WHERE src IN ({marks}) OR dst IN ({marks})", orphans + orphans)
                con.execute(f"DELETE FROM nodes WHERE key IN ({marks})", orphans)

    def write(self, facts: Facts, record: dict, merges: list[Merge]) -> None:
        con, date = self.con, facts.date or ""
        keys = list(facts.nodes)
        stored: dict[str, dict] = {}
        for chunk in _chunks(keys):
            for key, props in con.execute(f"SELECT key, props FROM nodes WHERE key IN ({_marks(len(chunk))})", chunk):
                stored[key] = json.loads(props)
        for key, props in facts.nodes.items():
            cur = stored.get(key)
            if cur is None:
                cur = {k: v for k, v in props.items() if k not in ("key", "label")}
                cur["updated_from"] = date
            else:
                newer = date >= (cur.get("updated_from") or "")
                for p, v in props.items():
                    if p in ("key", "label"):
                        continue
                    if p in ("initials", "aliases"):
                        cur[p] = sorted(set(cur.get(p, [])) | set(v))
                    elif newer or p not in cur:
                        cur[p] = v
                if newer:
                    cur["updated_from"] = date
            self._put(key, props["label"], cur)
        con.executemany("INSERT OR IGNORE INTO node_sources VALUES (?, ?)", ((k, facts.meeting) for k in keys))
        con.executemany(
            "INSERT OR REPLACE INTO edges (type, src, dst, meeting, props) VALUES (?, ?, ?, ?, ?)",
            ((e["type"], e["from"], e["to"], e["meeting"],
              json.dumps({k: v for k, v in e.items() if k not in _EDGE_COLUMNS}, ensure_ascii=False))
             for e in facts.edges.values()))
        con.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                    (facts.meeting, facts.sha256, record["source"]["path"], facts.date))
        con.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?)",
                    (facts.meeting, facts.date, zlib.compress(json.dumps(record, ensure_ascii=False).encode())))
        con.executemany("INSERT OR REPLACE INTO merges VALUES (?, ?, ?)",
                        ((m.alias, m.canonical, m.reason) for m in merges))


class SqliteStore:
    """An open embedded store. Open one with ``graph.store.open_store``, which also migrates a JSON store."""

    busy_seconds = 60.0
    cache_kib = 32 * 1024  # SQLite's page cache (default 2 MiB): the indexes a load touches stay in memory

    def __init__(self, path: Path, aliases: str | Path | dict | None = None, create: bool = True):
        self.path = Path(path)
        self.aliases = aliases if isinstance(aliases, dict) else load_aliases(aliases)
        self._cache: dict[str, dict | None] = {}
        with self.guard():
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not self.path.exists():
                    if not os.access(self.path.parent, os.W_OK):
                        raise StoreError(f"{self.path}: read-only folder: cannot create a store in {self.path.parent}")
                    self._create_file()
            self.con = self._connect(create)
            if sqlite_schema.is_empty(self.con):
                raise StoreFormatError(f"{self.path}: not a minutes-kg store (an empty database)")
            found = sqlite_schema.stored_format(self.con)
            if found is None:
                raise StoreFormatError(f"{self.path}: not a minutes-kg store (an SQLite database of something else)")
            if found != sqlite_schema.FORMAT:
                raise StoreFormatError(f"{self.path}: unsupported store format {found!r}, "
                                       f"expected {sqlite_schema.FORMAT!r}")
            self.con.execute("PRAGMA synchronous = NORMAL")
            self.con.execute(f"PRAGMA cache_size = -{self.cache_kib}")
            if create:
                self.con.execute("PRAGMA journal_mode = WAL")  # a copy made by VACUUM INTO, say, may not be

    def _create_file(self) -> None:
        """Lay out a new store beside its path, then link it into place: a reader never finds a half-made
        store, and of two processes creating one store at once, one makes it and the other opens it."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}-", suffix=".new", dir=self.path.parent)
        os.close(fd)
        try:
            con = sqlite3.connect(tmp, isolation_level=None)
            sqlite_schema.create(con)
            con.execute("PRAGMA journal_mode = WAL")
            con.close()
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)

    def _connect(self, create: bool) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=self.busy_seconds, isolation_level=None, check_same_thread=False)
        if create or os.access(self.path.parent, os.W_OK):
            return con
        try:  # a reader in a read-only folder cannot make the WAL's shared-memory file: read the file as it is
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        except sqlite3.OperationalError:
            con.close()
            return sqlite3.connect(f"{self.path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None,
                                   check_same_thread=False)

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn an SQLite or file-system failure into one StoreError naming this store."""
        try:
            yield
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: {_reason(exc)}") from exc

    def close(self) -> None:
        con = getattr(self, "con", None)
        if con is not None:
            con.close()
            self.con = None  # type: ignore[assignment]

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing -----------------------------------------------------------------------------
    def in_transaction(self, work: Callable[[SqliteTransaction], T]) -> T:
        with self.guard():
            self.con.execute("BEGIN IMMEDIATE")
            try:
                result = work(SqliteTransaction(self.con))
                self.con.execute("COMMIT")
            except BaseException:
                if self.con.in_transaction:  # SQLite may have rolled back already (a full disk, say)
                    self.con.execute("ROLLBACK")
                raise
            finally:
                self._cache.clear()
        return result

    def ingest(self, record: dict, force: bool = False) -> IngestResult:
        from .load import load

        return load(record, self, force=force)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the store: the documents committed when the first of them ran,
        none committed by another process meanwhile (a read transaction; it does not block writers)."""
        if self.con.in_transaction:
            yield
            return
        self._cache.clear()  # nodes read before may have changed since
        with self.guard():
            self.con.execute("BEGIN")
        try:
            yield
        finally:
            with self.guard():
                if self.con.in_transaction:
                    self.con.execute("COMMIT")

    # the manifest, records, merges -----------------------------------------------------------
    def known_hashes(self) -> set[str]:
        with self.guard():
            return {sha for (sha,) in self.con.execute("SELECT sha256 FROM sources")}

    def meetings(self) -> list[str]:
        with self.guard():
            return [m for (m,) in self.con.execute("SELECT meeting FROM sources ORDER BY meeting")]

    def records(self) -> Iterator[dict]:
        """The stored records in meeting-date order, one at a time."""
        with self.guard():
            rows = self.con.execute("SELECT meeting FROM records ORDER BY coalesce(date, ''), meeting").fetchall()
        for (meeting,) in rows:
            with self.guard():
                blob = self.con.execute("SELECT record FROM records WHERE meeting = ?", (meeting,)).fetchone()
            if blob:
                yield json.loads(zlib.decompress(blob[0]))

    def merges(self) -> list[Merge]:
        with self.guard():
            rows = self.con.execute("SELECT alias, canonical, reason FROM merges ORDER BY alias").fetchall()
        return [Merge(*row) for row in rows]

    def people(self) -> dict[str, str]:
        return {n["key"]: n.get("name", n["key"]) for n in self.nodes_labelled("Person")}

    def named_together(self, pairs: list[tuple[str, str]], meeting: str | None = None) -> list[tuple[str, str]]:
        """Those of ``pairs`` of people that one meeting (other than ``meeting``) names both of: resolution
        keeps them apart."""
        with self.guard():
            return _named_together(self.con, pairs, meeting)

    # reading the graph -------------------------------------------------------------------------
    def node(self, key: str) -> dict | None:
        if key not in self._cache:
            with self.guard():
                row = self.con.execute("SELECT key, label, props FROM nodes WHERE key = ?", (key,)).fetchone()
            self._cache[key] = _node(*row) if row else None
        return self._cache[key]

    def nodes(self, keys: Iterable[str]) -> dict[str, dict]:
        keys = list(dict.fromkeys(keys))
        wanted = [k for k in keys if k not in self._cache]
        with self.guard():
            for chunk in _chunks(wanted):
                for row in self.con.execute(f"SELECT key, label, props FROM nodes WHERE key IN ({_marks(len(chunk))})",
                                            chunk):
                    self._cache[row[0]] = _node(*row)
        for k in wanted:
            self._cache.setdefault(k, None)
        return {k: n for k in keys if (n := self._cache.get(k)) is not None}

    def nodes_labelled(self, label: str | None) -> list[dict]:
        with self.guard():
            rows = self.con.execute("SELECT key, label, props FROM nodes" + (" WHERE label = ?" if label else "")
                                    + " ORDER BY key", (label,) if label else ()).fetchall()
        return [_node(*row) for row in rows]

    def _edges(self, where: str, params: tuple) -> list[dict]:
        with self.guard():
            rows = self.con.execute(f"SELECT type, src, dst, meeting, props FROM edges WHERE {where} ORDER BY id",
                                    params).fetchall()
        return [_edge(*row) for row in rows]

    def out_edges(self, key: str, *types: str) -> list[dict]:
        if types:
            return self._edges(f"src = ? AND type IN ({_marks(len(types))})", (key, *types))
        return self._edges("src = ?", (key,))

    def in_edges(self, key: str, *types: str) -> list[dict]:
        if types:
            return self._edges(f"dst = ? AND type IN ({_marks(len(types))})", (key, *types))
        return self._edges("dst = ?", (key,))

    def edges_typed(self, *types: str) -> list[dict]:
        return self._edges(f"type IN ({_marks(len(types))})", types)

    def edges_from_to(self, src: str, dst: str) -> list[dict]:
        return self._edges("src = ? AND dst = ?", (src, dst))

    def neighbours(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """Each key's neighbours over relationships in either direction (self-loops left out)."""
        out: dict[str, set[str]] = {}
        with self.guard():
            for chunk in _chunks(list(keys)):
                marks = _marks(len(chunk))
                for a, b in self.con.execute(f"SELECT src, dst FROM edges WHERE src IN ({marks}) "
                                             f"UNION SELECT dst, src FROM edges WHERE dst IN ({marks})", chunk + chunk):
                    if a != b:
                        out.setdefault(a, set()).add(b)
        return out

    def counts(self) -> dict[str, dict[str, int]]:
        with self.guard():
            labels = dict(self.con.execute("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label"))
            types = dict(self.con.execute("SELECT type, count(*) FROM edges GROUP BY type ORDER BY type"))
        return {"nodes": labels, "relationships": types}

    def node_sources(self, key: str) -> list[str]:
        with self.guard():
            return [m for (m,) in self.con.execute("SELECT meeting FROM node_sources WHERE key = ? ORDER BY meeting",
                                                   (key,))]

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph in memory (for exports), nodes with their ``sources``."""
        import networkx as nx

        g = nx.MultiDiGraph()
        with self.guard():
            sources: dict[str, list[str]] = {}
            for key, meeting in self.con.execute("SELECT key, meeting FROM node_sources ORDER BY key, meeting"):
                sources.setdefault(key, []).append(meeting)
            for row in self.con.execute("SELECT key, label, props FROM nodes ORDER BY key"):
                node: dict[str, Any] = _node(*row)
                node["sources"] = sources.get(row[0], [])
                g.add_node(row[0], **node)
            for row in self.con.execute("SELECT type, src, dst, meeting, props FROM edges ORDER BY type, src, dst, "
                                        "meeting"):
                e = _edge(*row)
                g.add_edge(e["from"], e["to"], key=f"{e['type']}|{e['meeting']}", **e)
        return g
