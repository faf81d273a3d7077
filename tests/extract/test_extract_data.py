"""The seeds and the dev gold data in ../shared (slow; skipped when they are not here)."""
import json

import pytest

from helpers import DATA, SEEDS, need
from storyline.clean import clean_document
from storyline.extract import Extractor
from storyline.ingest import read_inputs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds():
    extractor = Extractor()
    return {a.id[:3]: extractor(a) for a in map(clean_document, read_inputs([need(SEEDS)]))}


def speaker_of(extraction, words):
    return next(q.speaker for q in extraction.quotes if q.text.startswith(words))


def test_seed_quotes_are_attributed(seeds):
    assert speaker_of(seeds["001"], "There are a number of things countries can do") == \
        "John Kerry"
    assert speaker_of(seeds["001"], "The vast majority of their sorties") == "Philip Breedlove"
    carter = [q for q in seeds["004"].quotes if q.kind == "direct" and q.speaker == "Ash Carter"]
    assert len(carter) >= 3
    assert all(q.speaker != "John Kerry" for q in seeds["004"].quotes if q.kind == "direct")


def test_seed_entities(seeds):
    names = {e.name: e.kind for e in seeds["002"].entities}
    assert names["John F. Kerry"] == "person" and names["Brussels"] == "location"
    assert names["State Department"] == "organization"


def test_dev_gold_offsets_and_direct_attribution():
    """Every quote cites its clean text; direct quotes are attributed about as well as the
    figures in the report say (a guard against regressions, not a benchmark)."""
    folder = need(DATA / "quotes")
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()}
    extractor = Extractor()
    right = total = 0
    for article in map(clean_document, read_inputs([folder / "articles"])):
        result = extractor(article)
        for quote in result.quotes:
            assert article.text[quote.start:quote.end] == quote.text
        expected = {q["text"]: q["speaker"] for q in gold[article.id[:-4]]["quotes"]
                    if q["kind"] == "direct" and q["speaker"]}
        for quote in result.quotes:
            if quote.text in expected:
                total += 1
                right += quote.speaker == expected[quote.text]
    assert total > 100 and right / total > 0.9
