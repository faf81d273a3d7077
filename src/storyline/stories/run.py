"""The cluster stage's work: representatives, events, storylines, and their labels."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..model import Article, Event, Storyline, SyndicationGroup
from .features import NO_DAY, representatives, top_terms
from .labels import named
from .linkage import agglomerate, clusters_of
from .similarity import neighbour_graph
from .storylines import group_events, settle

if TYPE_CHECKING:
    from . import Clusterer

NEIGHBOURS = 32  # edges kept per story, and per event (see similarity.neighbour_graph)
CENTROID_TERMS = 128  # an event is compared with others through its heaviest terms


def cluster(articles: Sequence[Article], groups: Sequence[SyndicationGroup], *,
            settings: Clusterer, earlier: tuple[Sequence[Event], Sequence[Storyline]] = ((), ())
            ) -> tuple[list[Event], list[Storyline]]:
    if not articles:
        return [], []
    earlier_events, earlier_storylines = earlier
    reps = representatives(articles, groups)
    old_event = _old_labels(reps, earlier_events)
    graph = neighbour_graph(reps.vectors, reps.days, window=settings.event_window_days,
                            decay=settings.event_decay_days, unknown=settings.undated_factor,
                            neighbours=NEIGHBOURS)
    event_rows = clusters_of(agglomerate(graph, threshold=settings.event_similarity,
                                       start=_partition(old_event)))
    membership = _membership(event_rows, len(reps.articles))
    sizes = np.array([len(rows) for rows in event_rows], dtype=np.float64)
    vectors = top_terms(normalize(membership @ reps.vectors), CENTROID_TERMS)
    first = np.array([_end(reps.days[rows], min) for rows in event_rows], dtype=np.int64)
    last = np.array([_end(reps.days[rows], max) for rows in event_rows], dtype=np.int64)
    middle = np.array([_middle_day(reps.days[rows]) for rows in event_rows], dtype=np.int64)
    window, decay = settings.storyline_window_days, settings.storyline_decay_days
    graph = neighbour_graph(vectors, middle, window=window, decay=decay, unknown=1.0,
                            neighbours=NEIGHBOURS)
    masses = sparse.diags(sizes) @ vectors
    old_storyline = _old_storylines(event_rows, old_event, earlier_storylines)
    labels = group_events(masses, first, last, graph, threshold=settings.storyline_similarity,
                          window=window, decay=decay, start=_partition(old_storyline))
    event_of = np.empty(len(reps.articles), dtype=np.int64)
    for n, rows in enumerate(event_rows):
        event_of[rows] = n
    labels = settle(labels, first, last, graph, reps.vectors, event_of, window=window,
                    decay=decay)
    return named(reps, event_rows, clusters_of(labels), vectors, old_event, old_storyline)


def _old_labels(reps, events: Sequence[Event]) -> list[str | None]:
    """Per representative, the earlier event holding its group's canonical (or, when the
    canonical is new, any of its copies), else None."""
    event_of = {a: e.id for e in events for a in e.articles}
    return [event_of.get(group.canonical) or next(
        (event_of[m.id] for m in group.members if m.id in event_of), None)
        for group in reps.groups]


def _old_storylines(event_rows: list[list[int]], old_event: list[str | None],
                    storylines: Sequence[Storyline]) -> list[str | None]:
    """Per event, the earlier storyline most of its earlier stories were in, else None."""
    storyline_of = {e: s.id for s in storylines for e in s.events}
    found = []
    for rows in event_rows:
        earlier = [storyline_of[old_event[r]] for r in rows if old_event[r] in storyline_of]
        found.append(max(set(earlier), key=earlier.count) if earlier else None)
    return found


def _partition(labels: list[str | None]) -> list[list[int]]:
    """The rows sharing each label, for labels that are not None."""
    rows: dict[str, list[int]] = {}
    for row, label in enumerate(labels):
        if label is not None:
            rows.setdefault(label, []).append(row)
    return list(rows.values())


def _membership(clusters: list[list[int]], items: int) -> sparse.csr_matrix:
    """A clusters x items matrix of ones: row c marks the members of cluster c."""
    rows = [c for c, members in enumerate(clusters) for _ in members]
    cols = [m for members in clusters for m in members]
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (rows, cols)),
                             shape=(len(clusters), items))


def _end(days: np.ndarray, pick) -> int:
    known = days[days != NO_DAY]
    return int(pick(known)) if len(known) else NO_DAY


def _middle_day(days: np.ndarray) -> int:
    known = days[days != NO_DAY]
    return int(np.median(known)) if len(known) else NO_DAY
