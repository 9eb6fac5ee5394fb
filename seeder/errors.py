"""Typed errors. Each message names the problem and the fix, on one line."""

from __future__ import annotations


class SeederError(Exception):
    """Base of every error the library raises on purpose; the CLI shows it as one line."""

    exit_code = 1


class ConfigError(SeederError):
    """The run configuration (arguments, TOML file, environment) is invalid."""

    exit_code = 2


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


class OutputPathError(OutputError):
    """The output path is unusable as given (exists without --force, missing folder)."""

    exit_code = 2


class EmbeddedServerError(SeederError):
    """The embedded PostgreSQL server cannot be started or stopped."""
