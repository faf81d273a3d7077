from storyline.clean import Cleaner
from storyline.model import RawDocument

PROMO = "The Daily Brief in your pocket"  # the site puts it between every two paragraphs
WIRE = ("The port authority said on Tuesday that the strike had cost exporters about 40 million "
        "crowns a day, and that ships were now waiting up to five days for a berth.")


def pile(n):
    for i in range(n):
        opening = (f"Story {i} opens with its own first paragraph about event number {i}, which "
                   f"happened somewhere in the north of the country on day {i}.")
        closing = (f"Officials said the event numbered {i} would be reviewed next month by an "
                   f"independent panel of experts from three universities.")
        wire = [WIRE] if i % 10 == 0 else []  # a syndicated paragraph on every tenth page
        yield RawDocument(f"d{i}", "test", "text",
                          "\n".join([f"Headline {i}", opening, PROMO, closing, *wire]))


def test_a_large_pile_teaches_its_repeated_lines():
    first = next(pile(1))
    assert PROMO in Cleaner()(first).text  # alone, a short line inside the article stays
    learned = Cleaner().learn(pile(1000))(first)
    assert PROMO not in learned.text
    assert WIRE in learned.text  # a paragraph many pages repeat is an article's


def test_a_small_pile_learns_nothing_so_each_document_cleans_alone():
    documents = list(pile(50))
    assert Cleaner().learn(documents)(documents[0]) == Cleaner()(documents[0])


def test_learning_can_be_switched_off():
    documents = list(pile(1000))
    assert Cleaner(corpus_min_documents=0).learn(documents)(documents[0]) == \
        Cleaner()(documents[0])
