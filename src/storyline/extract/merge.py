"""The entities of several articles (an event, a storyline) as one list: one Entity per
real-world entity.

Persons join across articles as they do within one: same surname and compatible given names
("Kerry", "John Kerry", "John F. Kerry"); a lone surname goes to the most mentioned person it
fits. Organisations and places join when they share a name or an alias ("U.S." in one article,
"United States" in another). The canonical name is a full name if there is one, then the one
most articles use, then the most mentioned, then the longest.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..model import Entity, Extraction
from .entities import compatible


def merge_entities(extractions: Iterable[Extraction]) -> list[Entity]:
    """The entities of several articles as one list, mentions summed, most mentioned first."""
    entities = [e for extraction in extractions for e in extraction.entities]
    clusters = _person_clusters([e for e in entities if e.kind == "person"])
    clusters += _other_clusters([e for e in entities if e.kind != "person"])
    merged = [_merged(cluster) for cluster in clusters]
    return sorted(merged, key=lambda e: (-e.mentions, e.kind, e.name))


def _person_clusters(persons: list[Entity]) -> list[list[Entity]]:
    """Fullest names first, so a lone surname finds the people it may abbreviate."""
    order = sorted(persons, key=lambda e: (-len(e.name.split()), -e.mentions, e.name))
    clusters: list[list[Entity]] = []
    for entity in order:
        homes = [c for c in clusters if all(compatible(entity.name, m.name) for m in c)]
        if homes:
            max(homes, key=lambda c: (sum(m.mentions for m in c), -clusters.index(c))
                ).append(entity)
        else:
            clusters.append([entity])
    return clusters


def _other_clusters(entities: list[Entity]) -> list[list[Entity]]:
    """Organisations and places sharing a name or an alias, kind by kind."""
    parent = list(range(len(entities)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, entity in enumerate(entities):
        for form in (entity.name, *entity.aliases):
            key = (entity.kind, form.casefold())
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[Entity]] = {}
    for i, entity in enumerate(entities):
        groups.setdefault(root(i), []).append(entity)
    return [groups[k] for k in sorted(groups)]


def _merged(cluster: list[Entity]) -> Entity:
    articles = Counter(e.name for e in cluster)
    mentions = Counter()
    for entity in cluster:
        mentions[entity.name] += entity.mentions
    name = max(articles, key=lambda n: (len(n.split()) > 1, articles[n], mentions[n], len(n), n))
    aliases = {form for e in cluster for form in (e.name, *e.aliases)} - {name}
    return Entity(name, cluster[0].kind, tuple(sorted(aliases)),
                  sum(e.mentions for e in cluster))
