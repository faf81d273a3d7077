"""Quotes: kinds, attribution patterns, pronouns, multi-paragraph quotations, offsets."""
import pytest

from helpers import make_article
from storyline.extract import Extractor, extract


def quotes_of(text, **options):
    result = extract(make_article("a", text), **options)
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return result.quotes


def direct(text):
    return [(q.speaker, q.text) for q in quotes_of(text) if q.kind == "direct"]


def test_empty_article_has_nothing():
    result = Extractor()(make_article("e", ""))
    assert result.entities == () and result.quotes == ()
    assert result.to_dict() == {"id": "e", "entities": {"person": [], "organization": [],
                                                       "location": []}, "quotes": []}


def test_one_quote_after_its_text():
    text = "Secretary of State John Kerry met allies.\n\n\u201cThere are a number of things " \
           "countries can do,\u201d Kerry told reporters."
    assert direct(text) == [("John Kerry", "There are a number of things countries can do")]


@pytest.mark.parametrize("text, speaker", [
    ('"We will win," said Gen. Philip Breedlove.', "Philip Breedlove"),
    ('"We will win," Philip Breedlove, the commander, said.', "Philip Breedlove"),
    ('Philip Breedlove said: "We will win."', "Philip Breedlove"),
    ('Philip Breedlove added, "We will win."', "Philip Breedlove"),
    ('"We will win," according to Philip Breedlove.', "Philip Breedlove"),
    ('"We will win," said U.S. Attorney Nealy Cox.', "Nealy Cox"),
])
def test_attribution_patterns(text, speaker):
    assert [(s, t.rstrip(".")) for s, t in direct(text)] == [(speaker, "We will win")]


def test_quote_broken_by_its_attribution_gives_two_entries():
    text = '"Our focus is ISIL," Ash Carter said, "and it will be defeated."'
    assert direct(text) == [("Ash Carter", "Our focus is ISIL"),
                            ("Ash Carter", "and it will be defeated.")]


def test_pronoun_finds_the_person_of_that_gender():
    text = ("Ilhan Omar spoke after Patrick Carlineo was sentenced. She asked for compassion."
            "\n\nShe added, \"We must teach the defendant love.\"")
    assert direct(text) == [("Ilhan Omar", "We must teach the defendant love.")]


def test_pronoun_after_a_previous_paragraph():
    text = ("Kevin Mayer, the head of the streaming unit, spoke on Monday.\n\n"
            "\"Operating is a lot different than a strategy role,\" he said.")
    assert direct(text) == [("Kevin Mayer", "Operating is a lot different than a strategy role")]


def test_title_description_resolves_to_the_titled_person():
    text = ("Secretary of State John Kerry met Paolo Gentiloni.\n\n"
            "\"We agreed on everything,\" the secretary said.")
    assert direct(text) == [("John Kerry", "We agreed on everything")]


def test_spokesperson_speaks_for_the_organisation():
    text = "\u201cWe are cooperating,\u201d said a WeWork spokesperson when contacted."
    assert direct(text) == [("WeWork", "We are cooperating")]


def test_unnamed_sources_are_nobody():
    text = '"The talks are over," officials said.'
    assert direct(text) == [(None, "The talks are over")]


def test_multi_paragraph_quote_one_entry_per_paragraph():
    text = ('Mark Smith, a lawyer for the family, said: "We are relieved.\n\n'
            '"We always knew the truth would come out.\n\n'
            '"Now we can rest."')
    assert direct(text) == [("Mark Smith", "We are relieved."),
                            ("Mark Smith", "We always knew the truth would come out."),
                            ("Mark Smith", "Now we can rest.")]


def test_paragraph_continuing_the_previous_speaker():
    text = ('"Absolutely, precisely," Alan Greenspan said.\n\n'
            '"You know, that is precisely the reason I was shocked."')
    assert [s for s, _ in direct(text)] == ["Alan Greenspan", "Alan Greenspan"]


def test_partial_quote_and_its_reported_clause():
    text = ('Seeing those dismantled would be \u201cdisastrous,\u201d John Kerry said.\n\n'
            'He expressed \u201cfull and total respect\u201d for the leadership.')
    kinds = {(q.kind, q.text, q.speaker) for q in quotes_of(text)}
    assert ("partial", "disastrous", "John Kerry") in kinds
    assert ("partial", "full and total respect", "John Kerry") in kinds


def test_scare_quotes_and_titles_are_not_quotes():
    text = ('Militants proclaimed a \u201ccaliphate\u201d in parts of Syria.\n\n'
            'The company used the word \u201cWe\u201d in a \u201cskinny\u201d trade deal, '
            'and showed "Mary Poppins" to viewers.')
    assert quotes_of(text) == ()


def test_indirect_quote_without_that_and_final_stop():
    text = ("U.S. Secretary of State John Kerry said Wednesday that NATO members stood ready "
            "to step up military efforts.")
    assert [(q.speaker, q.text, q.kind) for q in quotes_of(text)] == [
        ("John Kerry", "NATO members stood ready to step up military efforts", "indirect")]


def test_indirect_quote_with_trailing_attribution():
    text = "John Kerry met allies.\n\nThe effort will require more facilities, he said."
    assert [(q.speaker, q.text) for q in quotes_of(text) if q.kind == "indirect"] == [
        ("John Kerry", "The effort will require more facilities")]


def indirect(text):
    return [(q.speaker, q.text) for q in quotes_of(text) if q.kind == "indirect"]


def test_subject_with_a_relative_clause_then_said_that():
    text = ("Helixa Technologies was charged on Wednesday.\n\nHelixa, which was founded in "
            "2006 as a maker of navigation software, said that it would contest every "
            "allegation.")
    assert indirect(text) == [("Helixa Technologies", "it would contest every allegation")]


def test_the_company_is_the_company_the_article_is_about():
    text = ("Helixa Technologies offered concessions on Tuesday. Helixa Technologies has "
            "faced charges since March.\n\nDevelopers selling on the Helixa Market would pay "
            "a commission of 15 percent instead of 30 percent, the company said.")
    assert indirect(text)[0][0] == "Helixa Technologies"


def test_an_organisation_described_before_its_name_speaks():
    text = ("Shipping line Baltrana Lines said it had diverted two vessels to Harwick.\n\n"
            "Prices rose, according to data from MarketAxess Research.")
    assert indirect(text) == [("Baltrana Lines",
                               "it had diverted two vessels to Harwick")]


def test_reported_clause_inside_another_gives_an_entry_per_source():
    text = ("Polish Foreign Minister Witold Waszczykowski indicated that Poland would "
            "consider contributing more, John Kirby said.")
    found = {(q.speaker, q.text) for q in quotes_of(text) if q.kind == "indirect"}
    assert found == {("John Kirby", "Polish Foreign Minister Witold Waszczykowski indicated "
                                    "that Poland would consider contributing more"),
                     ("Witold Waszczykowski", "Poland would consider contributing more")}


def test_noun_phrase_complements_are_not_reported_speech():
    text = "John Kerry urged them to step up.\n\nThe minister announced a new cabinet."
    assert quotes_of(text) == ()


def test_non_latin_text_does_not_crash():
    text = ("\u5317\u4eac\u2014\u201c\u6211\u4eec\u5e0c\u671b\u548c\u5e73\u3002\u201d\u4ed6"
            "\u8bf4\u3002\n\n\u00abМы готовы\u00bb, \u2014 сказал "
            "Владимир Путин.\n\n"
            "Der Präsident sagte: \u201eWir sind bereit.\u201c")
    result = extract(make_article("zh", text))
    for q in result.quotes:
        assert text[q.start:q.end] == q.text


def test_kinds_setting_filters_and_validates():
    text = 'John Kerry said the talks went well. "We are ready," he said.'
    assert {q.kind for q in quotes_of(text, kinds=("direct",))} == {"direct"}
    with pytest.raises(ValueError, match="kinds"):
        Extractor(kinds=("quoted",))
    assert Extractor(kinds=["direct"]).kinds == ("direct",)


def test_output_is_deterministic():
    text = 'John Kerry met Ash Carter in Brussels. "We agree," Kerry said. Carter said no.'
    article = make_article("d", text)
    assert Extractor()(article).to_dict() == Extractor()(article).to_dict()


def test_settings_load_from_toml(tmp_path):
    from storyline.config import load_config
    from storyline.errors import ConfigError
    path = tmp_path / "storyline.toml"
    path.write_text('[extract]\nkinds = ["direct", "partial"]\ntitle_entities = false\n')
    extractor = load_config(path).extract
    assert extractor.kinds == ("direct", "partial") and extractor.title_entities is False
    path.write_text('[extract]\nkinds = ["everything"]\n')
    with pytest.raises(ConfigError, match="kinds"):
        load_config(path)


def test_british_single_quotation_marks():
    text = ("Giuliana Sgrena spoke on Sunday.\n\n"
            "'The hardest moment was when he died,' she said. The minister promised to "
            "'leave no stone unturned' in the inquiry.")
    found = [(q.kind, q.speaker, q.text) for q in quotes_of(text) if q.kind != "indirect"]
    assert ("direct", "Giuliana Sgrena", "The hardest moment was when he died") in found
    assert any(kind == "partial" and t == "leave no stone unturned" for kind, _, t in found)
