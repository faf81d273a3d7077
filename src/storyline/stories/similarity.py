"""Similarity graphs for clustering: cosine similarity of TF-IDF rows, weakened by the time
between two items' dates."""
from __future__ import annotations

import numpy as np
from scipy import sparse

from .features import NO_DAY

# Cosines below this are noise between unrelated news (shared common words); dropping them
# keeps the graph sparse.
MIN_COSINE = 0.05


def cosine_graph(vectors: sparse.csr_matrix) -> sparse.csr_matrix:
    """Pairwise cosines of L2-normalised rows, without the diagonal and the noise."""
    graph = (vectors @ vectors.T).tocsr()
    graph.setdiag(0)
    graph.data[graph.data < MIN_COSINE] = 0
    graph.eliminate_zeros()
    return graph


def time_weighted(graph: sparse.csr_matrix, days: np.ndarray, *, window: int, decay: float,
                  unknown: float) -> sparse.csr_matrix:
    """Each similarity times exp(-(days apart - window) / decay) beyond the window; times
    `unknown` when either date is not known."""
    coo = graph.tocoo()
    a, b = days[coo.row], days[coo.col]
    beyond = np.maximum(0, np.abs(a - b) - window)
    factor = np.where((a != NO_DAY) & (b != NO_DAY), np.exp(-beyond / decay), unknown)
    return sparse.csr_matrix((coo.data * factor, (coo.row, coo.col)), shape=graph.shape)
