"""Shingles: the overlapping word n-grams of an article, hashed to stable 64-bit integers, and
the sketch of them kept to compare two articles later.

Hashes are the same in every run and on every machine (a keyed BLAKE2 of each word, combined
with a fixed multiplier and mixed), so signatures and sketches can be stored and compared in a
later run. Shingles are of the normalised words (spelling variants between copies removed).

The sketch is a bottom-k sketch: the `size` smallest shingle hashes, cut to 32 bits. Two
sketches restricted to the hashes below the smaller of their largest are uniform samples of the
same part of both shingle sets, so containment and Jaccard similarity are estimated from them
(exactly, for texts of fewer shingles than `size`), at a fixed cost per article however long
it is. This is what keeps a million articles within a few gigabytes.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from ..nlp.remembered import Remembered
from ..nlp.spelling import spelling

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # 2^64 / golden ratio: spreads word hashes
_MOJIBAKE = re.compile("[\ufffd]|Ã.|â€")


@dataclass(frozen=True)
class Fingerprint:
    """What dedup needs of one article."""
    shingles: np.ndarray  # sorted unique uint64 hashes of the normalised word shingles
    lead: np.ndarray  # the same of the opening words, to find truncated copies
    length: int  # normalised words
    spelling: int  # hash of the written forms the normalisation changed (0: none)
    mojibake: int  # marks of mojibake left in the text


def stable_hash(text: str) -> int:
    """A 64-bit hash of `text`, the same in every run and on every machine."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8,
                                          key=b"storyline").digest(), "little")


_WORD_HASHES = Remembered(stable_hash, limit=1 << 20)


def fingerprint(text: str, *, size: int, lead_words: int) -> Fingerprint:
    normal, changed = spelling(text)
    hashes = np.fromiter(map(_WORD_HASHES.__getitem__, normal), dtype=np.uint64,
                         count=len(normal))
    variants = sorted(changed)
    return Fingerprint(shingles=shingle_hashes(hashes, size),
                       lead=shingle_hashes(hashes[:lead_words], size),
                       length=len(normal),
                       spelling=stable_hash("\x00".join(variants)) if variants else 0,
                       mojibake=0 if text.isascii() else len(_MOJIBAKE.findall(text)))


def shingle_hashes(hashes: np.ndarray, size: int) -> np.ndarray:
    """Sorted unique hashes of the `size`-word shingles of a text's word `hashes` (one shingle
    of all the words when there are fewer; none for no words)."""
    if not len(hashes):
        return np.empty(0, dtype=np.uint64)
    size = min(size, len(hashes))
    count = len(hashes) - size + 1
    combined = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # multiplication modulo 2^64 is the point
        for offset in range(size):
            combined = combined * _MULTIPLIER + hashes[offset:offset + count]
    return _distinct(np.sort(_mix(combined)))


def _mix(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: every input bit affects every output bit."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


def sketch(shingles: np.ndarray, size: int) -> np.ndarray:
    """The bottom-`size` sketch of sorted shingle hashes: their smallest, cut to 32 bits (the
    top bits, so the order is kept)."""
    # a few more than `size`, as two shingles may share their top 32 bits
    return _distinct((shingles[:size + 8] >> np.uint64(32)).astype(np.uint32))[:size]


def _distinct(ordered: np.ndarray) -> np.ndarray:
    """The distinct values of a sorted array."""
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def compare(member: np.ndarray, canonical: np.ndarray, size: int) -> tuple[float, float]:
    """(containment of the member in the canonical, Jaccard of the two), from their sketches."""
    if not len(member) or not len(canonical):
        return 0.0, 0.0
    cut = min(s[-1] if len(s) >= size else np.uint32(0xFFFFFFFF) for s in (member, canonical))
    a = member[:np.searchsorted(member, cut, side="right")]
    b = canonical[:np.searchsorted(canonical, cut, side="right")]
    if not len(a):
        return 0.0, 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / len(a), shared / (len(a) + len(b) - shared)
