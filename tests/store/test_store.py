import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import STORY, make_article
from report.build_samples import SAMPLES, builds
from storyline.dedup import Deduplicator
from storyline.errors import StoreError
from storyline.model import (Article, Build, Citation, Entity, Event, Extraction, Member, Quote,
                             Rejected, Storyline, Summary, SyndicationGroup, Timeline,
                             TimelineEntry)
from storyline.report.outline import outline
from storyline.store import SCHEMA_VERSION, connect, read_store, search, write_store
from storyline.store import schema

SQLITE_INT = st.integers(-2**63, 2**63 - 1)
ANY_TEXT = st.text()  # hypothesis' text includes NUL, astral planes, combining marks, RTL
MAYBE_TEXT = st.none() | ANY_TEXT


def _store(build: Build, folder: Path) -> Path:
    return write_store(build, folder / "storyline.sqlite")


# ---- hand-made builds ----

@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_samples_round_trip(name, tmp_path):
    build = SAMPLES[name]()
    assert read_store(_store(build, tmp_path)) == build


def test_empty_build_makes_an_empty_but_valid_store(tmp_path):
    path = _store(SAMPLES["empty"](), tmp_path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_tables_have_the_columns_the_code_writes(tmp_path):
    path = _store(SAMPLES["one"](), tmp_path)
    with sqlite3.connect(path) as db:
        for table in schema.TABLES + schema.DERIVED_TABLES:
            columns = tuple(row[1] for row in db.execute(f"PRAGMA table_info({table.name})"))
            assert columns == table.columns


def test_full_text_search_finds_titles_and_text(tmp_path):
    path = _store(SAMPLES["varied"](), tmp_path)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT a.id FROM articles_fts JOIN articles a "
                          "ON a.position = articles_fts.rowid "
                          "WHERE articles_fts MATCH 'kerry' ORDER BY a.position").fetchall()
        assert rows == [("a/b.txt",), ("x:1",)]
        titles = db.execute("SELECT title FROM articles_fts WHERE articles_fts MATCH "
                            "'title:unrelated'").fetchall()
        assert titles == [("Unrelated",)]
    assert [i for i, _ in search(path, "nato")] == ["a/b.txt", "x:1"]


def test_search_explains_a_bad_query(tmp_path):
    path = _store(SAMPLES["one"](), tmp_path)
    with pytest.raises(StoreError, match="bad search query"):
        search(path, '"unbalanced')


def test_derived_columns_say_where_each_article_landed(tmp_path):
    path = _store(SAMPLES["varied"](), tmp_path)
    with sqlite3.connect(path) as db:
        rows = dict((r[0], r[1:]) for r in db.execute(
            "SELECT id, group_id, event_id, storyline_id FROM articles"))
    assert rows["x:1"] == ("g1", "e/1", "s<1>")
    assert rows[".."] == (None, "e:2", None)
    assert rows["lonely #1?x=1&y"] == (None, None, None)


def test_event_and_storyline_entities_are_those_of_the_report(tmp_path):
    build = SAMPLES["varied"]()
    nested = outline(build)
    path = _store(build, tmp_path)
    with sqlite3.connect(path) as db:
        for view in nested.storylines:
            rows = db.execute("SELECT name, kind, mentions FROM storyline_entities WHERE "
                              "storyline_id = ? ORDER BY position", (view.storyline.id,))
            assert rows.fetchall() == [(e.name, e.kind, e.mentions) for e in view.entities]
            for event in view.events:
                rows = db.execute("SELECT name, kind, mentions FROM event_entities WHERE "
                                  "event_id = ? ORDER BY position", (event.event.id,))
                assert rows.fetchall() == [(e.name, e.kind, e.mentions) for e in event.entities]
        assert db.execute("SELECT count(*) FROM storyline_entities").fetchone()[0] > 0


def test_missing_dates_and_quotes_are_null(tmp_path):
    path = _store(SAMPLES["varied"](), tmp_path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT published FROM articles WHERE id = 'x:1'").fetchone() == (None,)
        assert db.execute("SELECT start, end FROM events WHERE id = 'e:2'").fetchone() == (
            None, None)


def test_useful_joins(tmp_path):
    """The questions an analyst asks, answered in SQL."""
    path = _store(SAMPLES["varied"](), tmp_path)
    with sqlite3.connect(path) as db:
        said = db.execute("SELECT q.speaker, a.outlet FROM quotes q JOIN articles a "
                          "ON a.id = q.article_id WHERE q.kind = 'direct' "
                          "ORDER BY a.position, q.position").fetchall()
        assert said == [("John Kerry", "AP"), ("克里", "新华社")]
        cited = db.execute("SELECT s.text = substr(a.text, s.start + 1, s.end - s.start) "
                           "FROM summary_sentences s JOIN articles a ON a.id = s.article_id"
                           ).fetchall()
        assert cited and all(ok for (ok,) in cited)


def test_timeline_keeps_evidence_per_sentence_and_per_entry(tmp_path):
    build = SAMPLES["varied"]()
    path = _store(build, tmp_path)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT date, position, evidence FROM timeline_sentences "
                          "ORDER BY entry, position").fetchall()
    # the first entry has two sentences but one piece of evidence: the second gets NULL
    assert rows == [("2015-12-01", 0, "on Tuesday"), ("2015-12-01", 1, None),
                    ("2015-12-02", 0, None)]
    assert read_store(path) == build


def test_write_replaces_the_old_store_and_leaves_no_temporary_file(tmp_path):
    _store(SAMPLES["varied"](), tmp_path)
    path = _store(SAMPLES["one"](), tmp_path)
    assert read_store(path) == SAMPLES["one"]()
    assert [p.name for p in tmp_path.iterdir()] == ["storyline.sqlite"]


def test_a_failed_write_keeps_the_old_store(tmp_path):
    path = _store(SAMPLES["one"](), tmp_path)
    article = Article("same", "s", None, "x")
    twice = Build((article, article), (), (), (), (), {}, {}, {})
    with pytest.raises(StoreError, match="article id 'same' is used twice"):
        _store(twice, tmp_path)
    broken = Build((Article("a", None, None, "x"),), (), (), (), (), {}, {}, {})
    with pytest.raises(StoreError, match="NOT NULL"):
        _store(broken, tmp_path)
    assert read_store(path) == SAMPLES["one"]()
    assert [p.name for p in tmp_path.iterdir()] == ["storyline.sqlite"]


def test_reading_what_is_not_a_store_fails_clearly(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        read_store(tmp_path / "nothing.sqlite")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a storyline store"):
        read_store(other)
    text = tmp_path / "text.sqlite"
    text.write_text("hello, I am not a database at all" * 100)
    with pytest.raises(StoreError, match="not a storyline store"):
        read_store(text)


def test_reading_a_newer_schema_says_what_to_do(tmp_path):
    path = _store(SAMPLES["one"](), tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="rebuild"):
        read_store(path)


def test_connect_is_read_only(tmp_path):
    path = _store(SAMPLES["one"](), tmp_path)
    db = connect(path)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM articles")
    db.close()


def test_odd_file_names_work(tmp_path):
    folder = tmp_path / "a dir?#with %20 odd"
    folder.mkdir()
    path = write_store(SAMPLES["one"](), folder / "store ü.sqlite")
    assert read_store(path) == SAMPLES["one"]()


def test_ten_thousand_articles_write_in_seconds(tmp_path):
    import time
    text = " ".join(f"word{n % 700}" for n in range(600))
    articles = tuple(Article(f"feed/{n}", "s", f"Title {n}", text, "2015-12-01")
                     for n in range(10_000))
    groups = tuple(SyndicationGroup(f"g{n}", a.id, (Member(a.id, "canonical", 1.0, 1.0),))
                   for n, a in enumerate(articles))
    extractions = {a.id: Extraction(a.id, tuple(Entity(f"Name {k}", "person") for k in range(8)),
                                    (Quote("X", text[:20], "direct", 0, 20),)) for a in articles}
    build = Build(articles, (), groups, (), (), {}, {}, extractions)
    started = time.perf_counter()
    path = _store(build, tmp_path)
    assert time.perf_counter() - started < 30  # about 2 s here; generous for a loaded machine
    assert len(search(path, "word5", limit=20_000)) == 10_000


# ---- property: the store round-trips any Build exactly ----

def _unique(strategy, size=4):
    return st.lists(strategy, max_size=size, unique=True)


citations = st.builds(Citation, ANY_TEXT, SQLITE_INT, SQLITE_INT, ANY_TEXT)
entries = st.builds(TimelineEntry, ANY_TEXT, st.lists(citations, max_size=3).map(tuple),
                    st.lists(MAYBE_TEXT, max_size=3).map(tuple))
floats = st.floats(allow_nan=False)  # NaN is not equal to itself, and SQLite stores it as NULL


@st.composite
def arbitrary_builds(draw) -> Build:
    """Builds with anything in every field, not only what the pipeline makes."""
    ids = draw(_unique(ANY_TEXT))
    articles = tuple(Article(i, draw(ANY_TEXT), draw(MAYBE_TEXT), draw(ANY_TEXT),
                             *(draw(MAYBE_TEXT) for _ in range(7))) for i in ids)
    members = st.builds(Member, ANY_TEXT, ANY_TEXT, floats, floats)
    groups = tuple(SyndicationGroup(g, draw(ANY_TEXT), tuple(draw(st.lists(members, max_size=3))))
                   for g in draw(_unique(ANY_TEXT)))
    id_lists = st.lists(ANY_TEXT, max_size=3).map(tuple)
    events = tuple(Event(e, draw(ANY_TEXT), draw(MAYBE_TEXT), draw(MAYBE_TEXT), draw(id_lists),
                         draw(id_lists)) for e in draw(_unique(ANY_TEXT)))
    storylines = tuple(Storyline(s, draw(ANY_TEXT), draw(id_lists))
                       for s in draw(_unique(ANY_TEXT)))
    entities = st.builds(Entity, ANY_TEXT, ANY_TEXT, id_lists, SQLITE_INT)
    quotes = st.builds(Quote, MAYBE_TEXT, ANY_TEXT, ANY_TEXT, SQLITE_INT, SQLITE_INT)
    extraction = st.builds(Extraction, ANY_TEXT, st.lists(entities, max_size=3).map(tuple),
                           st.lists(quotes, max_size=3).map(tuple))
    return Build(
        articles, tuple(draw(st.lists(st.builds(Rejected, ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT),
                                      max_size=3))),
        groups, events, storylines,
        draw(st.dictionaries(ANY_TEXT, st.lists(citations, max_size=3).map(
            lambda cs: Summary(tuple(cs))), max_size=3)),
        draw(st.dictionaries(ANY_TEXT, st.lists(entries, max_size=3).map(
            lambda es: Timeline(tuple(es))), max_size=3)),
        draw(st.dictionaries(ANY_TEXT, extraction, max_size=3)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arbitrary_builds())
def test_store_round_trips_any_build(build):
    with tempfile.TemporaryDirectory() as folder:
        again = read_store(_store(build, Path(folder)))
    assert again == build
    # the mappings keep their order too, so a re-written store is the same store
    assert list(again.summaries) == list(build.summaries)
    assert list(again.timelines) == list(build.timelines)
    assert list(again.extractions) == list(build.extractions)


@settings(max_examples=60, deadline=None)
@given(builds())
def test_store_round_trips_pipeline_shaped_builds(build):
    with tempfile.TemporaryDirectory() as folder:
        assert read_store(_store(build, Path(folder))) == build


def test_dedup_signatures_round_trip_bit_for_bit(tmp_path):
    articles = tuple(make_article(f"a{n}", " ".join(STORY[n:])) for n in range(len(STORY)))
    dedup = Deduplicator()
    signed = dedup.sign(articles)
    signed.spelling[0] = np.uint64(2**64 - 1)  # beyond SQLite's signed integers
    build = replace(SAMPLES["empty"](), articles=articles, signatures=signed)
    again = read_store(_store(build, tmp_path)).signatures
    assert again.recipe == dedup.recipe and again.ids == signed.ids
    for column in ("length", "mojibake", "metadata", "spelling", "keys"):
        assert np.array_equal(getattr(again, column), getattr(signed, column)), column
        assert getattr(again, column).dtype == getattr(signed, column).dtype, column
    assert all(np.array_equal(a, b) and a.dtype == b.dtype
               for a, b in zip(again.sketches, signed.sketches, strict=True))
    assert read_store(_store(SAMPLES["empty"](), tmp_path)).signatures is None
