from storyline.nlp.spelling import normalized_words
from storyline.nlp.tokens import words


def test_british_and_american_copies_read_the_same():
    british = "U.S. Defence Secretary backs co-operation on refuelling centres, 5 per cent"
    american = "US Defense Secretary backs cooperation on refueling centers, 5%"
    assert normalized_words(british) == normalized_words(american)


def test_transliterations_and_articles_read_the_same():
    assert normalized_words("Moammar Gadhafi and al-Qaida") == \
        normalized_words("Muammar Gaddafi and al Qaeda")
    assert normalized_words("ISIS and ISIL") == normalized_words("IS and IS")


def test_ordinary_words_are_left_alone():
    assert normalized_words("as an ad hoc rise") == ["as", "an", "ad", "hoc", "rise"]


def test_cjk_characters_are_words():
    assert words("東京 Tokyo") == ["東", "京", "tokyo"]


from hypothesis import given, strategies as st  # noqa: E402

from storyline.nlp.tokens import WORD  # noqa: E402


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_fast_path_gives_the_same_words(text):
    assert words(text) == WORD.findall(text.lower())
