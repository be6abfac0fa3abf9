"""Meeting records on disk, and the JSON Schema they follow."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def write_record(record: dict, folder: str | Path) -> Path:
    """Write ``record`` as ``<folder>/<meeting id>.json`` atomically (a temporary file in the same folder,
    flushed to disk, then renamed over the target): a reader finds the old file or the new one, whole."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{record['meeting']['id']}.json"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def record_schema() -> dict:
    """The JSON Schema of the meeting record (``SCHEMA_PATH``, minutes-kg/record@2), as a fresh dict."""
    from minutes_kg.extractor.schema import SCHEMA_PATH

    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
