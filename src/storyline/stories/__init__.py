"""stories: events and storylines. (Interface; being implemented: one event per group now.)"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Event, Storyline, SyndicationGroup


@dataclass(frozen=True)
class Clusterer:
    def __call__(self, articles: Sequence[Article], groups: Sequence[SyndicationGroup]):
        events = [Event(f"e{n}", g.canonical, None, None, g.article_ids, (g.id,))
                  for n, g in enumerate(groups)]
        return events, [Storyline(f"s{n}", e.title, (e.id,)) for n, e in enumerate(events)]
