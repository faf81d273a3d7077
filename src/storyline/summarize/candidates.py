"""Candidate sentences: the spans of clean text a summary or a timeline may quote.

A candidate is one sentence of `sentence_spans`, sometimes narrowed to the part a reader needs
(a leading dateline "CAIRO (Reuters) -" or page furniture glued to the first sentence is left
out), so its citation stays an exact span of `article.text`. Sentences that cannot stand alone
in a summary are not candidates: captions and credits, boilerplate, transcript speaker lines,
questions, unclosed quotations, fragments, and sentences opening on a pronoun or a connective
whose referent would be missing ("He said ...", "But ..."); the rules are in `furniture`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from ..model import Article
from ..nlp.sentences import sentence_spans
from .furniture import furniture_prefix, is_credit_line, is_noise, usable
from .vectors import similar

# A caption sits just before the photo credit that closes it: this many sentences back.
CAPTION_SENTENCES = 2


@dataclass(frozen=True)
class Candidate:
    """A quotable sentence: `text == article.text[start:end]`.

    `position` is the sentence's index in its article (0: the lead), `group` the syndication
    group the article belongs to.
    """
    article: str
    group: str
    position: int
    start: int
    end: int
    text: str
    published: str | None

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def article_candidates(article: Article, *, group: str) -> list[Candidate]:
    """Every usable sentence of `article`, in order."""
    spans = sentence_spans(article.text)
    captions = _captions([article.text[a:b] for a, b in spans])
    found = []
    for position, (start, end) in enumerate(spans):
        if position in captions:
            continue
        start = start + furniture_prefix(article.text[start:end])
        text = article.text[start:end]
        if usable(text):
            found.append(Candidate(article.id, group, position, start, end, text,
                                   (article.published or "")[:10] or None))
    return found


def _captions(sentences: Sequence[str]) -> set[int]:
    """Positions of the sentences just before a photo credit."""
    return {i for n, text in enumerate(sentences) if is_credit_line(text)
            for i in range(max(0, n - CAPTION_SENTENCES), n)}


def distinct_candidates(articles: Sequence[Article], *, group_of: dict[str, str],
                        canonical: set[str]) -> list[list[Candidate]]:
    """Each article's candidates (in the order of `articles`, canonical copies first) without
    copies: a sentence whose text was met before is left out, and so is a sentence of a
    non-canonical member that restates one of its group's canonical copy ("IS" for "ISIS",
    British spelling), so the canonical wording is the one quoted."""
    seen: set[str] = set()
    wording: dict[str, list[str]] = defaultdict(list)  # group -> canonical sentences
    found = []
    for article in articles:
        group = group_of[article.id]
        kept = []
        for candidate in article_candidates(article, group=group):
            key = normalized(candidate.text)
            if key in seen or (article.id not in canonical
                               and similar(candidate.text, wording[group])):
                continue
            seen.add(key)
            kept.append(candidate)
        if article.id in canonical:
            wording[group].extend(c.text for c in kept)
        found.append(kept)
    return found


def relaxed_candidates(articles: Sequence[Article], *, group_of: dict[str, str]
                       ) -> list[Candidate]:
    """When no sentence passes `usable` (a text without spaces between words, a page of short
    lines): every sentence that is not furniture, so the summary is not empty."""
    pool, seen = [], set()
    for article in articles:
        for position, (start, end) in enumerate(sentence_spans(article.text)):
            text = article.text[start:end]
            if not is_noise(text) and normalized(text) not in seen:
                seen.add(normalized(text))
                pool.append(Candidate(article.id, group_of[article.id], position, start, end,
                                      text, (article.published or "")[:10] or None))
    return pool


def normalized(text: str) -> str:
    """A sentence's wording with case, punctuation and spacing ignored, to spot copies."""
    return " ".join(re.findall(r"\w+", text.lower()))
