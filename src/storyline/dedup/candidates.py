"""Candidate pairs by MinHash and locality-sensitive hashing: articles that land in the same
bucket of some band of their signatures. Only candidates are compared exactly, so the work grows
with the number of copies, not with the square of the number of articles.

Two indexes: signatures of the whole text find copies with a high Jaccard similarity; signatures
of the opening words find truncated copies, whose whole-text Jaccard is low (a copy of the first
third shares a third of the shingles) but whose opening is the same.
"""
from __future__ import annotations

import numpy as np

# A bucket shared by more articles than this is boilerplate-driven or a big pile of copies;
# each member is then only paired with this many of the bucket's longest members, which is
# where its canonical copy is.
MAX_PARTNERS = 32


def signatures(sets: list[np.ndarray], *, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signatures, one row per set (rensa, from the pre-hashed shingles)."""
    from rensa import RMinHash

    if not sets:
        return np.empty((0, num_perm), dtype=np.uint64)
    lengths = np.fromiter((len(s) for s in sets), dtype=np.uint64, count=len(sets))
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.uint64)
    flat = np.concatenate(sets).astype(np.uint64) if offsets[-1] else np.empty(0, np.uint64)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, num_perm, seed)
    return np.array(matrix.to_rows(), dtype=np.uint64).reshape(len(sets), num_perm)


def candidate_pairs(signature_rows: np.ndarray, *, bands: int, rank: np.ndarray,
                    usable: np.ndarray) -> set[tuple[int, int]]:
    """Pairs (a, b) of row indexes sharing a bucket in some band, `a` ranked before `b`
    (lower `rank` first). Rows not `usable` (empty texts) get no candidates."""
    rows = signature_rows.shape[1] // bands
    order = np.argsort(rank, kind="stable")
    order = order[usable[order]]
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        keys = _band_keys(signature_rows[order, band * rows:(band + 1) * rows])
        for bucket in _buckets(keys):
            members = order[bucket]  # in rank order: the bucket kept the sort order
            pairs.update(_bucket_pairs(members))
    return pairs


def _band_keys(block: np.ndarray) -> np.ndarray:
    keys = np.zeros(block.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in block.T:
            keys = keys * np.uint64(0x100000001B3) ^ column
    return keys


def _buckets(keys: np.ndarray):
    """Index arrays of the positions sharing a key, for keys held twice or more; positions
    stay in increasing order."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    ends = np.concatenate((starts[1:], [len(keys)]))
    for start, end in zip(starts, ends):
        if end - start > 1:
            yield order[start:end]


def _bucket_pairs(members: np.ndarray):
    for i in range(1, len(members)):
        for j in range(min(i, MAX_PARTNERS)):
            yield int(members[j]), int(members[i])
