"""The bundled demo corpus against the truth it was written to (examples/demo-manifest.json)."""
import json
from itertools import combinations

import pytest

from helpers import ROOT
from storyline.config import Config
from storyline.pipeline import iter_articles, stories

DEMO = ROOT / "examples" / "demo"
MANIFEST = json.loads((ROOT / "examples" / "demo-manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo():
    rejected = []
    articles = list(iter_articles([DEMO], Config(), on_reject=rejected.append))
    groups, events, storylines, _ = stories(articles, Config())
    return articles, rejected, groups, events, storylines


def pairs(clusters):
    return {pair for members in clusters for pair in combinations(sorted(members), 2)}


def pair_f1(found, truth):
    found, truth = pairs(found), pairs(truth)
    both = len(found & truth)
    return 2 * both / (len(found) + len(truth)) if found or truth else 1.0


def test_every_readable_file_is_read_and_the_broken_one_named(demo):
    articles, rejected, *_ = demo
    assert [r.id for r in rejected] == MANIFEST["unreadable"]
    assert len(articles) == sum(len(e["articles"]) for s in MANIFEST["storylines"]
                                for e in s["events"])


def test_syndicated_copies_are_grouped_as_designed(demo):
    _, _, groups, *_ = demo
    copied = [g for g in groups if len(g.members) > 1]
    truth = [[s["canonical"]] + [c["id"] for c in s["copies"]] for s in MANIFEST["syndication"]]
    assert sorted(map(sorted, (g.article_ids for g in copied))) == sorted(map(sorted, truth))


def test_events_and_storylines_match_the_design(demo):
    *_, events, storylines = demo
    truth_events = [e["articles"] for s in MANIFEST["storylines"] for e in s["events"]]
    truth_stories = [[a for e in s["events"] for a in e["articles"]]
                     for s in MANIFEST["storylines"]]
    articles_of = {e.id: e.articles for e in events}
    found_stories = [[a for e in s.events for a in articles_of[e]] for s in storylines]
    assert pair_f1([e.articles for e in events], truth_events) >= 0.9
    assert pair_f1(found_stories, truth_stories) >= 0.9
