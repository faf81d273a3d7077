"""Clustering that goes on from an earlier result: ids kept, new stories joining or starting."""
from helpers import COURT, FLOOD, VOTE, article
from storyline.dedup import Deduplicator
from storyline.stories import Clusterer

FIRST = [article("v1", VOTE, "Tuesday", "2024-03-05", "Strand thanked her allies."),
         article("v2", VOTE, "Tuesday", "2024-03-05", "Berg spoke to reporters."),
         article("f1", FLOOD, "Sunday", "2024-03-03", "Schools stayed closed.")]
LATER = [article("v3", VOTE, "Tuesday", "2024-03-06", "Markets barely moved."),
         article("c1", COURT, "Monday", "2024-04-22", "The hearing lasted six hours."),
         article("c2", COURT, "Monday", "2024-04-23", "Judges will rule in May."),
         article("f2", FLOOD, "Sunday", "2024-05-19", "The river rose again in a new storm.")]


def cluster(articles, earlier=((), ())):
    return Clusterer()(articles, Deduplicator()(articles), earlier=earlier)


def by_article(events, storylines):
    storyline_of = {e: s.id for s in storylines for e in s.events}
    return {a: (e.id, storyline_of[e.id]) for e in events for a in e.articles}


def test_earlier_events_keep_their_ids_and_take_in_new_stories():
    before = by_article(*cluster(FIRST))
    after = by_article(*cluster(FIRST + LATER, earlier=cluster(FIRST)))
    assert {a: after[a] for a in before} == before
    assert after["v3"] == after["v1"]  # the same vote, a day later
    assert after["c1"][0] == after["c2"][0] != after["v1"][0]  # a new event...
    assert after["c1"][1] == after["v1"][1]  # ...of the vote's storyline
    assert int(after["c1"][0][1:]) > 2  # numbered after the earlier ones
    assert after["f2"] == after["f1"]  # a late copy follows its syndication group


def test_going_on_gives_what_one_run_gives_here():
    def partition(result):
        found = {}
        for story, (event, storyline) in by_article(*result).items():
            found.setdefault((event, storyline), []).append(story)
        return sorted(found.values())
    assert partition(cluster(FIRST + LATER, earlier=cluster(FIRST))) == \
        partition(cluster(FIRST + LATER))
