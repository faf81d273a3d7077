"""The shape both outputs read: storylines → events → syndication groups → articles, with each
event's summary, entities and quotes, and every article, event or group that the nesting would
otherwise leave out gathered as "unplaced", so that nothing is dropped silently.

An event's syndication groups are derived from its `articles` (the model says that list holds every
copy), restricted to those articles, in order of first appearance; an article of the event that
no group holds stays "loose" beside them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..extract import merge_entities
from ..model import (Article, Build, Citation, Entity, Event, Extraction, Quote, Storyline, Summary,
                     SyndicationGroup, Timeline)


@dataclass(frozen=True)
class QuoteRef:
    """A quote of an event, once: where it was found first, and where copies repeat it."""
    article: str
    quote: Quote
    also_in: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Placement:
    """Some articles as syndication groups (each restricted to them) and the loose rest."""
    groups: tuple[SyndicationGroup, ...]
    loose: tuple[str, ...]

    @property
    def representatives(self) -> tuple[str, ...]:
        """One article per story: each group's canonical (or first member), and the loose."""
        return tuple(representative(g) for g in self.groups) + self.loose

    @property
    def reading_order(self) -> tuple[str, ...]:
        """Every article, each group's representative before its copies."""
        ids: list[str] = []
        for group in self.groups:
            first = representative(group)
            ids += [first] + [m.id for m in group.members if m.id != first]
        return tuple(ids) + self.loose


@dataclass(frozen=True)
class EventView:
    event: Event
    placement: Placement
    summary: Summary | None
    entities: tuple[Entity, ...]
    quotes: tuple[QuoteRef, ...]


@dataclass(frozen=True)
class StorylineView:
    storyline: Storyline
    events: tuple[EventView, ...]
    timeline: Timeline | None
    entities: tuple[Entity, ...]
    start: str | None
    end: str | None

    @property
    def article_count(self) -> int:
        return sum(len(e.event.articles) for e in self.events)


@dataclass(frozen=True)
class Outline:
    build: Build
    articles: Mapping[str, Article]
    storylines: tuple[StorylineView, ...]
    unplaced_events: tuple[EventView, ...]  # events no storyline lists
    unplaced_articles: Placement  # articles no event lists
    group_of: Mapping[str, SyndicationGroup]  # article id → its (whole) group
    event_of: Mapping[str, Event]  # article id → its event
    storyline_of: Mapping[str, Storyline]  # event id → its storyline


def representative(group: SyndicationGroup) -> str:
    """The article standing for a group: its canonical, or its first member if the canonical
    is not among those listed (a group restricted to an event)."""
    ids = group.article_ids
    return group.canonical if group.canonical in ids else ids[0]


def _first_owner(owners: Iterable, items_of) -> dict:
    found: dict = {}
    for owner in owners:
        for item in items_of(owner):
            found.setdefault(item, owner)
    return found


def place(article_ids: Sequence[str], group_of: Mapping[str, SyndicationGroup]) -> Placement:
    """The articles as their syndication groups, restricted to them, and the loose rest."""
    wanted = set(article_ids)
    groups: dict[str, SyndicationGroup] = {}
    loose: list[str] = []
    for article_id in article_ids:
        group = group_of.get(article_id)
        if group is None:
            loose.append(article_id)
        elif group.id not in groups:
            members = tuple(m for m in group.members if m.id in wanted)
            groups[group.id] = SyndicationGroup(group.id, group.canonical, members)
    return Placement(tuple(groups.values()), tuple(dict.fromkeys(loose)))


def event_quotes(article_ids: Sequence[str],
                 extractions: Mapping[str, Extraction]) -> tuple[QuoteRef, ...]:
    """The quotes of these articles, each (speaker, kind, words) once, first finder first,
    with every other place it appears (mostly copies; sometimes a pull quote repeating it)."""
    found: dict[tuple, tuple[str, Quote]] = {}
    copies: dict[tuple, list[Citation]] = {}
    for article_id in article_ids:
        extraction = extractions.get(article_id)
        for quote in extraction.quotes if extraction else ():
            key = (quote.speaker, quote.kind, quote.text)
            if key not in found:
                found[key], copies[key] = (article_id, quote), []
            elif (article_id, quote) != found[key]:
                copies[key].append(Citation(article_id, quote.start, quote.end, quote.text))
    return tuple(QuoteRef(a, q, tuple(copies[k])) for k, (a, q) in found.items())


def entities_of(article_ids: Iterable[str],
                extractions: Mapping[str, Extraction]) -> tuple[Entity, ...]:
    # Counted over one article per story, so a wire story run twenty times counts once.
    return tuple(merge_entities(extractions[i] for i in article_ids if i in extractions))


def _event_view(event: Event, build: Build, group_of) -> EventView:
    placement = place(event.articles, group_of)
    return EventView(event, placement, build.summaries.get(event.id),
                     entities_of(placement.representatives, build.extractions),
                     event_quotes(placement.reading_order, build.extractions))


def _dates(events: Sequence[EventView]) -> tuple[str | None, str | None]:
    starts = [e.event.start or e.event.end for e in events if e.event.start or e.event.end]
    ends = [e.event.end or e.event.start for e in events if e.event.start or e.event.end]
    return (min(starts), max(ends)) if starts else (None, None)


def _storyline_view(storyline: Storyline, views: Mapping[str, EventView],
                    build: Build) -> StorylineView:
    events = tuple(views[e] for e in dict.fromkeys(storyline.events) if e in views)
    representatives = [a for e in events for a in e.placement.representatives]
    start, end = _dates(events)
    return StorylineView(storyline, events, build.timelines.get(storyline.id),
                         entities_of(representatives, build.extractions), start, end)


def outline(build: Build) -> Outline:
    """The nested view of `build`."""
    group_of = _first_owner(build.groups, lambda g: g.article_ids)
    event_of = _first_owner(build.events, lambda e: e.articles)
    storyline_of = _first_owner(build.storylines, lambda s: s.events)
    views = {e.id: _event_view(e, build, group_of) for e in build.events}
    storylines = tuple(_storyline_view(s, views, build) for s in build.storylines)
    unplaced_events = tuple(views[e.id] for e in build.events if e.id not in storyline_of)
    unplaced_ids = [a.id for a in build.articles if a.id not in event_of]
    return Outline(build, {a.id: a for a in build.articles}, storylines, unplaced_events,
                   place(unplaced_ids, group_of), group_of, event_of, storyline_of)
