"""The whole pipeline on the edge cases every stage must survive, and the invariants that hold
across stages: every article in one group and one event, every event in one storyline, every
citation and quote equal to the clean text it points at, the store round-tripping exactly."""
import json

import pytest

from storyline.config import Config
from storyline.pipeline import build, write_build
from storyline.store import read_store

BODY = ("BRUSSELS — Defence ministers agreed on Tuesday to send more aircraft to the eastern "
        "flank, the alliance's secretary general said. “We stand united,” Jens Holm told "
        "reporters after the meeting. The deployment will begin in March and last six months.")

CASES = {
    "empty": {},
    "one article": {"a.txt": f"Ministers agree\n\n{BODY}"},
    "all copies": {f"copy{n}.txt": f"Ministers agree\n\n{BODY}" for n in range(4)},
    "missing dates": {"a.txt": f"Ministers agree\n\n{BODY}",
                      "b.md": f"# Farmers protest\n\nFarmers blocked roads on Monday. {BODY[60:]}"},
    "non-Latin": {"ja.txt": "東京で大雨\n\n東京都内では今日、記録的な大雨が降り、多くの電車が運転を"
                            "見合わせました。気象庁は警戒を呼びかけています。",
                  "ar.txt": "أمطار غزيرة\n\nهطلت أمطار غزيرة على المدينة اليوم وأغلقت الطرق."},
}


def write_pile(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", sorted(CASES))
def test_invariants_hold_on_edge_cases(tmp_path, case):
    pile = write_pile(tmp_path / "pile", CASES[case])
    result = build([pile], Config())
    ids = sorted(a.id for a in result.articles)
    assert ids == sorted(CASES[case])
    assert sorted(m.id for g in result.groups for m in g.members) == ids
    assert sorted(a for e in result.events for a in e.articles) == ids
    assert sorted(e for s in result.storylines for e in s.events) == \
        sorted(e.id for e in result.events)
    texts = {a.id: a.text for a in result.articles}
    cited = [c for s in result.summaries.values() for c in s.sentences] + \
        [c for t in result.timelines.values() for e in t.entries for c in e.sentences]
    assert all(texts[c.article][c.start:c.end] == c.text for c in cited)
    for article_id, extraction in result.extractions.items():
        assert all(texts[article_id][q.start:q.end] == q.text for q in extraction.quotes)
    paths = write_build(result, tmp_path / "out")
    assert read_store(paths["store"]) == result
    assert json.loads(paths["stories"].read_text(encoding="utf-8"))
    assert paths["report"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_copies_are_summarized_once(tmp_path):
    pile = write_pile(tmp_path / "pile", CASES["all copies"])
    result = build([pile], Config())
    [summary] = result.summaries.values()
    assert len({c.text for c in summary.sentences}) == len(summary.sentences)


def test_a_build_onto_a_stored_one_equals_one_build_of_everything(tmp_path):
    first = write_pile(tmp_path / "first", {"a.txt": f"Ministers agree\n\n{BODY}",
                                            "b.txt": "Broken\n\n\x00"})
    second = write_pile(tmp_path / "second", {"c.txt": f"Allies agree\n\n{BODY[:150]}"})
    earlier = read_store(write_build(build([first], Config()), tmp_path / "out")["store"])
    (first / "b.txt").write_text(f"Farmers protest\n\nFarmers blocked roads on Monday. {BODY}")
    later = build([first, second], Config(), previous=earlier)
    at_once = build([first, second], Config())
    assert later.rejected == () and earlier.rejected  # b.txt was read again, now readable
    assert [a.id for a in later.articles] == ["a.txt", "b.txt", "c.txt"]
    assert later.groups == at_once.groups
    assert later.extractions["a.txt"] is earlier.extractions["a.txt"]
    assert later.signatures.ids == ["a.txt", "b.txt", "c.txt"]
    again = read_store(write_build(later, tmp_path / "out")["store"])
    assert again == later and again.signatures.ids == later.signatures.ids


def test_stored_signatures_made_with_other_settings_are_made_again(tmp_path):
    pile = write_pile(tmp_path / "pile", CASES["all copies"])
    earlier = build([pile], Config().with_options("dedup", shingle_size=3))
    later = build([write_pile(tmp_path / "more", {"x.txt": f"Copy\n\n{BODY}"})], Config(),
                  previous=earlier)
    assert later.signatures.recipe == Config().dedup.recipe
    assert len(later.groups) == 1 and len(later.groups[0].members) == 5
