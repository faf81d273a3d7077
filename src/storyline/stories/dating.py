"""When an event happened: the days its stories' titles and leads say things happened ("said
Wednesday", "on Dec. 1"), read against each story's publication day, else its publication day.

A story without a date of its own is read against the middle day of the event's dated stories,
so the report of a two-day meeting that says only "on Tuesday" still dates the meeting's start.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from ..model import Article
from ..nlp.dates import find_dates, is_anchor
from .features import lead

# A lead reports what happened in the last few days; an older day it names is background
# ("the 2003 invasion"), a later one an announcement.
REPORTED_DAYS = 7


def event_span(articles: Sequence[Article], published: Sequence[date | None]
               ) -> tuple[str | None, str | None]:
    """The first and last day (ISO) the stories of one event report, or (None, None)."""
    known = sorted(day for day in published if day is not None)
    fallback = known[len(known) // 2] if known else None
    days = [day for article, own in zip(articles, published)
            for day in happened(article, own or fallback) or ([own] if own else [])]
    return (min(days).isoformat(), max(days).isoformat()) if days else (None, None)


def happened(article: Article, reference: date | None) -> list[date]:
    """The days the article's title and lead say something happened, within REPORTED_DAYS
    before `reference` (its publication day)."""
    if reference is None:
        return []
    opening = lead(article)
    earliest = reference - timedelta(days=REPORTED_DAYS)
    return [m.date for m in find_dates(opening, reference)
            if earliest <= m.date <= reference and not is_anchor(opening, m)]
