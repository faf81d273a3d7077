"""extract: named entities and attributed quotes, offline, by rules and compact word lists.

    names.py      capitalised runs and their offsets
    classify.py   the kind of each run (person, organisation, place)
    resolve.py    lone words and unproven names settled against the article
    entities.py   one entity per real-world thing, canonical name and aliases, mentions
    quotes.py     quotation-mark spans: direct, partial or not a quotation
    attribution.py, speakers.py   who is quoted: the attribution phrase and whom it names
    reported.py   reported speech (indirect quotes)
    quoting.py    all quotes of an article with their speakers
    titles.py     entities of the title
    merge.py      entities of several articles as one list
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import QUOTE_KINDS, Article, Extraction
from ..nlp.sentences import paragraph_spans, sentence_spans
from .entities import find_entities
from .merge import merge_entities
from .quoting import find_quotes, marked_spans
from .speakers import Resolver
from .titles import with_title

__all__ = ["Extractor", "merge_entities"]


@dataclass(frozen=True)
class Extractor:
    """Finds an article's named entities and its quotes.

    `kinds`: the quote kinds to report (some of "direct", "partial", "indirect").
    `title_entities`: also name the entities of the title (when they are known from the body
    or the gazetteer; a headline's capitals alone prove nothing).
    """
    kinds: tuple[str, ...] = field(default=QUOTE_KINDS)
    title_entities: bool = True

    def __post_init__(self):
        kinds = (self.kinds,) if isinstance(self.kinds, str) else tuple(self.kinds)
        unknown = [k for k in kinds if k not in QUOTE_KINDS]
        if unknown:
            raise ValueError(f"extract kinds {unknown} unknown: use some of "
                             f"{', '.join(QUOTE_KINDS)}, e.g. kinds = [\"direct\"]")
        if not isinstance(self.title_entities, bool):
            raise ValueError("extract title_entities must be true or false")
        object.__setattr__(self, "kinds", kinds)

    def __call__(self, article: Article) -> Extraction:
        return extract(article, kinds=self.kinds, title_entities=self.title_entities)


def extract(article: Article, *, kinds: tuple[str, ...] = QUOTE_KINDS,
            title_entities: bool = True) -> Extraction:
    """The entities and quotes of one article."""
    text = article.text or ""
    sentences = sentence_spans(text)
    paragraphs = paragraph_spans(text)
    starts = frozenset(s for s, _ in sentences)
    marked = marked_spans(text, paragraphs, sentences)
    quoted = tuple((s.start, s.end) for s, _ in marked)
    index = find_entities(text, starts, quoted)
    resolver = Resolver(text, index, tuple(sorted(starts)), quoted)
    quotes = [q for q in find_quotes(text, paragraphs, sentences, resolver, marked)
              if q.kind in kinds]
    entities = index.entities
    if title_entities and article.title:
        entities = with_title(entities, article.title)
    return Extraction(article.id, entities, tuple(quotes))
