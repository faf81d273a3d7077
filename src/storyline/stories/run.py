"""The cluster stage's work: representatives, events, storylines, and their labels."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..model import Article, Event, Storyline, SyndicationGroup
from ..nlp.dates import iso_date
from .features import NO_DAY, Representatives, representatives
from .linkage import agglomerate
from .similarity import cosine_graph, time_weighted

if TYPE_CHECKING:
    from . import Clusterer

TITLE_WORDS = 14  # an untitled event is named by the opening words of its central story


def cluster(articles: Sequence[Article], groups: Sequence[SyndicationGroup], *,
            settings: Clusterer) -> tuple[list[Event], list[Storyline]]:
    if not articles:
        return [], []
    reps = representatives(articles, groups)
    event_graph = time_weighted(cosine_graph(reps.vectors), reps.days,
                                window=settings.event_window_days,
                                decay=settings.event_decay_days, unknown=settings.undated_factor)
    event_rows = _clusters(agglomerate(event_graph, threshold=settings.event_similarity))
    centroids = normalize(_membership(event_rows, len(reps.articles)) @ reps.vectors)
    event_days = np.array([_middle_day(reps.days[rows]) for rows in event_rows], dtype=np.int64)
    story_graph = time_weighted(cosine_graph(centroids), event_days,
                                window=settings.storyline_window_days,
                                decay=settings.storyline_decay_days, unknown=1.0)
    story_members = _clusters(agglomerate(story_graph, threshold=settings.storyline_similarity,
                                          linkage=settings.storyline_linkage))
    by_id = {a.id: a for a in articles}
    events = [_event(reps, rows, centroids[n], by_id) for n, rows in enumerate(event_rows)]
    return _named(events, story_members, centroids)


def _clusters(labels: np.ndarray) -> list[list[int]]:
    clusters: dict[int, list[int]] = {}
    for row, label in enumerate(labels.tolist()):
        clusters.setdefault(label, []).append(row)
    return list(clusters.values())


def _membership(clusters: list[list[int]], items: int) -> sparse.csr_matrix:
    """A clusters x items matrix of ones: row c marks the members of cluster c."""
    rows = [c for c, members in enumerate(clusters) for _ in members]
    cols = [m for members in clusters for m in members]
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (rows, cols)),
                             shape=(len(clusters), items))


def _middle_day(days: np.ndarray) -> int:
    known = days[days != NO_DAY]
    return int(np.median(known)) if len(known) else NO_DAY


def _event(reps: Representatives, rows: list[int], centroid, by_id) -> Event:
    """An event record with a provisional id; `_named` numbers events in time order."""
    members = sorted(m.id for r in rows for m in reps.groups[r].members)
    dates = sorted(d for i in members if (d := iso_date(by_id[i].published)))
    central = _central(reps, rows, centroid)
    return Event("", _title(reps.articles[central]), dates[0] if dates else None,
                 dates[-1] if dates else None, tuple(members),
                 tuple(sorted(reps.groups[r].id for r in rows)))


def _central(reps: Representatives, rows: list[int], centroid) -> int:
    """The row closest to the centroid, preferring stories that have a title."""
    closeness = (reps.vectors[rows] @ centroid.T).toarray().ravel()
    return max(zip(rows, closeness), key=lambda rc: (reps.articles[rc[0]].title is not None,
                                                     rc[1], -rc[0]))[0]


def _title(article: Article) -> str:
    if article.title:
        return article.title
    opening = article.text.split()[:TITLE_WORDS]
    return " ".join(opening) + ("…" if len(article.text.split()) > TITLE_WORDS else "")


def _named(events: list[Event], story_members: list[list[int]], centroids
           ) -> tuple[list[Event], list[Storyline]]:
    """Events numbered by date, storylines by their first event; each storyline titled by its
    most central event."""
    order = sorted(range(len(events)), key=lambda n: (events[n].start or "9999",
                                                       events[n].articles))
    position = {n: rank for rank, n in enumerate(order)}
    width = len(str(len(events)))
    event_id = {n: f"e{position[n] + 1:0{width}d}" for n in order}
    named = [Event(event_id[n], e.title, e.start, e.end, e.articles, e.groups)
             for n, e in enumerate(events)]
    stories = []
    for members in story_members:
        members = sorted(members, key=position.get)
        closeness = centroids[members] @ normalize(_membership([members], len(events))
                                                   @ centroids).T
        central = max(zip(members, closeness.toarray().ravel()),
                      key=lambda mc: (mc[1], -position[mc[0]]))[0]
        stories.append((position[members[0]], events[central].title,
                        tuple(event_id[n] for n in members)))
    stories.sort()
    width = len(str(len(stories)))
    storylines = [Storyline(f"s{rank:0{width}d}", title, ids)
                  for rank, (_, title, ids) in enumerate(stories, 1)]
    return sorted(named, key=lambda e: e.id), storylines
