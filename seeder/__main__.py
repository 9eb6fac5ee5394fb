"""`python -m seeder` runs the `seed` command."""

from seeder.cli import run

run()
