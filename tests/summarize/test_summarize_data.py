"""The dev data in ../shared/data (slow; skipped when it is not here): real scraped news, cleaned
by the pipeline, summarized and put on a timeline with every citation exact and fast enough."""
import time

import pytest

from helpers import DATA, need
from storyline.config import Config
from storyline.pipeline import iter_articles
from storyline.summarize import Summarizer, TimelineBuilder

pytestmark = pytest.mark.slow
CLUSTERS = DATA / "daily-summaries" / "clusters"
TIMELINES = DATA / "timelines"


def articles_of(path):
    return list(iter_articles([need(path)], Config()))


def assert_cited(citations, articles):
    by_id = {a.id: a for a in articles}
    for c in citations:
        assert by_id[c.article].text[c.start:c.end] == c.text


@pytest.mark.parametrize("cluster", ["egypt-2011-02-11", "haiti-2010-01-14",
                                     "h1n1-2009-04-29", "finan-2008-10-03"])
def test_daily_summaries(cluster):
    articles = articles_of(CLUSTERS / cluster / "articles.jsonl")
    started = time.perf_counter()
    summary = Summarizer(max_words=80)(articles)
    assert time.perf_counter() - started < 2.0  # a 30-article event, on a busy machine
    assert summary.sentences
    assert sum(len(c.text.split()) for c in summary.sentences) <= 80
    assert_cited(summary.sentences, articles)
    texts = [c.text for c in summary.sentences]
    assert len(set(texts)) == len(texts)


def test_timeline_of_a_topic():
    articles = articles_of(TIMELINES / "haiti" / "articles.jsonl.gz")
    query = (TIMELINES / "haiti" / "query.txt").read_text(encoding="utf-8").strip()
    started = time.perf_counter()
    timeline = TimelineBuilder(max_dates=11, sentences_per_date=3, query=query)(articles)
    assert time.perf_counter() - started < 10.0  # ~280 articles
    dates = [e.date for e in timeline.entries]
    assert len(dates) == 11 and dates == sorted(dates)
    assert "2010-01-12" in dates  # the day of the earthquake
    assert_cited([c for e in timeline.entries for c in e.sentences], articles)
