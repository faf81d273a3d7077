from datetime import date

import pytest

from storyline.nlp.dates import find_dates, iso_date, parse_date


@pytest.mark.parametrize("value, expected", [
    ("2016-02-11 15:21:20", "2016-02-11"),
    ("2015-12-02T10:00:00+01:00", "2015-12-02"),
    ("Dec. 2, 2015", "2015-12-02"),
    ("Wednesday, Dec. 2, 2015", "2015-12-02"),
    ("5 March 2025", "2025-03-05"),
    ("1/20/2016", "2016-01-20"),
    ("05.03.2025", "2025-03-05"),
    ("not a date", None),
    ("", None),
    (None, None),
])
def test_metadata_values(value, expected):
    assert iso_date(value) == expected


def test_impossible_dates_are_none():
    assert parse_date("February 30, 2015") is None


def mentions(text, reference):
    return [(m.text, m.date.isoformat()) for m in find_dates(text, reference)]


def test_weekdays_are_the_past_week_unless_the_verb_looks_ahead():
    wednesday = date(2015, 12, 2)
    assert mentions("Kerry said Wednesday that. On Tuesday, Carter spoke.", wednesday) == [
        ("Wednesday", "2015-12-02"), ("On Tuesday", "2015-12-01")]
    assert mentions("The ministers will meet on Thursday.", wednesday) == [
        ("on Thursday", "2015-12-03")]
    assert mentions("They met last Wednesday.", wednesday) == [
        ("last Wednesday", "2015-11-25")]


def test_month_and_day_take_the_nearest_year():
    assert mentions("the Nov. 13 attacks", date(2015, 12, 2)) == [("Nov. 13", "2015-11-13")]
    assert mentions("on Dec. 28", date(2016, 1, 5)) == [("Dec. 28", "2015-12-28")]


def test_relative_words_need_a_reference():
    assert find_dates("Yesterday it rained.") == []
    assert mentions("Yesterday it rained.", date(2020, 3, 1)) == [("Yesterday", "2020-02-29")]
