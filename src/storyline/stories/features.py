"""What clustering looks at: one representative article per syndication group (its canonical
copy), and the group's date (the earliest publication date of any copy).

An article is two TF-IDF views side by side, each L2-normalised and scaled by 1/sqrt(2), so the
dot product of two articles is the mean of two cosines: of their whole texts (what they are
about) and of their titles and leads (what happened, and to whom). On the seeds the lead view
tells the two reports of one meeting (0.27) from reports of later meetings (0.19 at most)
where the whole texts cannot (0.22 against 0.22).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..model import Article, SyndicationGroup
from ..nlp.dates import parse_date
from ..nlp.sentences import paragraph_spans
from ..nlp.spelling import normalized_words
from ..nlp.tokens import STOPWORDS

LEAD_PARAGRAPHS = 2  # the opening paragraphs say what happened
NO_DAY = -1  # ordinal of an unknown date
WHOLE_TERMS, LEAD_TERMS, NAMES_TERMS = 128, 64, 32  # terms kept per view (see top_terms)


@dataclass(frozen=True)
class Representatives:
    """Row i describes syndication group `groups[i]` through its canonical article."""
    groups: tuple[SyndicationGroup, ...]
    articles: tuple[Article, ...]
    vectors: sparse.csr_matrix  # L2-normalised rows: whole-text and lead TF-IDF side by side
    days: np.ndarray  # date.toordinal() of each group, NO_DAY when unknown


def representatives(articles: Sequence[Article],
                    groups: Sequence[SyndicationGroup]) -> Representatives:
    by_id = {a.id: a for a in articles}
    ordered = sorted(groups, key=lambda g: g.canonical)
    canon = tuple(by_id[g.canonical] for g in ordered)
    days = np.array([_group_day(g, by_id) for g in ordered], dtype=np.int64)
    views = [top_terms(tfidf([_whole(a) for a in canon]), WHOLE_TERMS),
             top_terms(tfidf([lead(a) for a in canon]), LEAD_TERMS)]
    if NAMES_TERMS:
        views.append(top_terms(tfidf([_names(a) for a in canon], analyzer=str.split), NAMES_TERMS))
    vectors = sparse.hstack(views).tocsr() * np.float32(1 / np.sqrt(len(views)))
    return Representatives(tuple(ordered), canon, vectors, days)


_NAME = re.compile(r"\b[A-Z][\w'’.-]*[\w]")


def _names(article: Article) -> str:
    """The capitalised words of the article (people, places, organisations; the words that
    open a sentence too, which the IDF weighs down), and its dateline."""
    words = [w.lower() for w in _NAME.findall(_whole(article)) if w.lower() not in STOPWORDS]
    return " ".join(words + [article.dateline.lower().replace(" ", "_")] * 2
                    if article.dateline else words)


def tfidf(documents: list[str], analyzer=None) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows; terms in one document only are dropped once there are enough
    documents for that to mean something."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not documents:
        return sparse.csr_matrix((0, 0), dtype=np.float32)
    vectorizer = TfidfVectorizer(analyzer=analyzer or content_terms, sublinear_tf=True, dtype=np.float32,
                                 min_df=2 if len(documents) >= 20 else 1)
    try:
        return vectorizer.fit_transform(documents).tocsr()
    except ValueError:  # no term left (empty or stopword-only texts)
        return sparse.csr_matrix((len(documents), 1), dtype=np.float32)


def top_terms(rows: sparse.csr_matrix, kept: int) -> sparse.csr_matrix:
    """Each row's `kept` heaviest terms, L2-normalised again: what a story is about, without
    the long tail of common words through which every story meets every other."""
    rows = rows.tocsr()
    row_of = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))
    order = np.lexsort((-rows.data, row_of))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - rows.indptr[row_of[order]]
    pruned = sparse.csr_matrix((np.where(rank < kept, rows.data, 0), rows.indices,
                                rows.indptr), shape=rows.shape)
    pruned.eliminate_zeros()
    return normalize(pruned)


def content_terms(text: str) -> list[str]:
    """Spelling-normalised words that carry meaning."""
    return [w for w in normalized_words(text)
            if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


def _whole(article: Article) -> str:
    return "\n".join(filter(None, (article.title, article.text)))


def lead(article: Article) -> str:
    """The title and opening paragraphs: what happened, and to whom."""
    spans = paragraph_spans(article.text)[:LEAD_PARAGRAPHS]
    return "\n".join(filter(None, [article.title] + [article.text[a:b] for a, b in spans]))


def _group_day(group: SyndicationGroup, by_id) -> int:
    days = [d.toordinal() for m in group.members
            if (d := parse_date(by_id[m.id].published)) is not None]
    return min(days, default=NO_DAY)
