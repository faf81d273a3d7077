from hypothesis import given, strategies as st

from storyline.nlp.sentences import paragraph_spans, sentence_spans


def texts(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_empty_text_has_no_sentences():
    assert sentence_spans("") == [] and sentence_spans(" \n\n ") == []


def test_titles_and_initials_do_not_end_sentences():
    text = "Secretary of State John F. Kerry met Gen. Philip Breedlove. They talked."
    assert texts(text) == ["Secretary of State John F. Kerry met Gen. Philip Breedlove.",
                           "They talked."]


def test_quotes_close_the_sentence_they_end():
    text = "“There are things,” Kerry said. “Whereas the coalition is focused.” It ended."
    assert texts(text) == ["“There are things,” Kerry said.",
                           "“Whereas the coalition is focused.”", "It ended."]


def test_abbreviations_end_a_sentence_only_before_an_opener():
    assert texts("Troops came to the U.S. Army base. The U.S. The end.") == [
        "Troops came to the U.S. Army base.", "The U.S.", "The end."]


def test_line_breaks_end_sentences():
    assert texts("A headline without a stop\nThe body starts here.") == [
        "A headline without a stop", "The body starts here."]


def test_cjk_full_stops_split_without_spaces():
    assert texts("东京今天下雨。明天会晴。") == ["东京今天下雨。", "明天会晴。"]


def test_paragraphs_are_blocks_between_blank_lines():
    text = "One.\nStill one.\n\n  Two.  \n\n\nThree."
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["One.\nStill one.", "Two.",
                                                             "Three."]


@given(st.text(alphabet=st.sampled_from("ab .!?\n“”\"AB'U.S"), max_size=200))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())  # no word is lost
