"""clean: raw documents to articles a reader can trust.

    markup.py, pagemeta.py, page.py   whole pages: metadata, visible text, the voted article
    frontmatter.py, lines.py          fragments, Markdown and text to lines
    furniture.py, boilerplate.py      which lines are the article
    corpus.py                         what a large pile repeats
    byline.py, metadata.py            author, date, outlet, dateline
    encoding.py, language.py          mojibake, the language

The text of an article comes out as paragraphs separated by a blank line.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable

from ..model import Article, RawDocument, Rejected
from ..nlp.dates import iso_date
from ..nlp.tokens import words
from . import byline
from . import metadata as meta
from .boilerplate import GOOD_WITH_STOP_WORDS, Line, filter_lines
from .corpus import line_key, repeated_lines
from .encoding import fix_mojibake
from .frontmatter import split_front_matter
from .furniture import is_furniture, strip_caption_prefix
from .language import detect_language
from .lines import text_lines
from .markup import PageTooLarge, fragment_to_text, has_markup, is_page, read_page
from .page import lines_above, page_text

STAGE = "clean"
# A first line longer than this is body text, not a title; so is a first line ending in a full
# stop beyond the shorter length (some headlines do end in one).
MAX_TITLE_WORDS = 30
MAX_TITLE_WORDS_WITH_STOP = 15
# A site's name on the first line ("The Northern Meridian") is at most this long, in words.
MASTHEAD_WORDS = 4
# A name alone on its line is the byline only this close to where the article starts.
NEAR_LINES = 6

# A lead paragraph repeated below (a standfirst) is dropped when this share of its words'
# trigrams recur in one later paragraph.
STANDFIRST_OVERLAP = 0.9
STANDFIRST_REACH = 3  # among the first paragraphs only
_LINKS = re.compile(r"\S*(?:[/@]|\.[a-z]{2,6}\b)\S*")


@dataclass(frozen=True)
class Cleaner:
    """The clean stage: `Cleaner()(raw)` gives an Article or a Rejected.

    `learn(pile)` gives the cleaning of a whole pile: it also drops the short lines that at
    least `corpus_min_share` of the pile's documents repeat, when the pile has at least
    `corpus_min_documents` documents (0: never).
    """
    min_words: int = 1
    corpus_min_documents: int = 1000
    corpus_min_share: float = 0.01

    def __post_init__(self):
        if self.min_words < 1:
            raise ValueError(f"min_words must be at least 1, got {self.min_words}")
        if self.corpus_min_documents < 0:
            raise ValueError("corpus_min_documents must be 0 (never learn) or more, got "
                             f"{self.corpus_min_documents}")
        if not 0 < self.corpus_min_share <= 1:
            raise ValueError(f"corpus_min_share must be in (0, 1], e.g. 0.01, got "
                             f"{self.corpus_min_share}")

    def __call__(self, raw: RawDocument) -> Article | Rejected:
        return clean_document(raw, min_words=self.min_words)

    def learn(self, pile: Iterable[RawDocument | Rejected]
              ) -> Callable[[RawDocument], Article | Rejected]:
        """The cleaning of this pile's documents, with the boilerplate the pile repeats."""
        learned = repeated_lines(pile, min_documents=self.corpus_min_documents,
                                 min_share=self.corpus_min_share) \
            if self.corpus_min_documents else frozenset()
        return functools.partial(clean_document, min_words=self.min_words,
                                 boilerplate=learned)


def clean_document(raw: RawDocument, *, min_words: int = 1,
                   boilerplate: frozenset[int] = frozenset()) -> Article | Rejected:
    """The Article of one raw document, or a Rejected saying why there is none."""
    try:
        article = _clean(raw, boilerplate)
    except PageTooLarge as exc:
        return Rejected(raw.id, raw.source, STAGE, str(exc))
    except (ValueError, RecursionError, MemoryError) as exc:  # a parser gave up on this one
        return Rejected(raw.id, raw.source, STAGE, f"could not be cleaned: {exc!r:.200}")
    if len(words(article.text)) < min_words:
        return Rejected(raw.id, raw.source, STAGE, "no article text after cleaning")
    return article


def _clean(raw: RawDocument, boilerplate: frozenset[int]) -> Article:
    if raw.kind == "html" and is_page(raw.content):
        # Mojibake first: its stray C1 controls ("â€\x9d" for a closing quote) do not survive
        # HTML parsing, so it cannot be repaired afterwards.
        html = fix_mojibake(raw.content)
        page = read_page(html)
        fields = {**page.fields, **raw.fields}
        visible = text_lines(page.visible)
        text, chosen = page_text(page, visible, html)
        lines, prose_only = text_lines(text), not chosen
    else:
        front, content = split_front_matter(raw.content)
        fields = {**front, **raw.fields}
        if raw.kind == "html" or has_markup(content):
            content = fragment_to_text(content)
        lines, prose_only = text_lines(content, markdown=raw.kind == "markdown"), True
        visible = []
    named = meta.outlet_from_lines(lines)  # by a logo, byline or copyright line
    title, lines = _title(fields.get("title"), lines, from_first_line=raw.title_line,
                          outlet=named, address=f"{raw.source} {fields.get('url') or ''}")
    title, site = meta.split_site_suffix(title) if title else (None, None)
    vocabulary = _LowerWords(lines)
    if boilerplate:
        lines = [line for line in lines if line_key(line) not in boilerplate]
    body, (before, inside) = _body(lines, title, prose_only=prose_only, vocabulary=vocabulary)
    if not body:  # a one-line article that repeats its title, or only short lines
        body = [line for line in lines if not is_furniture(line)]
    header = lines_above(visible, body) + before + inside
    in_header = set(header)
    others = [line for line in body + _left_out(lines, body) if line not in in_header]
    author = (byline.clean_author(fields.get("author"), field=True)
              or byline.author_from_lines(header, near=before[-NEAR_LINES:] + inside[:NEAR_LINES],
                                          others=others, title=title, vocabulary=vocabulary)
              or byline.author_from_credits("\n".join(body))
              or byline.author_from_copyright(others, vocabulary))
    return _article(raw, fields, title, named or site, author, body, header)


def _left_out(lines: list[str], body: list[str]) -> list[str]:
    kept = set(body)
    return [line for line in lines if line not in kept]


class _LowerWords:
    """The words a page writes in lower case somewhere, links and addresses aside (a name is
    written in lower case in "/author/russell-miller" or "@derekseaman"); read the first time
    it is asked, as most pages never need it."""

    def __init__(self, lines: list[str]):
        self.lines, self.words = lines, None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            text = _LINKS.sub(" ", "\n".join(self.lines))
            self.words = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’]+", text))
        return word in self.words


def _body(lines: list[str], title: str | None, *, prose_only: bool, vocabulary: set[str]):
    """The article's paragraphs, and the header lines where its metadata may be."""
    title_words = words(title) if title else []
    lines = [line for line in lines if not _same(line, title_words)]
    # Text an extractor chose is kept whole: on dev pages every line filter on top of it cost
    # more recall than it gained precision.
    kept = filter_lines(lines) if prose_only else [Line(line, "good") for line in lines]
    kept = _bylines_apart(kept, vocabulary)
    context = "\n".join(lines)
    body = [strip_caption_prefix(line.text, context, min_words=GOOD_WITH_STOP_WORDS)
            for line in kept if line.kind == "good"]
    return _drop_standfirst(body), _header(lines, kept)


def _bylines_apart(kept: list[Line], vocabulary: set[str]) -> list[Line]:
    """The article's opening lines that are a byline ("Russell Miller", "By Ann Lee") marked
    as metadata rather than text."""
    first = next((i for i, line in enumerate(kept) if line.kind == "good"), len(kept))
    return [Line(line.text, "meta") if first <= i < first + NEAR_LINES and line.kind == "good"
            and byline.is_byline(line.text, vocabulary) else line for i, line in enumerate(kept)]


def _title(given: str | None, lines: list[str], *, from_first_line: bool,
           outlet: str | None, address: str = ""):
    """(title, the other lines). A given title (fields, front matter) wins; else, for a
    scraped file, the first line that is not page furniture and reads as a headline. A first
    line that only names the `outlet`, or the site its `address` (path, URL) names, is not
    the title."""
    if given:
        return " ".join(given.split()), lines
    if not from_first_line:
        return None, lines
    # the first two only: whether the first is the outlet decides
    candidates = list(islice((i for i, line in enumerate(lines[:10])
                              if not is_furniture(line, words(line))), 2))
    if len(candidates) > 1 and (outlet and lines[candidates[0]].lower() == outlet.lower()
                                or _names_site(lines[candidates[0]], address)):
        candidates = candidates[1:]
    if not candidates:
        return None, lines
    first = candidates[0]
    length = len(lines[first].split())
    if length > MAX_TITLE_WORDS or length > MAX_TITLE_WORDS_WITH_STOP and \
            lines[first].endswith("."):
        return None, lines
    return lines[first], lines[:first] + lines[first + 1:]


def _names_site(line: str, address: str) -> bool:
    """Whether a line is the name of the site the file was saved from: "The Northern Meridian"
    in ".../northern-meridian/world/..." or "https://www.northernmeridian.com/..."."""
    name = [w for w in re.findall(r"[a-z0-9]+", line.lower()) if w != "the"]
    if not name or len(name) > MASTHEAD_WORDS:
        return False
    parts = set(re.findall(r"[a-z0-9-]+", address.lower().replace("_", "-")))
    return bool({"-".join(name), "".join(name)} & parts)


def _same(line: str, title_words: list[str]) -> bool:
    """Whether a line repeats the title (with or without a site suffix)."""
    if not title_words or title_words[0] not in line.lower():
        return False
    line_words = words(line)
    return line_words == title_words or (line_words[:len(title_words)] == title_words and
                                         meta.split_site_suffix(line)[1] is not None)


def _drop_standfirst(paragraphs: list[str]) -> list[str]:
    """Without a lead paragraph that a later one repeats (a standfirst before the dateline)."""
    lead = [_trigrams(p) for p in paragraphs[:STANDFIRST_REACH + 3]]
    repeated = {i for i, own in enumerate(lead[:STANDFIRST_REACH])
                if any(len(own & later) >= STANDFIRST_OVERLAP * len(own)
                       for later in lead[i + 1:i + 4])}
    return [p for i, p in enumerate(paragraphs) if i not in repeated]


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + 3]) for i in range(max(1, len(w) - 2))}


def _header(lines: list[str], kept) -> tuple[list[str], list[str]]:
    """Where bylines, dates and logos sit: the lines before the first paragraph, and the lines
    left out among the first paragraphs (a byline after a standfirst). Lines after the article
    never count."""
    first = next((i for i, line in enumerate(kept) if line.kind == "good"), len(lines))
    return lines[:first], [line.text for line in kept[first:first + 15] if line.kind != "good"]


def _article(raw: RawDocument, fields: dict, title: str | None, outlet: str | None,
             author: str | None, body: list[str], header: list[str]) -> Article:
    """The Article, each field from the best source: given fields, then the page's own lines,
    then the URL."""
    text = "\n\n".join(body)
    dateline = meta.parse_dateline(body[0]) if body else None
    url = fields.get("url")
    published = (iso_date(fields.get("published")) or meta.date_from_lines(header)
                 or meta.date_from_url(url))
    outlet = (fields.get("outlet") or outlet or meta.outlet_from_url(url)
              or meta.outlet_from_host(fields.get("host")))
    return Article(
        id=raw.id, source=raw.source, title=title, text=text, published=published,
        outlet=outlet, author=author, url=url, dateline=dateline[0] if dateline else None,
        agency=dateline[1] if dateline else None,
        language=fields.get("language") or detect_language(text))
