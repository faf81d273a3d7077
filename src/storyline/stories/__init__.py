"""stories: events (one happening, usually a few days) and storylines (events linked over weeks).

One representative per syndication group is clustered, its copies follow it. Events come from
content similarity weakened by the days between two stories; storylines from the similarity of
the events' centroids, over a much longer time scale. Both use average linkage, so a cluster
grows only by what resembles it as a whole, never by a chain of neighbours.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Event, Storyline, SyndicationGroup

LINKAGES = ("average", "centroid", "relative")  # see linkage.py


@dataclass(frozen=True)
class Clusterer:
    """The cluster stage: `Clusterer()(articles, groups)` gives (events, storylines)."""
    # Events: calibrated on the seeds (one meeting's reports score 0.25 against 0.19 for the
    # same storyline's later meetings); the dev data has no event labels.
    event_similarity: float = 0.2  # mean linkage for stories to be one event
    event_window_days: int = 2  # stories this close in time are not penalised
    event_decay_days: float = 2.0  # beyond the window, similarity falls by e every so many days
    # Storylines: relative linkage (similarity between two clusters over the similarity within
    # them; a lone event's own scale is its similarity to its nearest events). On the stories
    # dev set, 0.25 with a 120-day decay gave BCubed F1 0.916 (P 0.995): the five topics come out
    # nearly whole and pure, recall is lost to small fragments of 1-6 articles. The project's
    # demo corpus, whose storylines are sharper, is split exactly; below 0.2 it collapses into
    # one storyline, above 0.4 T17 falls apart (0.775).
    storyline_similarity: float = 0.25
    storyline_window_days: int = 45
    storyline_decay_days: float = 120.0
    storyline_linkage: str = "relative"
    undated_factor: float = 0.9  # similarity kept when a date is unknown

    def __post_init__(self):
        for name in ("event_similarity", "storyline_similarity", "undated_factor"):
            if not 0 < getattr(self, name) <= 1:
                raise ValueError(f"{name} must be in (0, 1], got {getattr(self, name)}")
        for name in ("event_window_days", "storyline_window_days"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more, got {getattr(self, name)}")
        if self.storyline_linkage not in LINKAGES:
            raise ValueError(f"storyline_linkage must be one of {', '.join(LINKAGES)}, "
                             f"not {self.storyline_linkage!r}")
        for name in ("event_decay_days", "storyline_decay_days"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")

    def __call__(self, articles: Sequence[Article], groups: Sequence[SyndicationGroup]
                 ) -> tuple[list[Event], list[Storyline]]:
        from .run import cluster
        return cluster(articles, groups, settings=self)
