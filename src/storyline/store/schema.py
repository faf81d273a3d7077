"""The SQLite schema of `storyline.sqlite`, version 2.

One row per record of a `storyline.model.Build`, so any SQLite tool can answer questions about a
build, and `read_store` can give the Build back exactly. Every list keeps its order in a
`position` column (0-based); ids are the pipeline's own string ids; offsets (`start`, `end`) are
Python string indices into `articles.text`, as in the model.

    meta               key, value: `schema_version`, `storyline_version`, `signature_recipe`
                       (PRAGMA user_version holds the schema version too)
    articles           position (INTEGER PRIMARY KEY, the FTS rowid), id UNIQUE, source, title,
                       text, published, outlet, author, url, dateline, agency, language,
                       group_id, event_id, storyline_id (where the article landed; NULL if
                       nowhere; derived, for convenience: the link tables below are the truth)
    articles_fts       FTS5 over articles(title, text), external content, unicode61 tokenizer
                       with diacritics removed:
                         SELECT a.id, a.title FROM articles_fts
                         JOIN articles a ON a.position = articles_fts.rowid
                         WHERE articles_fts MATCH 'kerry' ORDER BY rank
    groups             id, position, canonical_id          syndication groups
    group_members      group_id, position, article_id, relation, containment, jaccard
    events             id, position, title, start, end, storyline_id (derived)
    event_articles     event_id, position, article_id
    event_groups       event_id, position, group_id
    storylines         id, position, title
    storyline_events   storyline_id, position, event_id
    summaries          event_id, position                 one row per summary (even empty)
    summary_sentences  event_id, position, article_id, start, end, text
    timelines          storyline_id, position             one row per timeline (even empty)
    timeline_entries   storyline_id, position, date, evidence (JSON list, one per sentence)
    timeline_sentences storyline_id, entry, position, date, article_id, start, end, text,
                       evidence (this sentence's dating words; NULL for publication date)
    extractions        article_id, position, id           one row per extracted article
    entities           article_id, position, name, kind, aliases (JSON list), mentions
    quotes             article_id, position, speaker, kind, start, end, text
    event_entities     event_id, position, name, kind, aliases, mentions: the entities of an
                       event's articles under one canonical name each, counted over one
                       article per syndication group, as stories.json and the report give them
    storyline_entities storyline_id, position, name, kind, aliases, mentions: the same over a
                       storyline (both derived, for convenience: written, never read back)
    rejections         position, id, source, stage, reason
    signatures         position, article_id, length, mojibake, metadata, spelling, band_keys,
                       sketch: what dedup keeps of each article so a later build adds to the
                       groups (see storyline.dedup.signatures); band_keys are little-endian
                       uint64, sketch little-endian uint32, spelling a uint64 stored as int64

`position` in summaries, timelines and extractions is the order of the Build's mappings, kept so
the round trip is exact. Foreign keys are declared for tools that draw links (Datasette,
sqlite-utils) but not enforced: a store must hold whatever the pipeline produced, so that a
faulty citation can be found by a query rather than lost.

A later `storyline build` into the same folder reads the store, adds the new articles and writes
it again whole; nothing here assumes the store is written in one go except the derived columns.
"""
from __future__ import annotations

from typing import NamedTuple

SCHEMA_VERSION = 2
# "stln" in ASCII: lets `file(1)`-style tools tell a storyline store from another SQLite file.
APPLICATION_ID = 0x73746C6E


class Table(NamedTuple):
    name: str
    columns: tuple[str, ...]
    order: str = "position"  # how to read the rows back in the Build's order

    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.name} ({', '.join(self.columns)}) VALUES ({marks})"

    def select_sql(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.name} ORDER BY {self.order}"


def _owned(name: str, owner: str, *columns: str) -> Table:
    """A table of items listed under an owner (a group's members, an event's articles)."""
    return Table(name, (owner, "position", *columns), f"{owner}, position")


META = Table("meta", ("key", "value"), "key")
ARTICLES = Table("articles", (
    "position", "id", "source", "title", "text", "published", "outlet", "author", "url",
    "dateline", "agency", "language", "group_id", "event_id", "storyline_id"))
GROUPS = Table("groups", ("id", "position", "canonical_id"))
GROUP_MEMBERS = _owned("group_members", "group_id",
                       "article_id", "relation", "containment", "jaccard")
EVENTS = Table("events", ("id", "position", "title", "start", "end", "storyline_id"))
EVENT_ARTICLES = _owned("event_articles", "event_id", "article_id")
EVENT_GROUPS = _owned("event_groups", "event_id", "group_id")
STORYLINES = Table("storylines", ("id", "position", "title"))
STORYLINE_EVENTS = _owned("storyline_events", "storyline_id", "event_id")
SUMMARIES = Table("summaries", ("event_id", "position"))
SUMMARY_SENTENCES = _owned("summary_sentences", "event_id",
                           "article_id", "start", "end", "text")
TIMELINES = Table("timelines", ("storyline_id", "position"))
TIMELINE_ENTRIES = _owned("timeline_entries", "storyline_id", "date", "evidence")
TIMELINE_SENTENCES = Table("timeline_sentences", (
    "storyline_id", "entry", "position", "date", "article_id", "start", "end", "text",
    "evidence"), "storyline_id, entry, position")
EXTRACTIONS = Table("extractions", ("article_id", "position", "id"))
ENTITIES = _owned("entities", "article_id", "name", "kind", "aliases", "mentions")
QUOTES = _owned("quotes", "article_id", "speaker", "kind", "start", "end", "text")
EVENT_ENTITIES = _owned("event_entities", "event_id", "name", "kind", "aliases", "mentions")
STORYLINE_ENTITIES = _owned("storyline_entities", "storyline_id",
                            "name", "kind", "aliases", "mentions")
REJECTIONS = Table("rejections", ("position", "id", "source", "stage", "reason"))
SIGNATURES = Table("signatures", ("position", "article_id", "length", "mojibake", "metadata",
                                  "spelling", "band_keys", "sketch"))

TABLES = (META, ARTICLES, GROUPS, GROUP_MEMBERS, EVENTS, EVENT_ARTICLES, EVENT_GROUPS,
          STORYLINES, STORYLINE_EVENTS, SUMMARIES, SUMMARY_SENTENCES, TIMELINES,
          TIMELINE_ENTRIES, TIMELINE_SENTENCES, EXTRACTIONS, ENTITIES, QUOTES, REJECTIONS,
          SIGNATURES)
# Written from the others for queries, not read back: a store written before they existed
# still reads.
DERIVED_TABLES = (EVENT_ENTITIES, STORYLINE_ENTITIES)

CREATE_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    author TEXT,
    url TEXT,
    dateline TEXT,
    agency TEXT,
    language TEXT,
    group_id TEXT REFERENCES groups(id),
    event_id TEXT REFERENCES events(id),
    storyline_id TEXT REFERENCES storylines(id));
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='position',
    tokenize='unicode61 remove_diacritics 2');
CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    canonical_id TEXT NOT NULL REFERENCES articles(id));
CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES groups(id),
    position INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    relation TEXT NOT NULL,
    containment REAL NOT NULL,
    jaccard REAL NOT NULL,
    PRIMARY KEY (group_id, position));
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    start TEXT,
    end TEXT,
    storyline_id TEXT REFERENCES storylines(id));
CREATE TABLE event_articles (
    event_id TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (event_id, position));
CREATE TABLE event_groups (
    event_id TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups(id),
    PRIMARY KEY (event_id, position));
CREATE TABLE storylines (id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL);
CREATE TABLE storyline_events (
    storyline_id TEXT NOT NULL REFERENCES storylines(id),
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    PRIMARY KEY (storyline_id, position));
CREATE TABLE summaries (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    position INTEGER NOT NULL);
CREATE TABLE summary_sentences (
    event_id TEXT NOT NULL REFERENCES summaries(event_id),
    position INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, position));
CREATE TABLE timelines (
    storyline_id TEXT PRIMARY KEY REFERENCES storylines(id),
    position INTEGER NOT NULL);
CREATE TABLE timeline_entries (
    storyline_id TEXT NOT NULL REFERENCES timelines(storyline_id),
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (storyline_id, position));
CREATE TABLE timeline_sentences (
    storyline_id TEXT NOT NULL REFERENCES timelines(storyline_id),
    entry INTEGER NOT NULL,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    evidence TEXT,
    PRIMARY KEY (storyline_id, entry, position));
CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    position INTEGER NOT NULL,
    id TEXT NOT NULL);
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES extractions(article_id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, position));
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES extractions(article_id),
    position INTEGER NOT NULL,
    speaker TEXT,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, position));
CREATE TABLE event_entities (
    event_id TEXT NOT NULL REFERENCES events(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (event_id, position));
CREATE TABLE storyline_entities (
    storyline_id TEXT NOT NULL REFERENCES storylines(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (storyline_id, position));
CREATE TABLE rejections (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL);
CREATE TABLE signatures (
    position INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
    length INTEGER NOT NULL,
    mojibake INTEGER NOT NULL,
    metadata INTEGER NOT NULL,
    spelling INTEGER NOT NULL,
    band_keys BLOB NOT NULL,
    sketch BLOB NOT NULL);
"""

# Built after the rows are in: one sort per index is faster than updating it row by row.
CREATE_INDEXES = """
CREATE INDEX articles_group ON articles(group_id);
CREATE INDEX articles_event ON articles(event_id);
CREATE INDEX articles_storyline ON articles(storyline_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX group_members_article ON group_members(article_id);
CREATE INDEX events_storyline ON events(storyline_id);
CREATE INDEX events_start ON events(start);
CREATE INDEX event_articles_article ON event_articles(article_id);
CREATE INDEX event_groups_group ON event_groups(group_id);
CREATE INDEX storyline_events_event ON storyline_events(event_id);
CREATE INDEX summary_sentences_article ON summary_sentences(article_id);
CREATE INDEX timeline_sentences_article ON timeline_sentences(article_id);
CREATE INDEX timeline_sentences_date ON timeline_sentences(date);
CREATE INDEX entities_name ON entities(name, kind);
CREATE INDEX entities_kind ON entities(kind);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX event_entities_name ON event_entities(name, kind);
CREATE INDEX storyline_entities_name ON storyline_entities(name, kind);
"""
