"""The pipeline: the one place that knows the order of the stages.

    ingest -> clean -> dedup -> stories -> summarize / timeline -> extract -> store, report
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from .config import Config
from .ingest import read_inputs
from .parallel import clean_all
from .model import (Article, Build, Event, Rejected, Storyline, Summary, SyndicationGroup,
                    Timeline)

Progress = Callable[[str, int, int | None], None]  # (what, done, total or None)
EMPTY = Build((), (), (), (), (), {}, {}, {})  # what a first build adds to


def _quiet(what: str, done: int, total: int | None) -> None:
    pass


def iter_articles(inputs: Iterable[str | Path], config: Config, *,
                  on_reject: Callable[[Rejected], None] = lambda r: None,
                  progress: Progress = _quiet, workers: int = 1,
                  stored: Mapping[str, str] | None = None) -> Iterator[Article]:
    """Read and clean every document under `inputs`, in input order, on `workers` processes;
    each document that cannot be used goes to `on_reject` instead. A first pass over the pile
    learns the boilerplate it repeats (see clean/corpus.py). Documents `stored` already (id:
    source, of an earlier build) are not read again."""
    inputs, stored = list(inputs), stored or {}

    def documents():
        return (item for item in read_inputs(inputs, stored)
                if stored.get(item.id) != item.source)

    cleaner = config.clean.learn(documents())  # a first pass over the pile
    for n, result in enumerate(clean_all(documents(), cleaner, workers=workers), 1):
        if isinstance(result, Rejected):
            on_reject(result)
        else:
            yield result
        progress("cleaning", n, None)


def groups_of(article_ids: Iterable[str], groups: Sequence[SyndicationGroup]):
    """The syndication groups restricted to the given articles (groups with none left go)."""
    wanted = set(article_ids)
    restricted = []
    for group in groups:
        members = tuple(m for m in group.members if m.id in wanted)
        if members:
            restricted.append(SyndicationGroup(group.id, group.canonical, members))
    return restricted


def stories(articles: Sequence[Article], config: Config, *, progress: Progress = _quiet,
            earlier: Build | None = None):
    """Syndication groups, events and storylines of the articles, with those of an `earlier`
    build if given (its groups, events and storylines kept and grown, see
    Deduplicator.extend and Clusterer); and the signatures dedup keeps for the next build."""
    earlier = earlier or EMPTY
    progress("deduplicating", 0, None)
    groups, signatures = config.dedup.extend(articles, groups=earlier.groups,
                                             signatures=_earlier_signatures(earlier, config))
    progress("clustering", 0, None)
    events, storylines = config.cluster([*earlier.articles, *articles], groups,
                                        earlier=(earlier.events, earlier.storylines))
    return groups, events, storylines, signatures


def build(inputs: Iterable[str | Path], config: Config, *, previous: Build | None = None,
          on_reject: Callable[[Rejected], None] = lambda r: None,
          progress: Progress = _quiet, workers: int = 1) -> Build:
    """Run every stage on the inputs, adding them to the `previous` build if given: its
    articles are not read again, its extractions are kept, and `stories` adds to its groups;
    summaries and timelines are made anew for all events and storylines."""
    previous = previous or EMPTY
    rejected: list[Rejected] = []

    def reject(item: Rejected) -> None:
        rejected.append(item)
        on_reject(item)

    new = list(iter_articles(inputs, config, on_reject=reject, progress=progress,
                             workers=workers, stored={a.id: a.source for a in previous.articles}))
    articles = previous.articles + tuple(new)
    groups, events, storylines, signatures = stories(new, config, progress=progress,
                                                     earlier=previous)
    by_id = {a.id: a for a in articles}
    summaries = {}
    for n, event in enumerate(events, 1):
        summaries[event.id] = summarize_event(event, by_id, groups, config)
        progress("summarizing", n, len(events))
    timelines = {}
    for n, storyline in enumerate(storylines, 1):
        timelines[storyline.id] = storyline_timeline(storyline, events, by_id, groups, config)
        progress("timelines", n, len(storylines))
    extractions = dict(previous.extractions)
    for n, article in enumerate(new, 1):
        extractions[article.id] = config.extract(article)
        progress("extracting", n, len(new))
    read_again = {(item.id, item.source) for item in [*new, *rejected]}
    rejected = [r for r in previous.rejected if (r.id, r.source) not in read_again] + rejected
    return Build(articles, tuple(rejected), tuple(groups), tuple(events), tuple(storylines),
                 summaries, timelines, extractions, signatures)


def _earlier_signatures(previous: Build, config: Config):
    """The previous build's dedup signatures, signed again from its texts when they were not
    kept or were made with other settings."""
    signed = previous.signatures
    if (signed is None or signed.recipe != config.dedup.recipe
            or set(signed.ids) != {a.id for a in previous.articles}):
        return config.dedup.sign(previous.articles)
    return signed


def summarize_event(event: Event, by_id, groups, config: Config) -> Summary:
    members = [by_id[i] for i in event.articles]
    return config.summarize(members, groups_of(event.articles, groups))


def storyline_timeline(storyline: Storyline, events: Sequence[Event], by_id, groups,
                       config: Config) -> Timeline:
    wanted = set(storyline.events)
    ids = [i for e in events if e.id in wanted for i in e.articles]
    return config.timeline([by_id[i] for i in ids], groups_of(ids, groups))


def write_build(result: Build, out: str | Path) -> dict[str, Path]:
    """Write the store, stories.json and the HTML report into `out`; their paths by name."""
    from .report import outline, write_report, write_stories_json
    from .store import write_store

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    nested = outline(result)  # entities merged and quotes gathered once for all three
    return {"store": write_store(result, out / "storyline.sqlite", nested=nested),
            "stories": write_stories_json(result, out / "stories.json", nested=nested),
            "report": write_report(result, out / "index.html", nested=nested)}
