"""dedup: syndication groups. Copies of one story (exact, respelled, re-headlined, truncated) are
folded into one group; different stories about the same happening are not.

Jaccard similarity alone misses truncated copies (a copy of the first third of a story shares
a third of its shingles), so MinHash/LSH only proposes candidates, and the decision is the
containment of the shorter text in the longer, on spelling-normalised word shingles.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from ..model import Article, SyndicationGroup

if TYPE_CHECKING:
    from .signatures import Signatures


@dataclass(frozen=True)
class Deduplicator:
    """The dedup stage: `Deduplicator()(articles)` gives every article's syndication group."""
    shingle_size: int = 5  # words per shingle
    num_perm: int = 128  # MinHash permutations
    bands: int = 32  # LSH bands (num_perm / bands rows each)
    lead_words: int = 60  # opening words signed separately, to find truncated copies
    # Calibrated on the syndication dev set: true copies had a containment of 0.68 or more
    # (truncated copies with cleaning residue the lowest), hard negatives (same-day stories,
    # follow-ups reusing background, spliced paragraphs) 0.39 or less.
    containment: float = 0.6
    exact_jaccard: float = 0.98  # a copy whose written words are this close is exact
    excerpt_coverage: float = 0.75  # a copy shorter than this share of the canonical: excerpt
    sketch_size: int = 256  # shingle hashes kept per article to compare it (see shingles.py)
    seed: int = 1

    def __post_init__(self):
        for name in ("shingle_size", "num_perm", "bands", "lead_words", "sketch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.num_perm % self.bands:
            raise ValueError(f"num_perm ({self.num_perm}) must be a multiple of bands "
                             f"({self.bands}); e.g. num_perm=128 with bands=32")
        for name in ("containment", "exact_jaccard", "excerpt_coverage"):
            if not 0 < getattr(self, name) <= 1:
                raise ValueError(f"{name} must be in (0, 1], got {getattr(self, name)}")

    def __call__(self, articles: Iterable[Article]) -> list[SyndicationGroup]:
        return self.extend(articles)[0]

    def extend(self, articles: Iterable[Article], *, groups: Sequence[SyndicationGroup] = (),
               signatures: Signatures | None = None
               ) -> tuple[list[SyndicationGroup], Signatures]:
        """Add `articles` to the `groups` an earlier run made of the articles it signed
        (`signatures`, made by `sign` with this recipe): those groups are kept, the new
        articles join them or form new ones. Gives all the groups, and all the signatures
        for the next run."""
        from .run import deduplicate
        return deduplicate(articles, settings=self, groups=groups, signatures=signatures)

    def sign(self, articles: Iterable[Article]) -> Signatures:
        """What `extend` needs to keep of the articles (about 1.5 KB each)."""
        from .signatures import sign
        return sign(articles, self)

    @property
    def recipe(self) -> str:
        """The settings signatures depend on: signatures with another recipe are signed again
        from the texts rather than compared."""
        from .signatures import VERSION
        return json.dumps({"version": VERSION, "shingle_size": self.shingle_size,
                           "num_perm": self.num_perm, "bands": self.bands,
                           "lead_words": self.lead_words, "sketch_size": self.sketch_size,
                           "seed": self.seed}, sort_keys=True)
