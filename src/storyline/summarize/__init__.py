"""summarize: extractive, cited summaries and timelines.

Nothing is written, only chosen: every sentence of a summary or a timeline is a span of an
article's clean text, cited by article id and character offsets. Copies of one story (a
syndication group) count as one report when deciding what matters.

    Summarizer(max_words=60)(articles)               # an event's summary
    TimelineBuilder(max_dates=10, query="haiti")(articles)  # a storyline's dated timeline

The stage objects hold settings only; the work is in `summary` and `timeline` (imported when
first called, so that the command line starts without loading scikit-learn).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Summary, SyndicationGroup, Timeline


@dataclass(frozen=True)
class Summarizer:
    """An event's summary: at most `max_words` words (counted with `str.split()`) of whole
    sentences covering its most reported facts, without repeating them."""
    max_words: int = 100

    def __post_init__(self):
        _positive_int("max_words", self.max_words, "the summary's length in words, e.g. 100")

    def __call__(self, articles: Sequence[Article],
                 groups: Sequence[SyndicationGroup] | None = None) -> Summary:
        from .summary import summarize
        return summarize(articles, groups=groups, max_words=self.max_words)


@dataclass(frozen=True)
class TimelineBuilder:
    """A storyline's timeline: the `max_dates` dates most reported (weighted by relevance to
    `query` when given), each with its `sentences_per_date` most central sentences, dated by
    when things happened."""
    max_dates: int = 10
    sentences_per_date: int = 1
    query: str | None = None

    def __post_init__(self):
        _positive_int("max_dates", self.max_dates, "the number of dates, e.g. 10")
        _positive_int("sentences_per_date", self.sentences_per_date,
                      "the sentences for each date, e.g. 1")
        if self.query is not None and not isinstance(self.query, str):
            raise ValueError(f"query must be a string of words naming the topic (e.g. "
                             f"\"haiti earthquake\") or left out, not {self.query!r}")

    def __call__(self, articles: Sequence[Article],
                 groups: Sequence[SyndicationGroup] | None = None) -> Timeline:
        from .timeline import build_timeline
        return build_timeline(articles, groups=groups, max_dates=self.max_dates,
                              sentences_per_date=self.sentences_per_date, query=self.query)


def _positive_int(name: str, value, meaning: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1 ({meaning}), "
                         f"not {value!r}")
