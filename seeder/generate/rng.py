"""The only source of randomness: one numpy Generator per (seed, stream, chunk).

Streams are named (a table or a purpose); their names are hashed with CRC32, which is stable
across Python runs and platforms, unlike hash().
"""

from __future__ import annotations

import zlib

import numpy as np


def stream_key(name: str) -> int:
    """A stable integer for a stream name."""
    return zlib.crc32(name.encode("utf-8"))


def chunk_rng(seed: int, stream: str, chunk: int = 0) -> np.random.Generator:
    """The generator for one chunk of one stream; independent of every other (stream, chunk)."""
    sequence = np.random.SeedSequence([seed & 0xFFFFFFFF, seed >> 32, stream_key(stream), chunk])
    return np.random.Generator(np.random.PCG64(sequence))
