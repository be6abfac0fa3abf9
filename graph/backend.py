"""What a graph store offers the loader (``graph/load.py``): one protocol, met by the embedded SQLite
store and by Neo4j, so that a document is loaded by one algorithm whatever holds the graph.

A store runs a function in one write transaction (``in_transaction``); inside it, the function sees a
``Transaction``: the stored hash of a document and the stored people it could merge with, and the
writes (re-key a merged person, remove a meeting's facts, write a document's facts). A failure
anywhere in the function rolls the whole document back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .model import Facts
from .resolve import Merge

T = TypeVar("T")


@dataclass
class IngestResult:
    meeting: str
    status: str  # inserted | updated | unchanged
    nodes: int
    edges: int


class Transaction(Protocol):
    def state(self, meeting: str, surnames: list[str]) -> tuple[str | None, dict[str, str]]:
        """What a load reads first, in one go: the content hash of the document loaded for ``meeting``
        (None when none is), and the stored people (key -> name) it could merge with: those whose name
        ends with one of ``surnames`` (a superset is fine, resolution decides)."""
        ...

    def named_together(self, pairs: list[tuple[str, str]], meeting: str | None) -> list[tuple[str, str]]:
        """Those of ``pairs`` of stored people that one stored meeting other than ``meeting`` names both of
        (people named in one meeting are two people, and resolution keeps them apart)."""
        ...

    def rekey(self, alias: str, canonical: str) -> None:
        """Move a stored node that resolution now calls an alias onto its canonical key."""
        ...

    def remove_meeting(self, meeting: str) -> None:
        """Remove every relationship of ``meeting`` and every node no other meeting states."""
        ...

    def write(self, facts: Facts, record: dict, merges: list[Merge]) -> None:
        """Write a document's facts (nodes merged on their key, relationships created), its manifest entry,
        and, where the store keeps them, the record and the merges that applied."""
        ...


class GraphStore(Protocol):
    aliases: dict

    def in_transaction(self, work: Callable[[Transaction], T]) -> T:
        ...

    def known_hashes(self) -> set[str]:
        """Content hashes of the documents loaded (the manifest that makes re-ingest a no-op)."""
        ...

    def counts(self) -> dict[str, dict[str, int]]:
        ...

    def close(self) -> None:
        ...
