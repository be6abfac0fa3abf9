"""The root of minutes-kg's own errors: each carries the exit status the command line ends with."""

from __future__ import annotations

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_INVALID = 4
EXIT_NEO4J = 5
EXIT_STORE = 6
EXIT_INTERRUPTED = 130


class MinutesKgError(Exception):
    """An error a user can act on; ``str(error)`` is the one line to show them."""

    exit_status = EXIT_USAGE


class StoreError(MinutesKgError):
    """The embedded store cannot be opened, read or written: missing, not a store, corrupt, read-only,
    out of disk space, or held by another writer for too long. The message names the path and the reason."""

    exit_status = EXIT_STORE


class StoreFormatError(StoreError):
    """The file is not a minutes-kg store, or one of a format this version does not read."""
