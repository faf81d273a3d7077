from storyline.clean import Cleaner, clean_document
from storyline.model import Article, RawDocument, Rejected

BODY = ("The council voted on Tuesday to close the old bridge after engineers found cracks "
        "in two of its supports, the mayor said.")


def clean(content, kind="text", **fields):
    return clean_document(RawDocument("doc", "test", kind, content, fields,
                                      title_line=kind != "record"))


def test_title_line_body_and_blank_line_paragraphs():
    article = clean(f"Bridge closed\n\n{BODY}\nSecond paragraph of the story, which goes on "
                    "for a while about the repairs.")
    assert article.title == "Bridge closed"
    assert article.text.split("\n\n") == [
        BODY, "Second paragraph of the story, which goes on for a while about the repairs."]


def test_a_first_line_naming_the_site_of_the_path_or_url_is_not_the_title():
    page = f"The Northern Meridian\nWorld > Europe\n\nBridge closed after cracks found\n\n{BODY}"
    saved = clean_document(RawDocument("doc", "northern-meridian/world/bridge.txt", "text",
                                       page))
    assert saved.title == "Bridge closed after cracks found"
    fetched = clean(page, url="https://www.northernmeridian.com/world/bridge")
    assert fetched.title == "Bridge closed after cracks found"
    assert clean(page).title == "The Northern Meridian"  # nothing says it is the site


def test_notices_widgets_captions_and_link_tails_are_dropped():
    article = clean("\n".join([
        "You are using an older browser version. Please use a supported version.",
        "Bridge closed",
        "We use cookies to improve your experience. Accept",
        "Share this article",
        BODY,
        "The mayor inspects the bridge on Monday. AP Photo/Jane Roe",
        "Advertisement",
        "[Related: How the bridge was built in 1902]",
        "Repairs will take a year and cost about 4 million euros, officials estimated.",
        "Most Read",
        "Ten things to do this weekend",
        "Local team wins again… Continue reading",
        "Why the weather changed",
    ]))
    assert article.title == "Bridge closed"
    assert article.text == BODY + "\n\nRepairs will take a year and cost about 4 million " \
                                  "euros, officials estimated."


def test_a_caption_run_into_a_paragraph_is_cut_off():
    text = ("Title\n\nThe bridge seen from the river, May 2, 2024. REUTERS/Ann Lee "
            "Engineers said the cracks were deep. Engineers had warned for years.")
    assert clean(text).text == "Engineers said the cracks were deep. Engineers had warned " \
                               "for years."


def test_a_standfirst_repeating_the_lead_is_dropped_and_the_dateline_read():
    article = clean(f"Bridge closed\n\n{BODY}\n\nLYON (AP) — {BODY}")
    assert article.text == f"LYON (AP) — {BODY}"
    assert (article.dateline, article.agency) == ("Lyon", "AP")


def test_html_fragments_and_shortcodes_in_text():
    article = clean(f"Bridge closed\n [ad_1]\n<div><p>{BODY}</p><p>Traffic will go over the "
                    "new bridge &amp; the ferry.</p></div>\n[ad_2]")
    assert article.text == f"{BODY}\n\nTraffic will go over the new bridge & the ferry."


def test_mojibake_is_repaired():
    assert "won’t" in clean(f"Title\n\n{BODY} It wonâ€™t reopen soon.").text


def test_markdown_front_matter_becomes_metadata():
    article = clean("---\ntitle: Bridge closed\ndate: 2024-05-02 10:00\nauthor: By Ann Lee\n"
                    "url: https://www.lyon-daily.example.com/bridge\n---\n# Bridge closed\n\n"
                    f"**{BODY}** See [the map](https://x.example).", kind="markdown")
    assert (article.title, article.published, article.author, article.outlet) == (
        "Bridge closed", "2024-05-02", "Ann Lee", "lyon-daily.example.com")
    assert article.text == f"{BODY} See the map."


def test_yaml_bombs_and_broken_front_matter_do_not_stop_cleaning():
    bomb = "---\na: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n"
    assert clean(bomb + f"Title\n\n{BODY}").text == BODY
    assert clean("---\ntitle: [unclosed\n---\n" + f"Title\n\n{BODY}").text == BODY


def test_whole_pages_go_through_the_page_extractor():
    page = ("<html><head><title>Bridge closed | Lyon Daily</title>"
            '<meta property="article:published_time" content="2024-05-02"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Bridge closed</h1><p>{BODY}</p><p>{BODY.replace('Tuesday', 'Monday')}"
            "</p></article><footer>© Lyon Daily. All rights reserved.</footer></body></html>")
    article = clean(page, kind="html")
    assert article.title.startswith("Bridge closed")
    assert BODY in article.text and "Home" not in article.text and "©" not in article.text
    assert article.published == "2024-05-02"


def test_deeply_nested_markup_does_not_crash():
    page = "<div>" * 10000 + BODY + "</div>" * 10000
    result = clean(page, kind="html")
    assert isinstance(result, (Article, Rejected))


def test_nothing_left_is_a_rejection_with_a_reason():
    result = clean("Share this article\nAdvertisement\n", kind="text")
    assert isinstance(result, Rejected) and result.reason == "no article text after cleaning"


def test_json_records_start_with_body_not_title():
    article = clean_document(RawDocument("r1", "feed:1", "text", BODY + "\n\nSecond line here.",
                                         {"published": "2024-05-02"}, title_line=False))
    assert article.title is None and article.text.startswith(BODY)


def test_a_one_line_article_that_repeats_its_title_keeps_its_line():
    line = "Obama outlines his plans for economic recovery in a speech to Congress"
    article = clean_document(RawDocument("r1", "feed:1", "text", line, {"title": line},
                                         title_line=False))
    assert article.text == line


def test_non_latin_text_is_kept_and_its_language_told():
    text = "東京で大雨\n\n東京都内では今日、記録的な大雨が降り、多くの電車が運転を見合わせました。"
    article = clean(text)
    assert article.text.startswith("東京都内") and article.language == "ja"


def test_cleaner_settings_are_validated():
    import pytest
    with pytest.raises(ValueError, match="min_words"):
        Cleaner(min_words=0)


def test_an_unclosed_embed_tag_does_not_swallow_the_text_after_it():
    text = (f"Bridge closed\n\n{BODY}\n\nEmbed <iframe src=\"https://player.example/1\" "
            "width=\"100%\">\n\nThe mayor said repairs would start next month and take a year, "
            "with a ferry replacing the bridge in the meantime.")
    article = clean(text)
    assert article.text.endswith("with a ferry replacing the bridge in the meantime.")
    assert "iframe" not in article.text


def test_reader_comments_are_not_the_article():
    paragraphs = [BODY, "A ferry will carry pedestrians and cyclists across the river from "
                        "Monday, running every twenty minutes during the day.",
                  "Drivers face a detour of about eleven kilometres through the industrial "
                  "zone, and the police expect long queues at rush hour.",
                  "The repairs are expected to cost four million euros, most of it paid by the "
                  "regional government under its emergency infrastructure fund.",
                  "Engineers first reported the cracks in March, but a full inspection was "
                  "delayed twice because of a shortage of divers, officials said."]
    comments = ["12 Comments on “Bridge closed”", "Ann Reader",
                "I drive over this bridge every day and I am glad they finally noticed the "
                "cracks, it has been shaking for years."]
    article = clean("Bridge closed\n\n" + "\n\n".join(paragraphs + comments))
    assert article.text == "\n\n".join(paragraphs)


def test_a_50_mb_page_of_scripts_is_slimmed_and_cleaned():
    script = "<script>var x = '" + "a" * (50 * 2**20) + "';</script>"
    page = (f"<html><head><title>Bridge closed</title>{script}</head><body><article>"
            f"<p>{BODY}</p><p>{BODY.replace('Tuesday', 'Monday')}</p></article></body></html>")
    article = clean(page, kind="html")
    assert BODY in article.text


def test_a_50_mb_page_of_markup_is_refused_with_its_reason():
    page = "<html><body>" + "<div><p>word</p></div>" * (50 * 2**20 // 22) + "</body></html>"
    result = clean(page, kind="html")
    assert isinstance(result, Rejected) and result.reason.startswith("page too large")
