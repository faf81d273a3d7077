"""Entities: kinds, canonical names and aliases, datelines, titles, merging across articles."""
from helpers import make_article
from storyline.extract import Extractor, merge_entities
from storyline.model import Entity, Extraction


def entities_of(text, title=None):
    return {e.name: e for e in Extractor()(make_article("a", text, title=title)).entities}


def test_canonical_name_is_the_fullest_form_with_titles_stripped():
    found = entities_of("Secretary of State John F. Kerry arrived. Kerry met allies. "
                        "\"We agree,\" Kerry said.")
    kerry = found["John F. Kerry"]
    assert kerry.kind == "person" and "Kerry" in kerry.aliases and kerry.mentions == 3
    assert "Secretary" not in " ".join(found)


def test_country_short_forms_become_the_full_name():
    found = entities_of("U.S. officials met in Brussels. The US and the U.N. disagreed.")
    assert found["United States"].kind == "location"
    assert {"U.S.", "US"} <= set(found["United States"].aliases)
    assert found["Brussels"].kind == "location"


def test_nationalities_and_days_are_not_entities():
    found = entities_of("French and Syrian officials met on Monday in Paris.")
    assert set(found) == {"Paris"}


def test_organisations_by_their_head_word_and_acronym():
    found = entities_of("The Congressional Budget Office released a report. The CBO said "
                        "the Interior Ministry agreed. Pacific Gas & Electric Co. cut power.")
    assert found["Congressional Budget Office"].kind == "organization"
    assert "CBO" in found["Congressional Budget Office"].aliases
    assert found["Interior Ministry"].kind == "organization"
    assert found["Pacific Gas & Electric Co."].kind == "organization"


def test_people_by_title_given_name_or_surname_reuse():
    found = entities_of("Gen. Philip Breedlove spoke. Nealy Cox agreed, and Cox left. "
                        "Myles Garrett was suspended.")
    assert {n for n, e in found.items() if e.kind == "person"} == {
        "Philip Breedlove", "Nealy Cox", "Myles Garrett"}


def test_sentence_initial_words_are_not_names():
    found = entities_of("Architects from Europe will bid. Thousands of people came.")
    assert set(found) == {"Europe"}


def test_capitals_dateline_is_a_place():
    found = entities_of("BRUSSELS \u2014 NATO ministers met on Tuesday.")
    assert found["Brussels"].kind == "location" and "BRUSSELS" in found["Brussels"].aliases
    assert found["NATO"].kind == "organization"


def test_title_counts_known_names_only():
    found = entities_of("John Kerry met allies in Brussels.",
                        title="Kerry Says NATO Members Ready to Step Up Fight")
    assert found["John Kerry"].mentions == 2
    assert "NATO" in found and "Says" not in " ".join(found)


def test_non_latin_names_do_not_crash():
    found = entities_of("Владимир Путин встретился с Олафом Шольцем в Москве. "
                        "北京是中国的首都。")
    assert all(e.kind in ("person", "organization", "location") for e in found.values())


def test_merge_entities_resolves_names_across_articles():
    a = Extraction("a", (Entity("John Kerry", "person", ("Kerry",), 3),
                         Entity("United States", "location", ("U.S.",), 2)), ())
    b = Extraction("b", (Entity("John F. Kerry", "person", ("Kerry",), 2),
                         Entity("U.S.", "location", (), 1)), ())
    c = Extraction("c", (Entity("Kerry", "person", (), 1),
                         Entity("Hunter Biden", "person", (), 1),
                         Entity("Joe Biden", "person", (), 4)), ())
    merged = merge_entities([a, b, c])
    kerry = next(e for e in merged if "Kerry" in e.name)
    assert kerry.mentions == 6 and {"John F. Kerry", "Kerry"} <= set(kerry.aliases) | {kerry.name}
    assert sum("Kerry" in e.name for e in merged) == 1
    assert next(e for e in merged if e.kind == "location").mentions == 3
    assert {e.name for e in merged if "Biden" in e.name} == {"Joe Biden", "Hunter Biden"}
    assert merged[0] == kerry  # most mentioned first


def test_merge_entities_of_nothing():
    assert merge_entities([]) == []


def test_names_shaped_like_people_are_settled_by_their_neighbours():
    found = entities_of(
        "Helixa Technologies was charged on Wednesday. Developers must use Helixa Pay, which "
        "takes a commission. Teodor Malecki, who runs the games studio Lumen Forge, said the "
        "fees hurt. Shipping line Baltrana Lines said it had diverted two ships. Shares in "
        "Helixa fell. Gideon Farrow leads the operators. Mr Farrow declined to comment.")
    for name in ("Helixa Pay", "Lumen Forge", "Baltrana Lines"):
        assert found[name].kind == "organization", name
    assert found["Teodor Malecki"].kind == "person"
    assert found["Gideon Farrow"].kind == "person"
    assert "Helixa" in found["Helixa Technologies"].aliases  # the company, not its product


def test_neighbours_make_a_lone_word_a_place_not_part_of_an_organisation():
    found = entities_of("The Kestland Competition Authority filed charges. Prices in "
                        "Kestland are high, and shops across Kestland raised them again.")
    assert found["Kestland"].kind == "location"
    assert "Kestland" not in found["Kestland Competition Authority"].aliases


def test_merge_entities_joins_by_name_and_alias_not_by_shared_aliases():
    a = Extraction("a", (Entity("Helixa Pay", "organization", ("Helixa",), 3),), ())
    b = Extraction("b", (Entity("Helixa Technologies", "organization", ("Helixa",), 5),
                         Entity("KCA", "organization", (), 1)), ())
    c = Extraction("c", (Entity("Helixa Technologies", "organization", (), 1),
                         Entity("Kestland Competition Authority", "organization", ("KCA",), 2),
                         Entity("Calder Maritime", "person", (), 1)), ())
    d = Extraction("d", (Entity("Calder Maritime", "organization", (), 2),), ())
    e = Extraction("e", (Entity("Calder Maritime", "organization", (), 1),), ())
    merged = {e.name: e for e in merge_entities([a, b, c, d, e])}
    assert {"Helixa Pay", "Helixa Technologies"} <= set(merged)
    assert merged["Kestland Competition Authority"].mentions == 3
    assert merged["Calder Maritime"].kind == "organization"  # as most articles have it
    assert merged["Calder Maritime"].mentions == 4
