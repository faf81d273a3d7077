from storyline.summarize.concepts import concepts, stem
from storyline.summarize.selection import greedy_cover


def test_stem_conflates_inflections_only_of_long_words():
    assert stem("protests") == stem("protest") == "protest"
    assert stem("killed") == "kill" and stem("bus") == "bus" and stem("crisis") == "crisis"


def test_concepts_are_content_words_and_bigrams():
    found = concepts("The minister resigned on Monday.")
    assert {"minister", "resign", "minister resign", "the minister", "monday"} <= found
    assert "the" not in found and "on" not in found


def test_greedy_cover_respects_the_budget_and_skips_restatements():
    sentences = [{"a", "b", "c"}, {"a", "b", "c", "d"}, {"e", "f"}, {"g"}]
    lengths = [5, 6, 4, 30]
    worth = {"a": 3, "b": 3, "c": 3, "d": 1, "e": 2, "f": 2, "g": 50}
    chosen = greedy_cover(sentences, lengths, worth, budget=12)
    assert sum(lengths[i] for i in chosen) <= 12
    assert not {0, 1} <= set(chosen)  # the second says what the first did
    assert 2 in chosen and 3 not in chosen


def test_greedy_cover_of_nothing():
    assert greedy_cover([], [], {}, budget=10) == []
    assert greedy_cover([{"a"}], [3], {}, budget=10) == []
