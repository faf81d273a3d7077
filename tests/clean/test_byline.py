import pytest

from storyline.clean.byline import author_from_lines, clean_author


@pytest.mark.parametrize("field, expected", [
    ("By Dan Lamothe", "Dan Lamothe"),
    ("Hugo Lindahl, Business Correspondent", "Hugo Lindahl"),
    ("Ruth Adeyemi, Tidewire", "Ruth Adeyemi"),
    ("Naftali Tishby, Fernando C. Pereira, William Bialek",
     "Naftali Tishby, Fernando C. Pereira, William Bialek"),
    ("Vanessa Mendez, MD", "Vanessa Mendez"),
    ("Staff Writer", None),
    ("By our correspondent", None),
    ("stephenlega", "stephenlega"),
])
def test_author_fields(field, expected):
    assert clean_author(field, field=True) == expected


def author(*lines, near=(), others=(), page=""):
    vocabulary = set(page.split())
    return author_from_lines(list(lines), near=list(near), others=list(others),
                             vocabulary=vocabulary)


@pytest.mark.parametrize("line, expected", [
    ("By Lena Marsh | Tidewire", "Lena Marsh"),
    ("Published August 7, 2023 by Nicole Burke", "Nicole Burke"),
    ("On January 12, 2025 By Gabby BoucherIn Budget Travel, Travel Guides", "Gabby Boucher"),
    ("Author: Nirmita Panchal", "Nirmita Panchal"),
    ("Written by:Elise Nass", "Elise Nass"),
    ("Amit Samsukha October 11, 2024", "Amit Samsukha"),
    ("Jim Donnelly | August 24, 2023", "Jim Donnelly"),
    ("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group", "Niko Matsakis"),
    ("Rasmus Barslund Founder & Lead Reviewer", "Rasmus Barslund"),
    ("Guide by Will Judd Former Deputy Tech Editor", "Will Judd"),
])
def test_byline_shapes(line, expected):
    assert author(line) == expected


def test_menus_and_labels_are_not_authors():
    page = "read our use case and book a call to sort by date"
    assert author("Browse by Industry", "Use Case", "Book A Call", "Sort by Date",
                  page=page) is None
    assert author("Mon 10 Mar 2025 16.25 GMT") is None


def test_a_name_alone_counts_near_the_article_and_needs_a_given_name():
    assert author(near=["Kelia Losa Reinoso"]) == "Kelia Losa Reinoso"
    assert author(near=["Ben"]) == "Ben"
    assert author(near=["Request Info"]) is None


def test_a_label_on_its_own_line_names_the_next():
    assert author("Posted by", "Gokul Sarkar") == "Gokul Sarkar"
