"""Loading one meeting record into a graph store: one algorithm for every backend.

In one transaction: compare the content hash with the one stored (an unchanged document is a no-op),
resolve the record's people against the stored people who share a surname with them, move stored
nodes that are now aliases onto their canonical keys, turn the record into facts, remove what an
earlier version of the document loaded, and write the new facts.
"""

from __future__ import annotations

from .backend import GraphStore, IngestResult, Transaction
from .model import record_to_facts
from .resolve import key_map, resolve_people, surname


def load(record: dict, store: GraphStore, force: bool = False) -> IngestResult:
    """Load ``record`` into ``store`` whole or not at all."""
    return store.in_transaction(lambda tx: load_in(tx, record, store.aliases, force))


def load_in(tx: Transaction, record: dict, aliases: dict, force: bool = False) -> IngestResult:
    meeting = record["meeting"]["id"]
    surnames = sorted({last for p in record["people"] if (last := surname(p["name"]))})
    old, people = tx.state(meeting, surnames)
    if old is not None and old == record["source"]["sha256"] and not force:
        return IngestResult(meeting, "unchanged", 0, 0)
    people.update({p["key"]: p["name"] for p in record["people"]})
    # people named in this record are two people, and so are people named together in a stored meeting
    merges = resolve_people(people, aliases, [[p["key"] for p in record["people"]]],
                            lambda pairs: tx.named_together(pairs, meeting))
    kmap = key_map(merges)
    for alias, canonical in kmap.items():
        tx.rekey(alias, canonical)
    facts = record_to_facts(record, kmap)
    if old is not None:
        tx.remove_meeting(meeting)
    tx.write(facts, record, merges)
    return IngestResult(meeting, "updated" if old is not None else "inserted", len(facts.nodes), len(facts.edges))
