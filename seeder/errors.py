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


class InterruptedAfterCommitError(SeederError):
    """Ctrl-C arrived after the data was committed, while statistics were being gathered."""

    exit_code = 130  # as for any interrupted run


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


class LockTimeoutError(SeederError):
    """Another session held a lock the run needed for longer than --lock-timeout allowed."""
