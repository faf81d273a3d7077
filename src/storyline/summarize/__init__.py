"""summarize: extractive, cited summaries and timelines. (Interface; being implemented.)"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Summary, SyndicationGroup, Timeline


@dataclass(frozen=True)
class Summarizer:
    max_words: int = 100

    def __call__(self, articles: Sequence[Article],
                 groups: Sequence[SyndicationGroup] | None = None) -> Summary:
        raise NotImplementedError


@dataclass(frozen=True)
class TimelineBuilder:
    max_dates: int = 10
    sentences_per_date: int = 1
    query: str | None = None

    def __call__(self, articles: Sequence[Article],
                 groups: Sequence[SyndicationGroup] | None = None) -> Timeline:
        raise NotImplementedError
