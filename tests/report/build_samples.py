"""Hand-made Builds and a hypothesis strategy for consistent ones, shared by the store and report
tests (import as `report.build_samples`: pyproject puts tests/ on the path)."""
from __future__ import annotations

from hypothesis import strategies as st

from storyline.model import (Article, Build, Citation, Entity, Event, Extraction, Member, Quote,
                             Rejected, Storyline, Summary, SyndicationGroup, Timeline,
                             TimelineEntry)

KERRY = ("BRUSSELS — Secretary of State John Kerry said on Tuesday that NATO would act.\n\n"
         "\"We will stand together. Nobody doubts it,\" Kerry said. Ministers agreed.")
KERRY_SHORT = "Kerry said on Tuesday that NATO would act.\n\nMinisters agreed <b>quickly</b>."
CHINESE = "北约外长会议在布鲁塞尔举行。克里说：“我们将团结一致。”"
ARABIC = "قال وزير الخارجية الأمريكي جون كيري إن حلف الناتو سيتحرك."


def cite(article: Article, words: str) -> Citation:
    start = article.text.index(words)
    return Citation(article.id, start, start + len(words), words)


def quote(article: Article, words: str, speaker: str | None, kind: str = "direct") -> Quote:
    start = article.text.index(words)
    return Quote(speaker, words, kind, start, start + len(words))


def empty_build() -> Build:
    return Build((), (), (), (), (), {}, {}, {})


def chain(articles, *, title="Story", start=None, end=None, summary=(), timeline=(),
          extractions=None, rejected=()) -> Build:
    """One group per article, one event and one storyline holding them all."""
    groups = tuple(SyndicationGroup(f"g:{a.id}", a.id, (Member(a.id, "canonical", 1.0, 1.0),))
                   for a in articles)
    event = Event("e1", title, start, end, tuple(a.id for a in articles),
                  tuple(g.id for g in groups))
    return Build(tuple(articles), tuple(rejected), groups, (event,),
                 (Storyline("s1", title, ("e1",)),), {"e1": Summary(tuple(summary))},
                 {"s1": Timeline(tuple(timeline))}, extractions or {})


def one_article() -> Build:
    a = Article("only.txt", "in/only.txt", "Kerry in Brussels", KERRY, "2015-12-01", "AP")
    return chain([a], start="2015-12-01", end="2015-12-01",
                 summary=[cite(a, "Secretary of State John Kerry said on Tuesday")],
                 timeline=[TimelineEntry("2015-12-01", (cite(a, "NATO would act."),),
                                         ("on Tuesday",))],
                 extractions={a.id: Extraction(
                     a.id, (Entity("John Kerry", "person"),),
                     (quote(a, "We will stand together.", "John Kerry"),))})


def all_copies() -> Build:
    """Four copies of one wire story: one group, one event, one storyline."""
    outlets = ("AP", "Yahoo", "ABC", "Seattle Times")
    articles = [Article(f"copy{n}", f"in/copy{n}", "Kerry: NATO will act", KERRY, "2015-12-01",
                        outlet) for n, outlet in enumerate(outlets)]
    members = (Member("copy0", "canonical", 1.0, 1.0),) + tuple(
        Member(a.id, "exact", 1.0, 1.0) for a in articles[1:])
    group = SyndicationGroup("g1", "copy0", members)
    q = quote(articles[0], "We will stand together.", "John Kerry")
    extractions = {a.id: Extraction(a.id, (Entity("John Kerry", "person", ("Kerry",), 2),),
                                    (q,)) for a in articles}
    return Build(tuple(articles), (), (group,),
                 (Event("e1", "NATO meets", "2015-12-01", None, tuple(a.id for a in articles),
                        ("g1",)),),
                 (Storyline("s1", "NATO", ("e1",)),),
                 {"e1": Summary((cite(articles[0], "John Kerry said on Tuesday"),))}, {},
                 extractions)


def varied() -> Build:
    """Odd ids, non-Latin text, missing dates, markup in titles, a crossing quote, a rejection,
    an article outside every event and an event outside every storyline."""
    a = Article("a/b.txt", "in/a/b.txt", "Kerry: NATO will act", KERRY, "2015-12-01", "AP",
                "Matt Lee", "https://apnews.com/x", "Brussels", "AP", "en")
    b = Article("x:1", "feed.jsonl:1", "<script>alert(1)</script>", KERRY_SHORT, None, "Yahoo",
                url="javascript:alert(1)", language="en")
    c = Article("新华社/1", "cn.txt", "北约会议", CHINESE, "2015-12-02T10:00:00+08:00", "新华社",
                language="zh")
    d = Article("..", "ar.txt", None, ARABIC, None, None, language="ar")
    e = Article("lonely #1?x=1&y", "lonely.txt", "Unrelated", "Nothing to see here.", None)
    crossing = KERRY[KERRY.index("We will"):KERRY.index("Ministers") + len("Ministers")]
    groups = (
        SyndicationGroup("g1", "a/b.txt", (Member("a/b.txt", "canonical", 1.0, 1.0),
                                           Member("x:1", "excerpt", 0.95, 0.4))),
        SyndicationGroup("g2", "新华社/1", (Member("新华社/1", "canonical", 1.0, 1.0),)))
    events = (Event("e/1", "NATO ministers meet", "2015-12-01", "2015-12-02",
                    ("a/b.txt", "x:1", "新华社/1"), ("g1", "g2")),
              Event("e:2", "Kerry in the Arab press", None, None, ("..",)))
    extractions = {
        "a/b.txt": Extraction("a/b.txt", (Entity("John Kerry", "person", ("Kerry",), 2),
                                          Entity("NATO", "organization"),
                                          Entity("Brussels", "location")),
                              (quote(a, crossing, "John Kerry"),
                               quote(a, "NATO would act", "John Kerry", "indirect"))),
        "x:1": Extraction("x:1", (Entity("John Kerry", "person"),), ()),
        "新华社/1": Extraction("新华社/1", (), (quote(c, "我们将团结一致。", "克里"),)),
        "..": Extraction("..", (Entity("جون كيري", "person"),), ()),
    }
    return Build(
        (a, b, c, d, e), (Rejected("bad.bin", "in/bad.bin", "ingest", "binary file"),), groups,
        events, (Storyline("s<1>", "NATO & ISIS", ("e/1",)),),
        {"e/1": Summary((cite(a, "Secretary of State John Kerry said on Tuesday that NATO would "
                                 "act."), cite(c, "北约外长会议在布鲁塞尔举行。"))),
         "e:2": Summary((cite(d, "جون كيري"),))},
        {"s<1>": Timeline((TimelineEntry("2015-12-01", (cite(a, "NATO would act."),
                                                        cite(b, "Kerry said on Tuesday")),
                                         ("on Tuesday",)),
                           TimelineEntry("2015-12-02", (cite(c, "克里说"),), (None,))))},
        extractions)


def odd_ids() -> Build:
    """Ids that are paths, URLs, markup, case twins, empty or dots."""
    ids = ["a/b.txt", "a_b.txt", "x:1", "新华社/1", "..", ".", "", "A", "a", "<b>&amp;</b>",
           "CON", "dir\\file", "q?x=1#f", " spaced id ", "a" * 300]
    articles = [Article(i, f"src:{n}", f"Title {n}", f"Text number {n}. Kerry spoke.", None)
                for n, i in enumerate(ids)]
    summary = [cite(a, "Kerry spoke.") for a in articles[:3]]
    extractions = {a.id: Extraction(a.id, (), (quote(a, "Kerry spoke", None, "indirect"),))
                   for a in articles}
    return chain(articles, summary=summary, extractions=extractions)


SAMPLES = {"empty": empty_build, "one": one_article, "copies": all_copies, "varied": varied,
           "odd_ids": odd_ids}

# ---- a strategy for random but consistent builds ----

_ids = st.text(min_size=0, max_size=6)


@st.composite
def spans(draw, article: Article):
    start = draw(st.integers(0, len(article.text)))
    end = draw(st.integers(start, len(article.text)))
    return start, end


@st.composite
def builds(draw, *, max_articles: int = 6) -> Build:
    """A Build as the pipeline makes them: groups partition the articles, events the groups,
    storylines the events; every citation and quote is a real span of its article."""
    ids = draw(st.lists(_ids, max_size=max_articles, unique=True))
    articles = tuple(_article(draw, i) for i in ids)
    by_id = {a.id: a for a in articles}
    groups = tuple(_group(draw, gid, members)
                   for gid, members in _partition(draw, list(by_id), "g"))
    members_of = {g.id: g.article_ids for g in groups}
    events = tuple(Event(eid, f"Event {eid}", draw(st.none() | st.just("2015-12-01")), None,
                         tuple(m for g in gs for m in members_of[g]), tuple(gs))
                   for eid, gs in _partition(draw, list(members_of), "e"))
    articles_of = {e.id: [by_id[i] for i in e.articles] for e in events}
    storylines = tuple(Storyline(sid, f"Storyline {sid}", tuple(es))
                       for sid, es in _partition(draw, list(articles_of), "s"))
    rejected = tuple(Rejected(f"r{n}", f"src:r{n}", "clean", draw(st.text(max_size=8)))
                     for n in range(draw(st.integers(0, 2))))
    summaries = {e.id: Summary(_citations(draw, articles_of[e.id])) for e in events}
    timelines = {s.id: _timeline(draw, [a for e in s.events for a in articles_of[e]])
                 for s in storylines}
    extractions = {a.id: _extraction(draw, a) for a in articles}
    return Build(articles, rejected, groups, events, storylines, summaries, timelines,
                 extractions)


def _article(draw, article_id: str) -> Article:
    return Article(article_id, f"src:{article_id}", draw(st.none() | st.text(max_size=10)),
                   draw(st.text(max_size=40)), draw(st.none() | st.just("2015-12-01")))


def _group(draw, group_id: str, members: list[str]) -> SyndicationGroup:
    relations = st.sampled_from(("exact", "near", "excerpt"))
    return SyndicationGroup(group_id, members[0], tuple(
        Member(m, "canonical" if n == 0 else draw(relations), draw(_unit), draw(_unit))
        for n, m in enumerate(members)))


def _timeline(draw, articles: list[Article]) -> Timeline:
    entries = []
    for n in range(draw(st.integers(0, 2))):
        cited = _citations(draw, articles)
        evidence = tuple(draw(st.none() | st.text(max_size=5)) for _ in cited)
        entries.append(TimelineEntry(f"2015-12-0{n + 1}", cited, evidence))
    return Timeline(tuple(entries))


def _extraction(draw, article: Article) -> Extraction:
    entities = tuple(Entity(draw(st.sampled_from(("Kerry", "NATO", "Paris"))),
                            draw(st.sampled_from(("person", "organization", "location"))),
                            tuple(draw(st.lists(st.text(max_size=4), max_size=2))),
                            draw(st.integers(1, 5)))
                     for _ in range(draw(st.integers(0, 2))))
    quotes = tuple(_quote(draw, article) for _ in range(draw(st.integers(0, 2))))
    return Extraction(article.id, entities, quotes)


_unit = st.floats(0.0, 1.0, allow_nan=False)


def _partition(draw, items: list[str], prefix: str) -> list[tuple[str, list[str]]]:
    """Cut `items` into consecutive non-empty parts named prefix0, prefix1, ..."""
    parts: list[list[str]] = []
    for item in items:
        if not parts or draw(st.booleans()):
            parts.append([])
        parts[-1].append(item)
    return [(f"{prefix}{n}/x", part) for n, part in enumerate(parts)]


def _citations(draw, articles: list[Article]) -> tuple[Citation, ...]:
    if not articles:
        return ()
    found = []
    for _ in range(draw(st.integers(0, 3))):
        a = draw(st.sampled_from(articles))
        start, end = draw(spans(a))
        found.append(Citation(a.id, start, end, a.text[start:end]))
    return tuple(found)


def _quote(draw, article: Article) -> Quote:
    start, end = draw(spans(article))
    return Quote(draw(st.none() | st.just("John Kerry")), article.text[start:end],
                 draw(st.sampled_from(("direct", "partial", "indirect"))), start, end)
