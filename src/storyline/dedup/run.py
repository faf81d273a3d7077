"""The dedup stage's work: fingerprints, candidates, groups."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

from ..model import Article, SyndicationGroup
from .candidates import candidate_pairs, signatures
from .groups import Rules, rank_order, star_groups
from .shingles import fingerprint

if TYPE_CHECKING:
    from . import Deduplicator


def deduplicate(articles: Sequence[Article], *, settings: Deduplicator) -> list[SyndicationGroup]:
    """Every article in exactly one syndication group."""
    if not articles:
        return []
    prints = [fingerprint(a.text, size=settings.shingle_size, lead_words=settings.lead_words)
              for a in articles]
    rank = np.empty(len(articles), dtype=np.int64)
    rank[rank_order(articles, prints)] = np.arange(len(articles))
    usable = np.fromiter((len(p.shingles) > 0 for p in prints), dtype=bool, count=len(prints))
    pairs: set[tuple[int, int]] = set()
    for sets in ([p.shingles for p in prints], [p.lead for p in prints]):
        rows = signatures(sets, num_perm=settings.num_perm, seed=settings.seed)
        pairs |= candidate_pairs(rows, bands=settings.bands, rank=rank, usable=usable)
    rules = Rules(settings.containment, settings.exact_jaccard, settings.excerpt_coverage)
    return star_groups(articles, prints, pairs, rules)
