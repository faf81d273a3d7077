"""stories.json: the whole result nested the way a reader walks it.

    {"format": "storyline.stories", "version": 1, "counts": {...},
     "storylines": [{"id", "title", "start", "end", "timeline": {"entries": [...]} | null,
                     "entities": [...], "events": [EVENT, ...]}],
     "unplaced": {"events": [EVENT, ...],                 events in no storyline
                  "groups": [GROUP, ...], "ungrouped": [ARTICLE, ...]},  articles in no event
     "rejected": [{"id", "source", "stage", "reason"}],
     "problems": ["...", ...]}                            inconsistencies found in the build
    EVENT   {"id", "title", "start", "end", "articles": [ids], "summary": {"sentences"} | null,
             "entities": [ENTITY], "quotes": [QUOTE], "groups": [GROUP], "ungrouped": [ARTICLE]}
    GROUP   {"id", "canonical", "members": [{"id", "relation", "containment", "jaccard"}],
             "articles": [ARTICLE]}                        the group restricted to the event
    ARTICLE every Article field, text included, plus its "entities" and "quotes" as extracted
            ({"id", "missing": true} when the build names an article it does not hold)
    ENTITY  {"name", "kind", "aliases", "mentions"}: an event's or storyline's entities are
            merged over one article per syndication group, so copies do not inflate counts
    QUOTE   {"speaker", "kind", "text", "article", "start", "end",
             "also_in": [{"article", "start", "end"}]}: each quote once per event, with where
            other articles repeat it
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Article, Entity, SyndicationGroup, to_dict
from .checks import problems
from .outline import EventView, Outline, Placement, QuoteRef, StorylineView

FORMAT = "storyline.stories"
VERSION = 1
ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))


def stories_data(view: Outline) -> dict[str, Any]:
    """The JSON-ready content of stories.json."""
    build = view.build
    return {
        "format": FORMAT,
        "version": VERSION,
        "counts": {"articles": len(build.articles), "groups": len(build.groups),
                   "events": len(build.events), "storylines": len(build.storylines),
                   "rejected": len(build.rejected)},
        "storylines": [_storyline(view, s) for s in view.storylines],
        "unplaced": {"events": [_event(view, e) for e in view.unplaced_events],
                     **_placement(view, view.unplaced_articles)},
        "rejected": [to_dict(r) for r in build.rejected],
        "problems": problems(build, view.articles),
    }


def _storyline(view: Outline, s: StorylineView) -> dict[str, Any]:
    return {"id": s.storyline.id, "title": s.storyline.title, "start": s.start, "end": s.end,
            "timeline": s.timeline.to_dict() if s.timeline is not None else None,
            "entities": [_entity(e) for e in s.entities],
            "events": [_event(view, e) for e in s.events]}


def _event(view: Outline, e: EventView) -> dict[str, Any]:
    event = e.event
    return {"id": event.id, "title": event.title, "start": event.start, "end": event.end,
            "articles": list(event.articles),
            "summary": e.summary.to_dict() if e.summary is not None else None,
            "entities": [_entity(x) for x in e.entities],
            "quotes": [_quote(q) for q in e.quotes],
            **_placement(view, e.placement)}


def _placement(view: Outline, placement: Placement) -> dict[str, Any]:
    return {"groups": [_group(view, g) for g in placement.groups],
            "ungrouped": [_article(view, a) for a in placement.loose]}


def _group(view: Outline, group: SyndicationGroup) -> dict[str, Any]:
    return {"id": group.id, "canonical": group.canonical,
            "members": [{"id": m.id, "relation": m.relation, "containment": m.containment,
                         "jaccard": m.jaccard} for m in group.members],
            "articles": [_article(view, m.id) for m in group.members]}


def _article(view: Outline, article_id: str) -> dict[str, Any]:
    article = view.articles.get(article_id)
    if article is None:
        return {"id": article_id, "missing": True}
    extraction = view.build.extractions.get(article_id)
    data = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    data["entities"] = [_entity(e) for e in extraction.entities] if extraction else []
    data["quotes"] = [q.to_dict() for q in extraction.quotes] if extraction else []
    return data


def _entity(e: Entity) -> dict[str, Any]:
    # Spelled out rather than model.to_dict: this runs for every entity of every article.
    return {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "mentions": e.mentions}


def _quote(ref: QuoteRef) -> dict[str, Any]:
    q = ref.quote
    return {"speaker": q.speaker, "kind": q.kind, "text": q.text, "article": ref.article,
            "start": q.start, "end": q.end,
            "also_in": [{"article": c.article, "start": c.start, "end": c.end}
                        for c in ref.also_in]}
