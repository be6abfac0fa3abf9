"""A Neo4j of the user's own: ``minutes-kg neo4j start|stop|status``.

Runs Neo4j Community 5.26 from the repository's launcher (``graph/neo4j_launcher/``: a jar built once with
Maven from Maven Central, an embedded server with Bolt) as a background server that outlives the
command. Everything it keeps is in one data folder (``default_data_dir()``: ``$MINUTES_KG_NEO4J_DIR``, else
``$XDG_DATA_HOME/minutes-kg/neo4j``, else ``~/.local/share/minutes-kg/neo4j``; mode 0700):

- ``data/``, ``logs/``: Neo4j's databases and logs; ``launcher.log``: the server's own log;
- ``password``: the password of user ``neo4j`` (generated on first start unless given; mode 0600);
- ``launcher.args``: the server's arguments, read by java as an @argfile so that the password stays off
  the command line (mode 0600);
- ``server.json``: the running server's pid, host, Bolt port and start time (mode 0600), which ``status``,
  ``stop`` and ``push`` read. A server is running when that pid is alive and is the launcher on this folder.

The JVM runs with the launcher's flags (C1 JIT only: it starts faster on a small machine; set
``NEO4J_LAUNCHER_JAVA_OPTS=-XX:TieredStopAtLevel=4`` for the full JIT on long workloads).

The launcher serves Bolt only (no HTTP connector, so no Neo4j Browser at :7474): Neo4j Desktop's Browser,
cypher-shell or a driver connect to the Bolt URI.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shlex
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from minutes_kg.errors import EXIT_NEO4J, MinutesKgError

DATA_DIR_ENV = "MINUTES_KG_NEO4J_DIR"
DEFAULT_PORT = 7687
DEFAULT_HOST = "127.0.0.1"
USER = "neo4j"
STATE_FILE = "server.json"
PASSWORD_FILE = "password"
LOCK_FILE = ".server.lock"


class Neo4jServerError(MinutesKgError):
    """The server cannot be started or stopped: no java, no mvn, the port taken, the build failed, ..."""

    exit_status = EXIT_NEO4J


def _launcher() -> ModuleType:
    """graph/neo4j_launcher/launcher.py, which a checkout (or ``pip install -e``) has; imported when needed,
    so that ``push`` with NEO4J_URI works without it."""
    try:
        from .neo4j_launcher import launcher
    except ImportError as exc:
        raise Neo4jServerError("the Neo4j launcher (graph/neo4j_launcher/) is not part of this installation: "
                               "run minutes-kg from a checkout (pip install -e .)") from exc
    return launcher


@dataclass
class ServerInfo:
    """What ``status`` knows of the server of one data folder."""

    running: bool
    data_dir: Path
    host: str | None = None
    port: int | None = None
    pid: int | None = None
    password: str | None = None
    started_at: str | None = None
    version: str | None = None
    already_running: bool = False
    start_seconds: float | None = None

    @property
    def uri(self) -> str | None:
        """The address to connect to (the loopback one for a server listening on every address)."""
        if not (self.host and self.port):
            return None
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        return f"bolt://{host}:{self.port}"

    @property
    def log(self) -> Path:
        return self.data_dir / "launcher.log"

    def env(self) -> dict[str, str]:
        """The environment that points minutes-kg (and cypher-shell, the drivers) at this server."""
        if not self.running or self.uri is None:
            return {}
        return {"NEO4J_URI": self.uri, "NEO4J_USERNAME": USER, "NEO4J_PASSWORD": self.password or ""}

    def export_line(self) -> str:
        return "export " + " ".join(f"{k}={shlex.quote(v)}" for k, v in self.env().items())

    def as_json(self) -> dict:
        return {"state": "running" if self.running else "stopped", "already_running": self.already_running,
                "uri": self.uri if self.running else None, "host": self.host, "bolt_port": self.port,
                "http_port": None, "browser": None, "user": USER, "password": self.password if self.running else None,
                "pid": self.pid if self.running else None, "data_dir": str(self.data_dir), "log": str(self.log),
                "started_at": self.started_at, "version": self.version, "start_seconds": self.start_seconds,
                "env": self.env()}


def default_data_dir() -> Path:
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "minutes-kg" / "neo4j"


def neo4j_version() -> str:
    """The Neo4j version the launcher's pom.xml pins (``5.26.30``)."""
    m = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", (_launcher().HERE / "pom.xml").read_text())
    return m.group(1) if m else "5.26"


# state ------------------------------------------------------------------------------------------


def _folder(data_dir: str | Path | None) -> Path:
    return Path(data_dir or default_data_dir()).expanduser().resolve()


def _alive(pid: int, data_dir: Path) -> bool:
    """Whether ``pid`` is a live launcher serving ``data_dir`` (not a zombie, not a reused pid: its command
    line names the folder's @argfile)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    proc = Path(f"/proc/{pid}")
    if not proc.is_dir():  # no /proc: trust the pid
        return True
    try:
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        argv = (proc / "cmdline").read_bytes().split(b"\0")
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X") and f"@{data_dir / _launcher().ARGS_FILE}".encode() in argv


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whole or not at all."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _stored_password(d: Path) -> str | None:
    with contextlib.suppress(OSError):
        return (d / PASSWORD_FILE).read_text().strip() or None
    return None


def status(data_dir: str | Path | None = None) -> ServerInfo:
    """The server of ``data_dir`` (default ``default_data_dir()``): running, or stopped."""
    d = _folder(data_dir)
    state = _read_json(d / STATE_FILE)
    pid = state.get("pid")
    running = isinstance(pid, int) and _alive(pid, d)
    return ServerInfo(running=running, data_dir=d, host=state.get("host"), port=state.get("port"),
                      pid=pid if isinstance(pid, int) else None, password=_stored_password(d) if running else None,
                      started_at=state.get("started_at"), version=state.get("version"))


@contextlib.contextmanager
def _locked(d: Path) -> Iterator[None]:
    """One start or stop at a time per data folder."""
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        fh = open(d / LOCK_FILE, "w")
    except OSError as exc:
        raise Neo4jServerError(f"{d}: cannot use as the Neo4j data folder ({exc.strerror or exc})") from exc
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


# start / stop -----------------------------------------------------------------------------------


def needs_build(jar_dir: Path | None = None) -> bool:
    """Whether the first start still has to build the launcher (mvn, Maven Central)."""
    launcher = _launcher()
    return not launcher.is_built(jar_dir or launcher.HERE)


def build_log(jar_dir: Path | None = None) -> Path:
    return (jar_dir or _launcher().HERE) / "target" / "build.log"


def build(on_line: Callable[[str], None] | None = None, every: float = 1.0, jar_dir: Path | None = None) -> None:
    """Build the launcher jar in ``jar_dir`` (default the repository's; cached: the tests' build is this one);
    ``on_line`` gets the build log's latest line every ``every`` seconds while Maven runs."""
    launcher = _launcher()
    jar_dir = jar_dir or launcher.HERE
    log = build_log(jar_dir)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            launcher.build(jar_dir, quiet=False)
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    if on_line is not None:
        on_line("mvn -B package")
    worker = threading.Thread(target=run, name="neo4j-launcher-build", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(every)
        if on_line is not None and worker.is_alive():
            with contextlib.suppress(OSError):
                lines = [ln for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
                if lines:
                    on_line(lines[-1].strip())
    if failure:
        exc = failure[0]
        if isinstance(exc, launcher.Neo4jLauncherError):
            raise Neo4jServerError(_build_failure(str(exc), log)) from exc
        raise exc


def start(data_dir: str | Path | None = None, port: int = DEFAULT_PORT, *, host: str = DEFAULT_HOST,
          password: str | None = None, heap: str = "512m",
          on_build: Callable[[str], None] | None = None) -> ServerInfo:
    """Start the server of ``data_dir`` in the background and wait until Bolt answers; if it is already
    running, return it as it is (``already_running``). ``port=0`` lets the system pick a free port.
    The password is ``password``, else the one stored in the folder, else a new random one; it is stored
    in the folder (mode 0600). The first start builds the launcher; ``on_build`` follows that build
    (``build``). Errors (no java, no mvn, port taken, build failed, the server died) are one line."""
    d = _folder(data_dir)
    if password is not None and len(password) < 8:
        raise Neo4jServerError("the Neo4j password must be at least 8 characters")
    launcher = _launcher()
    with _locked(d):
        info = status(d)
        if info.running:
            info.already_running = True
            return info
        (d / STATE_FILE).unlink(missing_ok=True)  # a server that died without `stop`
        if port and not launcher.port_is_free(port, host):
            raise Neo4jServerError(f"port {port} on {host} is taken (another Neo4j? stop it, or choose --port)")
        java = launcher._java()
        if not _which(java):
            raise Neo4jServerError(f"Java executable {java!r} not found: Neo4j needs Java 17 or later "
                                   "(install it, or set JAVA_HOME)")
        if needs_build():
            if not _which(os.environ.get("NEO4J_LAUNCHER_MVN", "mvn")):
                raise Neo4jServerError("Maven (mvn) not found: the first start builds Neo4j from Maven Central "
                                       "with it (install maven)")
            build(on_build)
        pw = password or _stored_password(d) or secrets.token_urlsafe(18)
        try:
            os.chmod(d, 0o700)
            _write_private(d / PASSWORD_FILE, pw + "\n")
        except OSError as exc:
            raise Neo4jServerError(f"{d}: cannot write the password file ({exc.strerror or exc})") from exc
        try:
            handle = launcher.start(d, port, pw, host=host, heap=heap, build_first=False,
                                    detach=True)
        except launcher.Neo4jLauncherError as exc:
            raise Neo4jServerError(_start_failure(str(exc), d, host, port)) from exc
        started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        version = neo4j_version()
        state = {"pid": handle.pid, "host": host, "port": handle.port, "user": USER, "started_at": started,
                 "version": version, "data_dir": str(d)}
        _write_private(d / STATE_FILE, json.dumps(state, indent=1) + "\n")
        return ServerInfo(running=True, data_dir=d, host=host, port=handle.port, pid=handle.pid, password=pw,
                          started_at=started, version=version, start_seconds=round(handle.start_seconds, 2))


def stop(data_dir: str | Path | None = None, timeout: float = 60.0) -> tuple[ServerInfo, bool]:
    """Stop the server of ``data_dir`` cleanly (SIGTERM: Neo4j checkpoints and exits) and wait until it
    is gone and its port is free; SIGKILL after ``timeout`` seconds. Returns what was running and whether
    anything was."""
    d = _folder(data_dir)
    launcher = _launcher()
    with _locked(d):
        info = status(d)
        if not info.running or info.pid is None:
            (d / STATE_FILE).unlink(missing_ok=True)
            return info, False
        with contextlib.suppress(ProcessLookupError):
            os.kill(info.pid, signal.SIGTERM)
        if not _wait_gone(info.pid, d, timeout):
            with contextlib.suppress(ProcessLookupError):
                os.kill(info.pid, signal.SIGKILL)
            if not _wait_gone(info.pid, d, 10.0):
                raise Neo4jServerError(f"Neo4j (pid {info.pid}) did not stop, even after SIGKILL")
        deadline = time.monotonic() + 10.0
        while info.port and info.host and not launcher.port_is_free(info.port, info.host) \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        (d / STATE_FILE).unlink(missing_ok=True)
        return info, True


def _wait_gone(pid: int, d: Path, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid, d):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _which(exe: str) -> bool:
    import shutil

    return shutil.which(exe) is not None


def _build_failure(message: str, log: Path) -> str:
    lines = message.splitlines()
    errors = [ln.strip() for ln in lines[1:] if "[ERROR]" in ln and not ln.strip().endswith((":", "[ERROR]"))
              and "[Help" not in ln]
    head = lines[0].rstrip(":").split("; log")[0] if lines else "the build failed"
    reason = f": {errors[0]}" if errors else ""
    return f"building the Neo4j launcher failed ({head}){reason}; log {log}"


def _start_failure(message: str, d: Path, host: str, port: int) -> str:
    """The one line that says why the server did not come up."""
    lines = message.splitlines()
    tail = "\n".join(lines[1:])
    log = d / "launcher.log"
    if "Address already in use" in tail:
        return f"port {port} on {host} is taken (another Neo4j? stop it, or choose --port)"
    if "FileLock" in tail or "lock" in tail.lower() and "store" in tail.lower():
        return f"{d}: the data folder is in use by another Neo4j"
    reasons = [ln.strip() for ln in lines[1:] if ln.strip().startswith(("FAILED", "usage error", "Caused by"))]
    why = reasons[-1] if reasons else (lines[0].split(";")[0] if lines else "did not start")
    return f"Neo4j did not start: {why[:300]} (log {log})"


# the connection push uses -----------------------------------------------------------------------


def connection(data_dir: str | Path | None = None) -> dict:
    """Where ``minutes-kg push`` sends the graph: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD,
    NEO4J_DATABASE) when it is set, which wins; else the server ``start`` runs on ``data_dir``
    (default ``default_data_dir()``). Neither is a Neo4jConnectionError (exit 5)."""
    from .neo4j_store import Neo4jConnectionError, connection_from_env

    if os.environ.get("NEO4J_URI"):
        return connection_from_env()
    try:
        info = status(data_dir)
    except Neo4jServerError:  # no launcher in this installation: no server of ours either
        info = ServerInfo(running=False, data_dir=_folder(data_dir))
    if not info.running or info.uri is None:
        raise Neo4jConnectionError(f"NEO4J_URI is not set and no `minutes-kg neo4j start` server is running "
                                   f"(data folder {info.data_dir}): start one, or set NEO4J_URI")
    return {"uri": info.uri, "user": USER, "password": info.password or "",
            "database": os.environ.get("NEO4J_DATABASE") or None}
