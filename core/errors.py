"""The library's own exceptions; the CLI turns them into one-line messages."""

from __future__ import annotations


class FilmKGError(Exception):
    """Base class: everything filmkg raises on purpose."""


class ReviewFormatError(FilmKGError):
    """A review could not be read; names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(FilmKGError):
    """An input path or pattern that names nothing readable."""


class ModelMissingError(FilmKGError):
    """The spaCy model package is not installed."""
