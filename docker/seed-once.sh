#!/bin/sh
# Command of the compose `seeder` service: migrate the target to the latest schema, then load
# the dataset once. A later `docker compose up` finds the data already there and succeeds
# without touching it; use `docker compose run --rm seeder seed --size SIZE --reset` to replace it.
#
# Contract with the CLI (seeder/cli.py): `seed` exits with status 3 when the target already holds
# data and --reset was not given (TargetNotEmptyError.exit_code). That status alone means "already
# seeded"; any other non-zero status is a failure and is passed on.
set -eu

TARGET_NOT_EMPTY=3

seed migrate

status=0
seed --size "${SEED_SIZE:-large}" || status=$?

if [ "$status" -eq "$TARGET_NOT_EMPTY" ]; then
    echo "seed-once: the target already holds data; kept as it is" >&2
    exit 0
fi
exit "$status"
