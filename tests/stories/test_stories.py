import random

import pytest
from hypothesis import given, settings, strategies as st

from helpers import COURT, FLOOD, SEEDS, VOTE, article, make_article, need
from storyline.clean import clean_document
from storyline.dedup import Deduplicator
from storyline.ingest import read_inputs
from storyline.stories import Clusterer

def cluster(articles):
    return Clusterer()(articles, Deduplicator()(articles))


def event_of(events, article_id):
    return next(e for e in events if article_id in e.articles)


def test_nothing_to_cluster():
    assert cluster([]) == ([], [])


def test_one_article_is_one_event_and_one_storyline():
    events, storylines = cluster([article("a", VOTE, "Tuesday", "2024-03-05")])
    assert [e.articles for e in events] == [("a",)]
    assert [s.events for s in storylines] == [(events[0].id,)]
    assert (events[0].start, events[0].end) == ("2024-03-05", "2024-03-05")


def test_copies_follow_their_story():
    text = VOTE.format(day="Tuesday")
    events, _ = cluster([make_article("a", text), make_article("b", text),
                         make_article("c", text[: len(text) // 2])])
    assert [e.articles for e in events] == [("a", "b", "c")]


def test_two_topics_make_two_storylines():
    articles = [article("v1", VOTE, "Tuesday", "2024-03-05", "Strand thanked her allies."),
                article("v2", VOTE, "Tuesday", "2024-03-06", "Berg spoke to reporters."),
                article("f1", FLOOD, "Sunday", "2024-03-03", "Schools stayed closed."),
                article("f2", FLOOD, "Sunday", "2024-03-04", "Trains were cancelled.")]
    events, storylines = cluster(articles)
    assert event_of(events, "v1") is event_of(events, "v2")
    assert event_of(events, "f1") is event_of(events, "f2")
    assert len(events) == 2 and len(storylines) == 2


def test_the_same_subject_weeks_apart_is_two_events_of_one_storyline():
    articles = [article("v1", VOTE, "Tuesday", "2024-03-05", "Strand thanked her allies."),
                article("v2", VOTE, "Tuesday", "2024-03-05", "Berg spoke to reporters."),
                article("c1", COURT, "Monday", "2024-04-22", "The hearing lasted six hours."),
                article("c2", COURT, "Monday", "2024-04-23", "Judges will rule in May.")]
    events, storylines = cluster(articles)
    assert len(events) == 2 and len(storylines) == 1
    # c2, published the day after, reports the hearing that began "on Monday": the 22nd.
    assert [(e.start, e.end) for e in events] == [("2024-03-05", "2024-03-05"),
                                                  ("2024-04-22", "2024-04-22")]


def test_missing_dates_still_cluster_by_content():
    events, _ = cluster([article("a", VOTE, "Tuesday", None), article("b", VOTE, "Tuesday", None)])
    assert len(events) == 1 and events[0].start is None


def test_non_latin_articles_cluster():
    text = "東京都内では今日、記録的な大雨が降り、多くの電車が運転を見合わせました。"
    events, storylines = cluster([make_article("a", text), make_article("b", text + "川が増水。")])
    assert len(events) == 1 and len(storylines) == 1


def test_settings_say_what_to_change():
    with pytest.raises(ValueError, match="event_similarity"):
        Clusterer(event_similarity=1.5)
    with pytest.raises(ValueError, match="storyline_decay_days"):
        Clusterer(storyline_decay_days=0)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 60), st.booleans()),
                min_size=1, max_size=14), st.integers(0, 1000))
def test_every_article_in_one_event_and_every_event_in_one_storyline(specs, seed):
    rng = random.Random(seed)
    articles = []
    for n, (topic, day, dated) in enumerate(specs):
        template = (VOTE, FLOOD)[topic]
        words = template.format(day="Monday").split()
        rng.shuffle(words)
        articles.append(make_article(f"a{n}", " ".join(words[: rng.randint(10, len(words))]),
                                     published=f"2024-03-{1 + day % 28:02d}" if dated else None))
    events, storylines = cluster(articles)
    assert sorted(a for e in events for a in e.articles) == sorted(a.id for a in articles)
    assert sorted(e for s in storylines for e in s.events) == sorted(e.id for e in events)
    assert len({e.id for e in events}) == len(events)


def test_seeds_one_storyline_of_three_events():
    articles = [clean_document(r) for r in read_inputs([need(SEEDS)])]
    events, storylines = cluster(articles)
    assert sorted(tuple(a[:3] for a in e.articles) for e in events) == [
        ("000", "001", "002"), ("003",), ("004",)]
    assert len(storylines) == 1 and len(storylines[0].events) == 3
