"""Sentence vectors: TF-IDF over stemmed content words, for centrality and for spotting a
sentence that restates another."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from .concepts import is_content, tokens

# Two sentences whose content words overlap this much (cosine of the word sets) say the same
# thing. Calibrated by reading pairs on the timelines dev set: at 0.5 the pairs are rewordings
# of one report, below 0.4 different facts about one subject start to merge.
RESTATES = 0.5


def content_tokens(text: str) -> list[str]:
    return [t for t in tokens(text) if is_content(t)]


@lru_cache(maxsize=200_000)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(content_tokens(text))


def overlap(a: str, b: str) -> float:
    """Cosine of the two sentences' sets of content words."""
    x, y = _word_set(a), _word_set(b)
    if not x or not y:
        return 0.0
    return len(x & y) / (len(x) * len(y)) ** 0.5


def similar(text: str, others: Sequence[str]) -> bool:
    """Whether `text` restates any of `others`."""
    return any(overlap(text, other) >= RESTATES for other in others)


@dataclass(frozen=True)
class Vectorizer:
    """TF-IDF weights of content words, fitted on one pool of sentences."""
    vocabulary: dict[str, int]
    idf: np.ndarray

    def transform(self, texts: Sequence[str]):
        """L2-normalised rows of sublinear tf times idf; words not in the vocabulary dropped."""
        from scipy.sparse import csr_matrix
        rows, cols, values = [], [], []
        for n, text in enumerate(texts):
            counts = Counter(t for t in content_tokens(text) if t in self.vocabulary)
            for word, count in counts.items():
                rows.append(n)
                cols.append(self.vocabulary[word])
                values.append((1.0 + np.log(count)) * self.idf[self.vocabulary[word]])
        matrix = csr_matrix((values, (rows, cols)), shape=(len(texts), len(self.vocabulary)))
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def fit_vectorizer(texts: Sequence[str]) -> Vectorizer | None:
    """Smoothed idf (as scikit-learn's) over the texts' content words; None when they have
    none."""
    df = Counter(w for text in texts for w in set(content_tokens(text)))
    if not df:
        return None
    vocabulary = {w: n for n, w in enumerate(sorted(df))}
    idf = np.array([np.log((1 + len(texts)) / (1 + df[w])) + 1.0 for w in sorted(df)])
    return Vectorizer(vocabulary, idf)


def centrality(texts: Sequence[str], *, weights: Sequence[float],
               vectorizer: Vectorizer | None = None) -> np.ndarray:
    """Each text's cosine to the weighted centroid of all of them."""
    if not texts:
        return np.zeros(0)
    vectorizer = vectorizer or fit_vectorizer(texts)
    if vectorizer is None:
        return np.zeros(len(texts))
    rows = vectorizer.transform(texts)
    centroid = np.asarray(rows.T @ np.asarray(weights, dtype=np.float64)).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(len(texts))
    return np.asarray(rows @ (centroid / norm)).ravel()
