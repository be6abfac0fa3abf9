"""The record validator (the schema compiled with its $defs references written out in place) accepts the
sample records and rejects a broken one with the message the schema compiled as it is gives."""

import copy
import json

import fastjsonschema
import pytest
from minutes_kg.extractor import schema


def _as_published():
    compiled = copy.deepcopy(schema.schema())
    compiled["$schema"] = "http://json-schema.org/draft-07/schema#"
    compiled.pop("$id", None)
    return fastjsonschema.compile(compiled)


def _outcome(validate, record):
    try:
        validate(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        return exc.message, exc.path, exc.rule
    return None


def _places(node, at=()):
    yield at
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        yield from _places(v, (*at, k))


def test_no_reference_left_to_call():
    assert "$ref" not in json.dumps({k: v for k, v in schema._inline_refs(schema.schema(), schema.schema()["$defs"])
                                     .items() if k != "$defs"})


@pytest.mark.parametrize("bad", [None, -1, "", [{"page": 0}], 1.5])
def test_same_verdicts_and_messages(records, bad):
    ours, theirs = schema._validator(), _as_published()
    checked = 0
    for record in records.values():
        assert _outcome(ours, record) is None and _outcome(theirs, record) is None
        places = list(_places(record))[1:]
        for at in places[::31]:
            broken = copy.deepcopy(record)
            parent = broken
            for k in at[:-1]:
                parent = parent[k]
            parent[at[-1]] = bad
            assert _outcome(ours, broken) == _outcome(theirs, broken), at
            checked += 1
    assert checked > 100
