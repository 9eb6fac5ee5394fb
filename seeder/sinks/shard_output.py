"""Where `seed export --dask` writes its shards: a local folder, or a prefix in an object store.

A local path (or file://) keeps the plain export's guarantees: the workers write into a
temporary folder beside it, which appears complete under its name or not at all, and --force
replaces only an earlier export (seeder.sinks.atomic). Such a path must be one the workers
see: workers on this machine (the local cluster), or a folder shared at the same path.

An object store cannot rename a prefix, so there the manifest is written last: **a prefix
holds a complete export exactly when it holds seeder-export.json**. Workers write their shards
in place; a failed run removes what it wrote and writes no manifest. --force deletes the old
manifest first (so the prefix never reads as complete while it is being rewritten), then
replaces the shards, deletes the old ones the new run did not rewrite, and writes the manifest.
A prefix holding anything seeder did not write is refused, --force or not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from seeder.errors import OutputError, OutputPathError, shown
from seeder.sinks.atomic import atomic_directory
from seeder.sinks.export import EXPORT_OWNERSHIP
from seeder.sinks.export_files import MANIFEST_NAME
from seeder.sinks.shards import ShardRecord, is_shard_name, join_url


class ShardOutput(Protocol):
    """An open output: workers write under base_url; finish() makes the export whole."""

    base_url: str

    def finish(self, manifest: str, records: Sequence[ShardRecord]) -> None: ...


def local_path(url: str) -> Path | None:
    """The local path `url` names (a plain path or file://), else None (an fsspec URL)."""
    if url.startswith("file://"):
        return Path(url.removeprefix("file://"))
    return None if "://" in url else Path(url)


@contextmanager
def shard_output(
    url: str, *, force: bool, storage_options: dict[str, Any] | None = None
) -> Iterator[ShardOutput]:
    """Open `url` for an export's shards; on an error inside, nothing of this run stays."""
    path = local_path(url)
    if path is not None:
        with atomic_directory(path.absolute(), force=force, ownership=EXPORT_OWNERSHIP) as temp:
            yield _LocalFolder(temp, path)
        return
    prefix = _ObjectStorePrefix(url, force, storage_options or {})
    try:
        yield prefix
    except BaseException:
        prefix.remove_ours()
        raise


class _LocalFolder:
    def __init__(self, temp: Path, shown_path: Path) -> None:
        self.base_url = str(temp)
        self._temp = temp
        self._shown = shown_path

    def finish(self, manifest: str, records: Sequence[ShardRecord]) -> None:
        for record in records:
            file = self._temp / record.file
            if not file.is_file() or file.stat().st_size != record.bytes:
                raise OutputError(
                    f"a Dask worker wrote {record.file!r} where this machine does not see it: "
                    f"{str(self._shown)!r} must be a folder the workers share at the same path; "
                    "give an s3:// or gs:// URL for workers on other machines"
                )
        (self._temp / MANIFEST_NAME).write_text(manifest, encoding="utf-8")


def _filesystem(url: str, storage_options: dict[str, Any]) -> tuple[Any, str]:
    """fsspec's filesystem for `url` and the path in it; an unknown protocol, or one whose
    package is not installed, is refused in one line before anything starts."""
    import fsspec

    protocol = url.split("://", 1)[0]
    try:
        fsspec.get_filesystem_class(protocol)
    except ImportError as exc:  # fsspec's message names the package (gcsfs, adlfs...)
        raise OutputPathError(f"{shown(url)}: {exc}") from None
    except ValueError:
        raise OutputPathError(
            f"{shown(url)}: fsspec knows no protocol {protocol!r}: give a folder path, "
            "an s3:// or gs:// URL, or another fsspec URL"
        ) from None
    try:
        filesystem, root = fsspec.core.url_to_fs(url, **storage_options)
    except OSError as exc:  # a filesystem that connects when made (ftp://, sftp://)
        raise OutputError(f"cannot reach {shown(url)}: {exc}") from None
    return filesystem, str(root)


def _is_ours(name: str) -> bool:
    """An object of a --dask export: a shard or the manifest (it writes no other name)."""
    return name == MANIFEST_NAME or is_shard_name(name)


class _ObjectStorePrefix:
    def __init__(self, url: str, force: bool, storage_options: dict[str, Any]) -> None:
        self.base_url = url.rstrip("/")
        self._fs, self._root = _filesystem(self.base_url, storage_options)
        try:
            self._old = self._check(force)
        except OSError as exc:  # no server there, no network, credentials refused
            raise OutputError(f"cannot reach {shown(self.base_url)}: {exc}") from None
        if MANIFEST_NAME in self._old:  # from now on the prefix does not read as complete
            self._fs.rm_file(join_url(self._root, MANIFEST_NAME))

    def _entries(self) -> list[str]:
        try:
            listed = self._fs.ls(self._root, detail=False, refresh=True)
        except FileNotFoundError:
            return []
        return [str(entry).rstrip("/").rsplit("/", 1)[-1] for entry in listed]

    def _check(self, force: bool) -> set[str]:
        parent = self._root.rstrip("/").rpartition("/")[0]
        if parent and not self._fs.exists(parent):
            raise OutputPathError(f"{shown(parent)} does not exist: create the bucket first")
        entries = self._entries()
        if entries and not force:
            raise OutputPathError(
                f"{shown(self.base_url)} already holds {len(entries)} objects: pass --force "
                "(force=True) to replace an earlier export, or choose an empty prefix"
            )
        foreign = sorted(name for name in entries if not _is_ours(name))
        if foreign:
            raise OutputPathError(
                f"{shown(self.base_url)} holds {foreign[0]!r}, which seed export did not write: "
                "choose a new or empty prefix"
            )
        return set(entries)

    def finish(self, manifest: str, records: Sequence[ShardRecord]) -> None:
        written = {record.file for record in records}
        for name in sorted(self._old - written - {MANIFEST_NAME}):
            self._fs.rm_file(join_url(self._root, name))
        try:
            self._fs.pipe_file(join_url(self._root, MANIFEST_NAME), manifest.encode("utf-8"))
        except OSError as exc:
            raise OutputError(
                f"writing the manifest of {shown(self.base_url)} failed: {exc}"
            ) from None

    def remove_ours(self) -> None:
        """After a failure: delete the shards (ours only), so no partial export is left."""
        with suppress(Exception):  # best effort: the missing manifest already marks it
            ours = [name for name in self._entries() if _is_ours(name)]
            self._fs.rm([join_url(self._root, name) for name in ours])
