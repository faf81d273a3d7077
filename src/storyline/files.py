"""Writing output: atomically (a temporary file in the same folder, then a rename), so a reader
never sees half a file and an interrupted run leaves the old one in place."""
from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path to write; it replaces `path` when the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        _settle(Path(temporary))
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _settle(path: Path) -> None:
    """Give the file the permissions a plain open() would (mkstemp makes it private) and put
    its bytes on disk before it replaces the old file."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_text(path: str | Path | None) -> Iterator[IO[str]]:
    """A text handle on `path` written atomically, or on standard output when `path` is None."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            yield handle


def dumps(data) -> str:
    """JSON as storyline writes it: UTF-8 text, stable key order as built."""
    return json.dumps(data, ensure_ascii=False)


def write_json(path: str | Path | None, data) -> None:
    with atomic_text(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def write_json_lines(path: str | Path | None, records: Iterable[dict]) -> None:
    with atomic_text(path) as handle:
        for record in records:
            handle.write(dumps(record) + "\n")
