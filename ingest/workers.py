"""Extraction in worker processes that one hostile document cannot take down.

Each document is extracted in a worker process under two limits (``Limits``):

- time: a wall-clock deadline per document, kept by the parent; a worker past it is killed
  (SIGKILL) and replaced, and the document fails with ``took longer than 60 s``;
- memory: an address-space limit (RLIMIT_AS) set in the worker, so that an allocation past it fails
  there and never exhausts the machine; the document fails with ``needed more than 1 GB`` (a Python
  MemoryError is reported by the worker; a parser that aborts on a failed allocation is recognised
  by the address space the parent saw it reach, sampled every 50 ms).

Every other document of the batch goes on in the next worker. Workers start only when a document
is waiting for one (never ``jobs`` of them up front), at most ``plan_jobs`` of them (the cores, and the
available memory at ``max_memory`` each), and they die with the parent: PR_SET_PDEATHSIG (Linux),
and a watchdog thread on the parent's pid. Workers are forked from the parent that creates the pool:
create it in the thread that lives as long as the pool (the death signal follows that thread).
"""

from __future__ import annotations

import ctypes
import math
import multiprocessing as mp
import os
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

DEFAULT_TIMEOUT = 60.0  # seconds per document: the slowest real minutes take about 1 s
DEFAULT_MAX_MEMORY = 1 << 30  # bytes of address space per worker: a worker with the extractor loaded uses ~300 MB
TOO_MUCH_MEMORY = "too-much-memory"  # the kind of a document that overran max_memory
TIMED_OUT = "timeout"
_POLL = 0.05  # seconds between samples of the busy workers' address space
_PR_SET_PDEATHSIG = 1

Task = Callable[[str, bytes], tuple]


@dataclass(frozen=True)
class Limits:
    """What one document may take: ``timeout`` seconds of wall-clock time and ``max_memory`` bytes of
    address space (0: no limit)."""

    timeout: float = DEFAULT_TIMEOUT
    max_memory: int = DEFAULT_MAX_MEMORY

    @property
    def bounded(self) -> bool:
        return bool(self.timeout or self.max_memory)

    def timeout_reason(self) -> str:
        return f"took longer than {self.timeout:g} s"

    def memory_reason(self) -> str:
        return f"needed more than {format_size(self.max_memory)}" if self.max_memory else "ran out of memory"


UNLIMITED = Limits(0, 0)


def format_size(n: int) -> str:
    """Bytes as the user wrote them: ``1 GB``, ``1.5 GB``, ``400 MB`` (binary units)."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.4g} {unit}"
    return f"{n} bytes"


def parse_size(text: str) -> int:
    """``1G``, ``1GB``, ``1.5g``, ``400M``, ``400MB``, ``65536`` (bytes) -> bytes; ``0``: no limit."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", text.lower())
    if not m:
        raise ValueError(f"{text!r} is not a size (write e.g. 1G, 1.5GB, 400M)")
    return int(float(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2)])


# how many workers ---------------------------------------------------------------------------------
def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return None


def worker_cap(limits: Limits) -> tuple[int, str]:
    """The most workers this machine can run, and why: its cores, and its available memory at
    ``max_memory`` per worker."""
    cores = _cores()
    why = f"{cores} core{'s' if cores != 1 else ''}"
    cap = cores
    avail = _available_memory()
    if limits.max_memory and avail is not None:
        cap = min(cap, avail // limits.max_memory)
        why += f", {format_size(avail)} available at {format_size(limits.max_memory)} per worker"
    return max(1, cap), why


def plan_jobs(requested: int | None, limits: Limits) -> tuple[int, str | None]:
    """The workers to run (``requested``, default the cap, never above the cap) and, when the request is
    lowered, the one-line notice saying so."""
    cap, why = worker_cap(limits)
    if requested is None:
        return cap, None
    if requested > cap:
        return cap, f"--jobs {requested} is more than this machine can run ({why}): using {cap}"
    return max(1, requested), None


# the worker process -------------------------------------------------------------------------------
def _die_with_parent(parent_pid: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the watchdog alone
        pass
    if os.getppid() != parent_pid:  # the parent died before the death signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _worker_main(conn: Connection, parent_pid: int, limits: Limits, task: Task,
                 prepare: Callable[[], None] | None) -> None:
    """Never returns: whatever happens, the parent hears of it over ``conn`` or by the exit, and nothing
    of it (a traceback, a parser's message) reaches the user's terminal."""
    try:
        _die_with_parent(parent_pid)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        devnull = os.open(os.devnull, os.O_WRONLY)
        for fd in (1, 2):  # the parent prints records and one line per failure; nothing else is the user's
            os.dup2(devnull, fd)
        if limits.max_memory:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (limits.max_memory, limits.max_memory))
        try:
            if prepare is not None:
                prepare()
        except Exception as exc:  # under RLIMIT_AS, a library that cannot map itself raises ImportError
            conn.send(("unready", f"{exc.__class__.__name__}: {exc}"))
            os._exit(0)
        conn.send(("ready",))
        _serve(conn, task)
    except BaseException:
        pass
    os._exit(0)


def _serve(conn: Connection, task: Task) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        key, name, data = job
        try:
            result = task(name, data)
        except MemoryError:
            result = ("failed", TOO_MUCH_MEMORY, None)
        del data
        try:
            conn.send((key, result))
        except MemoryError:
            conn.send((key, ("failed", TOO_MUCH_MEMORY, None)))
        if result[0] == "failed" and result[1] == TOO_MUCH_MEMORY:
            return  # its heap is spent: the next document gets a fresh worker


def _address_space(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class _Job:
    key: Any
    name: str
    deadline: float


class _Worker:
    def __init__(self, ctx: Any, limits: Limits, task: Task, prepare: Callable[[], None] | None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, os.getpid(), limits, task, prepare), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.job: _Job | None = None
        self.peak = 0

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class BoundedPool:
    """Up to ``jobs`` worker processes running ``task(name, data)`` (a function returning
    ``('ok', ...)`` or ``('failed', kind, reason)``), each document under ``limits``.

    ``submit(key, name, data)`` queues a document; ``results(block)`` gives ``(key, result)`` pairs as
    documents finish, an overrun as ``('failed', 'timeout' | 'too-much-memory', reason)``.
    ``prepare`` runs once in each new worker before its first document (outside any deadline).
    """

    def __init__(self, jobs: int, limits: Limits, task: Task, prepare: Callable[[], None] | None = None):
        self.jobs = max(1, jobs)
        self.limits = limits
        self.task = task
        self.prepare = prepare
        self.ctx = mp.get_context("fork")
        self.queue: deque[tuple[Any, str, bytes]] = deque()
        self.workers: list[_Worker] = []
        self.done: list[tuple[Any, tuple]] = []
        self.unable: tuple[str, str] | None = None  # (kind, reason) when no worker can load the extractor
        self.failed_starts = 0

    # -- the interface the batch uses
    def submit(self, key: Any, name: str, data: bytes) -> None:
        self.queue.append((key, name, data))
        self._dispatch()

    def pending(self) -> int:
        return len(self.queue) + sum(w.job is not None for w in self.workers)

    def results(self, block: bool) -> list[tuple[Any, tuple]]:
        """What has finished; with ``block``, waiting for something to finish, for at most half a second
        (so that a caller can notice Ctrl-C between waits)."""
        self._poll(0)
        give_up = time.monotonic() + 0.5
        while block and not self.done and self.pending() and time.monotonic() < give_up:
            self._poll(min(self._wait_time(), max(0.0, give_up - time.monotonic())))
        out, self.done = self.done, []
        return out

    def close(self) -> None:
        for w in self.workers:
            if w.job is None and w.proc.is_alive():
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 2
        for w in self.workers:
            if w.job is None:
                w.proc.join(max(0.0, deadline - time.monotonic()))
            w.kill()
        self.workers = []
        self.queue.clear()

    # -- the machinery
    def _wait_time(self) -> float:
        now = time.monotonic()
        soonest = min((w.job.deadline for w in self.workers if w.job is not None), default=math.inf)
        return max(0.0, min(soonest - now, _POLL if self.limits.max_memory else 1.0))

    def _dispatch(self) -> None:
        if self.unable is not None:
            while self.queue:
                key, _name, _data = self.queue.popleft()
                self.done.append((key, ("failed", *self.unable)))
            return
        for w in self.workers:
            if not self.queue:
                return
            if w.ready and w.job is None:
                key, name, data = self.queue.popleft()
                deadline = time.monotonic() + self.limits.timeout if self.limits.timeout else math.inf
                w.job = _Job(key, name, deadline)
                try:
                    w.conn.send((key, name, data))
                except OSError:  # it died while idle: _poll reports and replaces it
                    pass
        starting = sum(not w.ready for w in self.workers)
        while len(self.workers) < self.jobs and starting < len(self.queue):
            self.workers.append(_Worker(self.ctx, self.limits, self.task, self.prepare))
            starting += 1

    def _poll(self, timeout: float) -> None:
        if not self.workers:
            self._dispatch()
            return
        waitables: list[Any] = [w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers]
        ready = set(wait(waitables, timeout))
        now = time.monotonic()
        for w in list(self.workers):
            if w.conn in ready:
                self._receive(w)
            if w.job is not None and self.limits.max_memory:
                w.peak = max(w.peak, _address_space(w.proc.pid or 0))
            if w.job is not None and now > w.job.deadline:
                self.done.append((w.job.key, ("failed", TIMED_OUT, self.limits.timeout_reason())))
                w.job = None
                self._drop(w)
            elif w.proc.sentinel in ready and w in self.workers:
                if w.conn.poll():
                    self._receive(w)
                self._died(w)
        self._dispatch()

    def _receive(self, w: _Worker) -> None:
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            return  # it died: its sentinel says so
        if msg[0] == "ready":
            w.ready = True
        elif msg[0] == "unready":
            if self.limits.max_memory:
                self.unable = (TOO_MUCH_MEMORY, f"{self.limits.memory_reason()} (the extractor alone needs "
                                                f"more than that: raise --max-memory)")
            else:
                self.unable = ("worker-crashed", f"the extractor cannot start ({msg[1]})")
            self._drop(w)
        elif w.job is not None:
            key, result = msg
            if result[0] == "failed" and result[1] == TOO_MUCH_MEMORY:
                result = ("failed", TOO_MUCH_MEMORY, self.limits.memory_reason())
            self.done.append((key, result))
            w.job = None
            w.peak = 0

    def _died(self, w: _Worker) -> None:
        job = w.job
        w.job = None
        self._drop(w)
        if not w.ready and self.unable is None:  # died while loading the extractor: twice is enough
            self.failed_starts += 1
            if self.failed_starts >= 2:
                self.unable = ("worker-crashed", f"the extracting process cannot start ({_exit_text(w.proc.exitcode)})")
        if job is None:
            return
        code = w.proc.exitcode
        if self.limits.max_memory and w.peak >= 0.8 * self.limits.max_memory:
            result = ("failed", TOO_MUCH_MEMORY, self.limits.memory_reason())
        else:
            result = ("failed", "worker-crashed", f"the PDF parser crashed on it ({_exit_text(code)})")
        self.done.append((job.key, result))

    def _drop(self, w: _Worker) -> None:
        w.kill()
        if w in self.workers:
            self.workers.remove(w)


def _exit_text(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


def run_bounded(docs: Iterable[tuple[str, bytes | Exception]], task: Task, limits: Limits, jobs: int = 1,
                prepare: Callable[[], None] | None = None) -> Iterator[tuple[str, tuple | Exception]]:
    """``(name, result)`` for every ``(name, data)`` in input order, each extracted under ``limits``
    (at most two documents per worker read ahead); an input given as an exception (it could not be
    read) comes back as it is. Without limits and with one job the tasks run in this process."""
    if not limits.bounded and jobs <= 1:
        prepared = False
        for name, data in docs:
            if not isinstance(data, Exception) and prepare is not None and not prepared:
                prepare()
                prepared = True
            yield name, data if isinstance(data, Exception) else task(name, data)
        return
    pool = BoundedPool(jobs, limits, task, prepare)
    order: deque[tuple[int, str, Exception | None]] = deque()
    finished: dict[int, tuple] = {}

    def ready() -> Iterator[tuple[str, tuple | Exception]]:
        while order and (order[0][2] is not None or order[0][0] in finished):
            i, name, error = order.popleft()
            yield name, error if error is not None else finished.pop(i)

    try:
        for i, (name, data) in enumerate(docs):
            order.append((i, name, data if isinstance(data, Exception) else None))
            if not isinstance(data, Exception):
                pool.submit(i, name, data)
            while pool.pending() >= 2 * pool.jobs:
                finished.update(pool.results(block=True))
            finished.update(pool.results(block=False))
            yield from ready()
        while order:
            finished.update(pool.results(block=True))
            yield from ready()
    finally:
        pool.close()
