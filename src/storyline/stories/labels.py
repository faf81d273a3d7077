"""Events and storylines as records: ids that stay put from one build to the next, date spans,
and titles a reader can scan."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import numpy as np
from sklearn.preprocessing import normalize

from ..model import Article, Event, Storyline
from .dating import event_span
from .features import NO_DAY, Representatives

TITLE_WORDS = 14  # an untitled event is named by the opening words of its central story


def named(reps: Representatives, event_rows: list[list[int]], storyline_events: list[list[int]],
          vectors, old_event: list[str | None], old_storyline: list[str | None]
          ) -> tuple[list[Event], list[Storyline]]:
    """Events in time order and storylines in order of their first event. Each keeps the id of
    the earlier one it grew from (the largest, when it took in several); new ones are numbered
    on in time order."""
    drafts = [_event(reps, rows, vectors[n]) for n, rows in enumerate(event_rows)]
    order = sorted(range(len(drafts)), key=lambda n: (drafts[n].start or "9999",
                                                      drafts[n].articles))
    event_ids = _ids("e", [[old_event[r] for r in rows] for rows in event_rows], order)
    position = {n: rank for rank, n in enumerate(order)}
    story_order = sorted(range(len(storyline_events)),
                         key=lambda s: min(position[n] for n in storyline_events[s]))
    storyline_ids = _ids("s", [[old_storyline[n] for n in members for _ in event_rows[n]]
                               for members in storyline_events], story_order)
    storylines = []
    for s in story_order:
        members = sorted(storyline_events[s], key=position.get)
        storylines.append(Storyline(storyline_ids[s], _storyline_title(drafts, members, vectors),
                                    tuple(event_ids[n] for n in members)))
    events = [Event(event_ids[n], drafts[n].title, drafts[n].start, drafts[n].end,
                    drafts[n].articles, drafts[n].groups) for n in order]
    return events, storylines


def _ids(prefix: str, earlier: list[list[str | None]], order: list[int]) -> list[str]:
    """Per cluster, the earlier id most of its members had, else the next new number; new
    numbers go to clusters in `order`."""
    ids: list[str | None] = []
    for labels in earlier:
        counts = Counter(label for label in labels if label is not None)
        ids.append(min(counts, key=lambda i: (-counts[i], _number(i))) if counts else None)
    fresh = max((_number(i) for i in ids if i is not None), default=0)
    for n in order:
        if ids[n] is None:
            fresh += 1
            ids[n] = f"{prefix}{fresh}"
    return ids  # type: ignore[return-value]


def _number(id: str) -> int:
    digits = re.sub(r"\D", "", id)
    return int(digits) if digits else 0


def _event(reps: Representatives, rows: list[int], centroid) -> Event:
    """An event record without its id."""
    members = sorted(m.id for r in rows for m in reps.groups[r].members)
    published = [date.fromordinal(d) if d != NO_DAY else None for d in reps.days[rows].tolist()]
    start, end = event_span([reps.articles[r] for r in rows], published)
    title = _title(reps.articles[_central(reps, rows, centroid)])
    return Event("", title, start, end, tuple(members),
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


def _storyline_title(events: list[Event], members: list[int], vectors) -> str:
    """The title of the storyline's most central event."""
    centroid = normalize(np.asarray(vectors[members].sum(axis=0)))
    closeness = np.asarray(vectors[members] @ centroid.T).ravel()
    return events[members[int(np.argmax(closeness))]].title
