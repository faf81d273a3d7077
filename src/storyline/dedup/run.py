"""The dedup stage's work: signatures, candidates, groups."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from ..model import Article, SyndicationGroup
from .candidates import candidate_pairs
from .groups import Assignment, Rules, star_groups
from .signatures import Signatures, concatenate, sign

if TYPE_CHECKING:
    from . import Deduplicator


def deduplicate(articles: Iterable[Article], *, settings: Deduplicator,
                groups: Sequence[SyndicationGroup] = (), signatures: Signatures | None = None
                ) -> tuple[list[SyndicationGroup], Signatures]:
    """Every article, the earlier ones (`signatures`, grouped in `groups`) and the new ones
    (`articles`), in exactly one syndication group; and the signatures of them all."""
    signed = sign(articles, settings)
    if signatures is not None:
        _check_new(signatures, signed)
        signed = concatenate([signatures, signed])
    if not len(signed):
        return [], signed
    start = Assignment.of(signed, groups) if groups else None
    rank = signed.rank()
    a, b = candidate_pairs(signed.keys, signed.sketches, rank, usable=signed.length > 0,
                           fresh=start and start.fresh())
    rules = Rules(settings.containment, settings.exact_jaccard, settings.excerpt_coverage,
                  settings.sketch_size)
    return star_groups(signed, rank, a, b, rules, start), signed


def _check_new(earlier: Signatures, new: Signatures) -> None:
    known = set(earlier.ids)
    again = next((i for i in new.ids if i in known), None)
    if again is not None:
        raise ValueError(f"article {again!r} is already grouped; each article is added once")
