"""Syndication groups as the summarizers need them: each article's group, canonical copies
first."""
from __future__ import annotations

from typing import Sequence

from ..model import Article, SyndicationGroup


def resolve_groups(articles: Sequence[Article], groups: Sequence[SyndicationGroup] | None
                   ) -> list[SyndicationGroup]:
    """The groups given, or those dedup finds when none are."""
    if groups is not None:
        return list(groups)
    from ..dedup import Deduplicator
    return list(Deduplicator()(articles))


def group_index(articles: Sequence[Article], groups: Sequence[SyndicationGroup]
                ) -> dict[str, str]:
    """Article id -> group id; an article no group names is a group of its own."""
    index = {m: g.id for g in groups for m in g.article_ids}
    return {a.id: index.get(a.id, f"article:{a.id}") for a in articles}


def canonical_ids(articles: Sequence[Article], groups: Sequence[SyndicationGroup]) -> set[str]:
    """Ids of the articles that are their group's canonical copy, or in no group."""
    named = {m for g in groups for m in g.article_ids}
    return {g.canonical for g in groups} | {a.id for a in articles if a.id not in named}


def canonical_first(articles: Sequence[Article], groups: Sequence[SyndicationGroup]
                    ) -> list[Article]:
    """The articles, the canonical copy of each group before the others, then by publication
    date and id: where copies share a sentence, the canonical copy's is the one quoted."""
    canonical = canonical_ids(articles, groups)
    return sorted(articles, key=lambda a: (a.id not in canonical, a.published or "", a.id))
