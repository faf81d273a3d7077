"""A Build as rows of the store's tables (see `schema`), and back again."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable, Iterator, Mapping, Sequence

import numpy as np

from ..dedup.signatures import Signatures
from ..model import (Article, Build, Citation, Entity, Event, Extraction, Member, Quote,
                     Rejected, Storyline, Summary, SyndicationGroup, Timeline, TimelineEntry)
from ..report.outline import Outline, outline
from . import schema

Row = tuple
Rows = dict[schema.Table, list[Row]]


def _json(value) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def build_rows(result: Build, nested: Outline | None = None) -> Rows:
    """Every table's rows for `result`, each list in the Build's order; the derived tables
    from `nested`, the build's outline (made here if not given)."""
    rows: Rows = {}
    rows[schema.ARTICLES] = list(_article_rows(result))
    rows[schema.GROUPS] = [(g.id, n, g.canonical) for n, g in enumerate(result.groups)]
    rows[schema.GROUP_MEMBERS] = [(g.id, n, m.id, m.relation, m.containment, m.jaccard)
                                  for g in result.groups for n, m in enumerate(g.members)]
    storyline_of = _storyline_of_event(result.storylines)
    rows[schema.EVENTS] = [(e.id, n, e.title, e.start, e.end, storyline_of.get(e.id))
                           for n, e in enumerate(result.events)]
    rows[schema.EVENT_ARTICLES] = _links(((e.id, e.articles) for e in result.events))
    rows[schema.EVENT_GROUPS] = _links(((e.id, e.groups) for e in result.events))
    rows[schema.STORYLINES] = [(s.id, n, s.title) for n, s in enumerate(result.storylines)]
    rows[schema.STORYLINE_EVENTS] = _links(((s.id, s.events) for s in result.storylines))
    rows[schema.SUMMARIES] = [(key, n) for n, key in enumerate(result.summaries)]
    rows[schema.SUMMARY_SENTENCES] = [
        (key, n, c.article, c.start, c.end, c.text)
        for key, summary in result.summaries.items() for n, c in enumerate(summary.sentences)]
    rows[schema.TIMELINES] = [(key, n) for n, key in enumerate(result.timelines)]
    rows[schema.TIMELINE_ENTRIES] = [
        (key, n, entry.date, _json(entry.evidence))
        for key, timeline in result.timelines.items() for n, entry in enumerate(timeline.entries)]
    rows[schema.TIMELINE_SENTENCES] = list(_timeline_sentence_rows(result.timelines))
    rows[schema.EXTRACTIONS] = [(key, n, x.id) for n, (key, x) in
                                enumerate(result.extractions.items())]
    rows[schema.ENTITIES] = [
        (key, n, e.name, e.kind, _json(e.aliases), e.mentions)
        for key, x in result.extractions.items() for n, e in enumerate(x.entities)]
    rows[schema.QUOTES] = [
        (key, n, q.speaker, q.kind, q.start, q.end, q.text)
        for key, x in result.extractions.items() for n, q in enumerate(x.quotes)]
    rows[schema.REJECTIONS] = [(n, r.id, r.source, r.stage, r.reason)
                               for n, r in enumerate(result.rejected)]
    rows[schema.SIGNATURES] = list(_signature_rows(result.signatures))
    nested = nested or outline(result)
    views = [*(e for s in nested.storylines for e in s.events), *nested.unplaced_events]
    rows[schema.EVENT_ENTITIES] = _entity_rows({v.event.id: v.entities for v in views}.items())
    rows[schema.STORYLINE_ENTITIES] = _entity_rows((s.storyline.id, s.entities)
                                                   for s in nested.storylines)
    return rows


def _entity_rows(owned: Iterable[tuple[str, Sequence[Entity]]]) -> list[Row]:
    return [(owner, n, e.name, e.kind, _json(e.aliases), e.mentions)
            for owner, entities in owned for n, e in enumerate(entities)]


def _links(pairs: Iterable[tuple[str, Sequence[str]]]) -> list[Row]:
    return [(owner, n, item) for owner, items in pairs for n, item in enumerate(items)]


def _storyline_of_event(storylines: Sequence[Storyline]) -> dict[str, str]:
    owner: dict[str, str] = {}
    for storyline in storylines:
        for event_id in storyline.events:
            owner.setdefault(event_id, storyline.id)
    return owner


def _article_rows(result: Build) -> Iterator[Row]:
    group_of: dict[str, str] = {}
    for group in result.groups:
        for member in group.members:
            group_of.setdefault(member.id, group.id)
    event_of: dict[str, str] = {}
    for event in result.events:
        for article_id in event.articles:
            event_of.setdefault(article_id, event.id)
    storyline_of = _storyline_of_event(result.storylines)
    for n, a in enumerate(result.articles):
        event_id = event_of.get(a.id)
        yield (n, a.id, a.source, a.title, a.text, a.published, a.outlet, a.author, a.url,
               a.dateline, a.agency, a.language, group_of.get(a.id), event_id,
               storyline_of.get(event_id) if event_id is not None else None)


def _timeline_sentence_rows(timelines: Mapping[str, Timeline]) -> Iterator[Row]:
    for key, timeline in timelines.items():
        for entry_number, entry in enumerate(timeline.entries):
            for n, c in enumerate(entry.sentences):
                # evidence may be shorter than sentences (it defaults to empty); the entry row
                # keeps the exact list, this column is the per-sentence view for queries
                evidence = entry.evidence[n] if n < len(entry.evidence) else None
                yield (key, entry_number, n, entry.date, c.article, c.start, c.end, c.text,
                       evidence)


def _signature_rows(signed: Signatures | None) -> Iterator[Row]:
    if signed is None:
        return
    spelling = signed.spelling.astype("<u8").view("<i8")  # SQLite integers are signed
    for n, identifier in enumerate(signed.ids):
        yield (n, identifier, int(signed.length[n]), int(signed.mojibake[n]),
               int(signed.metadata[n]), int(spelling[n]), signed.keys[n].astype("<u8").tobytes(),
               signed.sketches[n].astype("<u4").tobytes())


def _signatures(rows, recipe: str | None) -> Signatures | None:
    table = rows[schema.SIGNATURES]
    if recipe is None or not table:
        return None
    columns = list(zip(*table))
    return Signatures(
        recipe=recipe,
        ids=list(columns[1]),
        length=np.array(columns[2], dtype=np.int64),
        mojibake=np.array(columns[3], dtype=np.int32),
        metadata=np.array(columns[4], dtype=np.int8),
        spelling=np.array(columns[5], dtype=np.int64).view(np.uint64),
        keys=np.frombuffer(b"".join(columns[6]), dtype="<u8").reshape(len(table), -1)
        .astype(np.uint64),
        sketches=[np.frombuffer(blob, dtype="<u4").astype(np.uint32) for blob in columns[7]])


def build_from_rows(rows: Mapping[schema.Table, Sequence[Row]],
                    signature_recipe: str | None = None) -> Build:
    """The Build whose rows these are: the inverse of `build_rows` (rows in table order), its
    signatures made with `signature_recipe`."""
    return Build(
        articles=tuple(Article.from_dict(dict(zip(schema.ARTICLES.columns, row)))
                       for row in rows[schema.ARTICLES]),
        rejected=tuple(Rejected(*row[1:]) for row in rows[schema.REJECTIONS]),
        groups=_groups(rows),
        events=_events(rows),
        storylines=_storylines(rows),
        summaries=_summaries(rows),
        timelines=_timelines(rows),
        extractions=_extractions(rows),
        signatures=_signatures(rows, signature_recipe))


def _children(rows, table: schema.Table) -> dict[str, list]:
    """Link-table rows (owner, position, item, ...) grouped by owner, in position order."""
    grouped: dict[str, list] = defaultdict(list)
    for row in rows[table]:
        grouped[row[0]].append(row[2] if len(row) == 3 else row[2:])
    return grouped


def _groups(rows) -> tuple[SyndicationGroup, ...]:
    members = _children(rows, schema.GROUP_MEMBERS)
    return tuple(SyndicationGroup(gid, canonical, tuple(Member(*m) for m in members.get(gid, ())))
                 for gid, _, canonical in rows[schema.GROUPS])


def _events(rows) -> tuple[Event, ...]:
    articles = _children(rows, schema.EVENT_ARTICLES)
    groups = _children(rows, schema.EVENT_GROUPS)
    return tuple(Event(eid, title, start, end, tuple(articles.get(eid, ())),
                       tuple(groups.get(eid, ())))
                 for eid, _, title, start, end, _ in rows[schema.EVENTS])


def _storylines(rows) -> tuple[Storyline, ...]:
    events = _children(rows, schema.STORYLINE_EVENTS)
    return tuple(Storyline(sid, title, tuple(events.get(sid, ())))
                 for sid, _, title in rows[schema.STORYLINES])


def _citation(article: str, start: int, end: int, text: str) -> Citation:
    return Citation(article, start, end, text)


def _summaries(rows) -> dict[str, Summary]:
    sentences = _children(rows, schema.SUMMARY_SENTENCES)
    return {eid: Summary(tuple(_citation(*s) for s in sentences.get(eid, ())))
            for eid, _ in rows[schema.SUMMARIES]}


def _timelines(rows) -> dict[str, Timeline]:
    sentences: dict[tuple[str, int], list[Citation]] = defaultdict(list)
    for sid, entry, _, _, article, start, end, text, _ in rows[schema.TIMELINE_SENTENCES]:
        sentences[(sid, entry)].append(Citation(article, start, end, text))
    entries: dict[str, list[TimelineEntry]] = defaultdict(list)
    for sid, n, date, evidence in rows[schema.TIMELINE_ENTRIES]:
        entries[sid].append(TimelineEntry(date, tuple(sentences.get((sid, n), ())),
                                          tuple(json.loads(evidence))))
    return {sid: Timeline(tuple(entries.get(sid, ()))) for sid, _ in rows[schema.TIMELINES]}


def _extractions(rows) -> dict[str, Extraction]:
    entities = _children(rows, schema.ENTITIES)
    quotes = _children(rows, schema.QUOTES)
    return {key: Extraction(xid, tuple(_entity(*e) for e in entities.get(key, ())),
                            tuple(_quote(*q) for q in quotes.get(key, ())))
            for key, _, xid in rows[schema.EXTRACTIONS]}


def _entity(name: str, kind: str, aliases: str, mentions: int) -> Entity:
    return Entity(name, kind, tuple(json.loads(aliases)), mentions)


def _quote(speaker: str | None, kind: str, start: int, end: int, text: str) -> Quote:
    return Quote(speaker, text, kind, start, end)
