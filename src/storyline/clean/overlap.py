"""How much two texts say the same: F1 of their word 4-gram multisets (the measure extraction
benchmarks use, so readings of a page are compared the way they are judged)."""
from __future__ import annotations

from collections import Counter

from ..nlp.tokens import words

SHINGLE = 4


def shingles(text: str) -> Counter:
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(zip(*(tokens[i:] for i in range(SHINGLE))))


def shingle_f1(x: Counter, y: Counter) -> float:
    """F1 of two texts' shingles, 0 when either is empty."""
    shared = sum((x & y).values())
    return 2 * shared / (sum(x.values()) + sum(y.values())) if shared else 0.0
