"""The gold records themselves: every verbatim string they hold is on a page or in a table cell of their
PDF, and every key they use is an entity of the same record (samples/gold_check.py, the check each
generator's ``--check`` runs too).

Read with pdfplumber directly (page text and table cells), not with the extractor, so a gold
record is checked against its source and never against what the extractor makes of it.
"""

import sys
from pathlib import Path

import pytest
from minutes_kg.extractor.evaluate import find_pairs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import gold_check  # noqa: E402

COLLECTIONS = ("layouts", "holdout", "holdout2")
PAIRS = [pair for name in COLLECTIONS if (ROOT / "tests" / "gold" / name).is_dir()
         for pair in find_pairs(ROOT / "tests" / "gold" / name, [ROOT / "samples" / name])]


@pytest.mark.parametrize("gold_path,pdf", PAIRS, ids=[g.stem for g, _ in PAIRS])
def test_gold_strings_are_on_the_page_and_its_keys_defined(gold_path, pdf):
    assert pdf is not None, f"{gold_path.name}: no PDF of the same name in samples/{gold_path.parent.name}"
    problems = gold_check.check(gold_path, pdf)
    assert not problems, problems[:5]


def test_the_check_finds_a_string_not_on_the_page_and_an_undefined_key(tmp_path):
    """The check can fail: a gold record with a quote its PDF does not hold and an owner it does not list."""
    import json

    gold_path, pdf = PAIRS[0]
    gold = json.loads(gold_path.read_text())
    gold["actions"] = [*gold.get("actions", []), {"key": "action:x", "text": "Nowhere in this document at all",
                                                  "owners": ["person:nobody"]}]
    bad = tmp_path / gold_path.name
    bad.write_text(json.dumps(gold))
    assert gold_check.check(bad, pdf) == ["action:x text: not in the PDF text: 'Nowhere in this document at all'",
                                          "undefined key person:nobody"]
