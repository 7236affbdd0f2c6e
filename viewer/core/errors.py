"""Errors a user can cause, carried as values with a message that names the file."""

from __future__ import annotations


class LoadError(Exception):
    """A letter could not be read: the problem in Dutch and in English, for the user's language.

    `str(error)` is the Dutch line; `message(language)` the line in the reader's language. Each
    names the file and is one line, fit for a dialog or stderr.
    """

    def __init__(self, path: str, problem: str, problem_en: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.problem_en = problem_en

    def message(self, language: str = "nl") -> str:
        return f"{self.path}: {self.problem_en if language == 'en' else self.problem}"
