"""store: a build as one SQLite file, `storyline.sqlite`, readable by any SQLite tool.

`write_store` writes everything a run produced (the schema is drawn in `storyline.store.schema`),
with a full-text index over article titles and texts:

    $ sqlite3 out/storyline.sqlite
    sqlite> SELECT id, title FROM articles_fts WHERE articles_fts MATCH 'kerry';

`read_store` gives the same Build back: `read_store(write_store(b, p)) == b`.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

from .. import __version__
from ..errors import StoreError
from ..files import atomic_path
from ..model import Build
from ..report.outline import Outline
from . import schema
from .rows import Rows, build_from_rows, build_rows

__all__ = ["write_store", "read_store", "connect", "search", "SCHEMA_VERSION"]

SCHEMA_VERSION = schema.SCHEMA_VERSION
_RECIPE = "signature_recipe"  # the meta key saying how the signatures were made


def write_store(result: Build, path: Path, *, nested: Outline | None = None) -> Path:
    """Write `result` to a new SQLite file at `path` (replacing any old one atomically);
    `nested`: its outline, when the caller has it already."""
    path = Path(path)
    _check_unique(result)
    rows = build_rows(result, nested)
    meta = [("schema_version", str(schema.SCHEMA_VERSION)), ("storyline_version", __version__)]
    if result.signatures is not None:
        meta.append((_RECIPE, result.signatures.recipe))
    with atomic_path(path) as temporary:
        with contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as db:
            _write(db, rows, meta)
    return path


def _check_unique(result: Build) -> None:
    """Ids are the store's keys: say which one repeats, rather than SQLite's bare complaint."""
    for kind, ids in (("article", [a.id for a in result.articles]),
                      ("group", [g.id for g in result.groups]),
                      ("event", [e.id for e in result.events]),
                      ("storyline", [s.id for s in result.storylines])):
        seen: set[str] = set()
        for identifier in ids:
            if identifier in seen:
                raise StoreError(f"the build cannot be stored: {kind} id {identifier!r} is "
                                 f"used twice, and {kind} ids must be unique")
            seen.add(identifier)


def _write(db: sqlite3.Connection, rows: Rows, meta: list[tuple[str, str]]) -> None:
    # No rollback journal and no syncing by SQLite: the file is a temporary one that replaces
    # the real store only once complete, so a failure midway costs nothing but that file.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    db.execute("BEGIN")
    try:
        _create_tables(db)
        db.executemany(schema.META.insert_sql(), meta)
        for table, table_rows in rows.items():
            db.executemany(table.insert_sql(), table_rows)
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        for statement in _statements(schema.CREATE_INDEXES):
            db.execute(statement)
        db.execute("COMMIT")
    except sqlite3.IntegrityError as exc:  # a field the model says is never None, say
        raise StoreError(f"the build cannot be stored: {exc}") from exc


def _create_tables(db: sqlite3.Connection) -> None:
    try:
        for statement in _statements(schema.CREATE_TABLES):
            db.execute(statement)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc):
            raise StoreError("this Python's SQLite lacks FTS5; use a Python built with a "
                             "standard SQLite (python.org and distribution builds have it)"
                             ) from exc
        raise


def _statements(script: str) -> Iterator[str]:
    # Executed one by one, not with executescript, which would commit the open transaction.
    return (s.strip() for s in script.split(";\n") if s.strip())


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to the store at `path`, checked to be a storyline store."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = _schema_version(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{path} is not a storyline store: {exc}") from exc
    if version != schema.SCHEMA_VERSION:
        db.close()
        raise StoreError(f"{path} has store schema version {version}; this storyline reads "
                         f"version {schema.SCHEMA_VERSION}: rebuild it with `storyline build --fresh`")
    return db


def _schema_version(db: sqlite3.Connection) -> int | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def read_store(path: Path) -> Build:
    """The Build stored at `path`."""
    with contextlib.closing(connect(path)) as db:
        rows = {table: db.execute(table.select_sql()).fetchall()
                for table in schema.TABLES if table is not schema.META}
        recipe = db.execute("SELECT value FROM meta WHERE key = ?", (_RECIPE,)).fetchone()
    return build_from_rows(rows, recipe[0] if recipe else None)


def search(path: Path, query: str, *, limit: int = 20) -> list[tuple[str, str | None]]:
    """(id, title) of the articles best matching an FTS5 `query`, best first."""
    sql = ("SELECT a.id, a.title FROM articles_fts JOIN articles a "
           "ON a.position = articles_fts.rowid WHERE articles_fts MATCH ? "
           "ORDER BY rank, a.position LIMIT ?")
    with contextlib.closing(connect(path)) as db:
        try:
            return db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
