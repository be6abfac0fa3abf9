"""The published JSON Schema of the meeting record, and validation against it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")


class InvalidRecordError(ValueError):
    """A record that does not satisfy the published schema."""


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


@lru_cache(maxsize=1)
def _validator():
    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


def validate_record(record: dict, source: str = "record") -> None:
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InvalidRecordError(f"{source}: record invalid at {where}: {e.message}{more}")
