from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import make_article
from storyline.model import Member, SyndicationGroup
from storyline.summarize import TimelineBuilder
from storyline.summarize.dating import article_mentions, mentions_by_span
from summarize.samples import UNRELATED, quake_articles


def assert_cited(timeline, articles):
    by_id = {a.id: a for a in articles}
    for entry in timeline.entries:
        assert len(entry.evidence) == len(entry.sentences)
        for c in entry.sentences:
            assert by_id[c.article].text[c.start:c.end] == c.text


def test_empty_input_gives_an_empty_timeline():
    assert TimelineBuilder()([]).entries == ()
    assert TimelineBuilder()([], groups=[]).to_dict() == {"entries": []}


def test_events_are_dated_by_when_they_happened():
    # Published on Wednesday 13 January, the wire story says the quake struck "on Tuesday".
    timeline = TimelineBuilder(max_dates=5)(quake_articles())
    dates = [e.date for e in timeline.entries]
    assert "2010-01-12" in dates
    quake_day = timeline.entries[dates.index("2010-01-12")]
    assert quake_day.evidence[0] is not None and "Tuesday" in quake_day.evidence[0]
    assert "Tuesday" in quake_day.sentences[0].text


def test_entries_are_sorted_and_limited():
    articles = quake_articles()
    timeline = TimelineBuilder(max_dates=2, sentences_per_date=2)(articles)
    dates = [e.date for e in timeline.entries]
    assert dates == sorted(dates) and 1 <= len(dates) <= 2
    assert all(1 <= len(e.sentences) <= 2 for e in timeline.entries)
    assert_cited(timeline, articles)


def test_one_article():
    article = quake_articles()[0]
    timeline = TimelineBuilder(max_dates=3)([article])
    assert timeline.entries
    assert_cited(timeline, [article])


def test_sentences_are_not_repeated_across_copies():
    copies = [make_article(f"c{n}", quake_articles()[0].text, published="2010-01-13")
              for n in range(6)]
    timeline = TimelineBuilder(max_dates=5, sentences_per_date=3)(copies)
    texts = [c.text for e in timeline.entries for c in e.sentences]
    assert texts and len(texts) == len(set(texts))


def test_query_keeps_unrelated_news_out():
    noise = [make_article(f"lib{n}", UNRELATED, published=f"2010-01-{n + 10:02d}")
             for n in range(6)]
    articles = quake_articles() + noise
    timeline = TimelineBuilder(max_dates=2, query="Haiti earthquake")(articles)
    texts = " ".join(c.text for e in timeline.entries for c in e.sentences)
    assert "ibrar" not in texts and "earthquake" in texts.lower()


def test_missing_publication_dates():
    # Without a publication date only a full date in the text can date a sentence.
    articles = [make_article("a", "The treaty was signed in Paris on 12 March 2019 by all "
                                  "twenty member states of the organisation.", published=None),
                make_article("b", "The talks resumed on Tuesday after a long break.")]
    timeline = TimelineBuilder(max_dates=5)(articles)
    assert [e.date for e in timeline.entries] == ["2019-03-12"]
    assert timeline.entries[0].evidence == ("12 March 2019",)


def test_non_latin_text_does_not_crash():
    articles = [
        make_article("ja", "東京で大きな地震があった。多くの建物が倒壊した。", published="2011-03-11"),
        make_article("ru", "В Гаити произошло сильное землетрясение. Погибли тысячи людей, "
                           "сообщили официальные лица.", published="2010-01-13"),
    ]
    timeline = TimelineBuilder(max_dates=3, query="地震")(articles)
    assert_cited(timeline, articles)


def test_mentions_fall_in_their_sentences():
    article = make_article("a", "Talks began on Monday. They ended on Wednesday without a deal.",
                           published="2024-05-10")
    found = article_mentions(article, reference=date(2024, 5, 10))
    days = mentions_by_span(found, [(0, 22), (23, 62)], text=article.text)
    assert [[d.day for d in ds] for ds in days] == [[date(2024, 5, 6)], [date(2024, 5, 8)]]
    assert days[1][0].evidence == "on Wednesday"


_TEXT = st.lists(st.one_of(
    st.text(min_size=0, max_size=60),
    st.sampled_from(["The council voted on Tuesday to approve the plan.", "\n\n", "yesterday",
                     "Protesters marched in Cairo on Dec. 2, 2015 and again on Friday.",
                     "地震があった。", " — ", "He said so."])),
    max_size=10).map("".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_TEXT, min_size=1, max_size=4),
       published=st.sampled_from([None, "2015-12-04", "2016-02-29"]),
       dates=st.integers(1, 5), per_date=st.integers(1, 3))
def test_every_citation_is_exact(texts, published, dates, per_date):
    articles = [make_article(f"a{n}", t, published=published) for n, t in enumerate(texts)]
    timeline = TimelineBuilder(max_dates=dates, sentences_per_date=per_date)(articles)
    assert_cited(timeline, articles)
    assert len(timeline.entries) <= dates
    assert [e.date for e in timeline.entries] == sorted(e.date for e in timeline.entries)


def test_repeated_ids_do_not_mix_up_texts():
    first, second = quake_articles()[0], quake_articles()[2]
    articles = [first, make_article(first.id, second.text, published="2010-01-14")]
    timeline = TimelineBuilder(max_dates=4, sentences_per_date=2)(articles)
    texts = {first.text, second.text}
    for entry in timeline.entries:
        for c in entry.sentences:
            assert any(t[c.start:c.end] == c.text for t in texts)


def test_undated_lead_sentences_carry_no_evidence():
    article = make_article("a", "Protesters filled the central square of the capital, "
                                "demanding the release of political prisoners.",
                           published="2011-02-08")
    timeline = TimelineBuilder(max_dates=2)([article])
    assert [(e.date, e.evidence) for e in timeline.entries] == [("2011-02-08", (None,))]


def test_a_copy_without_a_date_is_dated_by_its_group():
    dated = make_article("copy", "Ministers met in Brussels on Wednesday to agree on new "
                                 "sanctions against the regime.", published="2015-12-02")
    undated = make_article("canonical", dated.text + "\n\nThe talks will resume next month "
                                                    "in Paris, officials said.", published=None)
    group = SyndicationGroup("g", "canonical", (Member("canonical", "canonical", 1.0, 1.0),
                                                Member("copy", "excerpt", 1.0, 0.6)))
    timeline = TimelineBuilder(max_dates=3)([dated, undated], groups=[group])
    assert [e.date for e in timeline.entries] == ["2015-12-02"]
    assert timeline.entries[0].sentences[0].article == "canonical"
