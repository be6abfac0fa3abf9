import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"
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
