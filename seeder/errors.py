"""Typed errors. Each message names the problem and the fix, on one line."""

from __future__ import annotations

import re

# How much of a value a message quotes: a 5 MB value in a config file or an option stays a line.
SHOWN_CHARS = 100
# The longest run of non-space characters a message keeps, room for a quoted value shown in full
# with its punctuation. A run starts only where white space ends: each is scanned once.
WORD_CHARS = 2 * SHOWN_CHARS
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{WORD_CHARS + 1},}}+")


def clipped(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text` cut to `limit` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[:limit] + "..."


def clipped_words(text: str) -> str:
    """`text` with every run of non-space characters cut to WORD_CHARS: a message quoting a huge
    value keeps the words around it."""
    return _LONG_WORD.sub(lambda match: clipped(match.group(), WORD_CHARS), text)


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value as a message quotes it (its repr), cut to about `limit` characters."""
    if isinstance(value, str):
        return repr(clipped(value, limit))
    return clipped(repr(value), limit)


class SeederError(Exception):
    """Base of every error the library raises on purpose; the CLI shows it as one line."""

    exit_code = 1


class ConfigError(SeederError):
    """The run configuration (arguments, TOML file, environment) is invalid."""

    exit_code = 2


class UsageError(ConfigError):
    """The command line is malformed (argparse refused it): shown without a traceback, even
    with --debug, since the fault is in the arguments and not in the code."""


class DatabaseError(SeederError):
    """The target database cannot be reached or used."""


class TargetNotEmptyError(SeederError):
    """The target already holds data and the user did not ask to replace it."""

    exit_code = 3  # distinct, so scripts (docker/seed-once.sh) can treat "already seeded" as done


class SchemaVersionError(SeederError):
    """The target's schema is at a revision this version of seeder does not know."""

    @classmethod
    def unknown(cls, revision: str) -> SchemaVersionError:
        return cls(
            f"the database's schema is at revision {revision!r}, unknown to this seeder "
            "version: upgrade seeder or use an empty database"
        )


SIGINT_NUMBER = 2  # POSIX fixes it; Python raises KeyboardInterrupt for it


class TerminatedError(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: the run stops as on Ctrl-C, through the same cleanup.

    A KeyboardInterrupt, so every path that undoes a run interrupted by Ctrl-C (a temporary
    file removed, a transaction rolled back) undoes one stopped by `docker stop` or a closed
    terminal alike.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def interrupted_exit_code(interrupt: KeyboardInterrupt) -> int:
    """128 + the signal's number, as shells report a process a signal ended (Ctrl-C: 130)."""
    return 128 + (interrupt.signum if isinstance(interrupt, TerminatedError) else SIGINT_NUMBER)


class InterruptedAfterCommitError(SeederError):
    """Ctrl-C (or SIGTERM, SIGHUP) arrived after the data was committed, during ANALYZE."""

    def __init__(self, message: str, *, exit_code: int = 128 + SIGINT_NUMBER) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # as for any interrupted run


class GeneratorExitedError(SeederError):
    """The process generating the rows stopped before the end of the run."""


class ConcurrentRunError(SeederError):
    """Another seeder run holds the target's lock."""


class OutputError(SeederError):
    """An output file or directory cannot be written."""


class ScratchSpaceError(OutputError):
    """The worker processes' scratch files cannot be written (a full or unwritable $TMPDIR)."""


class OutputPathError(OutputError):
    """The output path is unusable as given (exists without --force, missing folder)."""

    exit_code = 2


class DistributedError(SeederError):
    """Dask is missing, its scheduler cannot be reached, or its workers cannot do the run."""


class EncodingError(SeederError):
    """A value cannot be written faithfully (PostgreSQL text cannot hold NUL)."""


class EmbeddedServerError(SeederError):
    """The embedded PostgreSQL server cannot be started or stopped."""


class LockTimeoutError(SeederError):
    """Another session held a lock the run needed for longer than --lock-timeout allowed."""
