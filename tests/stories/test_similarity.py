import numpy as np
from scipy import sparse

from storyline.stories.features import NO_DAY
from storyline.stories.similarity import neighbour_graph


def graph(vectors, days, neighbours=32):
    return neighbour_graph(sparse.csr_matrix(np.array(vectors, dtype=np.float32)),
                           np.array(days), window=2, decay=2.0, unknown=0.9,
                           neighbours=neighbours).toarray()


def test_alike_rows_meet_and_time_weakens_them():
    found = graph([[1, 0], [1, 0], [1, 0], [0, 1]], [100, 101, 105, 100])
    assert found[0, 1] == 1.0  # within the window
    assert abs(found[0, 2] - np.exp(-3 / 2)) < 1e-6  # five days apart: three beyond the window
    assert found[0, 3] == 0 and found[3].sum() == 0  # nothing in common


def test_rows_beyond_reach_are_not_compared():
    assert graph([[1, 0], [1, 0]], [100, 200])[0, 1] == 0


def test_undated_rows_meet_every_row_weakened():
    found = graph([[1, 0], [1, 0], [1, 0]], [100, NO_DAY, 900])
    assert found[1, 0] == found[1, 2] == np.float32(0.9)


def test_each_row_keeps_its_closest_neighbours_in_both_directions():
    angles = np.radians([0, 10, 25, 45, 70])  # each row's nearest is the one before it
    found = graph(np.stack([np.cos(angles), np.sin(angles)], axis=1), [100] * 5, neighbours=1)
    assert (found == found.T).all()
    assert [row.nonzero()[0].tolist() for row in found] == [[1], [0, 2], [1, 3], [2, 4], [3]]
