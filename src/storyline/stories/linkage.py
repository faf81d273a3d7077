"""Average-linkage agglomerative clustering on a sparse similarity graph.

Two clusters merge while the mean similarity of all pairs of their members (a missing pair
counting 0) reaches the threshold: a newcomer must resemble the whole cluster, so an event
cannot drift along a chain of neighbours. Clusters keep the summed similarities to their
neighbours, so only pairs present in the graph are looked at: the cost follows the number of
edges, not the square of the number of items.

`start` continues from an earlier partition (a later build adding articles): its clusters are
formed first, whatever their linkage, then merging goes on as from singletons.
"""
from __future__ import annotations

import heapq
from typing import Sequence

import numpy as np
from scipy import sparse


def agglomerate(similarity: sparse.spmatrix, *, threshold: float,
                start: Sequence[Sequence[int]] = ()) -> np.ndarray:
    """A cluster label per row of a symmetric similarity matrix with a zero diagonal (labels
    0..k-1, in order of each cluster's first row)."""
    n = similarity.shape[0]
    links = dict(enumerate(_links(similarity)))
    size = [1] * n
    members = {i: [i] for i in range(n)}

    def score(i: int, j: int) -> float:
        return links[i].get(j, 0.0) / (size[i] * size[j])

    def merge(i: int, j: int) -> None:
        for k, total in links.pop(j).items():
            if k != i:
                del links[k][j]
                links[i][k] = links[k][i] = links[i].get(k, 0.0) + total
        links[i].pop(j, None)
        size[i] += size[j]
        members[i].extend(members.pop(j))

    merge_greedily(members, links, score, merge, threshold=threshold, start=start)
    return labels_of(members.values(), n)


def merge_greedily(members: dict, adjacent: dict, score, merge, *, threshold: float,
                   start: Sequence[Sequence[int]] = ()) -> None:
    """The agglomeration loop, whatever the linkage: the clusters of `start` are formed first,
    then the best-scoring adjacent pair merges while its score reaches the threshold.
    `members` and `adjacent` (cluster -> its neighbouring clusters) are kept up to date by
    `merge(i, j)`, which folds j into i; `score(i, j)` is called with i < j."""
    for cluster in start:
        head, *rest = sorted(cluster)
        for other in rest:
            merge(head, other)
    heap = [(-s, i, j) for i in members for j in adjacent[i] if i < j
            and (s := score(i, j)) >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if i not in members or j not in members or score(i, j) != -negative:
            continue  # a cluster merged away, or the score changed since this was pushed
        merge(i, j)
        for k in adjacent[i]:
            a, b = min(i, k), max(i, k)
            if (s := score(a, b)) >= threshold:
                heapq.heappush(heap, (-s, a, b))


def _links(similarity: sparse.spmatrix) -> list[dict[int, float]]:
    coo = sparse.triu(similarity, k=1).tocoo()
    links: list[dict[int, float]] = [{} for _ in range(similarity.shape[0])]
    for i, j, s in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()):
        if s > 0:
            links[i][j] = links[j][i] = s
    return links


def clusters_of(labels: np.ndarray) -> list[list[int]]:
    """The rows of each label, in order of each label's first row."""
    found: dict[int, list[int]] = {}
    for row, label in enumerate(labels.tolist()):
        found.setdefault(label, []).append(row)
    return list(found.values())


def labels_of(clusters, n: int) -> np.ndarray:
    """Labels 0..k-1 for clusters given as lists of rows, in order of each one's first row."""
    labels = np.empty(n, dtype=np.int64)
    for label, rows in enumerate(sorted(clusters, key=min)):
        labels[rows] = label
    return labels
