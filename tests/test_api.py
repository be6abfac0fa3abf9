"""`import minutes_kg`: the public API the README shows, cheap to import."""

import subprocess
import sys

import pytest

import minutes_kg as mk


def test_import_is_cheap():
    heavy = ("spacy", "pdfplumber", "networkx", "neo4j")
    code = f"import sys, minutes_kg; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_readme_example(records, tmp_path):
    record = records["DAG026"]
    mk.validate_record(record)
    assert mk.SCHEMA_PATH.exists() and "cr-history" in mk.QUERIES
    with mk.open_store(tmp_path / "store.db") as store:
        assert mk.load(record, store).status == "inserted"
        assert mk.load(record, store).status == "unchanged"
        rows = mk.run_query("cr-history", ["CR018"], store=store)
    assert rows and all(r["cr"] == "CR018" for r in rows)
    assert mk.run_query("cr-history", ["cr18"], store=tmp_path / "store.db") == rows
    with pytest.raises(mk.QueryError) as info:
        mk.run_query("cr-history", ["CR999"], store=tmp_path / "store.db")
    assert isinstance(info.value, mk.MinutesKgError) and info.value.exit_status == 2
    with pytest.raises(mk.StoreError) as missing:
        mk.run_query("seats", store=tmp_path / "nowhere.db")
    assert missing.value.exit_status == 6 and "nowhere.db" in str(missing.value)
