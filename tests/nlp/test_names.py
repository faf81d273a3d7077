import re
import unicodedata

import pytest

from helpers import make_article
from storyline.extract import Extractor, givennames
from storyline.nlp.names import FEMALE, GIVEN, MALE, NEUTRAL, gender_of_given

MUST_HAVE = """kelia pavlina gokul darya santiago trond rasmus shivya jillian liza spencer olive
albert josh gabby amit nirmita naftali franck marit saskia halvard mirela sorin teodor esther
imogen""".split()

# Mostly ordinary words, places or companies when capitalised in headlines and menus.
EXCLUDED = """will mark rose grace hope may june april august bill pat sky summer autumn faith
joy art guy bob rich sunny river storm page chase hunter price king young case miles major gene
dawn eve ivy pearl sue cliff grant reed wade edit line even odd till said sultan sheikh
georgia israel paris sydney austin madison carolina milan morgan mercedes alexa siri sora
yara lotte padma selma thais liga tor ole""".split()

# Mostly the second half of a compound given name: the extract stage cuts a hyphenated word
# before a known given name, so "Jean-Luc Mélenchon" would become "Luc Mélenchon".
SECOND_HALVES = "luc yves noël noel baptiste hugues bertrand laurence uwe".split()

# Romanised Chinese syllables that are mostly surnames or words.
CHINESE_SYLLABLES = """li wang zhang chen liu yang huang zhao wu zhou xu sun ma hu guo he lin
luo gao xi wei ming hong mei ling jing ying yan jun min""".split()


def test_must_have_names_are_given_names():
    assert [n for n in MUST_HAVE if n not in GIVEN] == []


def test_excluded_words_are_not_given_names():
    assert [w for w in EXCLUDED + CHINESE_SYLLABLES + SECOND_HALVES if w in GIVEN] == []


def test_distinctive_chinese_and_korean_given_names_are_kept():
    assert {"xiaoming", "jianguo", "meiling", "jinping", "min-jun", "ji-woo"} <= GIVEN


@pytest.mark.parametrize("name, gender", [
    ("Gokul Raman", "m"), ("Trond Giske", "m"), ("Naftali Bennett", "m"),
    ("Santiago Peña", "m"), ("Jean-Luc Mélenchon", "m"), ("José Mujica", "m"),
    ("Darya Kozlova", "f"), ("Jillian Jones", "f"), ("Saskia Esken", "f"),
    ("Imogen Poots", "f"), ("Kelia Losa Reinoso", "f"), ("Zoë Ball", "f"),
    ("Tendai Biti", None), ("Jean Castex", None), ("Kai Havertz", None),
    ("Xyzzy Smith", None), ("", None), ("   ", None),
])
def test_gender_of_given(name, gender):
    assert gender_of_given(name) == gender


def test_entries_are_lower_case_words_of_three_letters_or_more():
    word = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
    bad = [n for n in GIVEN if n != n.lower() or len(n) < 3 or not word.fullmatch(n)
           or unicodedata.normalize("NFC", n) != n]
    assert bad == []


def test_sets_are_disjoint_and_given_is_their_union():
    assert not MALE & FEMALE and not MALE & NEUTRAL and not FEMALE & NEUTRAL
    assert GIVEN == MALE | FEMALE | NEUTRAL
    assert 3000 <= len(GIVEN)


def test_extract_stage_reads_the_same_list():
    assert givennames.GIVEN is GIVEN and givennames.MALE is MALE
    assert givennames.FEMALE is FEMALE and givennames.gender_of_given is gender_of_given


def test_the_extract_stage_finds_people_by_the_new_names_and_their_gender():
    extraction = Extractor()(make_article("a", (
        "Kanye West and Santiago Orozco arrived. Jean-Luc Mélenchon and Jean-Noël Barrot met. "
        "Trond Giske met Pavlina Ivanova in Oslo. She said she was pleased.")))
    kinds = {e.name: e.kind for e in extraction.entities}
    for name in ("Kanye West", "Santiago Orozco", "Jean-Luc Mélenchon", "Jean-Noël Barrot",
                 "Trond Giske", "Pavlina Ivanova"):
        assert kinds.get(name) == "person", name
    assert [(q.speaker, q.text) for q in extraction.quotes] == \
        [("Pavlina Ivanova", "she was pleased")]
