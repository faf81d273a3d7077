"""Consistency checks on a Build, reported rather than raised: a reader should see that a
citation does not match its source, or that an event names an article nobody read, instead of a
link that silently goes nowhere."""
from __future__ import annotations

from typing import Iterator, Mapping

from ..model import Article, Build


def span_problem(articles: Mapping[str, Article], article_id: str, start: int, end: int,
                 text: str) -> str | None:
    """Why the span does not quote its article exactly, or None when it does."""
    article = articles.get(article_id)
    if article is None:
        return f"cites article {article_id!r}, which is not in the build"
    if not 0 <= start <= end <= len(article.text):
        return f"cites characters {start}-{end} of {article_id!r}, outside its text"
    if article.text[start:end] != text:
        return f"text differs from {article_id!r} at {start}-{end}"
    return None


def problems(build: Build, articles: Mapping[str, Article]) -> list[str]:
    """Every inconsistency found, as a sentence naming the records involved."""
    return [*_dangling(build, articles), *_citations(build, articles), *_quotes(build, articles)]


def _dangling(build: Build, articles: Mapping[str, Article]) -> Iterator[str]:
    events = {e.id for e in build.events}
    for group in build.groups:
        for member in group.members:
            if member.id not in articles:
                yield f"group {group.id!r} lists article {member.id!r}, which is not in the build"
    for event in build.events:
        for article_id in event.articles:
            if article_id not in articles:
                yield f"event {event.id!r} lists article {article_id!r}, which is not in the build"
    for storyline in build.storylines:
        for event_id in storyline.events:
            if event_id not in events:
                yield (f"storyline {storyline.id!r} lists event {event_id!r}, "
                       f"which is not in the build")
    for event_id in build.summaries:
        if event_id not in events:
            yield f"a summary is filed under event {event_id!r}, which is not in the build"
    storylines = {s.id for s in build.storylines}
    for storyline_id in build.timelines:
        if storyline_id not in storylines:
            yield f"a timeline is filed under storyline {storyline_id!r}, which is not in the build"


def _citations(build: Build, articles: Mapping[str, Article]) -> Iterator[str]:
    for event_id, summary in build.summaries.items():
        for c in summary.sentences:
            problem = span_problem(articles, c.article, c.start, c.end, c.text)
            if problem:
                yield f"summary of event {event_id!r}: {problem}"
    for storyline_id, timeline in build.timelines.items():
        for entry in timeline.entries:
            for c in entry.sentences:
                problem = span_problem(articles, c.article, c.start, c.end, c.text)
                if problem:
                    yield f"timeline of storyline {storyline_id!r}, {entry.date}: {problem}"


def _quotes(build: Build, articles: Mapping[str, Article]) -> Iterator[str]:
    for article_id, extraction in build.extractions.items():
        for q in extraction.quotes:
            problem = span_problem(articles, article_id, q.start, q.end, q.text)
            if problem:
                yield f"quote of {q.speaker or 'an unknown speaker'}: {problem}"
