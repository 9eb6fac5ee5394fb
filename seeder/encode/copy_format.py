"""Encoded blocks and the binary COPY stream's framing: what the loading process needs of the
encoders without importing them (they bring numpy and Arrow)."""

from __future__ import annotations

from dataclasses import dataclass

# PostgreSQL's binary COPY stream: signature, flags, header extension length; then rows; then -1.
HEADER = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
TRAILER = b"\xff\xff"


@dataclass(frozen=True)
class EncodedBlock:
    """One block's rows as encoded batches of at most batch_rows rows each."""

    table: str
    columns: tuple[str, ...]
    # (rows, bytes); bytearray where they were read from a pipe straight into a buffer
    batches: tuple[tuple[int, bytes | bytearray], ...]

    @property
    def rows(self) -> int:
        return sum(rows for rows, _ in self.batches)
