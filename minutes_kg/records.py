"""Meeting records on disk, and the JSON Schema they follow."""

from __future__ import annotations

import json
import os
import re
import tempfile
from itertools import accumulate
from pathlib import Path
from typing import Any

from minutes_kg.extractor.errors import BadInputError
from minutes_kg.names import printable

MAX_DEPTH = 64  # a record nests 6 deep; the parser itself (and everything after it) recurses per level
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def loads_json(data: bytes | str, name: str) -> Any:
    """JSON text parsed; BadInputError naming ``name`` (kind "bad-json") when it is not UTF-8 JSON or nests
    deeper than ``MAX_DEPTH`` (counted before parsing, so a file nested 100,000 deep is one line too)."""
    try:
        text = data.decode(json.detect_encoding(data)) if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise BadInputError(name, f"not valid JSON (not text in {exc.encoding}: {exc.reason} at byte {exc.start})",
                            kind="bad-json") from exc
    if text.count("[") + text.count("{") > MAX_DEPTH and _depth(text) > MAX_DEPTH:
        raise BadInputError(name, f"JSON nested deeper than {MAX_DEPTH} levels: refused",
                            kind="bad-json")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(name, f"not valid JSON ({exc.msg} at line {exc.lineno})", kind="bad-json") from exc
    except RecursionError as exc:  # not reached past the depth check; kept so no input can raise it
        raise BadInputError(name, "not valid JSON (nested too deep)", kind="bad-json") from exc


def _depth(text: str) -> int:
    """How deep the brackets outside strings nest (unbalanced text gives some number; the parser refuses it)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def read_json(path: str | Path) -> Any:
    """A JSON file parsed (``loads_json``); BadInputError naming the file when it cannot be read."""
    name = printable(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadInputError(name, f"cannot read ({exc.strerror})", kind="unreadable") from exc
    return loads_json(data, name)


def read_record(path: str | Path) -> dict:
    """A record (or gold record) JSON file as a dict; BadInputError naming the file when it is not one."""
    data = read_json(path)
    if not isinstance(data, dict):
        raise BadInputError(printable(path), f"not a meeting record (a JSON {_json_type(data)}, not an object)",
                            kind="invalid-record")
    return data


def _json_type(value: object) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


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
