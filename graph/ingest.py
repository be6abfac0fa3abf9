"""Ingest PDFs or record JSON files into a store: extract -> validate -> load, one document at a time."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from minutes_kg.extractor.errors import BadInputError
from minutes_kg.extractor.record import extract
from minutes_kg.extractor.schema import InvalidRecordError, validate_record


@dataclass
class Outcome:
    path: str
    status: str  # inserted | updated | unchanged | failed
    meeting: str | None = None
    reason: str | None = None
    kind: str | None = None


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """PDFs and .json records named, or found under the folders named (sorted, recursive)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in (".pdf", ".json"))
        else:
            found.append(p)
    return found


def load_input(path: Path) -> dict:
    """A validated record from a PDF (extracted) or a record JSON file."""
    if path.suffix.lower() == ".json":
        try:
            record = json.loads(path.read_text())
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInputError(str(path), f"cannot read ({exc.__class__.__name__})", kind="unreadable") from exc
        except json.JSONDecodeError as exc:
            raise BadInputError(str(path), f"not valid JSON ({exc.msg} at line {exc.lineno})",
                                kind="bad-json") from exc
        try:
            validate_record(record, source=str(path))
        except InvalidRecordError as exc:
            raise BadInputError(str(path), str(exc).split(": ", 1)[1], kind="invalid-record") from exc
        return record
    return extract(path)


def ingest_paths(paths: Iterable[str | Path], store, force: bool = False,
                 on_done: Callable[[Outcome], None] | None = None, save_every: int = 25) -> list[Outcome]:
    """Load every input into ``store`` (embedded or Neo4j). One bad file never stops the others."""
    outcomes = []
    files = discover(paths)
    pending = 0
    for f in files:
        try:
            record = load_input(f)
            res = store.ingest(record, force=force)
            out = Outcome(str(f), res.status, res.meeting)
            pending += res.status != "unchanged"
        except BadInputError as exc:
            out = Outcome(str(f), "failed", None, exc.reason, exc.kind)
        outcomes.append(out)
        if on_done:
            on_done(out)
        if pending >= save_every and hasattr(store, "save"):
            store.save()
            pending = 0
    if hasattr(store, "save"):
        store.save()
    return outcomes
