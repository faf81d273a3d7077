import pytest

from storyline.clean.metadata import outlet_from_url, parse_dateline, split_site_suffix


@pytest.mark.parametrize("paragraph, expected", [
    ("BRUSSELS — U.S. Secretary of State John Kerry said", ("Brussels", None)),
    ("BRUSSELS—U.S. Secretary of State", ("Brussels", None)),
    ("BRUSSELS The United States pressed allies on Thursday", ("Brussels", None)),
    ("WASHINGTON (Reuters) - The Fed raised rates", ("Washington", "Reuters")),
    ("TRIPOLI | Mon Feb 21, 2011 6:09pm EST TRIPOLI (Reuters) - Libyan", ("Tripoli", "Reuters")),
    ("Cairo, Egypt (CNN) -- Protesters filled the square", ("Cairo", "CNN")),
    ("NASHVILLE, Oct. 7 -- The vote was close", ("Nashville", None)),
    ("NEW YORK (AP) — Stocks fell", ("New York", "AP")),
])
def test_datelines(paragraph, expected):
    assert parse_dateline(paragraph)[:2] == expected


@pytest.mark.parametrize("paragraph", [
    "NATO Secretary General Jens Stoltenberg said", "U.S. Secretary of State John Kerry said",
    "BLITZER: We are following the story", "The Obama administration said on Monday",
    "London - A man was arrested",
])
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


def test_site_suffixes_and_outlets():
    assert split_site_suffix("Top 10 apps (tested) | talkreal.org") == ("Top 10 apps (tested)",
                                                                        "talkreal.org")
    assert split_site_suffix("Kerry in Brussels - a talk about things")[1] is None
    assert outlet_from_url("http://feeds.reuters.com/~r/x") == "Reuters"
    assert outlet_from_url("https://www.whenitson.com/u-s") == "whenitson.com"
