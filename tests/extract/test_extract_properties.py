"""The offsets invariant, for arbitrary text: every quote is the clean text at its offsets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import make_article
from storyline.extract import extract

# Pieces that exercise the rules: quotation marks, speech verbs, names, titles, pronouns,
# paragraph breaks; mixed with arbitrary characters.
PIECES = st.sampled_from([
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", ",", ".", ":", " ", "\n\n", "\n",
    "said", "told reporters", "according to", "he", "She", "the secretary", "that",
    "John Kerry", "Mr.", "Gen.", "U.S.", "NATO", "Kerry", "WeWork", "BRUSSELS \u2014",
    "We will win", "officials", "a spokesman", "(AP)", "\u2014", "al-Assad", "O'Brien",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_quote_is_the_text_at_its_offsets(text):
    result = extract(make_article("p", text))
    for quote in result.quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "indirect")
        assert quote.text and quote.text == quote.text.strip()
    assert len({e.name for e in result.entities}) == len(result.entities)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text):
    extract(make_article("p", text, title=text[:20]))
