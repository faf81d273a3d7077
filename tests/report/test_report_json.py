import json

import pytest

from report.build_samples import SAMPLES
from storyline.report import write_stories_json


def _stories(build, tmp_path):
    return json.loads(write_stories_json(build, tmp_path / "stories.json").read_text("utf-8"))


def _articles(data):
    """Every article object anywhere in stories.json."""
    found = []
    events = [e for s in data["storylines"] for e in s["events"]] + data["unplaced"]["events"]
    for holder in events + [data["unplaced"]]:
        found += [a for g in holder["groups"] for a in g["articles"]] + holder["ungrouped"]
    return found


def test_empty_build(tmp_path):
    data = _stories(SAMPLES["empty"](), tmp_path)
    assert data["storylines"] == [] and data["rejected"] == [] and data["problems"] == []
    assert data["counts"] == {"articles": 0, "groups": 0, "events": 0, "storylines": 0,
                              "rejected": 0}


def test_nesting_storylines_events_groups_articles(tmp_path):
    data = _stories(SAMPLES["varied"](), tmp_path)
    [storyline] = data["storylines"]
    [event] = storyline["events"]
    assert [g["id"] for g in event["groups"]] == ["g1", "g2"]
    g1 = event["groups"][0]
    assert g1["members"][1] == {"id": "x:1", "relation": "excerpt", "containment": 0.95,
                                "jaccard": 0.4}
    assert [a["id"] for a in g1["articles"]] == ["a/b.txt", "x:1"]
    assert g1["articles"][0]["text"].startswith("BRUSSELS")
    assert g1["articles"][0]["quotes"][0]["speaker"] == "John Kerry"
    assert event["summary"]["sentences"][1]["text"] == "北约外长会议在布鲁塞尔举行。"
    assert storyline["timeline"]["entries"][0]["evidence"] == ["on Tuesday"]
    assert (storyline["start"], storyline["end"]) == ("2015-12-01", "2015-12-02")


def test_nothing_is_dropped(tmp_path):
    build = SAMPLES["varied"]()
    data = _stories(build, tmp_path)
    assert sorted(a["id"] for a in _articles(data)) == sorted(a.id for a in build.articles)
    assert [e["id"] for e in data["unplaced"]["events"]] == ["e:2"]
    assert [a["id"] for a in data["unplaced"]["ungrouped"]] == ["lonely #1?x=1&y"]
    assert data["rejected"] == [{"id": "bad.bin", "source": "in/bad.bin", "stage": "ingest",
                                 "reason": "binary file"}]


def test_entities_count_each_story_once_and_quotes_name_their_copies(tmp_path):
    data = _stories(SAMPLES["copies"](), tmp_path)
    [event] = data["storylines"][0]["events"]
    assert event["entities"] == [{"name": "John Kerry", "kind": "person", "aliases": ["Kerry"],
                                  "mentions": 2}]
    [q] = event["quotes"]
    assert (q["speaker"], q["article"]) == ("John Kerry", "copy0")
    assert [c["article"] for c in q["also_in"]] == ["copy1", "copy2", "copy3"]
    assert q["also_in"][0] == {"article": "copy1", "start": q["start"], "end": q["end"]}
    assert q["text"] == "We will stand together."


def test_storyline_entities_merge_their_events(tmp_path):
    data = _stories(SAMPLES["varied"](), tmp_path)
    names = {(e["name"], e["mentions"]) for e in data["storylines"][0]["entities"]}
    assert ("John Kerry", 2) in names and ("NATO", 1) in names


def test_missing_dates_are_null(tmp_path):
    data = _stories(SAMPLES["varied"](), tmp_path)
    [unplaced] = data["unplaced"]["events"]
    assert unplaced["start"] is None and unplaced["end"] is None
    x1 = next(a for a in _articles(data) if a["id"] == "x:1")
    assert x1["published"] is None


def test_problems_are_reported_not_raised(tmp_path):
    from dataclasses import replace
    from storyline.model import Citation, Storyline, Summary
    build = SAMPLES["one"]()
    build = replace(build, storylines=build.storylines + (Storyline("s2", "Ghost", ("nope",)),),
                    summaries={"e1": Summary((Citation("only.txt", 0, 3, "XYZ"),
                                              Citation("gone", 0, 1, "x")))})
    problems = _stories(build, tmp_path)["problems"]
    assert any("lists event 'nope'" in p for p in problems)
    assert any("text differs" in p for p in problems)
    assert any("'gone', which is not in the build" in p for p in problems)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_same_build_same_bytes(name, tmp_path):
    first = write_stories_json(SAMPLES[name](), tmp_path / "a.json").read_bytes()
    second = write_stories_json(SAMPLES[name](), tmp_path / "b.json").read_bytes()
    assert first == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]  # no leftovers
