"""The entities of several articles (an event, a storyline) as one list: one Entity per
real-world entity.

Persons join across articles as they do within one: same surname and compatible given names
("Kerry", "John Kerry", "John F. Kerry"); a lone surname goes to the most mentioned person it
fits. Organisations and places join when they share a name, or when one's name is another's
alias ("U.S." in one article, "United States" with the alias "U.S." in another). Each name
takes the kind most articles give it. The canonical name is a full name if there is one, then
the one most articles use, then the most mentioned, then the longest.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Iterable

from ..model import Entity, Extraction
from .entities import compatible


def merge_entities(extractions: Iterable[Extraction]) -> list[Entity]:
    """The entities of several articles as one list, mentions summed, most mentioned first."""
    entities = _one_kind([e for extraction in extractions for e in extraction.entities])
    clusters = _person_clusters([e for e in entities if e.kind == "person"])
    clusters += _other_clusters([e for e in entities if e.kind != "person"])
    merged = [_merged(cluster) for cluster in clusters]
    return sorted(merged, key=lambda e: (-e.mentions, e.kind, e.name))


def _one_kind(entities: list[Entity]) -> list[Entity]:
    """Each name with the kind most articles give it: an article with no clue to a name's kind
    ("Calder Maritime's plan") is outvoted by those that have one ("Calder Maritime, which
    runs the terminal")."""
    articles: dict[str, Counter] = {}
    mentions: dict[str, Counter] = {}
    for entity in entities:
        articles.setdefault(entity.name, Counter())[entity.kind] += 1
        mentions.setdefault(entity.name, Counter())[entity.kind] += entity.mentions
    kind_of = {name: max(v, key=lambda k: (v[k], mentions[name][k], k))
               for name, v in articles.items()}
    return [replace(e, kind=kind_of[e.name]) for e in entities]


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
    """Organisations and places by name, kind by kind; then a name another article uses as an
    alias joins that entity ("KCA" to "Kestland Competition Authority"), the most mentioned
    if several use it. Aliases alone never join two entities: "Helixa" stands for Helixa Pay
    in one article and for Helixa Technologies in another."""
    clusters: dict[tuple[str, str], list[Entity]] = {}
    for entity in entities:
        clusters.setdefault((entity.kind, entity.name.casefold()), []).append(entity)
    holders: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, cluster in clusters.items():
        for alias in {a.casefold() for e in cluster for a in e.aliases}:
            holders.setdefault((key[0], alias), []).append(key)
    mentions = {key: sum(e.mentions for e in cluster) for key, cluster in clusters.items()}
    parent = {key: key for key in clusters}

    def root(key):
        while parent[key] != key:
            key = parent[key]
        return key

    for key in clusters:
        others = [h for h in holders.get(key, []) if h != key]
        if others:
            parent[root(key)] = root(max(others, key=lambda h: (mentions[h], h)))
    joined: dict[tuple[str, str], list[Entity]] = {}
    for key, cluster in clusters.items():
        joined.setdefault(root(key), []).extend(cluster)
    return list(joined.values())


def _merged(cluster: list[Entity]) -> Entity:
    articles = Counter(e.name for e in cluster)
    mentions = Counter()
    for entity in cluster:
        mentions[entity.name] += entity.mentions
    name = max(articles, key=lambda n: (len(n.split()) > 1, articles[n], mentions[n], len(n), n))
    aliases = {form for e in cluster for form in (e.name, *e.aliases)} - {name}
    return Entity(name, next(e.kind for e in cluster if e.name == name), tuple(sorted(aliases)),
                  sum(e.mentions for e in cluster))
