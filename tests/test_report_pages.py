"""The report pages, the CR dossier and the meeting report, as a reader meets them: names, titles and versions
instead of keys, the advisory vote told apart from the decision that overruled it, the tally check, hostile
names escaped in HTML and in Markdown, the pages opened in headless Chromium (screenshots kept under the
folder the tests print), and the same pages from Neo4j as from the embedded store."""

import copy
import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SAMPLES, cli
from markdown_it import MarkdownIt
from minutes_kg.extractor.record import extract
from minutes_kg.graph.load import load
from minutes_kg.graph.store import open_store
from minutes_kg.queries import dossier as dz
from minutes_kg.queries import report as rp
from minutes_kg.queries.backends import EmbeddedQueries

ALL_PDFS = [str(p) for p in sorted(SAMPLES.glob("*.pdf")) + sorted((SAMPLES / "layouts").glob("*.pdf"))]
KEY = re.compile(r"\b(?:person|org|cr|release|constituency|vote|doc|decision|action|meeting|body|source)"
                 r":[A-Za-z0-9]")
JSON_LIST = re.compile(r"\[\s*(?:\"[^\"]*\"\s*(?:,\s*\"[^\"]*\"\s*)*)?\]")
ARTEFACTS = Path(os.environ.get("MINUTES_KG_ARTEFACTS", ROOT / "out" / "test-artifacts")) / "report-pages"
CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
POSITIONS = ("for", "against", "abstain", "absent")


class Page(HTMLParser):
    """What a reader sees of an HTML page (text outside <style>, tooltips included), and what the browser
    would run or hide (script elements, comments)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.parts, self.tags, self.comments, self._style = [], [], [], False
        self.feed(text)
        self.close()
        self.text = " ".join(" ".join(self.parts).split())

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._style = tag == "style"

    def handle_endtag(self, tag):
        self._style = False if tag == "style" else self._style

    def handle_data(self, data):
        if not self._style:
            self.parts.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def markdown_page(text: str) -> Page:
    """A Markdown page as a renderer that lets raw HTML through (CommonMark with tables) shows it."""
    return Page(MarkdownIt("commonmark", {"html": True}).enable("table").render(text))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The samples and the layout collection, ingested as a user would."""
    path = tmp_path_factory.mktemp("pages") / "store.db"
    result = cli("ingest", *ALL_PDFS, "--store", str(path), "--quiet")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def queries(store):
    with EmbeddedQueries(open_store(store, create=False)) as q:
        yield q


@pytest.fixture(scope="module")
def artefacts():
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nreport page screenshots and pages: {ARTEFACTS}")
    return ARTEFACTS


def gold(meeting: str) -> dict:
    return json.loads((GOLD / f"{meeting}.json").read_text())


def summary_of(page_html: str) -> dict[str, str]:
    return {html.unescape(k): " ".join(html.unescape(re.sub(r"<[^>]+>", "", v)).split())
            for k, v in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page_html, re.S)}


def test_no_page_shows_a_key_or_a_raw_list(queries):
    """Every dossier of every CR and every report of every meeting of the samples and the layout collection,
    in HTML and in Markdown: the visible text names things, it never shows a node key or a JSON list."""
    entities = queries.run("entities", [])
    crs = [e["id"] for e in entities if e["label"] == "ChangeRequest" and e["id"]]
    meetings = [e["id"] for e in entities if e["label"] == "Meeting"]
    assert len(crs) >= 30 and len(meetings) == len(ALL_PDFS)
    pages = {}
    for cr in crs:
        data = dz.collect(queries.run, cr)
        pages[f"dossier {cr}.html"] = Page(dz.to_html(data))
        pages[f"dossier {cr}.md"] = markdown_page(dz.to_markdown(data))
    for m in meetings:
        data = rp.collect(queries, m)
        pages[f"report {m}.html"] = Page(rp.to_html(data))
        pages[f"report {m}.md"] = markdown_page(rp.to_markdown(data))
    keys = {name: KEY.findall(p.text) for name, p in pages.items() if KEY.search(p.text)}
    lists = {name: JSON_LIST.findall(p.text) for name, p in pages.items() if JSON_LIST.search(p.text)}
    assert not keys, keys
    assert not lists, lists
    # the pages hold what the rows hold: names in place of the keys
    assert "Stuart Scott" in pages["dossier CR018.html"].text and "IR5" in pages["dossier CR018.md"].text
    assert "version 1.8" in pages["dossier CR018.html"].text
    assert "CR017 (DSO Registration Service DIP Messages Processing Times)" in pages["dossier CR018.html"].text


def test_cr018_dossier_names_title_raiser_status_decider_and_the_overruled_vote(queries):
    """DAG026: the DAG's advisory vote on CR018 went against it; the SRO approved it (DAG-DEC60)."""
    g = gold("DAG026")
    cr = next(c for c in g["change_requests"] if c["id"] == "CR018")
    decision = next(d for d in g["decisions"] if "cr:CR018" in d["subjects"] and d["outcome"] == "approved")
    ballots = next(v for v in g["votes"] if v["subject"] == "cr:CR018")["ballots"]
    counted = {p: sum(1 for b in ballots if b["position"] == p) for p in POSITIONS}
    assert counted["against"] > counted["for"] and not cr["raised_by"]  # the case: overruled, raiser not named

    page = dz.to_html(dz.collect(queries.run, "cr18"))
    facts = summary_of(page)
    assert facts["Title"] == cr["title"] and f"<p class=\"subtitle\">{cr['title']}</p>" in page
    assert facts["Raised"].startswith(f"on {cr['raised_on']}") and "do not say by whom" in facts["Raised"]
    assert facts["Status"].startswith(f"approved by {decision['decided_by']} ({decision['id']}, DAG026, ")
    tally = ", ".join(f"{p} {counted[p]}" for p in POSITIONS)
    assert facts["Decided by"].startswith(f"{decision['decided_by']}, against the advisory vote of DAG026 "
                                          f"(against: {tally})")
    assert facts["Advisory vote"].startswith(f"DAG026 (2023-07-12): against ({tally}); tally check: matches")
    # the timeline: one hollow advisory-vote marker, one decision marker ringed as overruling it
    assert page.count('<g class="event kind-advisory-vote">') == 1
    assert page.count('<g class="event kind-decision overrules-vote">') == 1
    assert "overruling the advisory vote" in page
    history = re.search(r'<table class="history">.*?</table>', page, re.S).group(0)
    overruled = [r for r in re.findall(r"<tr>.*?</tr>", history, re.S) if 'class="kind-decision overrules"' in r]
    assert len(overruled) == 1 and decision["id"] in overruled[0] and "overrules the advisory vote" in overruled[0]
    md = dz.to_markdown(dz.collect(queries.run, "CR018"))
    assert md.startswith(f"# CR018 dossier: {cr['title']}\n")
    assert f"- **Decided by**: {decision['decided_by']}, against the advisory vote of DAG026" in md
    assert "| decision: approved | by SRO | DAG-DEC60 | overrules the advisory vote" in md


def test_a_decision_that_follows_its_vote_and_a_named_raiser(queries):
    """CR027: raised by UKPN (DAG025), voted for at DAG027 and approved there: no overruling is claimed."""
    raised = next(r for r in gold("DAG025")["relations"] if r["type"] == "RAISED" and r["to"] == "cr:CR027")
    page = dz.to_html(dz.collect(queries.run, "CR027"))
    facts = summary_of(page)
    assert facts["Raised"].startswith("by UKPN on ") and raised["from"] == "org:ukpn"
    assert facts["Decided by"].startswith("SRO, as the advisory vote of DAG027 advised (for)")
    assert "overrules-vote" not in page and page.count('<g class="event kind-advisory-vote">') == 1


def _check(meeting: str, cr: str) -> tuple[dict, dict]:
    vote = next(v for v in gold(meeting)["votes"] if v["subject"] == f"cr:{cr}")
    counted = {p: sum(1 for b in vote["ballots"] if b["position"] == p) for p in POSITIONS}
    return counted, vote["stated_tally"]


def test_report_tally_check_matches_and_differs(queries):
    """DAG026's tally adds up; CCAG012's Chair stated five for CR030 where four ballots were for."""
    counted, stated = _check("DAG026", "CR018")
    assert counted == stated
    page = rp.to_html(rp.collect(queries, "DAG026"))
    vote = re.search(r"<h3>Vote on CR018.*?</table>", page, re.S).group(0)
    assert '<span class="check-matches">matches</span>' in vote
    assert vote.count("<tr>") - 1 == sum(counted.values())

    counted, stated = _check("CCAG012", "CR030")
    wrong = [p for p in POSITIONS if counted[p] != stated[p]]
    assert wrong
    md = rp.to_markdown(rp.collect(queries, "CCAG012"))
    expected = "; ".join(f"{p}: {counted[p]} counted, {stated[p]} stated" for p in wrong)
    assert f"Tally check: differs ({expected})" in md
    page = rp.to_html(rp.collect(queries, "ccag012"))
    assert f'<span class="check-differs">differs ({expected})</span>' in page


def test_report_attendance_decisions_actions_documents(queries):
    """DAG026 as its gold record tells it: who was present, who deputised for whom with their seat, the
    apologies, the decisions, the actions with owners and due dates, the documents baselined."""
    g = gold("DAG026")
    page = rp.to_html(rp.collect(queries, "DAG026"))
    names = {p["key"]: p["name"] for p in g["people"]}
    deputies = re.search(r'<table class="deputies">.*?</table>', page, re.S).group(0)
    for p in g["people"]:
        if p["on_behalf_of"]:
            assert re.search(rf"<td>{re.escape(html.escape(p['name']))}</td><td>"
                             rf"{re.escape(html.escape(names[p['on_behalf_of']]))}</td><td>"
                             rf"{re.escape(html.escape(p['constituency']))}</td>", deputies), p["name"]
    apologies = re.search(r'<table class="apologies">.*?</table>', page, re.S).group(0)
    assert apologies.count("<tr>") - 1 == sum(1 for p in g["people"] if p["attendance"] == "apologies")
    decisions = re.search(r'<table class="decisions">.*?</table>', page, re.S).group(0)
    assert all(f"<td>{d['id']}</td>" in decisions for d in g["decisions"])
    actions = re.search(r'<table class="actions">.*?</table>', page, re.S).group(0)
    owned = next(a for a in g["actions"] if a["id"] == "DAG26-01")
    owners = ", ".join(html.escape(e["name"]) for e in queries.run("entities", [], keys=sorted(owned["owners"])))
    assert "Programme" in owners and "McKeon" in owners  # the names the graph holds for the gold's owners
    assert f"<td>DAG26-01</td><td>open</td><td>{owned['due']}</td><td>{owners}</td>" in actions
    documents = re.search(r'<table class="documents">.*?</table>', page, re.S).group(0)
    assert "<td>D-Flow and Interface Mapping</td><td>DES-196</td>" in documents


HOSTILE_PERSON = "<!--<script>"
HOSTILE_SEAT_HOLDER = "a|b*c_"
HOSTILE_TITLE = "</table><script>alert(1)</script> #"  # a heading's closing # too
HOSTILE_COMMENT = "line one\nline | two `code` [link](http://x) <b>bold</b> & *more*"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """DAG026 with hostile names: a person named ``<!--<script>``, another ``a|b*c_``, a CR title closing
    the table to open a script, a ballot comment of Markdown and HTML over two lines."""
    record = copy.deepcopy(extract(SAMPLES / "dag026.pdf"))
    for p in record["people"]:
        if p["key"] == "person:stuart-scott":
            p["name"] = HOSTILE_PERSON
        if p["key"] == "person:catherine-duggan":
            p["name"] = HOSTILE_SEAT_HOLDER
    next(c for c in record["change_requests"] if c["id"] == "CR018")["title"] = HOSTILE_TITLE
    vote = next(v for v in record["votes"] if v["subject"] == "cr:CR018")
    next(b for b in vote["ballots"] if b["person"] == "person:vladimir-black")["comment"] = HOSTILE_COMMENT
    path = tmp_path_factory.mktemp("hostile") / "store.db"
    with open_store(path) as s:
        load(record, s)
    with EmbeddedQueries(open_store(path, create=False)) as q:
        yield {"dossier": dz.collect(q.run, "CR018"), "report": rp.collect(q, "DAG026")}


@pytest.mark.parametrize("page", ["dossier", "report"])
def test_hostile_names_are_shown_not_run_in_html(hostile, page):
    module = dz if page == "dossier" else rp
    text = module.to_html(hostile[page])
    seen = Page(text)
    assert "script" not in seen.tags and not seen.comments
    assert HOSTILE_PERSON in seen.text and HOSTILE_SEAT_HOLDER in seen.text
    assert " ".join(HOSTILE_COMMENT.split()) in seen.text
    assert "&lt;!--&lt;script&gt;" in text and "<!--" not in text
    if page == "dossier":
        assert HOSTILE_TITLE in seen.text


@pytest.mark.parametrize("page", ["dossier", "report"])
def test_hostile_names_are_shown_not_run_in_markdown(hostile, page):
    module = dz if page == "dossier" else rp
    text = module.to_markdown(hostile[page])
    seen = markdown_page(text)
    assert "script" not in seen.tags and not seen.comments and "a" not in seen.tags and "code" not in seen.tags
    assert "b" not in seen.tags and "em" not in seen.tags
    assert HOSTILE_PERSON in seen.text and HOSTILE_SEAT_HOLDER in seen.text  # whole, in its cell
    assert " ".join(HOSTILE_COMMENT.split()) in seen.text
    assert "a\\|b\\*c\\_" in text and "&lt;!--&lt;script&gt;" in text
    if page == "dossier":
        assert HOSTILE_TITLE in seen.text
    # every table row has as many cells as its header: no name broke out of its cell
    for table in re.findall(r"(?:^\|.*\|\n)+", text, re.M):
        lines = table.splitlines()
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in lines}
        assert len(widths) == 1, lines[0]


def _chromium(args, tmp_path):
    if not CHROMIUM:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium (apt-get install chromium)")
    out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def _render(path: Path, tmp_path: Path, artefacts: Path) -> str:
    shot = artefacts / f"{path.stem}.png"
    shot.unlink(missing_ok=True)
    _chromium(["--window-size=1200,2000", "--hide-scrollbars", f"--screenshot={shot}", path.as_uri()], tmp_path)
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
    shutil.copy(path, artefacts / path.name)
    return _chromium(["--dump-dom", path.as_uri()], tmp_path)


DOSSIER_SECTIONS = ["summary", "timeline", "history", "votes", "decisions", "actions", "documents"]
REPORT_SECTIONS = ["summary", "attendance", "decisions", "votes", "actions", "documents"]


def test_pages_render_in_chromium(store, tmp_path, artefacts):
    """The CLI's pages, opened in headless Chromium: every section there, the timeline drawn, the vote table
    whole; screenshots saved."""
    dossier, report = tmp_path / "dossier-CR018.html", tmp_path / "report-DAG026.html"
    done = cli("dossier", "CR018", "--store", str(store), "--out", str(dossier))
    assert done.returncode == 0 and "13 ballots" in done.stdout, done.stderr
    done = cli("report", "DAG026", "--store", str(store), "--out", str(report))
    assert done.returncode == 0 and "1 votes" in done.stdout, done.stderr
    dom = _render(dossier, tmp_path, artefacts)
    assert all(f'<section id="{s}">' in dom for s in DOSSIER_SECTIONS)
    history = re.search(r'<table class="history">.*?</table>', dom, re.S).group(0)
    assert dom.count('<g class="event') == history.count("<tr>") - 1 >= 6  # a marker per dated event
    head = dom.split("<body>")[0]
    assert "overrules-vote" in dom and "http" not in head.replace("http-equiv", "")  # nothing fetched
    assert "default-src 'none'" in head  # and nothing may be: no script runs, nothing loads
    dom = _render(report, tmp_path, artefacts)
    assert all(f'<section id="{s}">' in dom for s in REPORT_SECTIONS)
    vote = re.search(r'<table class="vote">.*?</table>', dom, re.S).group(0)
    assert vote.count("<tr>") - 1 == 13 and "Stuart Scott" in vote


def test_hostile_page_renders_whole_in_chromium(hostile, tmp_path, artefacts):
    path = tmp_path / "hostile-dossier-CR018.html"
    dz.write(hostile["dossier"], path)
    dom = _render(path, tmp_path, artefacts)
    assert all(f'<section id="{s}">' in dom for s in DOSSIER_SECTIONS)  # no comment swallowed the page
    assert "<script" not in dom and "&lt;!--&lt;script&gt;" in dom


def test_report_cli_errors_are_one_line_and_leave_nothing(store, tmp_path):
    out = tmp_path / "x.html"
    done = cli("report", "DAG999", "--store", str(store), "--out", str(out))
    assert done.returncode == 2 and done.stderr.startswith("minutes-kg: error: no meeting 'DAG999'")
    assert len(done.stderr.strip().splitlines()) == 1 and not out.exists()
    done = cli("report", "DAG0026", "--store", str(store), "--out", str(out))
    assert done.returncode == 2 and "did you mean DAG025, DAG026, DAG027?" in done.stderr and not out.exists()
    blocked = tmp_path / "file"
    blocked.write_text("")
    done = cli("report", "DAG026", "--store", str(store), "--out", str(blocked / "x.md"))
    assert done.returncode != 0 and str(blocked / "x.md") in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_page_that_cannot_be_written_leaves_nothing(queries, tmp_path):
    """The library's own write: the error names the file; no half page, no temporary file is left."""
    from minutes_kg.errors import MinutesKgError

    data = rp.collect(queries, "DAG026")
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(MinutesKgError, match=re.escape(str(blocked / "x.html")) + ": cannot write the page"):
        rp.write(data, blocked / "x.html")
    out = tmp_path / "ok.md"
    out.write_text("the old page")
    rp.write(data, out)
    assert out.read_text().startswith("# DAG026 meeting report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "ok.md"]  # no temporary file left


@pytest.mark.neo4j
def test_same_pages_from_neo4j(records, neo4j_server, tmp_path):
    """Every dossier and report of the samples is the same page from Neo4j as from the embedded store, and
    the queries they are built from give the same rows."""
    from minutes_kg.graph.neo4j_store import Neo4jStore
    from minutes_kg.queries.backends import Neo4jQueries

    emb_store = open_store(tmp_path / "store.db")
    neo_store = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"],
                           neo4j_server["database"])
    neo_store.clear()
    for r in records.values():
        load(r, emb_store)
        load(r, neo_store)
    emb, neo = EmbeddedQueries(emb_store), Neo4jQueries(neo_store)
    try:
        for m in records:
            for name, args, options in [("attendance", [m], {}), ("meeting-votes", [m], {}),
                                        ("actions", [], {"meeting": m})]:
                assert neo.run(name, args, **options) == emb.run(name, args, **options), (name, m)
            assert rp.to_html(rp.collect(neo, m)) == rp.to_html(rp.collect(emb, m)), m
            assert rp.to_markdown(rp.collect(neo, m)) == rp.to_markdown(rp.collect(emb, m)), m
        assert neo.run("entities", []) == emb.run("entities", [])
        crs = [e["id"] for e in emb.run("entities", []) if e["label"] == "ChangeRequest" and e["id"]]
        assert len(crs) >= 5
        for cr in crs:
            assert dz.to_html(dz.collect(neo.run, cr)) == dz.to_html(dz.collect(emb.run, cr)), cr
            assert dz.to_markdown(dz.collect(neo.run, cr)) == dz.to_markdown(dz.collect(emb.run, cr)), cr
    finally:
        emb.close()
        neo.close()
