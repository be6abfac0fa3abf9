"""The embedded graph store: a networkx MultiDiGraph persisted to one JSON file.

- default location ``$MINUTES_KG_STORE`` or ``~/.local/share/minutes-kg/store.json``;
- written atomically (temporary file in the same folder, then rename) with a format version;
- a meeting is loaded whole: its facts replace the facts that meeting loaded before, and an
  unchanged document (same sha256) is a no-op.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .model import Facts, record_to_facts
from .resolve import Merge, key_map, load_aliases, resolve_people

FORMAT = "minutes-kg/store@1"
STORE_ENV = "MINUTES_KG_STORE"


def default_store_path() -> Path:
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "minutes-kg" / "store.json"


class StoreFormatError(ValueError):
    pass


@dataclass
class IngestResult:
    meeting: str
    status: str  # inserted | updated | unchanged
    nodes: int
    edges: int


def _edge_key(e: dict) -> str:
    return f"{e['type']}|{e['meeting']}"


class EmbeddedStore:
    def __init__(self, path: str | Path | None = None, aliases: str | Path | None = None):
        self.path = Path(path) if path else default_store_path()
        self.aliases = load_aliases(aliases)
        self.graph = nx.MultiDiGraph()
        self.sources: dict[str, dict] = {}
        self.records: dict[str, dict] = {}  # meeting id -> the record loaded (for push and re-resolution)
        self.merges: list[Merge] = []
        if self.path.exists():
            self._load()

    # persistence -------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text())
        except json.JSONDecodeError as exc:
            raise StoreFormatError(f"{self.path}: not a minutes-kg store (invalid JSON: {exc.msg})") from exc
        if data.get("format") != FORMAT:
            raise StoreFormatError(f"{self.path}: unsupported store format {data.get('format')!r}, "
                                   f"expected {FORMAT!r}")
        self.sources = data["sources"]
        self.records = data.get("records", {})
        self.merges = [Merge(**m) for m in data.get("merges", [])]
        for n in data["nodes"]:
            self.graph.add_node(n["key"], **n)
        for e in data["edges"]:
            self.graph.add_edge(e["from"], e["to"], key=_edge_key(e), **e)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "format": FORMAT,
            "sources": self.sources,
            "merges": [m.__dict__ for m in self.merges],
            "records": self.records,
            "nodes": [dict(attrs) for _, attrs in sorted(self.graph.nodes(data=True))],
            "edges": sorted((dict(attrs) for _, _, attrs in self.graph.edges(data=True)),
                            key=lambda e: (e["type"], e["from"], e["to"], e["meeting"])),
        }
        fd, tmp = tempfile.mkstemp(prefix=".store-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(data, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # loading -----------------------------------------------------------------------------
    def people(self) -> dict[str, str]:
        return {k: a.get("name", k) for k, a in self.graph.nodes(data=True) if a.get("label") == "Person"}

    def facts_for(self, record: dict) -> Facts:
        """The record's facts with person keys resolved against everything already stored."""
        people = self.people()
        people.update({p["key"]: p["name"] for p in record["people"]})
        for m in resolve_people(people, self.aliases):
            self.merges = [x for x in self.merges if x.alias != m.alias] + [m]
        self.merges.sort(key=lambda m: m.alias)
        kmap = key_map(self.merges)
        for alias, canonical in kmap.items():  # a stored node that is now an alias moves onto its canonical
            if alias in self.graph:
                self._rekey(alias, canonical)
        return record_to_facts(record, kmap)

    def ingest(self, record: dict, force: bool = False) -> IngestResult:
        meeting = record["meeting"]["id"]
        source = f"source:{meeting}"
        old = self.sources.get(source)
        if old and old["sha256"] == record["source"]["sha256"] and not force:
            return IngestResult(meeting, "unchanged", 0, 0)
        facts = self.facts_for(record)
        if old:
            self._remove_source(meeting)
        self._add(facts)
        self.records[meeting] = record
        self.sources[source] = {"meeting": meeting, "sha256": facts.sha256, "path": record["source"]["path"],
                                "date": facts.date}
        return IngestResult(meeting, "updated" if old else "inserted", len(facts.nodes), len(facts.edges))

    def _add(self, facts: Facts) -> None:
        for key, props in facts.nodes.items():
            if key in self.graph:
                cur = self.graph.nodes[key]
                newer = (facts.date or "") >= (cur.get("updated_from") or "")
                for p, v in props.items():
                    if p in ("initials", "aliases"):
                        cur[p] = sorted(set(cur.get(p, [])) | set(v))
                    elif newer or p not in cur:
                        cur[p] = v
                cur["sources"] = sorted(set(cur.get("sources", [])) | {facts.meeting})
                if newer:
                    cur["updated_from"] = facts.date or ""
            else:
                self.graph.add_node(key, **props, sources=[facts.meeting], updated_from=facts.date or "")
        for e in facts.edges.values():
            self.graph.add_edge(e["from"], e["to"], key=_edge_key(e), **e)

    def _remove_source(self, meeting: str) -> None:
        doomed = [(u, v, k) for u, v, k, a in self.graph.edges(keys=True, data=True) if a["meeting"] == meeting]
        self.graph.remove_edges_from(doomed)
        for key, attrs in list(self.graph.nodes(data=True)):
            srcs = [s for s in attrs.get("sources", []) if s != meeting]
            if srcs:
                attrs["sources"] = srcs
            else:
                self.graph.remove_node(key)

    def _rekey(self, alias: str, canonical: str) -> None:
        attrs = dict(self.graph.nodes[alias])
        if canonical not in self.graph:
            self.graph.add_node(canonical, **{**attrs, "key": canonical})
        else:
            cur = self.graph.nodes[canonical]
            cur["sources"] = sorted(set(cur.get("sources", [])) | set(attrs.get("sources", [])))
            cur["initials"] = sorted(set(cur.get("initials", [])) | set(attrs.get("initials", [])))
        for _u, v, k, a in list(self.graph.out_edges(alias, keys=True, data=True)):
            self.graph.add_edge(canonical, v, key=k, **{**a, "from": canonical})
        for u, _v, k, a in list(self.graph.in_edges(alias, keys=True, data=True)):
            self.graph.add_edge(u, canonical, key=k, **{**a, "to": canonical})
        self.graph.remove_node(alias)

    def known_hashes(self) -> set[str]:
        """Content hashes of the documents loaded (the manifest that makes re-ingest a no-op)."""
        return {info["sha256"] for info in self.sources.values()}

    # counts ------------------------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        labels: dict[str, int] = {}
        for _, a in self.graph.nodes(data=True):
            labels[a["label"]] = labels.get(a["label"], 0) + 1
        types: dict[str, int] = {}
        for _, _, a in self.graph.edges(data=True):
            types[a["type"]] = types.get(a["type"], 0) + 1
        return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}
