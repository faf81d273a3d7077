"""Relevance to a query: how much an article or a sentence is about the topic the user named.

A query is a few keywords ("Haiti earthquake Port-au-Prince"); a text's relevance is the share
of those keywords it uses (stemmed), so an article that names most of them is on topic and one
that names none is other news in the pile. Without a query everything is relevant.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Article
from .concepts import tokens

# A sentence naming no query word still counts this much: the topic is often implicit once an
# article is on it ("Rescuers pulled a girl from the rubble"). Calibrated on the timelines dev
# set with its topic queries (AR1/AR2 flat from 0.25 to 0.5, lower at 1: no preference).
SENTENCE_FLOOR = 0.5
# An article naming no query word weighs this much: it may be on topic in other words, but far
# less likely. Calibrated on the timelines dev set (AR1/AR2 best at 0.05, lower at 0.3 and
# at 1, where the query would not count).
ARTICLE_FLOOR = 0.05


def query_terms(query: str | None) -> frozenset[str]:
    """The stemmed words of a query, stopwords and one-letter words left out."""
    from ..nlp.tokens import STOPWORDS
    return frozenset(t for t in tokens(query or "") if t not in STOPWORDS and len(t) > 1)


def text_relevance(text: str, terms: frozenset[str], *, floor: float) -> float:
    """`floor` plus the rest in proportion to the share of the query's terms the text uses."""
    if not terms:
        return 1.0
    share = len(terms & set(tokens(text))) / len(terms)
    return floor + (1.0 - floor) * share


def article_relevance(articles: Sequence[Article], terms: frozenset[str]) -> dict[str, float]:
    """Article id -> relevance of its title and text."""
    return {a.id: text_relevance(f"{a.title or ''}\n{a.text}", terms, floor=ARTICLE_FLOOR)
            for a in articles}


def sentence_relevance(text: str, terms: frozenset[str]) -> float:
    """1 for a sentence naming a query word, `SENTENCE_FLOOR` for one that names none."""
    if not terms or terms & set(tokens(text)):
        return 1.0
    return SENTENCE_FLOOR
