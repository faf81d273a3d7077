"""Which pages a report has, and the relative link to anything from any of them.

A small build is one index.html holding every storyline in full. A big one (more than
`INLINE_EVENTS` events or `INLINE_ARTICLES` articles) would make that page tens of megabytes,
so its index keeps the overview (timelines, summaries, the main names) and each storyline's
details (who is involved, who said what, sources) move to `storylines/<name>.html`; events and
articles in no storyline go to `storylines/unplaced.html`. Article pages always live under
`articles/`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit

from . import names
from .checks import span_problem
from .outline import Outline

# Calibrated on a synthetic 10k-article build: 1,000 events inline made a 20 MB index, slow to
# open; 100 events, or 1,000 articles in the source lists, stay near 2 MB.
INLINE_EVENTS = 100
INLINE_ARTICLES = 1000
LABEL_CHARS = 24  # a citation marker is a superscript: longer names crowd the sentence
INDEX = "index.html"
STORYLINES_FOLDER = "storylines"
UNPLACED_PAGE = "unplaced.html"


@dataclass(frozen=True)
class Layout:
    index: str  # the index page's file name, "index.html" by default
    split: bool  # storyline details on their own pages
    articles: Mapping[str, str]  # article id → file name under articles/
    storylines: Mapping[str, str]  # storyline id → file name under storylines/ (when split)
    event_pages: Mapping[str, str]  # event id → the page holding its details, from the root


def layout(view: Outline, *, index: str = INDEX, inline_events: int = INLINE_EVENTS,
           inline_articles: int = INLINE_ARTICLES) -> Layout:
    build = view.build
    split = len(build.events) > inline_events or len(build.articles) > inline_articles
    storylines = names.page_names(s.storyline.id for s in view.storylines) if split else {}
    event_pages: dict[str, str] = {}
    for s in view.storylines:
        page = f"{STORYLINES_FOLDER}/{storylines[s.storyline.id]}" if split else index
        for e in s.events:
            event_pages.setdefault(e.event.id, page)
    for e in view.unplaced_events:
        event_pages[e.event.id] = f"{STORYLINES_FOLDER}/{UNPLACED_PAGE}" if split else index
    return Layout(index, split, names.page_names(view.articles), storylines, event_pages)


@dataclass(frozen=True)
class Links:
    """Links as seen from one page; `root` leads from that page to the report's folder."""
    view: Outline
    layout: Layout
    root: str  # "" from index.html, "../" from a page in a subfolder

    @property
    def home(self) -> str:
        return f"{self.root}{self.layout.index}"

    def article(self, article_id: str, start: int | None = None,
                end: int | None = None) -> str | None:
        page = self.layout.articles.get(article_id)
        if page is None:
            return None
        fragment = f"#{names.span_anchor(start, end)}" if start is not None else ""
        return f"{self.root}{names.ARTICLES_FOLDER}/{page}{fragment}"

    def event(self, event_id: str) -> str:
        page = self.layout.event_pages.get(event_id, self.layout.index)
        return f"{self.root}{page}#{names.anchor('ev', event_id)}"

    def storyline(self, storyline_id: str) -> str:
        return f"{self.home}#{names.anchor('sl', storyline_id)}"

    def storyline_page(self, storyline_id: str) -> str | None:
        page = self.layout.storylines.get(storyline_id)
        return f"{self.root}{STORYLINES_FOLDER}/{page}" if page else None

    def unplaced_page(self) -> str:
        return f"{self.root}{STORYLINES_FOLDER}/{UNPLACED_PAGE}"

    def problem(self, article_id: str, start: int, end: int, text: str) -> str | None:
        return span_problem(self.view.articles, article_id, start, end, text)

    def title(self, article_id: str) -> str:
        article = self.view.articles.get(article_id)
        return (article.title or article_id) if article else article_id

    def source_label(self, article_id: str) -> str:
        """A short name for a citation: the outlet, else the agency, the web site, the id."""
        article = self.view.articles.get(article_id)
        if article is None:
            return _shorten(article_id)
        return _shorten(article.outlet or article.agency or _site(article.url) or article_id)


def _site(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:  # a scraped url can be anything; an unparseable one names no site
        return None


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
