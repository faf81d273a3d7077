import pytest

from helpers import make_article
from storyline.summarize.candidates import article_candidates
from storyline.summarize.furniture import furniture_prefix, usable


@pytest.mark.parametrize("sentence, kept", [
    ("CAIRO (Reuters) - Police fired tear gas at protesters in central Cairo on Friday.",
     "Police fired tear gas"),
    ("Cairo, Egypt (CNN) -- Thousands of protesters spilled into the streets on Tuesday.",
     "Thousands of protesters"),
    ("NASHVILLE, Oct. 7 -- Presidential candidates clashed repeatedly here on Tuesday night.",
     "Presidential candidates"),
    ("(By Michael Fein -- Bloomberg News) U.S. factory orders sank by the largest amount in "
     "nearly two years in August.", "U.S. factory orders"),
    ("Swine flu outbreak reaches Europe The first cases of swine flu have been confirmed in "
     "Europe.", "The first cases"),
    ("Prepare for swine flu pandemic, WHO warns Tuesday 28 April 2009 17.37 BST The world "
     "should prepare for a pandemic, the WHO said.", "The world should"),
])
def test_furniture_before_the_sentence_is_left_out(sentence, kept):
    assert sentence[furniture_prefix(sentence):].startswith(kept)


@pytest.mark.parametrize("sentence", [
    "Egyptian President Hosni Mubarak said on Tuesday he would not seek another term.",
    "The singer was born in Port-au-Prince in 1972 and moved to New York as a child.",
    "Officials in the influenza A virus laboratory confirmed the results on Monday.",
])
def test_a_plain_sentence_is_left_whole(sentence):
    assert furniture_prefix(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "He said the rescue teams were digging through the rubble with their hands.",
    "But the roads out of the airport were blocked by debris for most of the day.",
    "BLITZER: The crowds in Tahrir Square are bigger than yesterday, by all accounts.",
    "Click here to read more stories about the earthquake in Haiti.",
    "Get details from CNN affiliate WLS about the storm in the region tonight.",
    "Survivors gather in a square in the capital (AP Photo/Jane Doe).",
    "Airlines Brace for Impact of Crisis Delta Air Lines chief executive Richard Anderson "
    "said the carrier was insulated.",
    "What will the government do about the rising number of cases this week?",
    "I think the protesters have every right to be angry about the state of things.",
    "\"We will not leave until he goes, said one protester in the square.",
    "Note: The full interview will air at 1600ET on CNN International tonight.",
    "By Julian E. Zelizer, Special to CNN An anti-government protester chants slogans.",
    "\"It is an effort to shift the climate away from deregulation,\" he said.",
    "Speaking to reporters at the airport, she said the talks had failed again.",
    "A protester totes a handcrafted shield on Thursday, February 3, in Cairo, Egypt.",
    "It's a situation with implications for the U.S. CROWLEY (voice-over): Today, a crisis.",
    "-- The Canadian government will begin evacuating its citizens from Egypt on Monday.",
    "\u201cForty years my family has baked bread here, and now the river has taken it.\u201d",
])
def test_sentences_that_cannot_stand_alone(sentence):
    assert not usable(sentence[furniture_prefix(sentence):])


@pytest.mark.parametrize("sentence", [
    "The president said he would act quickly to restore order in the capital.",
    "The protesters said they would stay in the square until the president resigned.",
    "Obama said on Tuesday that the talks in Cairo had failed to produce a deal.",
    "The minister said on Monday, March 9, in a statement that the talks had failed.",
    "\"We will rebuild every house on this street,\" Prime Minister Halvard Strom said.",
])
def test_sentences_that_stand_alone(sentence):
    assert usable(sentence)


def test_caption_before_a_credit_is_not_a_candidate():
    text = ("Data Paint Bleak Picture\n\nA worker passes the Bank of England in London on "
            "Tuesday.\n\n(By Michael Fein -- Bloomberg News) U.S. factory orders sank by the "
            "largest amount in nearly two years in August, the government said.")
    found = [c.text for c in article_candidates(make_article("a", text), group="g")]
    assert found == ["U.S. factory orders sank by the largest amount in nearly two years in "
                     "August, the government said."]
