import json
import sqlite3

import pytest
from click.testing import CliRunner

from storyline.cli import main

CONTRACT_CLEAN_KEYS = {"id", "source", "title", "text", "published", "outlet", "author", "url",
                       "dateline", "language"}
BODY = ("The council voted on Tuesday to close the old bridge after engineers found cracks in "
        "two of its supports, the mayor said in a statement.")


@pytest.fixture
def pile(tmp_path):
    folder = tmp_path / "pile"
    (folder / "site").mkdir(parents=True)
    (folder / "site" / "bridge.txt").write_text(f"Bridge closed\n\n{BODY}\n\nMore to come on "
                                                "the repairs, the mayor said.", encoding="utf-8")
    (folder / "copy.txt").write_text(f"Old bridge shut\n\n{BODY}", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_every_command_has_help_with_an_example():
    for command in ("clean", "dedup", "cluster", "summarize", "timeline", "extract", "build"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, command


def test_clean_writes_contract_records_and_warns_about_the_broken_file(pile, tmp_path):
    out = tmp_path / "out" / "clean.jsonl"
    result = run("clean", pile, "-o", out)
    assert result.exit_code == 0
    assert "broken.txt: skipped: binary content" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["copy.txt", "site/bridge.txt"]
    assert all(CONTRACT_CLEAN_KEYS <= set(r) for r in records)


def test_strict_fails_and_leaves_no_output(pile, tmp_path):
    out = tmp_path / "clean.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    result = run("clean", pile, "-o", out, "--strict")
    assert result.exit_code == 1 and "binary content" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["clean.jsonl", "pile"]


def test_dedup_and_cluster_shapes(pile):
    groups = json.loads(run("dedup", pile).stdout)["groups"]
    assert [sorted(m["id"] for m in g["members"]) for g in groups] == [
        ["copy.txt", "site/bridge.txt"]]
    assert set(groups[0]["members"][0]) == {"id", "relation", "containment", "jaccard"}
    stories = json.loads(run("cluster", pile).stdout)
    assert set(stories) == {"events", "storylines"}
    assert {"id", "title", "start", "end", "articles"} <= set(stories["events"][0])
    assert {"id", "title", "events"} <= set(stories["storylines"][0])


def test_missing_input_and_bad_config_are_clear_errors(tmp_path):
    result = run("clean", tmp_path / "nope")
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    config = tmp_path / "settings.toml"
    config.write_text("[dedup]\ncontainmnet = 0.7\n", encoding="utf-8")
    result = run("dedup", tmp_path, "--config", config)
    assert result.exit_code == 1 and "[dedup] has no setting 'containmnet'" in result.stderr


def test_build_writes_the_store_the_json_and_the_report(pile, tmp_path):
    result = run("build", pile, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 0, result.output
    stories = json.loads((tmp_path / "out" / "stories.json").read_text(encoding="utf-8"))
    assert stories and (tmp_path / "out" / "index.html").is_file()
    assert "2 articles in 1 syndication group" in result.stderr


def test_a_second_build_into_the_same_folder_adds_to_the_store(pile, tmp_path):
    out = tmp_path / "out"
    assert run("build", pile, "--out", out, "-q").exit_code == 0
    later = tmp_path / "later"
    later.mkdir()
    (later / "reprint.txt").write_text(f"Bridge to close\n\n{BODY}", encoding="utf-8")
    (later / "copy.txt").write_text("Farm protest\n\nFarmers blocked roads around the capital "
                                    "on Monday to protest against falling milk prices.",
                                    encoding="utf-8")
    result = run("build", later, "--out", out, "-q")
    assert result.exit_code == 0, result.output
    assert "2 new articles added to the 2" in result.stderr
    groups = _groups(out)
    # the reprint joined the earlier group; another document named copy.txt got its own id
    assert sorted(map(sorted, groups)) == [["copy.txt", "reprint.txt", "site/bridge.txt"],
                                           ["copy.txt#2"]]
    again = run("build", pile, later, "--out", out, "-q")  # the same documents: nothing new
    assert "0 new articles added to the 4" in again.stderr and _groups(out) == groups
    fresh = run("build", later, "--out", out, "--fresh", "-q")
    assert "2 articles in 2 syndication groups" in fresh.stderr


def _groups(out):
    with sqlite3.connect(out / "storyline.sqlite") as db:
        rows = db.execute("SELECT group_id, article_id FROM group_members").fetchall()
    members = {}
    for group, article in rows:
        members.setdefault(group, []).append(article)
    return list(members.values())
