"""When things happened: the days a sentence states or implies, read against its article's
publication date ("on Wednesday" in a Friday paper is two days before), with the words each day
was read from kept as evidence."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from ..model import Article
from ..nlp.dates import DateMention, find_dates, is_anchor, parse_date


@dataclass(frozen=True)
class Dated:
    """A day a span of text talks about: `evidence` the words it was read from (None when the
    day is only the publication date)."""
    day: date
    evidence: str | None


def publication_day(article: Article) -> date | None:
    return parse_date(article.published) if article.published else None


def article_mentions(article: Article, *, reference: date | None) -> list[DateMention]:
    """Every day the article's text names, relative days read against `reference`."""
    return find_dates(article.text, reference)


def reference_days(articles: Sequence[Article], group_of: dict[str, str]) -> list[date | None]:
    """Each article's publication day, or, when it has none, the earliest of its syndication
    group's: copies of one story come out together, so a copy without a date is dated by its
    siblings rather than not at all."""
    earliest: dict[str, date] = {}
    for article in articles:
        day, group = publication_day(article), group_of[article.id]
        if day is not None and (group not in earliest or day < earliest[group]):
            earliest[group] = day
    return [publication_day(a) or earliest.get(group_of[a.id]) for a in articles]


def mentions_by_span(mentions: Sequence[DateMention], spans: Sequence[tuple[int, int]], *,
                     text: str) -> list[list[Dated]]:
    """For each (start, end) span of `text` (sorted, not overlapping), the days of `mentions`
    (sorted) that date what the span reports, in order, each day once. A day named only as an
    anchor ("since Tuesday", "Tuesday's earthquake") dates another event than the sentence's."""
    starts = [s for s, _ in spans]
    found: list[list[Dated]] = [[] for _ in spans]
    for mention in mentions:
        n = bisect.bisect_right(starts, mention.start) - 1
        if n < 0 or mention.end > spans[n][1]:
            continue  # between sentences: in furniture that is not quoted
        if is_anchor(text, mention):
            continue
        if all(d.day != mention.date for d in found[n]):
            found[n].append(Dated(mention.date, mention.text))
    return found
