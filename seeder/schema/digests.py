"""One digest of named files: the stamp that tells a precompiled data file from a stale one.

The precompiled schema is stamped with it, so a change to any file it was compiled from is
noticed at run time for the cost of reading those files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def files_digest(sources: Iterable[tuple[str, Path]]) -> str:
    """sha256 over each (stable name, path)'s name, length and bytes, in the order given.

    Raises OSError when a file cannot be read.
    """
    digest = hashlib.sha256()
    for name, path in sources:
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()
