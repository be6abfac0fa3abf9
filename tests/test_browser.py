"""The CR dossier and the graph view, opened in headless Chromium as a person would."""

import os
import re
import shutil
import subprocess

import pytest
from conftest import cli

CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium (apt-get install chromium)")
    return CHROMIUM


def rendered_dom(browser, path, tmp_path) -> str:
    out = subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          path.as_uri()], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


@pytest.fixture(scope="module")
def store(samples_store):
    return samples_store


def test_dossier_renders(browser, store, tmp_path):
    out = tmp_path / "cr018.html"
    result = cli("dossier", "CR018", "--store", str(store), "--out", str(out))
    assert result.returncode == 0, result.stderr
    dom = rendered_dom(browser, out, tmp_path)
    assert "<h1>CR018 dossier</h1>" in dom
    assert re.search(r"<dt>Status</dt><dd>approved by SRO \(DAG-DEC60", dom)
    # the timeline figure: one marker per dated event of the history table
    history_rows = re.search(r'<table class="history">.*?</table>', dom, re.S).group(0).count("<tr>") - 1
    assert dom.count('<g class="event ') == history_rows >= 6  # class "event kind-..." (vote, decision, event)
    vote = re.search(r'<table class="vote">.*?</table>', dom, re.S).group(0)
    assert vote.count("<tr>") - 1 == 13
    assert "DAG026, p. 6" in vote and "CD approved CR018" in vote


def test_dossier_markdown(store, tmp_path):
    out = tmp_path / "cr027.md"
    assert cli("dossier", "CR027", "--store", str(store), "--out", str(out)).returncode == 0
    text = out.read_text()
    assert text.startswith("# CR027 dossier") and "DAG-DEC63" in text and "### Advisory vote at DAG027" in text


def test_graph_view_renders(browser, store, tmp_path):
    out = tmp_path / "view.html"
    result = cli("viz", "--cr", "CR018", "--store", str(store), "--out", str(out))
    assert result.returncode == 0, result.stderr
    nodes, rels = map(int, re.search(r"\((\d+) nodes, (\d+) relationships\)", result.stdout).groups())
    dom = rendered_dom(browser, out, tmp_path)
    assert f'data-rendered="{nodes} nodes, {rels} edges"' in dom  # the script ran to the end
    assert 'data-layout="cose"' in dom and "<canvas" in dom  # drawn by cytoscape.js (tests/test_graph_view.py)
