"""No command shows a password, whichever form it takes and wherever it comes from; a huge value
is cut to a short line, and the command still ends promptly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import SECRET

# Nothing listens on port 1: every command that connects fails there.
UNREACHABLE = f"postgresql://postgres@127.0.0.1:1/db?password={SECRET}"
# libpq refuses the port before any connection: a ConfigError.
REFUSED = f"postgresql://postgres@127.0.0.1:x/db?password={SECRET}"

COMMANDS: dict[str, list[str]] = {
    "load": ["--tickets", "5"],
    "migrate": ["migrate"],
    "validate": ["validate"],
    "report": ["report", "-o", "{tmp}/report.html"],
    "db url": ["db", "url"],
    "db psql": ["db", "psql", "--", "-c", "select 1"],
}
# A line must name the problem and the fix, and no more: a huge value is cut.
MAX_LINE = 300


def _argv(command: str, tmp_path: Path, *options: str) -> list[str]:
    """The command's arguments with `options` before any `--` (what follows it is psql's)."""
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in COMMANDS[command]]
    end = argv.index("--") if "--" in argv else len(argv)
    return [*argv[:end], *options, *argv[end:]]


def _assert_no_secret(output: str) -> None:
    assert SECRET not in output
    assert "DISTINCTIVE" not in output  # nor a part of it, nor its percent-encoded form


@pytest.mark.parametrize("command", COMMANDS)
def test_a_password_in_the_query_is_never_shown_by_any_command(
    run_seed, tmp_path: Path, command: str
) -> None:
    by_option = run_seed(*_argv(command, tmp_path, "--database-url", UNREACHABLE))
    by_env = run_seed(*_argv(command, tmp_path), env={"DATABASE_URL": REFUSED})
    for result in (by_option, by_env):
        _assert_no_secret(result.stdout + result.stderr)
        assert "Traceback" not in result.stderr
    if command == "db url":
        assert by_option.code == 0
        assert by_option.stdout.strip() == "postgresql://postgres@127.0.0.1:1/db?password=***"
    elif command != "db psql":  # psql reports its own connection failure
        assert by_option.code == 1
        assert len(by_option.stderr.splitlines()) == 1, by_option.stderr
        assert "cannot connect to postgresql://postgres@127.0.0.1:1/db?password=***" in (
            by_option.stderr
        )
    assert by_env.code == 2
    assert by_env.stderr.startswith("seed: error: invalid database URL"), by_env.stderr
    assert len(by_env.stderr.splitlines()) == 1, by_env.stderr


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://postgres:{SECRET}@127.0.0.1:1/db",
        "postgresql://postgres@127.0.0.1:1/db?password=%50a55-w0rd-%44ISTINCTIVE-7q",
        f"postgresql://postgres@127.0.0.1:1/db?pass%77ord={SECRET}",
        f"host=127.0.0.1 port=1 password='{SECRET} x\\'y' dbname=db",
    ],
    ids=["user info", "encoded value", "encoded key", "key=value"],
)
def test_every_form_of_password_is_masked_on_failure(run_seed, url: str) -> None:
    result = run_seed("--tickets", "5", "--database-url", url)
    assert result.code == 1
    assert result.stderr.startswith("seed: error: cannot connect to ")
    assert "***" in result.stderr
    _assert_no_secret(result.stdout + result.stderr)


def test_a_mistyped_option_does_not_echo_the_password(run_seed) -> None:
    result = run_seed("--databse-url", f"postgresql://u:{SECRET}@h/db")
    assert result.code == 2
    assert "unrecognized arguments: --databse-url postgresql://u:***@h/db" in result.stderr
    _assert_no_secret(result.stdout + result.stderr)


def _assert_short_line(result_code: int, stderr: str, expected: str, code: int = 2) -> None:
    lines = stderr.splitlines()
    assert result_code == code, stderr[:500]
    assert len(lines) == 1, stderr[:500]
    assert len(lines[0]) < MAX_LINE, lines[0]
    assert expected in lines[0]
    assert "..." in lines[0]


def test_a_long_value_is_cut_from_the_option_and_from_the_environment(run_seed) -> None:
    # 40,000 characters took 4 s to mask; one argument or variable holds at most 128 KiB.
    result = run_seed("--database-url", "x" * 40_000, "--tickets", "5")
    _assert_short_line(result.code, result.stderr, "invalid database URL 'xxx")
    result = run_seed("validate", env={"DATABASE_URL": "host=h " + "x" * 120_000})
    _assert_short_line(result.code, result.stderr, "invalid database URL 'host=h xxx")
    long_password = f"postgresql://u:{SECRET}{'p' * 120_000}@h:x/db"
    result = run_seed("validate", env={"DATABASE_URL": long_password})
    assert result.code == 2
    assert result.stderr.startswith("seed: error: invalid database URL 'postgresql://u:***@h:x/db'")
    _assert_no_secret(result.stderr)


def test_a_five_megabyte_value_gives_a_short_line_promptly() -> None:
    """Too long for an argument, so main() gets it in a fresh interpreter; the timeout only
    guards against a hang (the quadratic masking took minutes)."""
    code = (
        "import sys\nfrom seeder.cli import main\n"
        "sys.exit(main(['--database-url', 'postgresql://u:' + 'p' * 5_000_000 + '@h:x/db']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, check=False
    )
    _assert_short_line(done.returncode, done.stderr, "the port must be a number")
    assert "ppp" not in done.stderr


def test_a_huge_config_file_or_value_gives_a_short_line(run_seed, tmp_path: Path) -> None:
    config = tmp_path / "params.toml"
    config.write_text(f'escalation_rate = "{"x" * 900_000}"\n')
    result = run_seed("--config", str(config), timeout=20)
    _assert_short_line(result.code, result.stderr, "escalation_rate = 'xxx")
    assert result.stderr.rstrip().endswith("...': expected a number")
    config.write_text(f'escalation_rate = "{"x" * 5_000_000}"\n')
    result = run_seed("--config", str(config), timeout=20)
    assert result.code == 2
    assert result.stderr == (
        f"seed: error: config file {str(config)!r} is over 1,048,576 bytes: a parameter file "
        "holds a few kilobytes (see `seed config`); check the path\n"
    )
