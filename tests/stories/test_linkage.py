import numpy as np
from scipy import sparse

from storyline.stories.linkage import agglomerate

# Two tight pairs {0, 1} and {2, 3}, and 4 loosely tied to 3 only.
SIMILARITY = sparse.csr_matrix(np.array([
    [0, .9, .1, 0, 0],
    [.9, 0, 0, .1, 0],
    [.1, 0, 0, .8, 0],
    [0, .1, .8, 0, .5],
    [0, 0, 0, .5, 0],
]))


def test_average_linkage_needs_the_whole_cluster_to_agree():
    # {2, 3} and 4: mean (0.5 + 0) / 2 = 0.25; {0, 1} and {2, 3}: (0.1 + 0.1) / 4 = 0.05
    assert agglomerate(SIMILARITY, threshold=0.2).tolist() == [0, 0, 1, 1, 1]
    assert agglomerate(SIMILARITY, threshold=0.3).tolist() == [0, 0, 1, 1, 2]


def test_a_chain_of_neighbours_does_not_make_one_cluster():
    chain = sparse.diags([np.full(9, 0.6), np.full(9, 0.6)], [1, -1], shape=(10, 10)).tocsr()
    assert len(set(agglomerate(chain, threshold=0.5).tolist())) > 1


def test_every_item_gets_one_label_in_first_row_order():
    labels = agglomerate(SIMILARITY, threshold=0.2)
    assert len(labels) == 5 and labels[0] == 0
    firsts = [labels.tolist().index(label) for label in sorted(set(labels.tolist()))]
    assert firsts == sorted(firsts)


def test_going_on_from_an_earlier_partition():
    # {0, 3} is kept although they are not alike; 1 and 2 then join by the usual rule.
    labels = agglomerate(SIMILARITY, threshold=0.6, start=[[0, 3]]).tolist()
    assert labels[0] == labels[3] and len(set(labels)) == 4
    assert agglomerate(SIMILARITY, threshold=0.2, start=[[0, 1]]).tolist() == [0, 0, 1, 1, 1]


def test_nothing_to_cluster():
    assert agglomerate(sparse.csr_matrix((0, 0)), threshold=0.5).tolist() == []
