"""The five real scraped articles in ../shared/seeds (skipped when they are not here)."""
import pytest

from helpers import SEEDS, need
from storyline.clean import clean_document
from storyline.ingest import read_inputs


@pytest.fixture(scope="module")
def seeds():
    return {a.id[:3]: a for a in map(clean_document, read_inputs([need(SEEDS)]))}


def test_001_ends_with_its_last_quote_not_the_headline_list(seeds):
    text = seeds["001"].text
    assert text.endswith("Breedlove said. “Whereas the coalition is focused almost entirely "
                         "on ISIL.”")
    assert "Just Posted" not in text and "Continue reading" not in text


def test_003_has_no_browser_notice_or_caption(seeds):
    article = seeds["003"]
    assert "browser" not in article.text and "REUTERS/Stringer" not in article.text
    assert "Tanks are seen" not in article.text
    assert (article.published, article.outlet, article.author) == (
        "2016-01-20", "The Washington Post", "Dan Lamothe")


def test_004_wordpress_export_is_clean_with_its_metadata(seeds):
    article = seeds["004"]
    assert article.title == "U.S. tells allies campaign to defeat Islamic State must be accelerated"
    assert (article.published, article.outlet, article.dateline) == ("2016-02-11", "Reuters",
                                                                     "Brussels")
    for junk in ("<", ">", "[ad_", "â€", "post_title", "---"):
        assert junk not in article.text
    assert "We’ll all look back" in article.text
