"""Adding articles to groups an earlier run made: the same groups as grouping all at once, the
earlier groups kept (with their ids), and a more complete copy arriving later made canonical."""
import json
import random
from itertools import combinations

import pytest
from hypothesis import given, settings, strategies as st

from helpers import DATA, OTHER, ROOT, STORY, WORDS, make_article, need
from storyline.config import Config
from storyline.dedup import Deduplicator
from storyline.model import Member, SyndicationGroup
from storyline.pipeline import iter_articles

DEDUP = Deduplicator()


def in_batches(articles, sizes):
    groups, signatures = (), None
    for size in sizes:
        batch, articles = articles[:size], articles[size:]
        groups, signatures = DEDUP.extend(batch, groups=groups, signatures=signatures)
    groups, signatures = DEDUP.extend(articles, groups=groups, signatures=signatures)
    return groups, signatures


def placed(groups):
    """Each article's canonical, relation and scores: the groups without their ids."""
    return {m.id: (g.canonical, m.relation, m.containment, m.jaccard)
            for g in groups for m in g.members}


def test_a_later_batch_joins_the_earlier_groups():
    full = "\n\n".join(STORY)
    first, signatures = DEDUP.extend([make_article("full", full),
                                      make_article("other", "\n\n".join(OTHER))])
    copy = "\n\n".join(STORY[:5]).replace("defence", "defense")
    groups, signatures = DEDUP.extend([make_article("copy", copy)], groups=first,
                                      signatures=signatures)
    assert [g.id for g in groups] == [g.id for g in first]
    assert placed(groups)["copy"][:2] == ("full", "near")
    assert signatures.ids == ["full", "other", "copy"]


def test_a_more_complete_copy_arriving_later_becomes_canonical_of_the_group():
    lead = make_article("lead", "\n\n".join(STORY[:3]))
    shorter = make_article("shorter", "\n\n".join(STORY[:2]))
    other = make_article("other", "\n\n".join(OTHER))
    full = make_article("full", "\n\n".join(STORY))
    first, signatures = DEDUP.extend([lead, shorter, other])
    old_id = next(g.id for g in first if g.canonical == "lead")
    groups, _ = DEDUP.extend([full], groups=first, signatures=signatures)
    group = next(g for g in groups if "full" in g.article_ids)
    assert (group.id, group.canonical, group.article_ids) == (old_id, "full",
                                                              ("full", "lead", "shorter"))
    assert [m.relation for m in group.members] == ["canonical", "excerpt", "excerpt"]
    assert placed(groups) == placed(DEDUP([lead, shorter, other, full]))


def test_earlier_groups_are_kept_not_recomputed():
    """Groups made with other thresholds stay as they were; only the new article is placed."""
    articles = [make_article("a", "\n\n".join(STORY)), make_article("b", "\n\n".join(OTHER))]
    signatures = DEDUP.sign(articles)
    merged = SyndicationGroup("g7", "a", (Member("a", "canonical", 1.0, 1.0),
                                          Member("b", "near", 0.2, 0.1)))
    groups, _ = DEDUP.extend([make_article("c", "\n\n".join(STORY[:4]))], groups=[merged],
                             signatures=signatures)
    assert groups[0].members[0::2] == merged.members and groups[0].members[1].id == "c"


def test_new_groups_are_numbered_after_the_earlier_ones():
    first, signatures = DEDUP.extend([make_article("x", "\n\n".join(STORY))])
    groups, _ = DEDUP.extend([make_article("y", "\n\n".join(OTHER))], groups=first,
                             signatures=signatures)
    assert [g.id for g in groups] == ["g1", "g2"]


def test_an_article_is_added_once():
    groups, signatures = DEDUP.extend([make_article("a", "\n\n".join(STORY))])
    with pytest.raises(ValueError, match="'a' is already grouped"):
        DEDUP.extend([make_article("a", "text")], groups=groups, signatures=signatures)


def test_signatures_made_with_other_settings_are_not_compared():
    signatures = Deduplicator(shingle_size=4).sign([make_article("a", "\n\n".join(STORY))])
    with pytest.raises(ValueError, match="different settings"):
        DEDUP.extend([make_article("b", "\n\n".join(STORY))], signatures=signatures)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4), min_size=2, max_size=14),
       st.integers(min_value=0, max_value=1000), st.data())
def test_batches_in_any_order_give_the_groups_of_one_run(picks, seed, data):
    rng = random.Random(seed)
    bases = [" ".join(rng.choice(WORDS) for _ in range(80)) for _ in range(5)]
    articles = [make_article(f"a{n:02d}", bases[p][: rng.randint(40, 480)])
                for n, p in enumerate(picks)]
    sizes = data.draw(st.lists(st.integers(min_value=1, max_value=5), max_size=4))
    groups, _ = in_batches(articles, sizes)
    assert placed(groups) == placed(DEDUP(articles))


def _demo_articles():
    return list(iter_articles([ROOT / "examples" / "demo"], Config()))


@pytest.mark.parametrize("order", ["shortest first", "shuffled"])
def test_demo_corpus_in_batches_gives_the_groups_of_one_run(order):
    articles = _demo_articles()
    if order == "shortest first":  # every fuller copy arrives after its excerpts
        articles.sort(key=lambda a: len(a.text))
    else:
        random.Random(3).shuffle(articles)
    groups, signatures = in_batches(articles, [10, 15])
    assert placed(groups) == placed(DEDUP(articles))
    assert sorted(signatures.ids) == sorted(a.id for a in articles)


@pytest.mark.slow
def test_syndication_dev_set_in_three_batches_gives_the_groups_of_one_run():
    """The shared syndication data, shortest articles first: the same pairs as one run."""
    folder = need(DATA / "syndication")
    articles = sorted(iter_articles([folder / "docs"], Config(), workers=2),
                      key=lambda a: len(a.text))
    third = len(articles) // 3
    groups, _ = in_batches(articles, [third, third])
    assert placed(groups) == placed(DEDUP(articles))
    gold: dict[str, list[str]] = {}
    for line in (folder / "gold.jsonl").open():
        record = json.loads(line)
        gold.setdefault(record["group"], []).append(record["id"])
    found, wanted = _pairs(g.article_ids for g in groups), _pairs(gold.values())
    assert len(found & wanted) >= 0.97 * len(wanted) and len(found & wanted) >= 0.97 * len(found)


def _pairs(groups):
    return {pair for ids in groups for pair in combinations(sorted(ids), 2)}
