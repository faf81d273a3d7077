"""The parts of dedup: sketches, candidate pairs, spelling-aware relations, streaming input."""
import numpy as np
from hypothesis import given, settings, strategies as st

from helpers import make_article
from storyline.dedup import Deduplicator
from storyline.dedup.candidates import ANCHORED, ANCHORS, MAX_PARTNERS, candidate_pairs
from storyline.dedup.shingles import compare, shingle_hashes, sketch


def hashes(n, start=0):
    return shingle_hashes(np.arange(start, start + n, dtype=np.uint64) * np.uint64(7919), 1)


def test_sketch_comparison_is_exact_when_the_texts_are_short():
    a, b = hashes(100), hashes(150, start=50)  # 50 of a's 100 shingles are in b
    containment, jaccard = compare(sketch(a, 256), sketch(b, 256), 256)
    assert containment == 0.5 and jaccard == 50 / 200


def test_sketch_comparison_estimates_long_texts_closely():
    whole, excerpt = hashes(5000), hashes(2000)  # the first 40% of a long story
    containment, jaccard = compare(sketch(excerpt, 256), sketch(whole, 256), 256)
    assert containment == 1.0 and abs(jaccard - 0.4) < 0.08
    other = hashes(5000, start=4000)  # shares a fifth of its shingles with the whole
    containment, _ = compare(sketch(other, 256), sketch(whole, 256), 256)
    assert abs(containment - 0.2) < 0.08


def test_empty_sketches_share_nothing():
    assert compare(sketch(hashes(0), 8), sketch(hashes(5), 8), 8) == (0.0, 0.0)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(0, 3), min_size=2, max_size=2), min_size=1, max_size=40))
def test_candidate_pairs_are_the_pairs_sharing_a_bucket(rows):
    keys = np.array(rows, dtype=np.uint64)
    n = len(keys)
    rank = np.random.default_rng(n).permutation(n)
    usable = np.ones(n, dtype=bool)
    usable[::7] = False
    alone = [np.array([2 * r, 2 * r + 1], dtype=np.uint32) for r in range(n)]  # no anchors
    a, b = candidate_pairs(keys, alone, rank, usable)
    found = set(zip(a.tolist(), b.tolist()))
    expected = set()
    for band in range(keys.shape[1]):
        for x in range(n):
            for y in range(n):
                if usable[x] and usable[y] and rank[x] < rank[y] \
                        and keys[x, band] == keys[y, band]:
                    before = sum(1 for z in range(n) if usable[z] and rank[z] < rank[y]
                                 and keys[z, band] == keys[y, band] and rank[z] < rank[x])
                    if before < MAX_PARTNERS:
                        expected.add((x, y))
    assert found == expected
    assert list(rank[b]) == sorted(rank[b])  # sorted by the rank of b


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(0, 200), min_size=1, max_size=40, unique=True)
                .map(sorted), min_size=1, max_size=20))
def test_anchor_pairs_are_the_pairs_where_ones_smallest_are_among_the_others(values):
    sketches = [np.array(v, dtype=np.uint32) for v in values]
    n = len(sketches)
    keys = np.arange(n, dtype=np.uint64).reshape(n, 1)  # no shared buckets
    rank = np.random.default_rng(n).permutation(n)
    a, b = candidate_pairs(keys, sketches, rank, np.ones(n, dtype=bool))
    expected = {(x, y) for x in range(n) for y in range(n) if rank[x] < rank[y] and (
        set(values[x][:ANCHORS]) & set(values[y][:ANCHORED])
        or set(values[y][:ANCHORS]) & set(values[x][:ANCHORED]))}
    assert set(zip(a.tolist(), b.tolist())) == expected


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 30),
                          st.booleans()), min_size=1, max_size=40))
def test_pairs_with_a_fresh_row_are_those_of_all_rows(rows):
    keys = np.array([r[:2] for r in rows], dtype=np.uint64)
    sketches = [np.array([r[2], 100 + r[2]], dtype=np.uint32) for r in rows]
    fresh = np.array([r[3] for r in rows])
    n = len(rows)
    rank = np.random.default_rng(n).permutation(n)
    usable = np.ones(n, dtype=bool)
    a, b = candidate_pairs(keys, sketches, rank, usable)
    wanted = fresh[a] | fresh[b]
    c, d = candidate_pairs(keys, sketches, rank, usable, fresh=fresh)
    assert (c.tolist(), d.tolist()) == (a[wanted].tolist(), b[wanted].tolist())


def test_a_respelled_copy_is_near_and_an_identical_one_exact():
    text = ("The organisation said the defence programme would be reviewed in the autumn, "
            "after months of criticism from members of parliament and the public. ") * 4
    groups = Deduplicator()([
        make_article("uk", text),
        make_article("copy", text.replace("  ", " ")),
        make_article("us", text.replace("organisation", "organization")
                     .replace("defence", "defense").replace("programme", "program"))])
    [group] = groups  # all as long and as clean: the first id is canonical
    assert {m.id: m.relation for m in group.members} == {
        "copy": "canonical", "uk": "exact", "us": "near"}


def test_articles_may_come_as_a_stream():
    text = "Officials said the bridge would reopen on Monday after repairs. " * 5
    stream = (make_article(str(n), text) for n in range(3))
    [group] = Deduplicator()(stream)
    assert sorted(group.article_ids) == ["0", "1", "2"]
