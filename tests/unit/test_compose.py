"""The container setup: docker-compose.yml, the Dockerfile and docker/seed-once.sh.

Most checks read the files (no Docker needed), resolving `${VAR:-default}` the way Compose does.
The last test runs the real stack and is skipped where no Docker engine answers.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import time
import tomllib
import uuid
from collections.abc import Callable, Mapping
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "Dockerfile"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"
SEED_ONCE = REPO_ROOT / "docker" / "seed-once.sh"

SIZES = ("small", "medium", "large", "xlarge")
# The status `seed` exits with for TargetNotEmptyError; seed-once.sh treats it as success.
TARGET_NOT_EMPTY_STATUS = 3
DURATION = re.compile(r"^(\d+(\.\d+)?(us|ms|s|m|h))+$")

# ---------------------------------------------------------------------------------------------
# Reading the files


_VARIABLE = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}"
    r"|(?P<named>[A-Za-z_][A-Za-z0-9_]*))"
)


def interpolate(value: str, env: Mapping[str, str]) -> str:
    """Resolve Compose variables: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}."""

    def replace(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        name = match["braced"] or match["named"]
        found = env.get(name)
        op, arg = match["op"], match["arg"] or ""
        missing = found is None or (found == "" and op is not None and op.startswith(":"))
        if op is not None and op.endswith("-") and missing:
            return arg
        if op is not None and op.endswith("?") and missing:
            raise ValueError(f"required variable {name} is not set: {arg}")
        return found or ""

    return _VARIABLE.sub(replace, value)


def interpolate_tree(node: Any, env: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [interpolate_tree(item, env) for item in node]
    if isinstance(node, dict):
        return {key: interpolate_tree(value, env) for key, value in node.items()}
    return node


def environment_of(service: Mapping[str, Any]) -> dict[str, str]:
    """A service's `environment`, given as a mapping or as a list of KEY=VALUE."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        return dict(item.split("=", 1) for item in raw)
    return {key: "" if value is None else str(value) for key, value in raw.items()}


def argv_of(command: str | list[str]) -> list[str]:
    return shlex.split(command) if isinstance(command, str) else [str(arg) for arg in command]


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction, with continuation lines joined and comments dropped."""
    instructions: list[tuple[str, str]] = []
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        keyword, _, arguments = (current + line).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        current = ""
    return instructions


def split_copy(arguments: str) -> tuple[list[str], list[str], str]:
    """COPY/ADD arguments as (flags, sources, destination), shell or JSON form."""
    words = shlex.split(arguments)
    flags = []
    while words and words[0].startswith("--"):
        flags.append(words.pop(0))
    rest = " ".join(words)
    if rest.startswith("["):
        words = json.loads(rest)
    return flags, words[:-1], words[-1]


def exec_form(arguments: str) -> list[str]:
    """CMD/ENTRYPOINT arguments as argv; the shell form becomes ["/bin/sh", "-c", ...]."""
    if arguments.startswith("["):
        parsed: list[str] = json.loads(arguments)
        return parsed
    return ["/bin/sh", "-c", arguments]


def dockerignore_patterns() -> list[str]:
    if not DOCKERIGNORE.is_file():
        return []
    lines = (line.strip() for line in DOCKERIGNORE.read_text().splitlines())
    return [line.strip("/") for line in lines if line and not line.startswith("#")]


def is_dockerignored(relative: str, patterns: list[str]) -> bool:
    """Whether .dockerignore leaves `relative` (or a folder above it) out of the build context.

    A simplification of Docker's matcher: `**/` prefixes and `!` exceptions are honoured.
    """
    parts = Path(relative).parts
    ignored = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        body = pattern[1:] if negated else pattern
        anywhere = body.startswith("**/")
        body = body.removeprefix("**/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        candidates = prefixes + (
            ["/".join(parts[i : j + 1]) for i in range(len(parts)) for j in range(i, len(parts))]
            if anywhere
            else []
        )
        if any(fnmatch(candidate, body) for candidate in candidates):
            ignored = not negated
    return ignored


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(loaded, dict), "docker-compose.yml must be a mapping"
    return loaded


@pytest.fixture(scope="module")
def resolved(compose: dict[str, Any]) -> dict[str, Any]:
    """The compose file as `docker compose up` sees it with no variables set."""
    tree: dict[str, Any] = interpolate_tree(compose, {})
    return tree


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    return dockerfile_instructions(DOCKERFILE.read_text())


# ---------------------------------------------------------------------------------------------
# docker-compose.yml


def test_compose_file_is_current_spec(compose: dict[str, Any]) -> None:
    assert "version" not in compose, "the top-level `version` key is obsolete in Compose v2"
    assert set(compose["services"]) >= {"postgres", "seeder"}


def test_postgres_uses_official_image_on_a_declared_named_volume(resolved: dict[str, Any]) -> None:
    postgres = resolved["services"]["postgres"]
    image = re.fullmatch(
        r"(?:docker\.io/)?(?:library/)?postgres:(?P<major>\d+)[\w.-]*", postgres["image"]
    )
    assert image, (
        f"expected the official postgres image with a major version tag: {postgres['image']}"
    )
    # From PostgreSQL 18 on, the image keeps PGDATA under /var/lib/postgresql/<major>/docker.
    data_dir = "/var/lib/postgresql" if int(image["major"]) >= 18 else "/var/lib/postgresql/data"

    mounts = []
    for volume in postgres.get("volumes", []):
        if isinstance(volume, str):
            source, _, rest = volume.partition(":")
            mounts.append((source, rest.partition(":")[0]))
        else:
            mounts.append((volume.get("source", ""), volume["target"]))
    sources = [source for source, target in mounts if target.rstrip("/") == data_dir]
    assert sources, f"no volume mounted at {data_dir}: {mounts}"
    assert re.fullmatch(r"[A-Za-z0-9][\w.-]*", sources[0]), f"not a named volume: {sources[0]}"
    assert sources[0] in (resolved.get("volumes") or {}), f"volume {sources[0]} not declared"


def test_postgres_settings_have_defaults_and_follow_the_environment(
    compose: dict[str, Any],
) -> None:
    postgres = compose["services"]["postgres"]
    defaults = {key: interpolate(value, {}) for key, value in environment_of(postgres).items()}
    for key in ("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"):
        assert defaults.get(key), f"{key} needs a default (${{{key}:-...}})"
        assert interpolate(environment_of(postgres)[key], {key: "override"}) == "override"

    ports = [interpolate(str(port), {}) for port in postgres["ports"]]
    assert "5432:5432" in ports
    moved = [interpolate(str(port), {"POSTGRES_PORT": "15432"}) for port in postgres["ports"]]
    assert "15432:5432" in moved


def test_postgres_is_initialised_to_sort_text_by_code_point(compose: dict[str, Any]) -> None:
    # The image passes the variable to initdb split on spaces; a language locale (the image's
    # en_US.utf8) would sort every text key through strcoll.
    initdb_args = environment_of(compose["services"]["postgres"])["POSTGRES_INITDB_ARGS"]
    assert shlex.split(interpolate(initdb_args, {})) == ["--lc-collate=C", "--lc-ctype=C.UTF-8"]
    mine = {"POSTGRES_INITDB_ARGS": "--data-checksums"}
    assert interpolate(initdb_args, mine) == "--data-checksums"


def test_postgres_healthcheck_probes_tcp_with_pg_isready(resolved: dict[str, Any]) -> None:
    check = resolved["services"]["postgres"]["healthcheck"]
    test = check["test"]
    argv = test[1:] if isinstance(test, list) else ["CMD-SHELL", test]
    command = " ".join(argv)
    assert "pg_isready" in command
    assert re.search(r"(^|\s)-U\s", command) and re.search(r"(^|\s)-d\s", command)
    # The image's first-start init server listens on the Unix socket only; probing it would
    # report "ready" before PostgreSQL accepts the seeder's TCP connection.
    assert re.search(r"(-h|--host)[ =](127\.0\.0\.1|localhost)\b", command), command
    for key in ("interval", "timeout", "start_period"):
        assert DURATION.fullmatch(str(check[key])), f"healthcheck.{key}: {check.get(key)}"
    assert isinstance(check["retries"], int) and check["retries"] > 0


def test_seeder_is_built_here_and_waits_for_healthy_postgres(resolved: dict[str, Any]) -> None:
    seeder = resolved["services"]["seeder"]
    build = seeder["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    assert context in (".", "./")
    assert isinstance(build, str) or build.get("dockerfile", "Dockerfile") == "Dockerfile"
    assert seeder["depends_on"]["postgres"]["condition"] == "service_healthy"
    # A one-shot job; unquoted `no` would be YAML's false, which Compose rejects.
    assert seeder["restart"] == "no"
    assert environment_of(seeder)["SEED_SIZE"] in SIZES


@pytest.mark.parametrize(
    "env",
    [{}, {"POSTGRES_USER": "alice", "POSTGRES_PASSWORD": "s3cret", "POSTGRES_DB": "helpdesk"}],
    ids=["defaults", "overridden"],
)
def test_seeder_database_url_points_at_postgres_service(
    compose: dict[str, Any], env: dict[str, str]
) -> None:
    services = interpolate_tree(compose["services"], env)
    url = urlsplit(environment_of(services["seeder"])["DATABASE_URL"])
    postgres = environment_of(services["postgres"])
    assert url.scheme in ("postgresql", "postgres")
    assert url.hostname == "postgres"
    assert url.port in (None, 5432)
    assert (url.username, url.password) == (
        postgres["POSTGRES_USER"],
        postgres["POSTGRES_PASSWORD"],
    )
    assert url.path == f"/{postgres['POSTGRES_DB']}"


# ---------------------------------------------------------------------------------------------
# Dockerfile


@pytest.mark.parametrize(
    ("path", "ignored"),
    [
        (".venv/bin/python", True),
        (".git/HEAD", True),
        ("seeder/__pycache__/cli.cpython-312.pyc", True),
        (".pytest_cache/README.md", True),
        ("sql/dumps/support.sql", True),
        ("dist/seeder-0.1.0-py3-none-any.whl", True),
        ("README.md", False),
        ("seeder/cli.py", False),
        ("alembic/env.py", False),
        ("docker/seed-once.sh", False),
    ],
)
def test_dockerignore_keeps_local_state_out_of_the_build(path: str, ignored: bool) -> None:
    assert is_dockerignored(path, dockerignore_patterns()) is ignored


def test_every_file_the_dockerfile_copies_is_in_the_build_context(
    dockerfile: list[tuple[str, str]],
) -> None:
    patterns = dockerignore_patterns()
    copies = [args for keyword, args in dockerfile if keyword in ("COPY", "ADD")]
    assert copies
    for arguments in copies:
        flags, sources, _ = split_copy(arguments)
        if any(flag.startswith("--from") for flag in flags):
            continue
        for source in sources:
            matches = list(REPO_ROOT.glob(source.rstrip("/"))) if "*" in source else []
            path = REPO_ROOT / source
            assert matches or path.exists(), f"COPY {source}: not in the repository"
            assert not is_dockerignored(source.rstrip("/"), patterns), (
                f"COPY {source}: excluded by .dockerignore"
            )


def test_dockerfile_installs_the_project_and_runs_seed_unprivileged(
    dockerfile: list[tuple[str, str]],
) -> None:
    keywords = dict(dockerfile)  # the last instruction of each kind wins, as in Docker
    assert keywords["FROM"].split()[0] == "python:3.12-slim"
    installs = [args for keyword, args in dockerfile if keyword == "RUN" and "pip install" in args]
    assert any("-c constraints.txt ." in args and " -e " not in args for args in installs)

    user = keywords.get("USER", "root").split(":")[0]
    assert user not in ("root", "0"), "the image must not run as root"

    argv = exec_form(keywords.get("ENTRYPOINT", "[]")) + exec_form(keywords["CMD"])
    assert argv and Path(argv[0]).name == "seed", f"the default command should run seed: {argv}"


def test_seeder_command_is_an_executable_script_the_dockerfile_installs(
    compose: dict[str, Any], dockerfile: list[tuple[str, str]]
) -> None:
    program = argv_of(compose["services"]["seeder"]["command"])[0]
    wanted = {program} if "/" in program else {f"/usr/local/bin/{program}", f"/usr/bin/{program}"}
    installed = [
        sources
        for keyword, args in dockerfile
        if keyword == "COPY"
        for _, sources, destination in [split_copy(args)]
        if destination in wanted
    ]
    assert len(installed) == 1 and len(installed[0]) == 1, f"no COPY installs {program}"
    script = REPO_ROOT / installed[0][0]
    assert script.is_file(), script
    assert os.access(script, os.X_OK), f"{script} is not executable (chmod +x)"
    assert script.read_text().startswith("#!/bin/sh\n")


def test_pyproject_declares_the_seed_console_script() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    target = project["scripts"]["seed"]
    module, _, function = target.partition(":")
    assert module.startswith("seeder.") and function, target
    module_file = REPO_ROOT.joinpath(*module.split(".")).with_suffix(".py")
    assert module_file.is_file(), f"the seed entry point's module is missing: {module_file}"


# ---------------------------------------------------------------------------------------------
# docker/seed-once.sh


def test_seed_once_and_the_cli_agree_on_the_target_not_empty_status() -> None:
    from seeder.errors import TargetNotEmptyError

    assert TargetNotEmptyError.exit_code == TARGET_NOT_EMPTY_STATUS
    assert f"TARGET_NOT_EMPTY={TARGET_NOT_EMPTY_STATUS}\n" in SEED_ONCE.read_text()


FAKE_SEED = """#!/bin/sh
echo "$*" >> "$FAKE_SEED_LOG"
if [ "$1" = migrate ]; then exit "$FAKE_MIGRATE_STATUS"; fi
exit "$FAKE_LOAD_STATUS"
"""


SeedOnce = Callable[..., tuple[int, list[str], str]]


@pytest.fixture
def run_seed_once(tmp_path: Path) -> SeedOnce:
    """Run seed-once.sh with a fake `seed` first on PATH; returns (status, seed calls, stderr)."""
    shell = shutil.which("sh")
    if shell is None:
        pytest.skip("no POSIX sh on PATH")
    fake = tmp_path / "bin" / "seed"
    fake.parent.mkdir()
    fake.write_text(FAKE_SEED)
    fake.chmod(0o755)
    log = tmp_path / "calls.log"

    def run(migrate: int, load: int, **extra_env: str) -> tuple[int, list[str], str]:
        env = {k: v for k, v in os.environ.items() if k != "SEED_SIZE"}
        env.update(
            PATH=f"{fake.parent}{os.pathsep}{env.get('PATH', '')}",
            FAKE_SEED_LOG=str(log),
            FAKE_MIGRATE_STATUS=str(migrate),
            FAKE_LOAD_STATUS=str(load),
            **extra_env,
        )
        log.unlink(missing_ok=True)
        done = subprocess.run(
            [shell, str(SEED_ONCE)], env=env, capture_output=True, text=True, timeout=30
        )
        calls = log.read_text().splitlines() if log.exists() else []
        return done.returncode, calls, done.stderr

    return run


@pytest.mark.parametrize(
    ("migrate", "load", "status", "calls"),
    [
        (0, 0, 0, ["migrate", "--size large"]),
        (0, TARGET_NOT_EMPTY_STATUS, 0, ["migrate", "--size large"]),
        (0, 1, 1, ["migrate", "--size large"]),
        (0, 2, 2, ["migrate", "--size large"]),
        (1, 0, 1, ["migrate"]),
        # "Already seeded" is only an answer of the load, never of the migration.
        (TARGET_NOT_EMPTY_STATUS, 0, TARGET_NOT_EMPTY_STATUS, ["migrate"]),
    ],
    ids=["loaded", "already-seeded", "load-fails", "bad-config", "migrate-fails", "migrate-3"],
)
def test_seed_once_exit_status(
    run_seed_once: SeedOnce, migrate: int, load: int, status: int, calls: list[str]
) -> None:
    got_status, got_calls, stderr = run_seed_once(migrate, load)
    assert (got_status, got_calls) == (status, calls), stderr
    if load == TARGET_NOT_EMPTY_STATUS and migrate == 0:
        assert "already holds data" in stderr


def test_seed_once_loads_the_size_from_seed_size(run_seed_once: SeedOnce) -> None:
    status, calls, stderr = run_seed_once(0, 0, SEED_SIZE="small")
    assert (status, calls) == (0, ["migrate", "--size small"]), stderr


# ---------------------------------------------------------------------------------------------
# The real stack


def _docker_unavailable() -> str | None:
    """Why the stack cannot run here, or None when Docker and Compose v2 answer."""
    docker = shutil.which("docker")
    if docker is None:
        return "no Docker engine reachable: `docker` is not on PATH"
    probes = [
        (["info", "--format", "{{.ServerVersion}}"], "no Docker engine reachable"),
        (["compose", "version"], "Docker Compose v2 is not installed"),
    ]
    for args, problem in probes:
        name = f"docker {args[0]}"
        try:
            done = subprocess.run([docker, *args], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{problem}: `{name}` failed: {exc}"
        if done.returncode != 0:
            detail = (done.stderr.strip() or done.stdout.strip()).splitlines()
            return f"{problem}: `{name}` failed: {detail[-1] if detail else 'no output'}"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _Stack:
    """`docker compose` on this repository's file, under a project name of its own."""

    def __init__(self) -> None:
        self.project = f"seeder-test-{uuid.uuid4().hex[:8]}"
        self.env = {**os.environ, "SEED_SIZE": "small", "POSTGRES_PORT": str(_free_port())}

    def run(
        self, *args: str, timeout: float = 300, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        argv = ["docker", "compose", "--project-name", self.project]
        argv += ["--file", str(COMPOSE_FILE), "--project-directory", str(REPO_ROOT), *args]
        done = subprocess.run(
            argv,
            cwd=REPO_ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and done.returncode != 0:
            pytest.fail(
                f"`docker compose {' '.join(args)}` exited {done.returncode}:\n"
                f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}\n{self.logs()}"
            )
        return done

    def logs(self) -> str:
        argv = ["docker", "compose", "--project-name", self.project, "--file", str(COMPOSE_FILE)]
        done = subprocess.run(
            [*argv, "logs", "--no-color", "--tail", "50"],
            cwd=REPO_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return done.stdout[-4000:]

    def wait_for_exit(self, service: str, timeout_s: float) -> int:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            ids = self.run("ps", "--all", "--quiet", service).stdout.split()
            if ids:
                state = subprocess.run(
                    [
                        "docker",
                        "inspect",
                        "--format",
                        "{{.State.Status}} {{.State.ExitCode}}",
                        ids[0],
                    ],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=True,
                ).stdout.split()
                if state[0] in ("exited", "dead"):
                    return int(state[1])
            time.sleep(2)
        pytest.fail(f"{service} still running after {timeout_s:.0f}s:\n{self.logs()}")

    def count_tickets(self) -> int:
        query = 'psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc'
        query += " 'SELECT count(*) FROM tickets'"
        return int(self.run("exec", "-T", "postgres", "sh", "-c", query).stdout.strip())


@pytest.mark.slow
def test_compose_up_loads_the_database_once() -> None:
    reason = _docker_unavailable()
    if reason is not None:
        pytest.skip(reason)
    stack = _Stack()
    try:
        stack.run("up", "--detach", "--build", timeout=900)
        status = stack.wait_for_exit("seeder", timeout_s=600)
        assert status == 0, f"the seeder exited {status}:\n{stack.logs()}"
        tickets = stack.count_tickets()
        assert tickets > 0

        # A second run finds the data and keeps it.
        again = stack.run("run", "--rm", "-T", "seeder", timeout=600)
        assert "already holds data" in again.stdout + again.stderr
        assert stack.count_tickets() == tickets

        # An explicit reset replaces it.
        stack.run("run", "--rm", "-T", "seeder", "seed", "--size", "small", "--reset", timeout=600)
        assert stack.count_tickets() > 0
    finally:
        stack.run("down", "--volumes", "--remove-orphans", "--rmi", "local", check=False)
