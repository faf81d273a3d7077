"""Shingles: the overlapping word n-grams of an article, hashed to stable 64-bit integers.

Hashes are the same in every run and on every machine (a keyed BLAKE2 of each word, combined
with a fixed multiplier and mixed), so signatures can be stored and compared later. Two sets
are kept per article: of the normalised words (spelling variants between copies removed),
which decide whether two articles are copies, and of the words as written, which tell an exact
copy from an edited one.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..nlp.spelling import normalized_words
from ..nlp.tokens import words

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # 2^64 / golden ratio: spreads word hashes


@dataclass(frozen=True)
class Fingerprint:
    """An article's shingle sets (sorted, unique uint64 arrays) and its length in words."""
    shingles: np.ndarray  # of the normalised text
    written: np.ndarray  # of the text as written
    lead: np.ndarray  # of the normalised opening words, to find truncated copies
    length: int  # normalised words


@lru_cache(maxsize=1 << 20)
def word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8,
                                          key=b"storyline").digest(), "little")


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """Sorted unique hashes of the `size`-word shingles of `tokens` (one shingle of all the
    words when there are fewer; none for no words)."""
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    hashes = np.fromiter((word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    size = min(size, len(hashes))
    count = len(hashes) - size + 1
    combined = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # multiplication modulo 2^64 is the point
        for offset in range(size):
            combined = combined * _MULTIPLIER + hashes[offset:offset + count]
    return np.unique(_mix(combined))


def _mix(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: every input bit affects every output bit."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


def fingerprint(text: str, *, size: int, lead_words: int) -> Fingerprint:
    normal = normalized_words(text)
    return Fingerprint(shingles=shingle_hashes(normal, size),
                       written=shingle_hashes(words(text), size),
                       lead=shingle_hashes(normal[:lead_words], size),
                       length=len(normal))


def overlap(a: np.ndarray, b: np.ndarray) -> int:
    """How many shingles two sorted unique arrays share."""
    return len(np.intersect1d(a, b, assume_unique=True))
