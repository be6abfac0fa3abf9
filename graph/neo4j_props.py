"""Neo4j's property names and values, written once for every way into Neo4j: the driver load
(``graph/neo4j_store.py``), the Cypher script and the ``neo4j-admin`` CSV files (``graph/export.py``) and
the migration of a database loaded before (``graph/neo4j_migrate.py``).

- names: the model's snake_case fields become lowerCamelCase, Cypher's convention for properties
  (``tally_for`` -> ``tallyFor``, ``decided_by`` -> ``decidedBy``); labels (PascalCase) and
  relationship types (UPPER_SNAKE) are not properties and keep their names;
- dates: the ISO date strings of the date properties become native dates (``datetime.date``, which the
  driver sends as a Cypher DATE), so ``date() - duration('P30D')`` and range indexes work on them;
- a node's label and a relationship's type are not stored as properties (``labels(n)``, ``type(r)``);
  a relationship carries its evidence as JSON text (properties cannot be maps) and its identity ``rid``.

No driver import: the export uses this without Neo4j installed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

# the date properties (lowerCamelCase): meetings' date, issued and nextMeeting, a change's raisedOn,
# an action's due (and the due and date on LISTED_IN), the date of decisions, votes and dated relations,
# and updatedFrom (the date of the meeting whose document last set a node's properties)
DATE_PROPERTIES = frozenset({"date", "issued", "nextMeeting", "raisedOn", "due", "updatedFrom"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UPPER = re.compile(r"(?<=[a-z0-9])([A-Z])")


def camel(name: str) -> str:
    """The Neo4j name of a model field: ``tally_for`` -> ``tallyFor``; a camelCase name is left as it is."""
    head, *rest = [part for part in name.split("_") if part] or [name]
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def snake(name: str) -> str:
    """The model's name of a Neo4j property (``tallyFor`` -> ``tally_for``), the inverse of ``camel``."""
    return _UPPER.sub(lambda m: "_" + m.group(1).lower(), name)


def neo4j_value(name: str, value: Any) -> Any:
    """``value`` as Neo4j stores property ``name`` (either spelling): an ISO date string of a date property
    becomes a ``datetime.date`` (an empty one None, no property); anything else is unchanged."""
    if isinstance(value, str) and camel(name) in DATE_PROPERTIES:
        if not value:
            return None
        if _ISO_DATE.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:  # a date-shaped string that is no date (2023-02-30): kept as text
                return value
    return value


def neo4j_props(props: dict, drop: tuple[str, ...] = ()) -> dict:
    """Properties as Neo4j holds them: camelCase names, native dates, no null and no empty list (Neo4j
    stores neither: a missing property reads as null), the names in ``drop`` left out."""
    out = {}
    for k, v in props.items():
        if k not in drop and (v := neo4j_value(k, v)) is not None and v != []:
            out[camel(k)] = v
    return out


def node_props(props: dict) -> dict:
    """A node's properties as Neo4j holds them (from the model's, or from an older Neo4j load)."""
    return neo4j_props(props, ("label",))


def rid(rtype: str, frm: str, to: str, meeting: str) -> str:
    """A relationship's identity, indexed so that MERGE finds it by index seek, not by expanding hubs."""
    return f"{rtype}|{frm}|{to}|{meeting}"


def edge_props(edge: dict) -> dict:
    """A relationship's properties as Neo4j holds them, from the model's edge (type, from, to, meeting,
    evidence, its own properties): evidence as JSON text, its identity ``rid``, no ``type``."""
    out = neo4j_props(edge, ("type", "from", "to", "evidence"))
    evidence = edge.get("evidence") or []
    out["evidence"] = evidence if isinstance(evidence, str) else json.dumps(evidence, ensure_ascii=False)
    out["rid"] = rid(edge["type"], edge["from"], edge["to"], edge["meeting"])
    return out
