"""Agglomerative clustering on a sparse similarity graph, by average or centroid linkage.

Clusters keep the sum of the similarities between their members (`links`), and each cluster the
sum over its own pairs (`inner`). Two clusters merge while their linkage
reaches the threshold:
- average: links / (|A| |B|), the mean similarity of all pairs of members (a missing pair is 0):
  a newcomer must resemble the whole cluster, so an event cannot drift;
- centroid: links / sqrt(inner A * inner B), the cosine of the two clusters' summed vectors when
  the similarities are dot products: a large storyline is judged by its core, whose vocabulary
  settles as it grows, not by the mean over many loosely related pairs.
- relative: the average linkage over the clusters' own cohesion (the mean similarity within each;
  for a single item, its mean similarity to its nearest neighbours). Same-storyline items are as
  close to each other as to themselves, whatever the scale of similarities in the corpus, which
  differs by an order of magnitude between a small pile of sharp stories and a big diffuse one.
Only pairs present in the graph are looked at, so the cost follows the number of similar pairs,
not the square of the number of items.
"""
from __future__ import annotations

import heapq
import math

import numpy as np
from scipy import sparse

from . import LINKAGES

# A cluster of one holds together as well as it resembles its closest few items: its mean
# similarity to this many nearest neighbours (a local scale, as in self-tuning clustering).
NEIGHBOURS = 3


def agglomerate(similarity: sparse.spmatrix, *, threshold: float,
                linkage: str = "average") -> np.ndarray:
    """A cluster label per row of a symmetric similarity matrix with a zero diagonal (labels
    0..k-1, in order of each cluster's first row)."""
    if linkage not in LINKAGES:
        raise ValueError(f"linkage must be one of {', '.join(LINKAGES)}, not {linkage!r}")
    n = similarity.shape[0]
    links = _links(similarity)
    state = _State(links, size=[1] * n, inner=[0.0] * n, members={i: [i] for i in range(n)},
                   linkage=linkage, alone=[_local_scale(row) for row in links])
    heap = [(-score, i, j) for i in range(n) for j in state.links[i]
            if i < j and (score := state.score(i, j)) >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, i, j = heapq.heappop(heap)
        if i not in state.members or j not in state.members or state.score(i, j) != -negative:
            continue  # a cluster merged away, or the linkage changed since this was pushed
        state.merge(i, j)
        for k in state.links[i]:
            score = state.score(min(i, k), max(i, k))
            if score >= threshold:
                heapq.heappush(heap, (-score, min(i, k), max(i, k)))
    return _labels(state.members, n)


class _State:
    def __init__(self, links, *, size, inner, members, linkage, alone):
        self.links, self.size, self.inner = links, size, inner
        self.members, self.linkage, self.alone = members, linkage, alone

    def score(self, i: int, j: int) -> float:
        total = self.links[i].get(j, 0.0)
        mean = total / (self.size[i] * self.size[j])
        if self.linkage == "centroid":  # self-similarity 1 per member, plus its pairs
            return total / math.sqrt((self.size[i] + 2 * self.inner[i])
                                     * (self.size[j] + 2 * self.inner[j]))
        if self.linkage == "relative":
            return mean / math.sqrt(self.cohesion(i) * self.cohesion(j))
        return mean

    def cohesion(self, i: int) -> float:
        """Mean similarity of the pairs within cluster i."""
        pairs = self.size[i] * (self.size[i] - 1) / 2
        return max(self.inner[i] / pairs if pairs else self.alone[i], 1e-9)

    def merge(self, i: int, j: int) -> None:
        """Fold cluster j into cluster i."""
        links = self.links
        self.inner[i] += self.inner[j] + links[i].get(j, 0.0)
        for k, total in links[j].items():
            if k != i:
                del links[k][j]
                links[i][k] = links[k][i] = links[i].get(k, 0.0) + total
        links[i].pop(j, None)
        links[j] = {}
        self.size[i] += self.size[j]
        self.members[i].extend(self.members.pop(j))


def _links(similarity: sparse.spmatrix) -> list[dict[int, float]]:
    coo = sparse.triu(similarity, k=1).tocoo()
    links: list[dict[int, float]] = [{} for _ in range(similarity.shape[0])]
    for i, j, s in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()):
        if s > 0:
            links[i][j] = links[j][i] = s
    return links


def _local_scale(row: dict[int, float]) -> float:
    closest = sorted(row.values(), reverse=True)[:NEIGHBOURS]
    return sum(closest) / NEIGHBOURS if closest else 1.0


def _labels(members: dict[int, list[int]], n: int) -> np.ndarray:
    labels = np.empty(n, dtype=np.int64)
    for label, first in enumerate(sorted(members)):
        labels[members[first]] = label
    return labels
