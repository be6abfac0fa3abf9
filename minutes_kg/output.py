"""Output that cannot be written, for every command at once: one line naming where, and exit status 7.

The command line (``minutes_kg/cli.py``) uses three things from here, each once:

- ``guarded_stdout``: around the whole command, stdout is fd 1 behind a writer whose errors (a closed
  stdout, a full device such as /dev/full, a reader that went away: EPIPE) are an ``OutputError``
  (``stdout: cannot write (No space left on device)``), also when the last of it is flushed at exit;
  text that cannot be encoded (a name that is not UTF-8) is written with the bytes escaped, as
  ``minutes_kg.names.printable`` shows them, never raised;
- ``OutputPath``: the type of every ``--out`` (and ``--failures``), checked before any work is done: a
  folder where a file is wanted (or the reverse), a name or path too long, a folder that cannot be written;
- ``os_error``: an OSError that reaches the command line anyway (the disk filled up while writing
  ``--out``) as one line, naming the output it was writing.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from minutes_kg.errors import MinutesKgError
from minutes_kg.names import printable, too_long

EXIT_OUTPUT = 7
OUTPUTS = "minutes_kg.outputs"  # ctx.meta: the --out paths of this command, for os_error
ESCAPE = "minutes-kg-escape"


class OutputError(MinutesKgError):
    """The output (stdout, an --out file or folder) cannot be written; ``str()`` names it and says why."""

    exit_status = EXIT_OUTPUT


def _escape(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a surrogate-escaped byte as ``\\xNN`` (as ``printable``), anything else as ``\\uNNNN``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start:exc.end]
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF
                   else c.encode("ascii", "backslashreplace").decode("ascii") for c in text), exc.end


codecs.register_error(ESCAPE, _escape)


def _why(exc: OSError) -> str:
    return "it is closed" if exc.errno == errno.EBADF else exc.strerror or str(exc)


class _Stdout(io.RawIOBase):
    """fd 1, whose write errors are OutputErrors; after the first, the rest is dropped (the error is told)."""

    def __init__(self, closed: bool):
        super().__init__()
        self.was_closed = closed
        self.failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return 1

    def isatty(self) -> bool:
        return not self.was_closed and os.isatty(1)

    def write(self, b: Any) -> int:
        size = len(memoryview(b))
        if self.failed:
            return size
        try:
            if self.was_closed:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            return os.write(1, b)
        except OSError as exc:
            self.failed = True
            raise OutputError(f"stdout: cannot write ({_why(exc)})") from None


def _hold_if_closed(fd: int) -> bool:
    """Whether ``fd`` was closed; if so it now holds /dev/null, so that no file the command opens (a store)
    gets that number and takes output meant for the terminal."""
    try:
        os.fstat(fd)
        return False
    except OSError:
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        return True


@contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run the command with the guarded stdout (see the module), when stdout is the process's own (not a
    test runner's). An OutputError on the last flush, after the command, is told here: exit 7."""
    if sys.stdout is not sys.__stdout__:
        yield
        return
    closed = _hold_if_closed(1)
    _hold_if_closed(2)
    old = sys.stdout
    stream = io.TextIOWrapper(io.BufferedWriter(_Stdout(closed)), encoding=getattr(old, "encoding", None) or "utf-8",
                              errors=ESCAPE, line_buffering=bool(getattr(old, "line_buffering", False)))
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors=ESCAPE)
    sys.stdout = stream
    try:
        yield
    finally:
        try:
            stream.flush()
        except OutputError as exc:
            click.echo(f"minutes-kg: error: {exc}", err=True)
            raise SystemExit(EXIT_OUTPUT) from None
        finally:
            sys.stdout = old


def output_problem(path: Path, folder: bool | None) -> str | None:
    """Why ``path`` cannot be written as an output (``folder``: True a folder, False a file, None either),
    or None. Checked before the work: the write itself can still fail (a full disk), see ``os_error``."""
    if why := too_long(path):
        return why
    try:
        st: os.stat_result | None = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        return f"cannot write ({exc.strerror})"
    if st is not None:
        if folder is True and not stat.S_ISDIR(st.st_mode):
            return "is a file, not a folder: give a folder"
        if folder is False and stat.S_ISDIR(st.st_mode):
            return "is a folder: give a file name"
        return None if os.access(path, os.W_OK) else "cannot write (Permission denied)"
    above = next((p for p in path.absolute().parents if p.exists()), None)
    if above is None or not above.is_dir():
        return f"cannot write ({printable(above or path)} is not a folder)"
    return None if os.access(above, os.W_OK | os.X_OK) else f"cannot write in {printable(above)} (Permission denied)"


class OutputPath(click.ParamType):
    """An --out path, checked at once (``output_problem``): an unusable one is an OutputError (one line, exit 7)
    before any work is done. ``folder``: True a folder (made if missing), False a file, None either."""

    name = "path"

    def __init__(self, folder: bool | None = False):
        self.folder = folder

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        if why := output_problem(path, self.folder):
            raise OutputError(f"{printable(path)}: {why}")
        if ctx is not None:
            ctx.meta.setdefault(OUTPUTS, []).append(path)
        return path


def os_error(exc: OSError, ctx: click.Context) -> MinutesKgError:
    """An OSError that reached the command line, as one line: a write to one of the command's outputs (by the
    file it names, else the only output it has) is an OutputError (exit 7), anything else exit 3."""
    outputs: list[Path] = ctx.meta.get(OUTPUTS, [])
    name = exc.filename
    why = exc.strerror or str(exc)
    if name is None and len(outputs) == 1:
        name = outputs[0]
    if name is not None and any(_within(Path(os.fsdecode(name)), out) for out in outputs):
        return OutputError(f"{printable(os.fsdecode(name))}: cannot write ({why})")
    error = MinutesKgError(f"{printable(os.fsdecode(name))}: {why}" if name is not None else why)
    error.exit_status = 3
    return error


def _within(path: Path, out: Path) -> bool:
    path, out = path.absolute(), out.absolute()
    return path == out or out in path.parents
