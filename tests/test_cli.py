"""The command line, run as a user runs it."""

import json

from conftest import ROOT, cli
from minutes_kg.extractor.schema import validate_record


def test_help_teaches():
    result = cli("--help")
    assert result.returncode == 0
    for command in ("extract", "evaluate", "ingest", "resolve", "export"):
        assert command in result.stdout
    extract_help = cli("extract", "--help").stdout
    assert "Examples:" in extract_help and "--format" in extract_help


def test_extract_json_is_a_valid_record():
    result = cli("extract", "samples/dag026.pdf", "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    validate_record(record)
    assert record["meeting"]["id"] == "DAG026"
    assert record["schema"] == "minutes-kg/record@2"


def test_extract_summary_is_readable():
    result = cli("extract", "samples/dag026.pdf")
    assert result.returncode == 0
    assert "DAG026" in result.stdout and "DAG-DEC60" in result.stdout and "Vote vote:DAG026:CR018" in result.stdout


def test_extract_is_deterministic():
    a = cli("extract", "samples/dag026.pdf", "--format", "json").stdout
    b = cli("extract", "samples/dag026.pdf", "--format", "json").stdout
    assert a == b


def test_evaluate_prints_scores_per_type():
    result = cli("evaluate", "tests/gold/DAG026.json", "samples/dag026.pdf", "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"people", "actions", "decisions", "ballots", "relations"} <= set(scores["entities"])
    table = cli("evaluate", "tests/gold/DAG026.json", "samples/dag026.pdf").stdout
    assert "people" in table and "F1" in table


def test_extract_out_folder(tmp_path):
    result = cli("extract", "samples/dag026.pdf", "--out", str(tmp_path))
    assert result.returncode == 0
    record = json.loads((tmp_path / "DAG026.json").read_text())
    validate_record(record)


def test_evaluate_a_folder_of_gold_and_pdfs(tmp_path):
    """`evaluate GOLD_DIR PDF_DIR` pairs records and PDFs by name and scores each document and the whole."""
    import shutil

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(ROOT / "tests" / "gold" / "DAG026.json", gold_dir / "DAG026.json")
    broken = json.loads((ROOT / "tests" / "gold" / "DAG025.json").read_text())
    broken["people"] = broken["people"][:5]  # a gold that lists fewer people than the PDF
    (gold_dir / "DAG025.json").write_text(json.dumps(broken))
    res = cli("evaluate", str(gold_dir), str(ROOT / "samples"), "--format", "json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert set(out["documents"]) == {"DAG025", "DAG026"}
    assert out["documents"]["DAG026"]["micro"]["f1"] == 1.0
    assert out["documents"]["DAG025"]["scores"]["entities"]["people"]["precision"] < 1.0
    assert out["collection"]["min_document_f1"] < 1.0
    table = cli("evaluate", str(gold_dir), str(ROOT / "samples"))
    assert "DAG026" in table.stdout and "mean document F1" in table.stdout
    empty = cli("evaluate", str(gold_dir), str(tmp_path))
    assert empty.returncode == 2 and "no gold record has a PDF" in empty.stderr
