"""The published JSON Schema of the meeting record, and validation against it.

The schema file declares JSON Schema 2020-12 but uses only keywords that draft 7 shares with it
(type, enum, const, pattern, required, properties, additionalProperties, items, minItems,
minLength, oneOf, $ref into $defs), so it is compiled by fastjsonschema into a Python function:
several times faster than interpreting it for every record, and every record is validated. Its
references into $defs are written out in place before compiling: the compiled function then checks an
evidence item inline instead of calling a function per item (whose argument it formats from locals()),
three times faster, with the same checks and the same messages.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import fastjsonschema

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")


class InvalidRecordError(ValueError):
    """A record that does not satisfy the published schema."""


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


@lru_cache(maxsize=1)
def _validator():
    compiled = copy.deepcopy(schema())
    compiled["$schema"] = "http://json-schema.org/draft-07/schema#"
    compiled.pop("$id", None)  # references are local ("#/$defs/..."); no base URI to resolve against
    return fastjsonschema.compile(_inline_refs(compiled, compiled.get("$defs", {})))


_DATA = ("$defs", "enum", "const", "default", "examples")  # keywords whose values are kept as they are


def _inline_refs(node, defs: dict):
    """``node`` with each {"$ref": "#/$defs/<name>"} replaced by that definition (the schema's
    definitions refer to none, so this ends); $defs and values that are data, not schemas, kept."""
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
        return _inline_refs(copy.deepcopy(defs[ref[8:]]), defs)
    return {k: v if k in _DATA else _inline_refs(v, defs) for k, v in node.items()}


def validate_record(record: dict, source: str = "record") -> None:
    try:
        _validator()(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = "/".join(str(p) for p in (exc.path or [])[1:]) or "(root)"
        message = exc.message.split(" ", 1)[1] if exc.message.startswith("data") else exc.message
        raise InvalidRecordError(f"{source}: record invalid at {where}: {message}") from None
