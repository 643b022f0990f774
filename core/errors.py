"""The library's own exceptions; the CLI turns them into one-line messages and exit codes.

Exit codes (README "Exit codes"): 0 all fine; 2 usage error; 3 some reviews failed, the
rest are in the outputs; 4 nothing could be built (previous outputs untouched); 130 Ctrl-C.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3
EXIT_NOTHING_BUILT = 4
EXIT_INTERRUPTED = 130


class FilmKGError(Exception):
    """Base class: everything filmkg raises on purpose."""

    exit_code = EXIT_USAGE


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

    exit_code = EXIT_NOTHING_BUILT


class OutputError(FilmKGError):
    """The outputs could not be written (disk full, read-only, locked); earlier outputs are untouched."""

    exit_code = EXIT_NOTHING_BUILT


class NothingBuiltError(FilmKGError):
    """No review could be built; earlier outputs are untouched."""

    exit_code = EXIT_NOTHING_BUILT

    def __init__(self, message: str, failed: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.failed = failed or []
