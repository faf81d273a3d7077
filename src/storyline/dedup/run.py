"""The dedup stage's work: signatures, candidates, groups."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..model import Article, SyndicationGroup
from .candidates import candidate_pairs
from .groups import Rules, star_groups
from .signatures import sign

if TYPE_CHECKING:
    from . import Deduplicator


def deduplicate(articles: Iterable[Article], *, settings: Deduplicator
                ) -> list[SyndicationGroup]:
    """Every article in exactly one syndication group."""
    signed = sign(articles, settings)
    if not len(signed):
        return []
    rank = signed.rank()
    a, b = candidate_pairs(signed.keys, rank, usable=signed.length > 0)
    rules = Rules(settings.containment, settings.exact_jaccard, settings.excerpt_coverage,
                  settings.sketch_size)
    return star_groups(signed, rank, a, b, rules)
