import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"
SAMPLE_PDFS = [str(p) for p in sorted(SAMPLES.glob("*.pdf"))]  # the five meetings the `records` fixture holds
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def records() -> dict:
    """Every sample extracted once per test session, by meeting id."""
    from minutes_kg.extractor.record import extract

    out = {}
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        rec = extract(pdf)
        out[rec["meeting"]["id"]] = rec
    return out


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory) -> Path:
    """The five samples ingested by the CLI into an embedded store, once per session; for tests that only
    read it."""
    path = tmp_path_factory.mktemp("samples-store") / "store.db"
    result = cli("ingest", *SAMPLE_PDFS, "--store", str(path), "--quiet")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="session")
def dag026(records) -> dict:
    return records["DAG026"]


@pytest.fixture(scope="session")
def golds() -> dict:
    return {p.stem: json.loads(p.read_text()) for p in sorted(GOLD.glob("*.json"))}


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory):
    from bad_inputs import make_bad_inputs

    return make_bad_inputs(tmp_path_factory.mktemp("bad"))


def cli(*args: str):
    """Run the CLI in a subprocess, as a user would."""
    import subprocess

    exe = Path(sys.executable).with_name("minutes-kg")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


NEO4J_PASSWORD = "minutes-kg-test"


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real Neo4j: the user's (NEO4J_URI ...) or one started from Maven artifacts by the launcher.

    Skips only when there is no NEO4J_URI, no java or mvn, and REQUIRE_NEO4J is unset.
    """
    import shutil

    if os.environ.get("NEO4J_URI"):
        user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
        yield {"uri": os.environ["NEO4J_URI"], "user": user,
               "password": os.environ.get("NEO4J_PASSWORD", ""), "database": os.environ.get("NEO4J_DATABASE")}
        return
    if not (shutil.which("java") and shutil.which("mvn")):
        if os.environ.get("REQUIRE_NEO4J"):
            pytest.fail("REQUIRE_NEO4J is set but there is no NEO4J_URI and no java/mvn to start Neo4j")
        pytest.skip("no Neo4j: set NEO4J_URI, or install java and mvn to start one")
    sys.path.insert(0, str(ROOT / "graph" / "neo4j_launcher"))
    import launcher

    handle = launcher.start(tmp_path_factory.mktemp("neo4j-data"), password=NEO4J_PASSWORD)
    try:
        yield {"uri": handle.uri, "user": "neo4j", "password": NEO4J_PASSWORD, "database": None}
    finally:
        handle.stop()


@pytest.fixture
def neo4j_store(neo4j_server):
    from minutes_kg.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"],
                       neo4j_server["database"])
    store.clear()
    yield store
    store.close()
