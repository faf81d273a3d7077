"""Find and read the inputs: files and folders (recursively) of text, HTML, Markdown and JSON
records. Yields a RawDocument per article and a Rejected per thing that could not be read, so
nothing is lost silently; documents stream one at a time, so memory stays flat.

Ids follow CONTRACT.md: a JSON record keeps its own `id` (else `FILE:LINE`); a file's id is its
path relative to the INPUT folder it was found under, or its name when the INPUT is the file.
"""
from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from ..errors import InputError
from ..model import RawDocument, Rejected
from .decode import NotText, decode
from .records import BadRecord, record_document

STAGE = "ingest"
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".md": "markdown", ".markdown": "markdown"}
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")
# Larger files are refused: no news article is this long, and parsing one could take minutes.
MAX_FILE_BYTES = 64 * 1024 * 1024

Item = RawDocument | Rejected


def read_inputs(inputs: Iterable[str | Path], stored: Mapping[str, str] | None = None
                ) -> Iterator[Item]:
    """Every document under `inputs`, in a stable order, ids made unique. `stored` maps the
    ids of the articles an earlier build kept to their sources: a document read again from
    the same source keeps its id, another document with such an id is given a new one."""
    ids = _Ids(stored or {})
    for path, doc_id in _files(inputs):
        for item in _read_file(path, doc_id):
            yield ids.unique(item)


def _files(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    for given in inputs:
        root = Path(given)
        if root.is_file():
            yield root, root.name
        elif root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                relative = path.relative_to(root)
                if not any(part.startswith(".") for part in relative.parts):
                    yield path, relative.as_posix()
        else:
            raise InputError(f"{given}: no such file or folder")


class _Ids:
    """Gives each document an id no other document has: its own, else suffixed `#2`, `#3`..."""

    def __init__(self, stored: Mapping[str, str]):
        self.stored = stored
        self.taken: set[str] = set()
        self.suffix: dict[str, int] = {}  # the last suffix given to an id

    def unique(self, item: Item) -> Item:
        identifier = item.id
        while identifier in self.taken or self.stored.get(identifier, item.source) != item.source:
            self.suffix[item.id] = number = self.suffix.get(item.id, 1) + 1
            identifier = f"{item.id}#{number}"
        self.taken.add(identifier)
        return item if identifier == item.id else dataclasses.replace(item, id=identifier)


def _read_file(path: Path, doc_id: str) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(RECORD_SUFFIXES):
        yield from _read_records(path, doc_id)
        return
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        yield Rejected(doc_id, str(path), STAGE, f"unsupported file type '{path.suffix}'")
        return
    try:
        data = _read_bytes(path)
        yield RawDocument(doc_id, str(path), kind, decode(data, html=(kind == "html")))
    except (OSError, NotText) as exc:
        yield Rejected(doc_id, str(path), STAGE, _reason(exc))


def _read_bytes(path: Path) -> bytes:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise NotText(f"file too large ({path.stat().st_size // 2**20} MB, "
                      f"limit {MAX_FILE_BYTES // 2**20} MB)")
    return path.read_bytes()


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _read_records(path: Path, doc_id: str) -> Iterator[Item]:
    lines = ".jsonl" in path.name.lower() or ".ndjson" in path.name.lower()
    try:
        if lines:
            yield from _record_lines(path, doc_id)
        else:
            yield from _record_array(path, doc_id)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile, NotText) as exc:
        yield Rejected(doc_id, str(path), STAGE, f"unreadable: {_reason(exc)}")


def _open_text(path: Path):
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    return opener(path, "rt", encoding="utf-8", errors="replace")


def _record_lines(path: Path, doc_id: str) -> Iterator[Item]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield _record(line, f"{doc_id}:{number}", f"{path}:{number}")


def _record(line: str, fallback_id: str, source: str) -> Item:
    try:
        return record_document(json.loads(line), fallback_id=fallback_id, source=source)
    except json.JSONDecodeError as exc:
        return Rejected(fallback_id, source, STAGE, f"invalid JSON: {exc.msg}")
    except BadRecord as exc:
        return Rejected(exc.id or fallback_id, source, STAGE, str(exc))


def _record_array(path: Path, doc_id: str) -> Iterator[Item]:
    with _open_text(path) as handle:
        text = handle.read(MAX_FILE_BYTES + 1)
    if len(text) > MAX_FILE_BYTES:
        raise NotText("file too large for a JSON array; use JSON Lines")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(doc_id, str(path), STAGE, f"invalid JSON: {exc.msg} (line {exc.lineno})")
        return
    if isinstance(data, dict):
        data = next((data[k] for k in ("articles", "items", "data", "records")
                     if isinstance(data.get(k), list)), [data])
    if not isinstance(data, list):
        yield Rejected(doc_id, str(path), STAGE, "JSON holds neither an object nor a list")
        return
    for number, record in enumerate(data, 1):
        fallback = f"{doc_id}:{number}"
        try:
            yield record_document(record, fallback_id=fallback, source=f"{path}:{number}")
        except BadRecord as exc:
            yield Rejected(exc.id or fallback, f"{path}:{number}", STAGE, str(exc))
