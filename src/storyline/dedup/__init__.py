"""dedup: syndication groups. (Interface; being implemented: every article alone for now.)"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Member, SyndicationGroup


@dataclass(frozen=True)
class Deduplicator:
    def __call__(self, articles: Sequence[Article]) -> list[SyndicationGroup]:
        return [SyndicationGroup(f"g{n}", a.id, (Member(a.id, "canonical", 1.0, 1.0),))
                for n, a in enumerate(sorted(articles, key=lambda a: a.id))]
