"""`minutes-kg neo4j start|stop|status` end to end, as the README's "Query it in Neo4j" tells a user: the
samples ingested into an embedded store (as `make demo` does), a real Neo4j started in the background from
the repository's launcher, `minutes-kg push` with the environment `start` printed, the README's Cypher run
through the driver, `status`, `stop`, `status`. The README's queries are the cookbook's own text
(queries/README.md, whose row counts tests/test_cookbook.py checks), so the two cannot drift apart."""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

EXE = Path(sys.executable).with_name("minutes-kg")
SECTION = "## Query it in Neo4j"


def cypher_blocks(text: str) -> list[str]:
    return re.findall(r"```cypher\n(.*?)```", text, re.S)


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text()
    assert SECTION in text, "the README has a section on querying the graph in Neo4j"
    return cypher_blocks(text.split(SECTION, 1)[1].split("\n## ", 1)[0])


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The user's environment without any Neo4j connection, the data folders under tmp_path."""
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("NEO4J_") and not k.startswith("NEO4J_LAUNCHER")) and k != "MINUTES_KG_NEO4J_DIR"}
    env.update(XDG_DATA_HOME=str(tmp_path / "xdg"), PYTHONIOENCODING="utf-8", **extra)
    return env


def run(*args: str, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)


def one_line_error(r: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutes-kg: error: "), r.stderr
    return lines[0]


def exported(line: str) -> dict[str, str]:
    """The variables of one `export A=1 B=2` line, as a shell would read them."""
    words = shlex.split(line)
    assert words[0] == "export", line
    return dict(w.split("=", 1) for w in words[1:])


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


# --- the README and the cookbook ------------------------------------------------------------------


def test_readme_queries_are_the_cookbooks():
    queries = readme_queries()
    cookbook = cypher_blocks((ROOT / "queries" / "README.md").read_text())
    assert len(queries) >= 10 and len(set(queries)) == len(queries)
    missing = [q.splitlines()[1] for q in queries if q not in cookbook]
    assert not missing, f"README queries not (or no longer) in queries/README.md: {missing}"


def test_readme_gives_the_three_commands_and_the_docker_alternative():
    section = (ROOT / "README.md").read_text().split(SECTION, 1)[1].split("\n## ", 1)[0]
    for command in ("make demo", "minutes-kg neo4j start", "minutes-kg push", "export NEO4J_URI=",
                    "docker run", "neo4j:5.26"):
        assert command in section, command


# --- errors that need no server: one line, no traceback --------------------------------------------


def test_status_of_a_server_never_started(tmp_path):
    env = clean_env(tmp_path)
    r = run("neo4j", "status", env=env)
    assert r.returncode == 5, r.stdout + r.stderr
    assert r.stdout.startswith("stopped") and str(tmp_path / "xdg" / "minutes-kg" / "neo4j") in r.stdout
    r = run("neo4j", "status", "--format", "json", env=env)
    assert r.returncode == 5 and json.loads(r.stdout)["state"] == "stopped"
    r = run("neo4j", "stop", env=env)
    assert r.returncode == 0 and r.stdout.startswith("not running")


def test_port_taken_is_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = run("neo4j", "start", "--data", str(tmp_path / "n"), "--port", str(port), env=clean_env(tmp_path))
    assert r.returncode == 5
    assert f"port {port} on 127.0.0.1 is taken" in one_line_error(r)
    assert not (tmp_path / "n" / "server.json").exists()


def test_no_java_is_one_line(tmp_path):
    env = clean_env(tmp_path, NEO4J_LAUNCHER_JAVA=str(tmp_path / "no-such-java"))
    r = run("neo4j", "start", "--data", str(tmp_path / "n"), "--port", "0", env=env)
    assert r.returncode == 5
    assert "Java executable" in one_line_error(r) and "not found" in r.stderr


def test_short_password_is_one_line(tmp_path):
    r = run("neo4j", "start", "--data", str(tmp_path / "n"), "--password", "short", env=clean_env(tmp_path))
    assert r.returncode == 5 and "at least 8 characters" in one_line_error(r)


def test_push_without_uri_or_server_is_one_line(tmp_path):
    env = clean_env(tmp_path)
    store = tmp_path / "store.db"
    assert run("ingest", "-q", "--store", str(store), str(SAMPLES / "dag026.pdf"), env=env).returncode == 0
    r = run("push", "--store", str(store), env=env)
    assert r.returncode == 5
    assert "NEO4J_URI is not set and no `minutes-kg neo4j start` server is running" in one_line_error(r)


def test_a_failed_build_is_one_line(tmp_path):
    """The first start's build, of a launcher whose Java does not compile: one line naming the error and the log."""
    import shutil

    from minutes_kg.graph import neo4j_server
    from minutes_kg.graph.neo4j_launcher import launcher

    if not shutil.which("mvn"):
        pytest.skip("no mvn")
    shutil.copy(launcher.HERE / "pom.xml", tmp_path / "pom.xml")
    shutil.copytree(launcher.HERE / "src", tmp_path / "src")
    (tmp_path / "src" / "main" / "java" / "minuteskg" / "neo4j" / "Launcher.java").write_text("class Launcher {")
    assert neo4j_server.needs_build(tmp_path)
    lines: list[str] = []
    with pytest.raises(neo4j_server.Neo4jServerError) as failed:
        neo4j_server.build(lines.append, every=0.2, jar_dir=tmp_path)
    message = str(failed.value)
    assert "\n" not in message and message.startswith("building the Neo4j launcher failed")
    assert "Launcher.java" in message and str(tmp_path / "target" / "build.log") in message
    assert lines and lines[0] == "mvn -B package", "progress is reported from the start"
    assert failed.value.exit_status == 5


def test_an_installation_without_the_launcher(tmp_path, monkeypatch):
    """Installed without graph/neo4j_launcher/ (a wheel): `neo4j start` says so in one line, push still
    looks for NEO4J_URI."""
    from minutes_kg.graph import neo4j_server
    from minutes_kg.graph.neo4j_store import Neo4jConnectionError

    monkeypatch.setitem(sys.modules, "minutes_kg.graph.neo4j_launcher", None)  # import fails
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(neo4j_server.Neo4jServerError, match="not part of this installation"):
        neo4j_server.start(tmp_path / "n", 0)
    with pytest.raises(Neo4jConnectionError, match="NEO4J_URI is not set"):
        neo4j_server.connection(tmp_path / "n")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    assert neo4j_server.connection(tmp_path / "n")["uri"] == "bolt://127.0.0.1:1"


# --- the real server -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The samples in an embedded store, a server started by `minutes-kg neo4j start` (a free port, its
    own data folder), and the graph pushed into it with the environment `start` printed."""
    import shutil

    if not (shutil.which("java") and shutil.which("mvn")):
        if os.environ.get("REQUIRE_NEO4J"):
            pytest.fail("REQUIRE_NEO4J is set but there is no java/mvn to start Neo4j with")
        pytest.skip("no java and mvn to start Neo4j with")
    tmp = tmp_path_factory.mktemp("neo4j-command")
    data = tmp / "neo4j"
    env = clean_env(tmp, MINUTES_KG_NEO4J_DIR=str(data))
    store = tmp / "store.db"
    pdfs = sorted(str(p) for p in SAMPLES.glob("*.pdf")) + sorted(str(p) for p in (SAMPLES / "layouts").glob("*.pdf"))
    r = run("ingest", "-q", "--store", str(store), *pdfs, env=env)
    assert r.returncode == 0, r.stderr
    t0 = time.monotonic()
    r = run("neo4j", "start", "--port", "0", env=env)  # as a user types it
    started = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    printed = exported(r.stdout.strip())
    info = json.loads(run("neo4j", "status", "--format", "json", env=env).stdout)
    served = {"info": info, "env": env, "store": store, "data": data, "start_seconds": started,
              "printed": printed, "stderr": r.stderr}
    try:
        served["push"] = run("push", "--store", str(store), "--format", "json", env={**env, **printed})
        yield served
    finally:
        run("neo4j", "stop", env=env)
        if alive(served["info"]["pid"]):  # the command failed: never leave a server behind
            os.kill(served["info"]["pid"], 9)


def driver_rows(info: dict, query: str) -> list[dict]:
    import neo4j

    env = info["env"]
    with neo4j.GraphDatabase.driver(env["NEO4J_URI"], auth=(env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"]),
                                    notifications_min_severity="OFF") as driver:
        records, _, _ = driver.execute_query(query)
    return [r.data() for r in records]


@pytest.mark.neo4j
def test_start_runs_a_background_server_with_a_private_password(served):
    info, data = served["info"], served["data"]
    assert info["state"] == "running" and served["printed"] == info["env"]
    assert "Neo4j started in" in served["stderr"] and info["uri"] in served["stderr"]
    assert alive(info["pid"]), "the server outlives the command that started it"
    assert info["uri"] == f"bolt://127.0.0.1:{info['bolt_port']}" and info["data_dir"] == str(data.resolve())
    assert set(info["env"]) == {"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"}
    assert info["env"]["NEO4J_PASSWORD"] == (data / "password").read_text().strip()
    assert len(info["env"]["NEO4J_PASSWORD"]) >= 16, "a generated password"
    assert (data / "password").stat().st_mode & 0o077 == 0 and data.stat().st_mode & 0o077 == 0
    assert json.loads((data / "server.json").read_text())["pid"] == info["pid"]
    command_line = Path(f"/proc/{info['pid']}/cmdline").read_bytes()
    assert info["env"]["NEO4J_PASSWORD"].encode() not in command_line, "ps shows no password to other users"
    assert (data / "launcher.args").stat().st_mode & 0o077 == 0
    print(f"neo4j start: {served['start_seconds']:.1f}s")


@pytest.mark.neo4j
def test_start_again_says_so_and_prints_the_same(served):
    r = run("neo4j", "start", env=served["env"])
    assert r.returncode == 0, r.stderr
    assert "already running" in r.stderr and served["info"]["uri"] in r.stderr
    assert exported(r.stdout.strip()) == served["printed"]
    r = run("neo4j", "start", "--format", "json", env=served["env"])
    again = json.loads(r.stdout)
    assert r.returncode == 0 and again["already_running"] and again["env"] == served["printed"]
    assert again["pid"] == served["info"]["pid"]


@pytest.mark.neo4j
def test_push_with_the_printed_environment(served):
    r = served["push"]
    assert r.returncode == 0, r.stderr
    pushed = json.loads(r.stdout)
    meetings = json.loads(run("stats", "--store", str(served["store"]), "--format", "json",
                              env=served["env"]).stdout)["nodes"]["Meeting"]
    assert pushed["meetings"] == meetings and pushed["counts"]["inserted"] == meetings


@pytest.mark.neo4j
def test_readme_query_who_voted_against_cr018(served):
    query = next(q for q in readme_queries() if "'CR018'" in q and "'against'" in q)
    rows = driver_rows(served["info"], query)
    r = run("query", "votes", "CR018", "--store", str(served["store"]), "--format", "json", env=served["env"])
    expected = sorted((v["constituency"], v["meeting"]) for v in json.loads(r.stdout)
                      if v["position"] == "against" and v["person"])
    assert expected and sorted((row["seat"], row["meeting"]) for row in rows) == expected
    assert all(row["person"] for row in rows)


@pytest.mark.neo4j
def test_every_readme_query_runs_in_the_pushed_graph(served):
    for query in readme_queries():
        assert driver_rows(served["info"], query), query.splitlines()[1]


@pytest.mark.neo4j
def test_push_finds_the_running_server_and_neo4j_uri_wins(served):
    env, store = served["env"], str(served["store"])
    r = run("push", "--store", store, "--format", "json", env=env)  # no NEO4J_URI: the state file
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)["counts"]
    assert counts["unchanged"] == json.loads(served["push"].stdout)["meetings"] and counts["inserted"] == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    r = run("push", "--store", store, env={**env, "NEO4J_URI": f"bolt://127.0.0.1:{closed}"})
    assert r.returncode == 5 and f"127.0.0.1:{closed}" in one_line_error(r)


@pytest.mark.neo4j
def test_status_stop_status_and_the_data_persists(served):
    env, info = served["env"], served["info"]
    r = run("neo4j", "status", env=env)
    assert r.returncode == 0 and r.stdout.startswith(f"running: {info['uri']} (pid {info['pid']}")
    assert str(served["data"].resolve()) in r.stdout
    r = run("neo4j", "stop", env=env)
    assert r.returncode == 0 and r.stdout.startswith(f"stopped Neo4j (pid {info['pid']}"), r.stderr
    assert not alive(info["pid"]) and not (served["data"] / "server.json").exists()
    r = run("neo4j", "status", "--format", "json", env=env)
    assert r.returncode == 5 and json.loads(r.stdout)["state"] == "stopped"
    # started again on the same folder: the same password, the pushed graph still there
    r = run("neo4j", "start", "--port", "0", "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    again = json.loads(r.stdout)
    served["info"] = again  # the fixture stops this one
    assert again["env"]["NEO4J_PASSWORD"] == info["env"]["NEO4J_PASSWORD"]
    meetings = driver_rows(again, "MATCH (m:Meeting) RETURN count(m) AS n")[0]["n"]
    assert meetings == json.loads(served["push"].stdout)["meetings"]
    r = run("neo4j", "stop", env=env)
    assert r.returncode == 0 and not alive(again["pid"])


def test_an_installed_package_carries_the_launcher(tmp_path):
    """A wheel of the project (what `pip install .` installs) holds the launcher and its sources, and the
    server module run from it finds them: the same sources as the checkout's, so `neo4j start` builds the
    same jar there."""
    import subprocess
    import sys
    import zipfile

    from minutes_kg.graph.neo4j_launcher import launcher

    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path),
                            str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(unpacked)
    here = unpacked / "minutes_kg" / "graph" / "neo4j_launcher"
    assert (here / "launcher.py").is_file() and (here / "pom.xml").is_file()
    assert launcher._source_hash(here) == launcher._source_hash(launcher.HERE)
    # -S: no site processing, so this checkout's editable install (a .pth hook) stays out of the way and
    # minutes_kg comes from the unpacked wheel; the dependencies from this environment's site-packages
    import sysconfig

    path = os.pathsep.join([str(unpacked), sysconfig.get_paths()["purelib"]])
    probe = subprocess.run([sys.executable, "-S", "-c", "from minutes_kg.graph import neo4j_server as s; "
                            "print(s._launcher().HERE)"], capture_output=True, text=True, cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": path})
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert probe.stdout.strip() == str(here)
