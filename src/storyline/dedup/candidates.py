"""Candidate pairs by MinHash and locality-sensitive hashing: articles that land in the same
bucket of some band of their signatures. Only candidates are compared, so the work grows with
the number of copies, not with the square of the number of articles.

Two signatures per article: of the whole text, to find copies with a high Jaccard similarity,
and of the opening words, to find truncated copies, whose whole-text Jaccard is low (a copy of
the first third shares a third of the shingles) but whose opening is the same. Only the band
keys are kept (a hash of each band's rows), as that is all bucketing needs.

And anchors, for a part of a story whose opening is not the story's (the fuller copy starts
with highlights or a caption the part lacks, or the part with a line the story lacks): every
shingle of a part is one of the story's, so the part's smallest shingle hashes are among the
story's smallest (the first of its sketch, see shingles.py) when the part is not a tiny share
of the story. Articles are paired when one's smallest two are among the other's smallest 32.
"""
from __future__ import annotations

import numpy as np

# A bucket shared by more articles than this is boilerplate-driven or a big pile of copies;
# each member is then only paired with this many of the bucket's best-ranked members, which is
# where its canonical copy is.
MAX_PARTNERS = 32
ANCHORS = 2  # an article's smallest shingle hashes, looked up...
ANCHORED = 32  # ...among this many of the smallest of every other article


def band_keys(sets: list[np.ndarray], *, num_perm: int, bands: int, seed: int) -> np.ndarray:
    """One row per set: the key of each LSH band of its MinHash signature (rensa, from the
    pre-hashed shingles)."""
    from rensa import RMinHash

    if not sets:
        return np.empty((0, bands), dtype=np.uint64)
    lengths = np.fromiter((len(s) for s in sets), dtype=np.uint64, count=len(sets))
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.uint64)
    flat = np.concatenate(sets).astype(np.uint64) if offsets[-1] else np.empty(0, np.uint64)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, num_perm, seed)
    signatures = np.asarray(matrix.to_rows(), dtype=np.uint64).reshape(len(sets), num_perm)
    rows = num_perm // bands
    keys = np.zeros((len(sets), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row in range(rows):
            keys = keys * np.uint64(0x100000001B3) ^ signatures[:, row::rows]
    return keys


def candidate_pairs(keys: np.ndarray, sketches: list[np.ndarray], rank: np.ndarray,
                    usable: np.ndarray, fresh: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (a, b) of row indexes sharing a bucket in some band (a column of `keys`) or an
    anchor (from their `sketches`), `a` ranked before `b` (lower `rank` first), as two arrays
    sorted by the rank of `b`. Rows not `usable` (empty texts) get none. Given `fresh` (a mask
    of the rows added since the others were grouped), only the pairs with a fresh row: the
    same pairs as with all rows, the bands searched only among the rows sharing a bucket with
    a fresh one."""
    rows = np.flatnonzero(usable if fresh is None else usable & _near(keys, fresh & usable))
    n = np.int64(len(keys))
    by_rank = np.argsort(rank)
    found = _anchor_pairs(sketches, rank, by_rank, np.flatnonzero(usable))
    for band in range(keys.shape[1]):
        order = rows[np.lexsort((rank[rows], keys[rows, band]))]
        a, b = _bucket_pairs(keys[order, band], order)
        found = np.union1d(found, rank[b].astype(np.int64) * n + rank[a])
    a, b = by_rank[found % n], by_rank[found // n]
    if fresh is not None:
        a, b = a[fresh[a] | fresh[b]], b[fresh[a] | fresh[b]]
    return a, b


def _anchor_pairs(sketches: list[np.ndarray], rank: np.ndarray, by_rank: np.ndarray,
                  rows: np.ndarray) -> np.ndarray:
    """The pairs of rows where one holds an anchor of the other among its smallest hashes,
    each row paired with up to MAX_PARTNERS best-ranked owners of each of its hashes; as
    rank[b] * len(rank) + rank[a], `a` ranked before `b`."""
    n = np.int64(len(rank))
    if len(rows) < 2:
        return np.empty(0, dtype=np.int64)
    anchors = [sketches[r][:ANCHORS] for r in rows.tolist()]
    # the hash in the high half, the rank in the low: one sort orders each hash's owners
    # best first
    owned = np.sort(np.concatenate(anchors).astype(np.uint64) << np.uint64(32)
                    | np.repeat(rank[rows], [len(a) for a in anchors]).astype(np.uint64))
    values = (owned >> np.uint64(32)).astype(np.uint32)
    owners = by_rank[(owned & np.uint64(0xFFFFFFFF)).astype(np.int64)]
    found = []
    for begin in range(0, len(rows), 1 << 16):  # a slice at a time, to keep memory flat
        part = rows[begin:begin + (1 << 16)].tolist()
        held = [sketches[r][:ANCHORED] for r in part]
        hashes = np.concatenate(held)
        holders = np.repeat(part, [len(h) for h in held])
        start = np.searchsorted(values, hashes, side="left")
        count = np.minimum(np.searchsorted(values, hashes, side="right") - start,
                           MAX_PARTNERS + 1)  # one more, as a row owns its own anchors
        x, y = owners[_runs(start, count)], np.repeat(holders, count)
        x, y = x[x != y], y[x != y]
        low, high = np.minimum(rank[x], rank[y]), np.maximum(rank[x], rank[y])
        found.append(np.unique(high.astype(np.int64) * n + low))
    return np.unique(np.concatenate(found))


def _near(keys: np.ndarray, fresh: np.ndarray) -> np.ndarray:
    """The rows sharing a bucket with a fresh row, and the fresh rows. A bucket holding a
    fresh row is then whole, so its pairs, limited to each row's best partners, are those a
    search of all rows would find."""
    near = fresh.copy()
    for band in range(keys.shape[1]):
        near |= np.isin(keys[:, band], keys[fresh, band])
    return near


def _bucket_pairs(sorted_keys: np.ndarray, order: np.ndarray):
    """Each row paired with the up to MAX_PARTNERS rows before it in its bucket."""
    count = len(sorted_keys)
    if count < 2:
        return order[:0], order[:0]
    positions = np.arange(count)
    starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    start_of = np.repeat(starts, np.diff(np.append(starts, count)))
    partners = np.minimum(positions - start_of, MAX_PARTNERS)
    return order[_runs(start_of, partners)], np.repeat(order, partners)


def _runs(start: np.ndarray, count: np.ndarray) -> np.ndarray:
    """start[0], start[0] + 1, ... (count[0] of them), then the same for start[1], ..."""
    step = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    return np.repeat(start, count) + step
