import re

from hypothesis import given, strategies as st

from storyline.report.names import anchor, page_names, slug

SAFE = re.compile(r"^[A-Za-z0-9_-]+\.html$")


def test_page_names_are_safe_readable_and_deterministic():
    names = page_names(["a/b.txt", "x:1", "新华社/1", "..", "", "CON", "<b>"])
    assert names["a/b.txt"].startswith("a_b_txt-")
    assert names["x:1"].startswith("x_1-")
    assert all(SAFE.match(n) for n in names.values())
    assert not any(n.startswith(".") for n in names.values())
    assert page_names(["x:1", "a/b.txt"])["x:1"] == names["x:1"]


def test_ids_that_slug_alike_or_differ_by_case_get_different_names():
    names = page_names(["a/b", "a_b", "a b", "A", "a"])
    assert len({n.lower() for n in names.values()}) == 5


def test_long_ids_give_short_names():
    assert len(page_names(["x" * 5000])["x" * 5000]) < 80


def test_anchors_are_fragment_safe():
    assert re.match(r"^ev-[A-Za-z0-9_-]+$", anchor("ev", "e/1 #?&"))
    assert slug("e/1") != slug("e_1")


@given(st.lists(st.text(), unique=True, max_size=30))
def test_page_names_are_unique_and_safe_for_any_ids(ids):
    names = page_names(ids)
    assert set(names) == set(ids)
    assert len({n.lower() for n in names.values()}) == len(ids)
    assert all(SAFE.match(n) for n in names.values())
