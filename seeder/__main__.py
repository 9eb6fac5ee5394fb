"""`python -m seeder` runs the `seed` command."""

from seeder.cli import main

raise SystemExit(main())
