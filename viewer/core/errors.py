"""Errors a user can cause, carried as values with a message that names the file."""

from __future__ import annotations


class LoadError(Exception):
    """A letter could not be read. `str(error)` is one line fit for a dialog or stderr."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
