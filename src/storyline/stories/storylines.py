"""Storylines: events grouped by centroid linkage, then fragments settled into their core.

Each storyline is the sum of its events' vectors (an event weighs as many stories as it has),
and two storylines merge while the cosine of their sums, weakened by the time between them,
reaches the threshold. A newcomer is judged against the storyline as a whole, whose
vocabulary settles as it grows, and never against its nearest event only: no chain of
neighbours can carry a storyline from one subject to another.

Centroid linkage leaves fragments: an event or two whose own words (a background piece, an
opinion column) are too far from any storyline's sum to merge by the same bar. Such a
fragment joins a storyline at least SETTLE_RATIO times its size when it resembles that
storyline's core as much as a typical member of the core does (relative to the core's own
cohesion, so the bar follows the corpus's scale of similarities) and clearly more than any
other core. Cores are taken as the merging left them, so settling cannot move them.
"""
from __future__ import annotations

import heapq
import math
from typing import Sequence

import numpy as np
from scipy import sparse

from .features import NO_DAY
from .linkage import clusters_of, labels_of, merge_greedily

CORE_TERMS = 128  # a storyline is compared with others through its heaviest terms
SETTLE_RATIO = 10  # a core is at least this many times the size of a fragment it takes
SETTLE_RELATIVE = 0.4  # a fragment's cosine to the core over the core's cohesion
SETTLE_MARGIN = 1.2  # ... and this many times its score for the next best core


def group_events(masses: sparse.csr_matrix, first: np.ndarray, last: np.ndarray,
                 graph: sparse.csr_matrix, *, threshold: float, window: float, decay: float,
                 start: Sequence[Sequence[int]] = ()) -> np.ndarray:
    """A storyline label per event. `masses` are the events' summed story vectors, `first`
    and `last` their first and last days (NO_DAY unknown), `graph` which events may be
    compared (see similarity.neighbour_graph); `start` an earlier partition to go on from."""
    n = masses.shape[0]
    vectors = {i: _as_dict(masses, i) for i in range(n)}
    first, last = first.tolist(), last.tolist()
    neighbours = {i: set(graph.indices[graph.indptr[i]:graph.indptr[i + 1]].tolist())
                  for i in range(n)}
    members = {i: [i] for i in range(n)}
    cores = {i: _core(v) for i, v in vectors.items()}

    def score(i: int, j: int) -> float:
        return _dot(cores[i], cores[j]) * \
            _time_factor(first[i], last[i], first[j], last[j], window, decay)

    def merge(i: int, j: int) -> None:
        for term, weight in vectors.pop(j).items():
            vectors[i][term] = vectors[i].get(term, 0.0) + weight
        cores[i] = _core(vectors[i])
        del cores[j]
        for k in neighbours.pop(j):
            if k != i:
                neighbours[k].discard(j)
                neighbours[k].add(i)
                neighbours[i].add(k)
        neighbours[i].discard(j)
        first[i] = _earliest(first[i], first[j])
        last[i] = max(last[i], last[j])
        members[i].extend(members.pop(j))

    merge_greedily(members, neighbours, score, merge, threshold=threshold, start=start)
    return labels_of(members.values(), n)


def settle(labels: np.ndarray, first: np.ndarray, last: np.ndarray, graph: sparse.csr_matrix,
           stories: sparse.csr_matrix, event_of: np.ndarray, *, window: float, decay: float
           ) -> np.ndarray:
    """`labels` (per event) with each fragment joined to the core it belongs to (see the
    module's docstring). `stories` are the stories' vectors and `event_of` their events."""
    from sklearn.preprocessing import normalize

    k = int(labels.max()) + 1 if len(labels) else 0
    story_of = labels[event_of]
    size = np.bincount(story_of, minlength=k)
    centroids = normalize(sparse.csr_matrix(
        (np.ones(len(story_of)), (story_of, np.arange(len(story_of)))),
        shape=(k, len(story_of))) @ stories)
    cohesion = np.zeros(k)  # of a core: the mean cosine of its stories to its centroid
    for s in np.flatnonzero(size >= SETTLE_RATIO).tolist():
        cohesion[s] = (stories[story_of == s] @ centroids[s].T).mean()
    spans = list(zip(_span_ends(labels, first, k, np.minimum).tolist(),
                     _span_ends(labels, last, k, np.maximum).tolist()))
    membership = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                                   shape=(k, len(labels)))
    between = (membership @ graph @ membership.T).tocsr()  # storylines with an edge between
    joins = {}
    for s in np.argsort(size, kind="stable").tolist():
        cores = [t for t in between.indices[between.indptr[s]:between.indptr[s + 1]].tolist()
                 if t != s and size[t] >= SETTLE_RATIO * size[s]]
        scored = sorted(((centroids[s] @ centroids[t].T).toarray().item()
                         * _time_factor(*spans[s], *spans[t], window, decay)
                         / max(cohesion[t], 1e-9), t) for t in cores)
        if scored and scored[-1][0] >= SETTLE_RELATIVE and (
                len(scored) == 1 or scored[-1][0] >= SETTLE_MARGIN * scored[-2][0]):
            joins[s] = scored[-1][1]
    settled = []
    for s in range(k):
        while s in joins:
            s = joins[s]
        settled.append(s)
    return labels_of(clusters_of(np.array(settled, dtype=np.int64)[labels]), len(labels))


def _time_factor(first_a: int, last_a: int, first_b: int, last_b: int, window: float,
                 decay: float) -> float:
    """exp(-(days between two spans - window) / decay), 1 within the window or undated."""
    if NO_DAY in (first_a, first_b):
        return 1.0
    gap = max(first_a, first_b) - min(last_a, last_b)
    return math.exp(-max(0.0, gap - window) / decay)


def _earliest(a: int, b: int) -> int:
    return b if a == NO_DAY else a if b == NO_DAY else min(a, b)


def _span_ends(labels: np.ndarray, days: np.ndarray, k: int, pick) -> np.ndarray:
    """Per label, the `pick` (np.minimum, np.maximum) of its known days, else NO_DAY."""
    known = days != NO_DAY
    ends = np.full(k, NO_DAY, dtype=np.int64)
    seen = np.zeros(k, dtype=bool)
    for label, day in zip(labels[known].tolist(), days[known].tolist()):
        ends[label] = pick(ends[label], day) if seen[label] else day
        seen[label] = True
    return ends


def _as_dict(rows: sparse.csr_matrix, i: int) -> dict[int, float]:
    start, end = rows.indptr[i], rows.indptr[i + 1]
    return dict(zip(rows.indices[start:end].tolist(), rows.data[start:end].tolist()))


def _core(vector: dict[int, float]) -> dict[int, float]:
    """The CORE_TERMS heaviest terms of a vector, L2-normalised: what a storyline is about."""
    top = heapq.nlargest(CORE_TERMS, vector.items(), key=lambda item: item[1])
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {term: w / norm for term, w in top}


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())
