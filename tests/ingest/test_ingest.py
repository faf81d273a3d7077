import codecs
import gzip
import json

import pytest

from storyline.errors import InputError
from storyline.ingest import read_inputs
from storyline.model import RawDocument


def read(*paths):
    return list(read_inputs(paths))


def test_empty_folder_gives_nothing(tmp_path):
    assert read(tmp_path) == []


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope")


def test_file_ids_are_relative_to_the_input_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.txt").write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>Hi</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    docs = read(tmp_path)
    assert [(d.id, d.kind) for d in docs] == [("a/b/story.txt", "text"), ("page.html", "html")]
    assert read(tmp_path / "page.html")[0].id == "page.html"


def test_json_lines_keep_their_ids_and_map_the_contract_keys(tmp_path):
    rows = [{"id": "x1", "title": "T", "maintext": "Body one.", "date_publish": "2020-01-02",
             "source_domain": "example.com", "authors": ["Ann Lee", "Bo Chan"]},
            {"html": "<p>Two</p>", "url": "https://e.com/2"}]
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = read(path)
    assert (first.id, first.content, first.kind) == ("x1", "Body one.", "text")
    assert first.fields == {"title": "T", "published": "2020-01-02", "outlet": "example.com",
                            "author": "Ann Lee, Bo Chan"}
    assert (second.id, second.kind, second.source) == ("feed.jsonl.gz:2", "html",
                                                       f"{path}:2")
    assert not first.title_line


def test_bad_json_lines_are_rejected_one_by_one(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n{broken\n[1, 2]\n{"id": "no-text"}\n',
                    encoding="utf-8")
    items = read(path)
    assert isinstance(items[0], RawDocument)
    assert [(r.id, r.reason.split(":")[0]) for r in items[1:]] == [
        ("feed.jsonl:2", "invalid JSON"), ("feed.jsonl:3", "not a JSON object but list"),
        ("no-text", "no text")]


def test_a_json_array_of_records(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"articles": [{"text": "A."}, {"text": "B."}]}), encoding="utf-8")
    assert [d.id for d in read(path)] == ["dump.json:1", "dump.json:2"]


def test_unreadable_files_become_rejections_naming_the_reason(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n ")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    reasons = {r.id: r.reason for r in read(tmp_path)}
    assert reasons["binary.txt"].startswith("binary content")
    assert reasons["empty.txt"] == reasons["blank.md"] == "empty file"
    assert reasons["image.png"] == "unsupported file type '.png'"
    assert reasons["broken.jsonl.gz"].startswith("unreadable")


@pytest.mark.parametrize("encoding, data", [
    ("utf-16 with BOM", codecs.BOM_UTF16_LE + "Grüße aus Köln".encode("utf-16-le")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + "Grüße aus Köln".encode("utf-8")),
    ("latin-1", "Grüße aus Köln".encode("latin-1")),
])
def test_text_encodings_are_read(tmp_path, encoding, data):
    (tmp_path / "a.txt").write_bytes(data)
    assert read(tmp_path)[0].content == "Grüße aus Köln"


def test_html_declared_charset_is_used(tmp_path):
    page = '<html><head><meta charset="iso-8859-2"></head><body>Łódź</body></html>'
    (tmp_path / "a.html").write_bytes(page.encode("iso-8859-2"))
    assert "Łódź" in read(tmp_path)[0].content


def test_repeated_ids_are_made_unique(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n',
                    encoding="utf-8")
    assert [d.id for d in read(path)] == ["a", "a#2"]


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path):
    text = "Grüße aus Köln. " * 200
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8") + b"\xff\xfe broken" + b" end")
    content = read(tmp_path)[0].content
    assert content.startswith("Grüße aus Köln.") and content.endswith("broken end")


def test_invalid_utf8_through_and_through_is_read_as_windows_1252(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café crème, déjà vu".encode("cp1252"))
    assert read(tmp_path)[0].content == "Café crème, déjà vu"
