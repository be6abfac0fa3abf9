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


def test_help_lists_the_environment_and_every_exit_status_of_the_readme():
    import re

    import minutes_kg.cli

    top = cli("--help").stdout
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "MINUTES_KG_STORE",
                 "MINUTES_KG_PARSER", "MINUTES_KG_CHANGE_IDS", "MINUTES_KG_ALIASES"):
        assert re.search(rf"^\s+{name}\s+\S", top, re.M), name
    readme = (ROOT / "README.md").read_text()
    paragraph = readme[readme.index("Exit status: 0 success"):].split("\n\n", 1)[0]
    listed = {int(n) for n in re.findall(r"(?:^|[:;] |\n)(\d+) ", paragraph)}
    assert listed == {0, 1, 2, 3, 4, 5, 6, 7, 130}, listed
    assert set(minutes_kg.cli.EXIT_STATUSES) == listed
    statuses = top[top.index("Exit status:"):]
    for code in listed:
        assert re.search(rf"^\s+{code}\s+\S", statuses, re.M), code
    doc = minutes_kg.cli.__doc__ or ""
    doc_codes = {int(n) for n in re.findall(r"(?:[:;]|\s)(\d+) (?=[a-zA-Z])", doc[doc.index("Exit status"):])}
    assert listed <= doc_codes, listed - doc_codes


def test_schema_command_prints_the_record_schema():
    import minutes_kg as mk

    result = cli("schema")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == json.loads(mk.SCHEMA_PATH.read_text()) == mk.record_schema()
    assert printed["$id"] == "urn:minutes-kg:record@2"
    assert mk.record_schema() is not mk.record_schema()  # a fresh dict: a caller may change its copy
    record = json.loads(cli("extract", "samples/dag026.pdf", "--format", "json").stdout)
    validate_record(record)  # the schema, compiled without its $id, still validates


def test_push_counts_per_status():
    from minutes_kg.graph.backend import IngestResult
    from minutes_kg.graph.sync import push_counts

    results = [IngestResult("A", "inserted", 3, 4), IngestResult("B", "unchanged", 2, 1)]
    assert push_counts(results) == {"inserted": 1, "updated": 0, "unchanged": 1, "nodes": 5, "edges": 5}
    assert push_counts([]) == {"inserted": 0, "updated": 0, "unchanged": 0, "nodes": 0, "edges": 0}
