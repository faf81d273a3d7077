import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from report.build_samples import SAMPLES, builds
from report.html_check import broken_links, read_page
from storyline.errors import StorylineError
from storyline.model import Citation, Summary
from storyline.report import write_report
from storyline.report.links import layout
from storyline.report.names import page_names
from storyline.report.outline import outline


CITED = re.compile(r"#s\d+-\d+$")


def _report(build, folder: Path) -> Path:
    return write_report(build, folder / "index.html")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _cited_spans(build) -> set[tuple[str, str]]:
    """(article page, anchor) of every summary and timeline sentence and every quote."""
    names = page_names(a.id for a in build.articles)
    spans = {(c.article, c.start, c.end) for s in build.summaries.values() for c in s.sentences}
    spans |= {(c.article, c.start, c.end) for t in build.timelines.values()
              for e in t.entries for c in e.sentences}
    spans |= {(i, q.start, q.end) for i, x in build.extractions.items() for q in x.quotes}
    return {(f"articles/{names[a]}", f"s{s}-{e}") for a, s, e in spans}


def _links(page) -> set[tuple[str, str]]:
    """(page, anchor) of every link to a cited span."""
    return {tuple(link.split("#", 1)) for link in page.links if CITED.search(link)}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_link_resolves_and_ids_are_unique(name, tmp_path):
    _report(SAMPLES[name](), tmp_path)
    assert broken_links(tmp_path) == []
    for path in tmp_path.rglob("*.html"):
        ids = read_page(path).ids
        assert len(ids) == len(set(ids)), path


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_citation_and_quote_links_to_its_span(name, tmp_path):
    build = SAMPLES[name]()
    _report(build, tmp_path)
    assert _links(read_page(tmp_path / "index.html")) == _cited_spans(build)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_article_pages_hold_the_exact_clean_text(name, tmp_path):
    build = SAMPLES[name]()
    _report(build, tmp_path)
    names = page_names(a.id for a in build.articles)
    for article in build.articles:
        assert read_page(tmp_path / "articles" / names[article.id]).text == article.text
    assert len(list((tmp_path / "articles").glob("*.html"))) == len(build.articles)


def test_empty_build_says_so(tmp_path):
    html = _report(SAMPLES["empty"](), tmp_path).read_text("utf-8")
    assert "Nothing to report" in html
    assert (tmp_path / "static" / "report.css").is_file()


def test_everything_is_escaped(tmp_path):
    _report(SAMPLES["varied"](), tmp_path)
    index = (tmp_path / "index.html").read_text("utf-8")
    assert "<script>alert" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "NATO &amp; ISIS" in index
    page = next((tmp_path / "articles").glob("x_1-*.html")).read_text("utf-8")
    assert "&lt;b&gt;quickly&lt;/b&gt;" in page  # markup in the text is text
    assert 'href="javascript:' not in page  # an unsafe url is shown, not linked


def test_no_network_and_no_inline_handlers(tmp_path):
    _report(SAMPLES["varied"](), tmp_path)
    for path in tmp_path.rglob("*.html"):
        page = read_page(path)
        assert not [s for s in page.sources if "//" in s], path
    for path in list(tmp_path.rglob("*.html")) + list(tmp_path.rglob("*.css")):
        text = path.read_text("utf-8")
        assert "@import" not in text and "url(" not in text and "onclick" not in text


def test_article_page_shows_metadata_and_placement(tmp_path):
    _report(SAMPLES["varied"](), tmp_path)
    page = next((tmp_path / "articles").glob("a_b_txt-*.html")).read_text("utf-8")
    for expected in ("AP", "Matt Lee", "2015-12-01", "https://apnews.com/x", "Brussels",
                     "NATO ministers meet", "NATO &amp; ISIS", "canonical", "excerpt"):
        assert expected in page
    assert 'dir="auto" lang="en"' in page


def test_non_latin_text_is_kept_and_marked(tmp_path):
    _report(SAMPLES["varied"](), tmp_path)
    index = (tmp_path / "index.html").read_text("utf-8")
    assert "北约外长会议在布鲁塞尔举行。" in index and "جون كيري" in index
    page = next((tmp_path / "articles").glob("1-*.html")).read_text("utf-8")
    assert 'lang="zh"' in page and "我们将团结一致。" in page


def test_rejected_and_unplaced_are_listed(tmp_path):
    index = _report(SAMPLES["varied"](), tmp_path).read_text("utf-8")
    assert "Rejected documents" in index and "binary file" in index and "in/bad.bin" in index
    assert "Not in any storyline" in index and "Kerry in the Arab press" in index
    assert "Articles in no event" in index and "Unrelated" in index


def test_missing_dates_read_as_unknown(tmp_path):
    index = _report(SAMPLES["varied"](), tmp_path).read_text("utf-8")
    assert "date unknown" in index


def test_copies_are_listed_once_with_where_they_ran(tmp_path):
    index = _report(SAMPLES["copies"](), tmp_path).read_text("utf-8")
    assert index.count("Also ran as:") == 1
    for outlet in ("Yahoo", "ABC", "Seattle Times"):
        assert outlet in index
    assert index.count('class="cite"') == 1 + 4  # the summary sentence, the quote in each copy


def test_unverifiable_citations_are_flagged(tmp_path):
    build = SAMPLES["one"]()
    build = replace(build, summaries={"e1": Summary((Citation("only.txt", 0, 3, "XYZ"),
                                                     Citation("gone", 0, 1, "x")))})
    index = _report(build, tmp_path).read_text("utf-8")
    assert 'class="cite unverified"' in index and 'class="cite missing"' in index
    assert "Problems found in this build" in index
    assert broken_links(tmp_path) == []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_same_build_same_bytes(name, tmp_path):
    _report(SAMPLES[name](), tmp_path / "a")
    _report(SAMPLES[name](), tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_rewriting_replaces_old_pages(tmp_path):
    _report(SAMPLES["odd_ids"](), tmp_path)
    _report(SAMPLES["one"](), tmp_path)
    assert [p.name for p in (tmp_path / "articles").glob("*.html")] == [
        page_names(["only.txt"])["only.txt"]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "index.html", "static"]
    assert broken_links(tmp_path) == []


def test_a_folder_storyline_did_not_write_is_left_alone(tmp_path):
    mine = tmp_path / "articles"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    with pytest.raises(StorylineError, match="not written by storyline"):
        _report(SAMPLES["one"](), tmp_path)
    assert (mine / "notes.txt").read_text() == "my notes"


def test_another_index_name_is_linked_back_to(tmp_path):
    _report(SAMPLES["varied"](), tmp_path)
    path = write_report(SAMPLES["varied"](), tmp_path / "report.html")
    assert path.is_file()
    assert broken_links(tmp_path) == []
    page = next((tmp_path / "articles").glob("a_b_txt-*.html")).read_text("utf-8")
    assert 'href="../report.html"' in page


def test_big_builds_move_details_to_storyline_pages(tmp_path, monkeypatch):
    import storyline.report.html as html
    build = SAMPLES["varied"]()
    monkeypatch.setattr(html, "layout", lambda view, index: layout(view, index=index,
                                                                    inline_events=1))
    index = _report(build, tmp_path).read_text("utf-8")
    assert "Who said what" not in index and "full storyline" in index
    pages = sorted(p.name for p in (tmp_path / "storylines").glob("*.html"))
    assert len(pages) == 2 and "unplaced.html" in pages
    details = "".join(p.read_text("utf-8") for p in (tmp_path / "storylines").glob("*.html"))
    assert "Who said what" in details and "Articles in no event" in details
    assert broken_links(tmp_path) == []
    every_link = set()
    for path in tmp_path.rglob("*.html"):
        every_link |= {(f"articles/{a.rsplit('/', 1)[-1]}", f) for a, f in _links(read_page(path))}
    assert _cited_spans(build) <= every_link
    # and back to a small build: the storyline pages go
    monkeypatch.undo()
    _report(build, tmp_path)
    assert not (tmp_path / "storylines").exists()


def test_the_outline_places_every_article_once():
    view = outline(SAMPLES["varied"]())
    placed = [a for s in view.storylines for e in s.events for a in e.placement.reading_order]
    placed += [a for e in view.unplaced_events for a in e.placement.reading_order]
    placed += list(view.unplaced_articles.reading_order)
    assert sorted(placed) == sorted(a.id for a in view.build.articles)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(builds())
def test_any_consistent_build_renders_with_working_links(build):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        _report(build, folder)
        assert broken_links(folder) == []
        assert _links(read_page(folder / "index.html")) == _cited_spans(build)
        names = page_names(a.id for a in build.articles)
        for article in build.articles:
            assert read_page(folder / "articles" / names[article.id]).text == article.text


def test_citation_labels_are_short_names_of_the_source():
    from storyline.model import Article, Build
    from storyline.report.links import Links
    articles = (Article("1", "s", None, "x", outlet="AP"),
                Article("2", "s", None, "x", url="https://www.reuters.com/world/x"),
                Article("3", "s", None, "x", url="http://[broken"),
                Article("4" * 60, "s", None, "x"))
    view = outline(Build(articles, (), (), (), (), {}, {}, {}))
    links = Links(view, layout(view), "")
    assert [links.source_label(a.id) for a in articles[:3]] == ["AP", "www.reuters.com", "3"]
    assert links.source_label("4" * 60) == "4" * 23 + "…"
    assert links.source_label("gone") == "gone"


def test_write_build_writes_the_three_outputs(tmp_path):
    import json
    from storyline.pipeline import write_build
    from storyline.store import read_store
    build = SAMPLES["varied"]()
    paths = write_build(build, tmp_path / "out")
    assert read_store(paths["store"]) == build
    assert json.loads(paths["stories"].read_text("utf-8"))["counts"]["articles"] == 5
    assert paths["report"].name == "index.html" and broken_links(tmp_path / "out") == []
    assert not [p for p in (tmp_path / "out").rglob("*.tmp")]
