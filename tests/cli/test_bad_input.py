"""Bad input: one line on stderr naming the problem and the fix, a non-zero exit, no traceback."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import SECRET

CASES: list[tuple[str, list[str], int, str]] = [
    ("unknown size", ["--size", "huge"], 2, "invalid choice: 'huge'"),
    ("zero tickets", ["--tickets", "0"], 2, "must be a positive whole number"),
    ("negative tickets", ["--tickets", "-5"], 2, "must be a positive whole number"),
    ("tickets not a number", ["--tickets", "many"], 2, "is not a whole number"),
    ("seed not an integer", ["--seed", "1.5"], 2, "is not an integer seed"),
    ("size and tickets", ["--size", "small", "--tickets", "9"], 2, "either --size or --tickets"),
    ("end before start", ["--start", "2025-01-10", "--end", "2025-01-01"], 2, "is before --start"),
    ("bad date", ["--start", "2025-13-01"], 2, "is not a date: use YYYY-MM-DD"),
    ("empty start", ["--start", ""], 2, "--start '' is not a date: use YYYY-MM-DD"),
    ("empty end", ["config", "--end", ""], 2, "--end '' is not a date: use YYYY-MM-DD"),
    ("empty dump path", ["dump", "-o", ""], 2, "-o/--output: an empty path: give a file"),
    ("empty export path", ["export", "-o", " "], 2, "-o/--output: an empty path: give a file"),
    ("empty report path", ["report", "-o", ""], 2, "-o/--output: an empty path: give a file"),
    (
        "an unencoded '@' in the password",
        ["--database-url", f"postgresql://postgres:{SECRET}@horse@127.0.0.1:1/x"],
        2,
        "an '@' in the user name or password must be written %40",
    ),
    ("zero batch rows", ["--batch-rows", "0"], 2, "must be a positive whole number"),
    ("missing config file", ["--config", "/nonexistent/x.toml"], 2, "not found"),
    ("zero lock timeout", ["--lock-timeout", "0"], 2, "must be a number of seconds above 0"),
    ("lock timeout not a number", ["--lock-timeout", "soon"], 2, "is not a number of seconds"),
    ("malformed URL", ["--database-url", "not a url"], 2, "invalid database URL"),
    ("empty URL", ["--database-url", ""], 2, "--database-url is empty: give a URL"),
    ("not PostgreSQL", ["--database-url", "mysql://u@h/db"], 2, "unsupported database URL"),
    (
        "unreachable host",
        ["--size", "small", "--database-url", f"postgresql://postgres:{SECRET}@127.0.0.1:1/x"],
        1,
        "cannot connect to postgresql://postgres:***@127.0.0.1:1/x",
    ),
    ("unknown command-like word", ["lod"], 2, "unrecognized arguments: lod"),
    ("zero agents", ["--agents", "0"], 2, "argument --agents: 0 must be a positive whole"),
    ("agents not a number", ["--agents", "many"], 2, "'many' is not a whole number"),
    ("negative customers", ["--customers", "-3"], 2, "-3 must be a positive whole number"),
    (
        "fewer agents than the weekend rotation",
        ["--agents", "2"],
        2,
        "--agents 2: fewer agents than weekend_rotation (3) leave weekends unstaffed",
    ),
    ("too many agents", ["--agents", "100_001"], 2, "--agents 100001: give 3 to 100,000 agents"),
    (
        "more agents than allowed, for the tickets of a week",
        [
            "dump",
            "--tickets",
            "10000000",
            "--start",
            "2024-01-01",
            "--end",
            "2024-01-07",
            "-o",
            "-",
        ],
        2,
        "10,000,000 tickets in 7 days would take 484,800 agents, above 100,000: give a longer",
    ),
    (
        "too few agents for the tickets",
        ["dump", "--tickets", "30000", "--agents", "4", "-o", "-"],
        2,
        "--agents 4: the contacts of 30,000 tickets alone would keep them 115% busy, above "
        "target_occupancy (70%): give about 7 agents or more",
    ),
    (
        "too many customers",
        ["--customers", "100000001"],
        2,
        "--customers 100000001: give 1 to 100,000,000 customers",
    ),
    ("too many jobs", ["dump", "--jobs", "1000000", "-o", "-"], 2, "--jobs 1000000: at most 128"),
    (
        "a full device",
        ["dump", "--size", "small", "-o", "/dev/full"],
        1,
        "writing to '/dev/full' failed: No space left on device",
    ),
    (
        "export to standard output",
        ["export", "--size", "small", "-o", "-"],
        2,
        "-o -: an export is a folder of files, one per table, and cannot go to standard output",
    ),
]


def _hourly(values: list[str]) -> str:
    return f"hourly_weights = [{', '.join(values)}]\n"


CONFIG_CASES: list[tuple[str, str | bytes, str]] = [
    ("unknown key", "colour = 'red'\n", "unknown configuration key 'colour'"),
    ("wrong type", "escalation_rate = 'high'\n", "escalation_rate = 'high': expected a number"),
    (
        "weights do not sum to 1",
        "[channels]\nemail = 0.5\nphone = 0.4\nchat = 0.3\n",
        "channels: weights sum to 1.2, they must sum to 1",
    ),
    ("unknown channel", "[channels]\nfax = 1.0\n", "channels: unknown key(s) ['fax']"),
    ("rate above 1", "escalation_rate = 1.5\n", "escalation_rate = 1.5: must lie between 0 and 1"),
    ("not TOML", "this is = = not toml\n", "is not valid TOML"),
    (
        "unordered range",
        "[handle_time_minutes.phone]\nmin = 50.0\n",
        "handle_time_minutes.phone: need 0 < min <= median <= max",
    ),
    ("bad anchor", "anchor_closure_to = 'whenever'\n", "anchor_closure_to = 'whenever'"),
    ("not UTF-8", "# café\nescalation_rate = 0.1\n".encode("latin-1"), "is not UTF-8 text"),
    (
        "NUL in a text",
        '[[events]]\nname = "Bad\\u0000name"\n',
        "events[0].name holds a NUL character, which PostgreSQL text cannot store",
    ),
    ("a day no year has", 'closed_days = ["02-30"]\n', "closed_days: '02-30' is not a MM-DD"),
    ("weight not finite", _hourly(["nan"] + ["1.0"] * 23), "hourly_weights[0] = nan: expected a"),
    (
        "weights overflow their sum",
        "weekday_weights = [1e308, 1e308, 1.0, 1.0, 1.0, 1.0, 1.0]\n",
        "weekday_weights[0] = 1e+308: weights are relative",
    ),
    (
        "no hour before the last day's arrivals stop",
        _hourly(["0.0"] * 23 + ["1.0"]),
        "hourly_weights: every hour before 18:00 has weight 0",
    ),
    (
        "absurd tenure",
        "agent_max_tenure_years = 1e6\n",
        "agent_max_tenure_years = 1000000.0: at most 100",
    ),
    ("infinite raise", "hourly_rate_per_year_eur = inf\n", "= inf: expected a finite number"),
    (
        "a day with tickets and no channel open",
        "[opening_hours]\n"
        + "".join(f"{c} = {[[8, 20]] * 6 + [[0, 0]]}\n" for c in ("email", "phone", "chat")),
        "opening_hours: every channel is closed on day 6 (Monday = 0) but weekday_weights[6] "
        "brings tickets: open one or set weekday_weights[6] = 0",
    ),
    (
        "a day part-timers' shifts cannot cover",
        "shift_hours = 6.0\n",
        "opening_hours.email[0] = [8.0, 20.0]: open longer than two of the shortest shifts "
        "(4.5 h, a part-timer's) can cover: shorten it or raise shift_hours (or "
        "agent_part_time_fte, or set agent_part_time_share = 0)",
    ),
    ("too few agents", "agents = 2\n", "agents = 2: fewer agents than weekend_rotation (3)"),
    ("negative customers", "customers = -1\n", "customers = -1: give 1 to 100,000,000"),
    ("fractional agents", "agents = 7.5\n", "agents = 7.5: expected an integer"),
    ("fte below a hundredth", "agent_part_time_fte = 0.001\n", "agent_part_time_fte must lie in"),
    (
        "huge after-contact work",
        "[after_contact_work_share]\nmax = 1e308\n",
        "after_contact_work_share.max = 1e+308: at most 10",
    ),
    (
        "occupancy ceiling under the target",
        "[occupancy_ceiling]\nmin = 0.6\n",
        "occupancy_ceiling.min must exceed target_occupancy",
    ),
    (
        "occupancy ceiling over full",
        "[occupancy_ceiling]\nmax = 1.5\n",
        "occupancy_ceiling: values must lie between 0 and 1",
    ),
]


def assert_one_clean_line(stderr: str, expected: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert expected in lines[0], stderr
    assert "Traceback" not in stderr
    assert SECRET not in stderr


@pytest.mark.parametrize(("label", "args", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_arguments(run_seed, label: str, args: list[str], code: int, message: str) -> None:
    result = run_seed(*args)
    assert result.code == code, result
    assert_one_clean_line(result.stderr, message)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("label", "toml", "message"), CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES]
)
def test_bad_config_files(
    run_seed, tmp_path: Path, label: str, toml: str | bytes, message: str
) -> None:
    config = tmp_path / "params.toml"
    config.write_bytes(toml if isinstance(toml, bytes) else toml.encode())
    # The configuration is validated before any connection: the URL is never reached.
    result = run_seed("--config", str(config), "--database-url", "postgresql://x@127.0.0.1:1/x")
    assert result.code == 2, result
    assert_one_clean_line(result.stderr, message)


def test_weights_that_leave_no_day_in_the_range(run_seed, tmp_path: Path) -> None:
    config = tmp_path / "weekdays.toml"
    config.write_text("weekday_weights = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0]\n")
    output = tmp_path / "weekend.sql"
    weekend = ["--start", "2025-01-04", "--end", "2025-01-05", "--config", str(config)]
    result = run_seed("dump", "--tickets", "50", *weekend, "-o", str(output))
    assert result.code == 2, result
    assert_one_clean_line(result.stderr, "weekday_weights: every day from 2025-01-04 to 2025-01-05")
    assert not output.exists()


def test_holidays_that_take_every_day_of_the_range(run_seed, tmp_path: Path) -> None:
    """1 May is a public holiday in Germany: with its customers alone and holiday_factor 0,
    the day brings nothing (it raised a ValueError from the multinomial draw)."""
    config = tmp_path / "may_day.toml"
    others = "".join(f"{c} = 0.0\n" for c in ("UK", "Austria", "Netherlands", "France", "Belgium"))
    config.write_text(f"holiday_factor = 0.0\n[countries]\nGermany = 1.0\n{others}")
    output = tmp_path / "may_day.sql"
    may_day = ["--start", "2024-05-01", "--end", "2024-05-01", "--config", str(config)]
    result = run_seed("dump", "--tickets", "200", *may_day, "-o", str(output))
    assert result.code == 2, result
    assert_one_clean_line(
        result.stderr,
        "no day from 2024-05-01 to 2024-05-01 brings tickets: each is a public holiday in every "
        "country with customers, and holiday_factor is 0",
    )
    assert not output.exists()


UNREACHABLE = ["--database-url", "postgresql://x@127.0.0.1:1/x"]
COUNTING_COMMANDS = [
    ["load", *UNREACHABLE],
    ["validate", *UNREACHABLE],
    ["config"],
    ["dump", "-o", "OUT"],
    ["export", "-o", "OUT"],
]


@pytest.mark.parametrize("command", COUNTING_COMMANDS, ids=[c[0] for c in COUNTING_COMMANDS])
def test_every_command_with_counts_checks_them(
    run_seed, tmp_path: Path, command: list[str]
) -> None:
    """--agents and --customers are checked before any connection or output."""
    config = tmp_path / "rotation.toml"
    config.write_text("weekend_rotation = 4\n")
    output = tmp_path / "out"
    args = [str(output) if a == "OUT" else a for a in command]
    few = run_seed(*args, "--config", str(config), "--agents", "3")
    assert few.code == 2, few
    assert_one_clean_line(few.stderr, "--agents 3: fewer agents than weekend_rotation (4)")
    zero = run_seed(*args, "--customers", "0")
    assert zero.code == 2, zero
    assert_one_clean_line(zero.stderr, "argument --customers: 0 must be a positive whole number")
    assert not output.exists()


def test_debug_shows_the_traceback(run_seed) -> None:
    result = run_seed("--tickets", "5", "--end", "2000-01-01", "--debug")
    assert result.code == 2
    assert "Traceback" in result.stderr


def test_help_lists_every_command_and_option(run_seed) -> None:
    result = run_seed("--help")
    assert result.code == 0
    for word in (
        "load",
        "migrate",
        "config",
        "db",
        "--size",
        "--tickets",
        "--seed",
        "--start",
        "--end",
        "--config",
        "--database-url",
        "--reset",
        "--batch-rows",
        "--quiet",
        "--json",
    ):
        assert word in result.stdout


@pytest.mark.parametrize(
    "args",
    [["dump", "-o", "/proc/seeder-test.sql"], ["export", "-o", "/proc/seeder-test"]],
    ids=["dump", "export"],
)
def test_unwritable_output_folder_gives_one_line(run_seed, args: list[str]) -> None:
    # /proc refuses new files even to root, which ignores permission bits elsewhere.
    result = run_seed(*args, "--tickets", "20")
    assert result.code == 2
    assert_one_clean_line(result.stderr, f"cannot create '{args[-1]}'")


def test_output_under_a_file_gives_one_line(run_seed, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_seed("export", "--tickets", "20", "-o", str(blocker / "out"))
    assert result.code == 2
    assert_one_clean_line(result.stderr, "does not exist: create it first")


def test_password_from_the_environment_is_never_printed(run_seed) -> None:
    url = f"postgresql://someone:{SECRET}@127.0.0.1:1/db"
    shown = run_seed("db", "url", env={"DATABASE_URL": url})
    assert shown.code == 0
    assert SECRET not in shown.stdout + shown.stderr
    assert "postgresql://someone:***@127.0.0.1:1/db" in shown.stdout
    failed = run_seed("--size", "small", env={"DATABASE_URL": url})
    assert failed.code == 1
    assert_one_clean_line(failed.stderr, "cannot connect to postgresql://someone:***@")


def _with_stream_closed(
    stream: int, *args: str, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    """`seed ARGS` run with a standard stream closed (`>&-`); the other one captured."""
    closing = ">&-" if stream == 1 else "2>&-"
    return subprocess.run(
        ["sh", "-c", f'exec "$0" -m seeder "$@" {closing}', sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_a_closed_standard_stream_fails_nothing_and_takes_no_output(tmp_path: Path) -> None:
    # Printing the TOML or a summary to a closed stdout is no failure...
    assert _with_stream_closed(1, "config", tmp_path=tmp_path).returncode == 0
    assert _with_stream_closed(2, "--size", "huge", tmp_path=tmp_path).returncode == 2
    dumped = _with_stream_closed(1, "dump", "--tickets", "40", "-o", "d.sql", tmp_path=tmp_path)
    assert dumped.returncode == 0, dumped.stderr
    assert (tmp_path / "d.sql").read_bytes().startswith(b"--")
    # ...but a dump asked for on it has nowhere to go: refused, not thrown away.
    refused = _with_stream_closed(1, "dump", "--tickets", "40", "-o", "-", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr == (
        "seed: error: -o - (standard output): it is closed; give a file name instead\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.sql"]


def _with_file_size_limit(limit: int) -> None:
    """A disk that fills: a write past `limit` bytes fails (EFBIG), as one on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_export_that_cannot_write_its_files_says_so_and_leaves_nothing(
    tmp_path: Path, fmt: str
) -> None:
    # Past the limit the writes fail, and so does flushing the open files on the way out,
    # which once kept their temporary folder, full of data, from being removed.
    result = subprocess.run(
        [sys.executable, "-m", "seeder", "export", "--size", "large", "--format", fmt,
         "-o", str(tmp_path / "e")],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        preexec_fn=lambda: _with_file_size_limit(100_000),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert_one_clean_line(
        result.stderr,
        f"writing {str(tmp_path / 'e')!r} failed: File too large; nothing was written",
    )
    assert list(tmp_path.iterdir()) == []
