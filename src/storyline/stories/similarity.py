"""Similarity graphs for clustering, without comparing every pair.

Rows are sorted by day and taken a block at a time; a block is compared only with the rows
dated within reach of it (and with the undated ones), through one sparse product, which is an
inverted index: only rows sharing a term meet. Rows keep few terms (see features.top_terms), so
common words do not make everything meet everything. Each similarity is weakened by the days
between the two rows, and each row keeps its closest neighbours only: the graph has at most
`neighbours` edges per row (and as many from rows that chose it), whatever the size of the pile.
"""
from __future__ import annotations

import numpy as np
from scipy import sparse

from .features import NO_DAY

# Cosines below this are noise between unrelated news (shared common words).
MIN_COSINE = 0.05
# Rows farther apart in time than the window plus this many decays are not compared: their
# similarity would be weakened to under 2% of itself.
REACH_DECAYS = 4
BLOCK = 2048  # rows per sparse product: bounds the memory of one product


def neighbour_graph(vectors: sparse.csr_matrix, days: np.ndarray, *, window: float,
                    decay: float, unknown: float, neighbours: int) -> sparse.csr_matrix:
    """A symmetric graph of time-weighted cosines: each row's `neighbours` most similar rows
    at least MIN_COSINE, kept in both directions. Each cosine is multiplied by
    exp(-(days apart - window) / decay) beyond the window, and by `unknown` when either date
    is not known."""
    n = vectors.shape[0]
    order = np.argsort(np.where(days == NO_DAY, np.iinfo(np.int64).max, days), kind="stable")
    dated = int((days != NO_DAY).sum())
    by_day, undated = order[:dated], order[dated:]
    reach = window + REACH_DECAYS * decay
    pieces = []
    for start in range(0, n, BLOCK):
        block = order[start:min(start + BLOCK, dated) if start < dated else start + BLOCK]
        if start < dated:
            low = np.searchsorted(days[by_day], days[block[0]] - reach)
            high = np.searchsorted(days[by_day], days[block[-1]] + reach, side="right")
            partners = np.concatenate([by_day[low:high], undated])
        else:
            partners = order
        similar = (vectors[block] @ vectors[partners].T).tocoo()
        pieces.append(_closest(block[similar.row], partners[similar.col], similar.data, days,
                               window=window, decay=decay, unknown=unknown,
                               neighbours=neighbours))
    rows, cols, weights = (np.concatenate(part) for part in zip(*pieces)) if pieces else \
        (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
    graph = sparse.csr_matrix((weights, (rows, cols)), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def _closest(rows: np.ndarray, cols: np.ndarray, cosines: np.ndarray, days: np.ndarray, *,
             window: float, decay: float, unknown: float, neighbours: int):
    """The time-weighted pairs worth keeping: not a row with itself, at least MIN_COSINE, and
    among the row's `neighbours` highest."""
    a, b = days[rows], days[cols]
    beyond = np.maximum(0, np.abs(a - b) - window)
    weights = cosines * np.where((a != NO_DAY) & (b != NO_DAY), np.exp(-beyond / decay), unknown)
    keep = (rows != cols) & (weights >= MIN_COSINE)
    rows, cols, weights = rows[keep], cols[keep], weights[keep].astype(np.float32)
    order = np.lexsort((-weights, rows))
    rows, cols, weights = rows[order], cols[order], weights[order]
    first = np.searchsorted(rows, rows)  # where each row's pairs begin
    keep = np.arange(len(rows)) - first < neighbours
    return rows[keep], cols[keep], weights[keep]
