"""Extraction scored against the hand-checked gold records in tests/gold/."""

import pytest
from minutes_kg.extractor.evaluate import evaluate

THRESHOLDS = {"DAG026": 0.97}
DEFAULT = 0.95
KEY_TYPES = ("people", "actions", "decisions", "ballots")


def _gold_ids():
    from conftest import GOLD

    return sorted(p.stem for p in GOLD.glob("*.json"))


@pytest.mark.parametrize("meeting", _gold_ids())
def test_f1_against_gold(meeting, golds, records):
    scores = evaluate(golds[meeting], records[meeting])
    floor = THRESHOLDS.get(meeting, DEFAULT)
    for etype in KEY_TYPES:
        s = scores["entities"][etype]
        if s["gold"]:
            assert s["f1"] >= floor, (etype, s, scores["missing"][etype], scores["extra"][etype])


@pytest.mark.parametrize("meeting", _gold_ids())
def test_attributes_against_gold(meeting, golds, records):
    scores = evaluate(golds[meeting], records[meeting])
    for attr in ("initials", "role", "attendance", "on_behalf_of", "owner", "due", "outcome", "decided_by",
                 "position", "voter", "tally", "stated_tally"):
        if attr in scores["attributes"]:
            assert scores["attributes"][attr]["accuracy"] >= 0.95, (attr, scores["wrong"].get(attr))


def test_evaluation_notices_errors(golds):
    """The scorer itself: a record missing a person and with a wrong position scores lower."""
    import copy

    gold = golds["DAG026"]
    bad = copy.deepcopy(gold)
    bad["people"] = bad["people"][1:]
    bad["votes"][0]["ballots"][0]["position"] = "against"
    scores = evaluate(gold, bad)
    assert scores["entities"]["people"]["recall"] < 1.0
    assert scores["attributes"]["position"]["accuracy"] < 1.0
    perfect = evaluate(gold, gold)
    assert all(s["f1"] == 1.0 for s in perfect["entities"].values())
