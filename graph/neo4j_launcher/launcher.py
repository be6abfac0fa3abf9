"""Build and run an embedded Neo4j Community 5.26 server (Bolt) for tests.

Standard library only. Typical use from a pytest fixture::

    from graph.neo4j_launcher import launcher   # or import by path, see README.md

    handle = launcher.start(tmp_path / "neo4j")     # builds once, then starts
    try:
        driver = neo4j.GraphDatabase.driver(handle.uri, auth=handle.auth)
        ...
    finally:
        handle.stop()

Command line (manual use)::

    python graph/neo4j_launcher/launcher.py build [--offline] [--force]
    python graph/neo4j_launcher/launcher.py start [--data DIR] [--port N] [--password PW | --no-auth]

Environment:
    MAVEN_OPTS                    passed through to Maven unchanged.
    NEO4J_LAUNCHER_MVN            Maven executable (default ``mvn``).
    NEO4J_LAUNCHER_OFFLINE=1      build with ``mvn -o`` (uses only ~/.m2).
    NEO4J_LAUNCHER_JAVA           java executable (default ``java`` on PATH / $JAVA_HOME/bin/java).
    NEO4J_LAUNCHER_JAVA_OPTS      extra JVM flags, space separated, appended after the defaults.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import fcntl
import hashlib
import os
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN_CLASS = "minuteskg.neo4j.Launcher"
JAR_NAME = "neo4j-launcher.jar"
STAMP_NAME = ".build-stamp"
ARGS_FILE = "launcher.args"  # detach=True: the main class and its arguments, read by java as @argfile
USER = "neo4j"
# Neo4j 5 requires passwords of at least 8 characters.
DEFAULT_PASSWORD = "minutes-kg-test"

# JVM flags: small heap for a shared 2-core machine. The --add-opens flags are the ones Neo4j's
# own start script passes; without java.nio the page cache logs "using fallback mode".
# -XX:TieredStopAtLevel=1 (C1 JIT only) starts ~0.7 s faster and ran a small MERGE workload
# faster too on 2 cores: short-lived test servers never profit from C2. Override with jvm_flags /
# NEO4J_LAUNCHER_JAVA_OPTS (e.g. -XX:TieredStopAtLevel=4) for long benchmarks.
DEFAULT_JVM_FLAGS = (
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
)


class Neo4jLauncherError(RuntimeError):
    """Build or start failed; the message carries the tail of the relevant log."""


# --------------------------------------------------------------------------------------------
# build


def _source_hash(jar_dir: Path) -> str:
    h = hashlib.sha256()
    files = [jar_dir / "pom.xml"] + sorted((jar_dir / "src").rglob("*"))
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(jar_dir)).encode())
            h.update(b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def is_built(jar_dir: str | os.PathLike = HERE) -> bool:
    """Whether target/ holds a build of the current pom.xml and sources (``build()`` would do nothing)."""
    jar_dir = Path(jar_dir).resolve()
    return _is_built(jar_dir / "target", _source_hash(jar_dir))


def _is_built(target: Path, digest: str) -> bool:
    stamp = target / STAMP_NAME
    lib = target / "lib"
    return (
        stamp.is_file()
        and stamp.read_text().strip() == digest
        and (target / JAR_NAME).is_file()
        and lib.is_dir()
        and any(lib.glob("neo4j-*.jar"))
    )


def build(
    jar_dir: str | os.PathLike = HERE, *, offline: bool | None = None, force: bool = False, quiet: bool = True
) -> Path:
    """Build the launcher with Maven once; return the path of target/neo4j-launcher.jar.

    Skipped when target/ holds a build of the same pom.xml and sources (sha256 kept in
    target/.build-stamp). Safe to call from several processes at once (file lock).
    """
    jar_dir = Path(jar_dir).resolve()
    target = jar_dir / "target"
    target.mkdir(exist_ok=True)
    digest = _source_hash(jar_dir)
    if not force and _is_built(target, digest):
        return target / JAR_NAME

    with open(target / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not force and _is_built(target, digest):  # another process built it meanwhile
            return target / JAR_NAME
        (target / STAMP_NAME).unlink(missing_ok=True)
        # copy-dependencies never deletes: drop old jars so two Neo4j versions never mix.
        shutil.rmtree(target / "lib", ignore_errors=True)

        mvn = os.environ.get("NEO4J_LAUNCHER_MVN", "mvn")
        if shutil.which(mvn) is None:
            raise Neo4jLauncherError(f"Maven executable {mvn!r} not found on PATH")
        if offline is None:
            offline = os.environ.get("NEO4J_LAUNCHER_OFFLINE", "") not in ("", "0", "false")
        cmd = [mvn, "-B", "package"]
        if quiet:
            cmd.insert(1, "-q")
        if offline:
            cmd.insert(1, "-o")
        log_path = target / "build.log"
        t0 = time.monotonic()
        with open(log_path, "w") as log:
            proc = subprocess.run(cmd, cwd=jar_dir, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        if proc.returncode != 0 or not (target / JAR_NAME).is_file():
            raise Neo4jLauncherError(
                f"`{' '.join(cmd)}` failed in {jar_dir} (exit {proc.returncode}); log {log_path}:\n{_tail(log_path)}"
            )
        (target / STAMP_NAME).write_text(digest + "\n")
        print(f"neo4j_launcher: built in {time.monotonic() - t0:.1f}s", file=sys.stderr)
    return target / JAR_NAME


# --------------------------------------------------------------------------------------------
# start / stop


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago (start() itself uses port 0, which has no race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def _tail(path: Path, lines: int = 40) -> str:
    try:
        data = Path(path).read_text(errors="replace").splitlines()
    except OSError as e:
        return f"(no log: {e})"
    return "\n".join(data[-lines:])


def _java() -> str:
    env = os.environ.get("NEO4J_LAUNCHER_JAVA")
    if env:
        return env
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return "java"


_live: weakref.WeakSet[Neo4jHandle] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for h in list(_live):
        with contextlib.suppress(Exception):
            h.stop()


class Neo4jHandle:
    """A running launcher process. ``uri``, ``auth`` (for the driver), ``stop()``."""

    def __init__(
        self,
        proc: subprocess.Popen,
        host: str,
        port: int,
        password: str | None,
        data_dir: Path,
        log_path: Path,
        log_file,
        start_seconds: float,
        track: bool = True,
    ):
        self.proc = proc
        self.host = host
        self.port = port
        self.uri = f"bolt://{host}:{port}"
        self.user = USER
        self.password = password
        self.auth = (USER, password) if password is not None else None
        self.data_dir = data_dir
        self.log_path = log_path
        self.start_seconds = start_seconds
        self._log_file = log_file
        self._lock = threading.Lock()
        if track:
            _live.add(self)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def is_running(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM (clean Neo4j shutdown), wait, SIGKILL as a last resort. Returns exit code."""
        with self._lock:
            if self.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    self.proc.send_signal(signal.SIGTERM)
                try:
                    self.proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(10)
            for f in (self.proc.stdin, self.proc.stdout, self._log_file):
                if f is not None:
                    with contextlib.suppress(Exception):
                        f.close()
            _live.discard(self)
            return self.proc.returncode

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines)

    def __enter__(self) -> Neo4jHandle:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.is_running() else f"exited {self.proc.returncode}"
        return f"<Neo4jHandle {self.uri} pid={self.pid} {state}>"


def start(
    data_dir: str | os.PathLike,
    port: int | None = None,
    password: str | None = DEFAULT_PASSWORD,
    *,
    host: str = "127.0.0.1",
    jar_dir: str | os.PathLike = HERE,
    timeout: float = 180.0,
    heap: str = "512m",
    pagecache: str = "64m",
    extra_conf: dict[str, str] | None = None,
    jvm_flags: list[str] | None = None,
    build_first: bool = True,
    detach: bool = False,
) -> Neo4jHandle:
    """Start Neo4j with its home (databases, logs) in ``data_dir`` and wait until Bolt is up.

    ``port=None`` (or 0) lets the OS pick a free loopback port atomically; the launcher reports
    the bound port. ``password=None`` disables auth; otherwise user ``neo4j`` gets that password
    (at least 8 characters). The launcher's own log (stderr) goes to ``data_dir/launcher.log``;
    Neo4j's debug log is ``data_dir/logs/debug.log``. The server also stops when this Python
    process exits (its stdin pipe closes).

    ``detach=True`` starts a server that outlives this process (``minutes-kg neo4j start``): its own
    session (no terminal signals), stdin from /dev/null instead of the watched pipe, no ``atexit``
    stop, and no pipe or file of this process left open in it once it is ready; the main class and its
    arguments go to ``data_dir/launcher.args`` (mode 0600, read by java as ``@argfile``), so the password
    is not on the command line for other users to see. Stop it with SIGTERM to ``handle.pid``
    (``handle.stop()`` works too while this process lives).
    """
    jar_dir = Path(jar_dir).resolve()
    jar = build(jar_dir) if build_first else jar_dir / "target" / JAR_NAME
    if not jar.is_file():
        raise Neo4jLauncherError(f"{jar} missing: run build() first")
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    if password is not None and len(password) < 8:
        raise ValueError("Neo4j 5 needs a password of at least 8 characters")

    java = _java()
    if shutil.which(java) is None:
        raise Neo4jLauncherError(f"Java executable {java!r} not found (install Java 17+, or set JAVA_HOME)")
    classpath = os.pathsep.join([str(jar), str(jar.parent / "lib" / "*")])
    cmd = [java, f"-Xms{min(_mb(heap), 128)}m", f"-Xmx{heap}", *DEFAULT_JVM_FLAGS]
    cmd += shlex.split(os.environ.get("NEO4J_LAUNCHER_JAVA_OPTS", ""))
    cmd += list(jvm_flags or [])
    cmd += [
        "-cp",
        classpath,
        MAIN_CLASS,
        "--data",
        str(data_dir),
        "--host",
        host,
        "--port",
        str(port or 0),
        "--pagecache",
        pagecache,
    ]
    if not detach:
        cmd.append("--watch-stdin")
    if password is not None:
        cmd += ["--password", password]
    for k, v in (extra_conf or {}).items():
        cmd += ["--conf", f"{k}={v}"]
    if detach:  # the main class and its arguments (the password) in a file only its owner reads
        main_at = cmd.index(MAIN_CLASS)
        cmd[main_at:] = ["@" + str(_write_args_file(data_dir / ARGS_FILE, cmd[main_at:]))]

    log_path = data_dir / "launcher.log"
    log_file = open(log_path, "ab")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL if detach else subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=log_file, cwd=data_dir, start_new_session=detach)

    def fail(why: str) -> Neo4jLauncherError:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        for f in (proc.stdin, proc.stdout, log_file):
            if f is not None:
                with contextlib.suppress(Exception):
                    f.close()
        return Neo4jLauncherError(
            f"Neo4j launcher {why} (pid {proc.pid}, exit {proc.returncode}); "
            f"log {log_path} ends with:\n{_tail(log_path)}"
        )

    buf = b""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = t0 + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise fail(f"not ready within {timeout:.0f}s")
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:  # stdout closed: the process is gone or going
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(5)
                raise fail("exited before it was ready")
            buf += chunk
            if b"\n" in buf:
                line = buf.split(b"\n", 1)[0].decode(errors="replace").strip()
                if line.startswith("READY bolt://"):
                    bound = int(line.rsplit(":", 1)[1])
                    break
                raise fail(f"printed an unexpected line: {line!r}")
        elif proc.poll() is not None:
            raise fail("exited before it was ready")

    handle = Neo4jHandle(proc, host, bound, password, data_dir, log_path, log_file, time.monotonic() - t0,
                         track=not detach)
    if detach:  # the server prints nothing more on stdout (and the JVM ignores SIGPIPE): let go of it
        for f in (proc.stdout, log_file):
            if f is not None:
                with contextlib.suppress(Exception):
                    f.close()
    return handle


def _write_args_file(path: Path, args: list[str]) -> Path:
    """A java @argfile (mode 0600) holding ``args``: on the command line, which every local user can
    read (ps, /proc), the password would show; the java launcher reads the file instead."""
    quoted = ['"' + a.replace("\\", "\\\\").replace('"', '\\"') + '"' for a in args]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write("\n".join(quoted) + "\n")
    os.chmod(path, 0o600)
    return path


def _mb(size: str) -> int:
    s = size.strip().lower().rstrip("b")
    mult = {"k": 1 / 1024, "m": 1, "g": 1024}.get(s[-1:], None)
    if mult is None:
        return int(int(s) / (1 << 20))
    return int(float(s[:-1]) * mult)


# --------------------------------------------------------------------------------------------
# command line


def _main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="launcher.py", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build the jar and target/lib (cached)")
    b.add_argument("--offline", action="store_true", help="mvn -o")
    b.add_argument("--force", action="store_true", help="rebuild even if up to date")
    s = sub.add_parser("start", help="start Neo4j and wait for Ctrl-C")
    s.add_argument("--data", help="Neo4j home (default: a new temporary folder, deleted after)")
    s.add_argument("--port", type=int, default=0, help="Bolt port (default: a free one)")
    s.add_argument("--password", default=DEFAULT_PASSWORD)
    s.add_argument("--no-auth", action="store_true", help="disable authentication")
    s.add_argument("--heap", default="512m")
    s.add_argument("--pagecache", default="64m")
    args = ap.parse_args(argv)

    if args.cmd == "build":
        print(build(HERE, offline=args.offline or None, force=args.force, quiet=False))
        return 0

    tmp = None
    data = args.data
    if data is None:
        tmp = tempfile.mkdtemp(prefix="neo4j-launcher-")
        data = tmp
    try:
        h = start(
            data,
            port=args.port,
            password=None if args.no_auth else args.password,
            heap=args.heap,
            pagecache=args.pagecache,
        )
        auth = "auth disabled" if h.auth is None else f"user {h.user} password {h.password}"
        print(f"{h.uri}  ({auth}; pid {h.pid}; ready in {h.start_seconds:.1f}s; log {h.log_path})", flush=True)
        print("Ctrl-C (or SIGTERM) to stop", file=sys.stderr, flush=True)

        def interrupt(signum, frame):
            raise KeyboardInterrupt

        # explicit handlers: a shell starts background jobs with SIGINT ignored
        signal.signal(signal.SIGINT, interrupt)
        signal.signal(signal.SIGTERM, interrupt)
        try:
            while h.is_running():
                time.sleep(0.5)
            print(f"Neo4j exited on its own (code {h.proc.returncode})", file=sys.stderr)
        except KeyboardInterrupt:
            pass
        finally:
            t = time.monotonic()
            rc = h.stop()
            print(f"stopped (exit {rc}) in {time.monotonic() - t:.1f}s", file=sys.stderr)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
