"""Errors a user can cause with the files they feed in."""

from __future__ import annotations


class BadInputError(Exception):
    """A file that cannot be turned into a meeting record.

    ``str()`` is the one-line message shown to the user: ``PATH: reason``.
    ``kind`` is a short machine-readable reason for JSON reports.
    """

    def __init__(self, path: str, reason: str, kind: str = "bad-input"):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.kind = kind


class NotMinutesError(BadInputError):
    """A readable PDF that is not a set of meeting minutes (e.g. a letter)."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, f"not meeting minutes: {reason}", kind="not-minutes")
