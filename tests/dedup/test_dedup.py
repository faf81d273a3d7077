import random

import pytest
from hypothesis import given, settings, strategies as st

from helpers import OTHER, SEEDS, STORY, WORDS, make_article, need
from storyline.clean import clean_document
from storyline.dedup import Deduplicator
from storyline.ingest import read_inputs

def group_of(groups, article_id):
    return next(g for g in groups if article_id in g.article_ids)


def dedup(*articles):
    return Deduplicator()(list(articles))


def test_no_articles_no_groups():
    assert dedup() == []


def test_one_article_is_its_own_canonical():
    [group] = dedup(make_article("a", "\n\n".join(STORY)))
    assert group.canonical == "a" and [(m.id, m.relation) for m in group.members] == [
        ("a", "canonical")]


def test_copies_exact_respelled_and_truncated_join_the_fullest_copy():
    full = "\n\n".join(STORY)
    articles = [
        make_article("full", full, title="Allies send jets"),
        make_article("exact", full.replace("—", "-")),
        make_article("respelled", full.replace("refuelling", "refueling")
                     .replace("defence", "defense").replace("Norway offered", "Norway gave")),
        make_article("excerpt", "\n\n".join(STORY[:2])),
        make_article("other", "\n\n".join(OTHER)),
    ]
    groups = dedup(*articles)
    group = group_of(groups, "full")
    relations = {m.id: m.relation for m in group.members}
    assert relations == {"full": "canonical", "exact": "exact", "respelled": "near",
                         "excerpt": "excerpt"}
    assert group_of(groups, "other").article_ids == ("other",)
    excerpt = next(m for m in group.members if m.id == "excerpt")
    assert excerpt.containment > 0.9 and excerpt.jaccard < 0.5


def test_the_most_complete_copy_is_canonical_whatever_the_order():
    articles = [make_article("short", "\n\n".join(STORY[:3])),
                make_article("long", "\n\n".join(STORY))]
    assert dedup(*articles)[0].canonical == "long"
    assert dedup(*reversed(articles))[0].canonical == "long"


def test_shared_background_paragraphs_do_not_merge_two_stories():
    follow_up = ["BRUSSELS — The first German jets landed in Lithuania on Friday, three days "
                 "after allies agreed to reinforce the eastern flank.",
                 "Pilots will begin patrols next week, a Luftwaffe spokeswoman said, and the "
                 "squadron will rotate home in September.",
                 "Local officials welcomed the crews at a ceremony attended by the defence "
                 "minister and several hundred residents of the nearby town."] + STORY[2:4]
    groups = dedup(make_article("a", "\n\n".join(STORY)),
                   make_article("b", "\n\n".join(follow_up)))
    assert len(groups) == 2


def test_non_latin_copies_are_grouped():
    text = "東京都内では今日、記録的な大雨が降り、多くの電車が運転を見合わせました。" * 3
    groups = dedup(make_article("ja1", text), make_article("ja2", text[:-10]))
    assert len(groups) == 1


def test_empty_texts_stay_alone():
    groups = dedup(make_article("a", ""), make_article("b", ""))
    assert sorted(len(g.members) for g in groups) == [1, 1]


def test_settings_say_what_to_change():
    with pytest.raises(ValueError, match="multiple of bands"):
        Deduplicator(num_perm=100, bands=32)
    with pytest.raises(ValueError, match="containment"):
        Deduplicator(containment=0)


def test_output_is_deterministic():
    articles = [make_article(str(i), "\n\n".join(STORY[: 1 + i % 6])) for i in range(12)]
    assert dedup(*articles) == dedup(*reversed(articles))




@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=12),
       st.integers(min_value=0, max_value=1000))
def test_groups_partition_the_articles(picks, seed):
    rng = random.Random(seed)
    bases = [" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(6)]
    articles = [make_article(f"a{n}", bases[p][: rng.randint(5, 400)])
                for n, p in enumerate(picks)]
    groups = dedup(*articles)
    members = [m.id for g in groups for m in g.members]
    assert sorted(members) == sorted(a.id for a in articles)
    for group in groups:
        assert group.members[0].id == group.canonical
        assert [m.relation for m in group.members].count("canonical") == 1


def test_seeds_truncated_copy_joins_its_story():
    articles = [clean_document(r) for r in read_inputs([need(SEEDS)])]
    groups = dedup(*articles)
    seed_group = group_of(groups, "000_2d1354aaf74e7660.txt")
    assert seed_group.canonical == "001_9aa9dafd1efab932.txt"
    assert {m.id[:3]: m.relation for m in seed_group.members} == {"001": "canonical",
                                                                  "000": "excerpt"}
    assert sorted(len(g.members) for g in groups) == [1, 1, 1, 2]
