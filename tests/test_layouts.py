"""The extractor against its layout collections: fictional minutes in distinct layouts, three producers.

- layouts: the 13 documents the readers were developed with;
- holdout: 6 documents made later by helpers who never saw the extractor, first scored blind
  (mean document F1 0.49), then used to find what the readers did not generalise;
- holdout2: 6 more made the same way, scored blind at 0.640, then used for general fixes too.
The thresholds for the first two are issue 9's: no document refused, mean document micro-F1 >= 0.95
and none below 0.85, and the key attributes right on at least 95% of the matched items.
"""

from pathlib import Path

import pytest
from minutes_kg.extractor.evaluate import evaluate_folder

ROOT = Path(__file__).resolve().parents[1]
ATTRIBUTES = ("initials", "role", "organisation", "attendance", "owner", "due", "outcome", "position")
DEVELOPED = ("layouts", "holdout")


@pytest.fixture(scope="module", params=DEVELOPED)
def result(request):
    return request.param, evaluate_folder(ROOT / "tests" / "gold" / request.param, [ROOT / "samples" / request.param])


def test_the_collection_is_whole(result):
    name, r = result
    assert len(r["documents"]) >= (12 if name == "layouts" else 6)
    assert all(d["pdf"] for d in r["documents"].values())


def test_no_document_is_refused(result):
    assert result[1]["collection"]["refused"] == []


def test_document_f1(result):
    c = result[1]["collection"]
    low = {k: d["micro"]["f1"] for k, d in result[1]["documents"].items() if d["micro"]["f1"] < 0.85}
    assert not low, low
    assert c["mean_document_f1"] >= 0.95, c["mean_document_f1"]


@pytest.mark.parametrize("attribute", ATTRIBUTES)
def test_attribute_accuracy(result, attribute):
    a = result[1]["collection"]["attributes"].get(attribute)
    if a is None:
        pytest.skip(f"no {attribute} in this collection's gold")
    wrong = {k: d["scores"]["wrong"].get(attribute) for k, d in result[1]["documents"].items()
             if d["scores"]["wrong"].get(attribute)}
    assert a["accuracy"] >= 0.95, (a, wrong)


def test_the_second_held_out_set_reads():
    """Held-out set 2 scored 0.640 blind; after general fixes it must not fall back (none refused, mean >= 0.85)."""
    r = evaluate_folder(ROOT / "tests" / "gold" / "holdout2", [ROOT / "samples" / "holdout2"])
    assert r["collection"]["refused"] == []
    assert r["collection"]["mean_document_f1"] >= 0.85, {k: d["micro"]["f1"] for k, d in r["documents"].items()}
