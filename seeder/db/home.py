"""Where seeder keeps its files (the embedded server's cluster, the name cache).

Kept apart from embedded.py so that a dump, which never starts a server, can find the folder
without importing psycopg.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "SEEDER_HOME"


def data_directory() -> Path:
    """Where seeder keeps its files: $SEEDER_HOME if set, else the per-user data folder.

    Nothing is created here; whoever writes there creates the folders it needs.
    """
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        base = Path(home).expanduser()
    else:
        import platformdirs  # here, not at the top: 20 ms that a set SEEDER_HOME does not need

        base = Path(platformdirs.user_data_dir("seeder"))
        # The embedded package cannot start a server under a path with spaces (macOS's
        # "Application Support"), so such systems keep the data in ~/.seeder instead.
        if any(ch.isspace() for ch in str(base)):
            base = Path.home() / ".seeder"
    # postmaster.pid records the absolute path; a relative SEEDER_HOME must name the same cluster
    # from any working directory.
    return base.resolve()
