"""The pipeline: the one place that knows the order of the stages.

    ingest -> clean -> dedup -> stories -> summarize / timeline -> extract -> store, report
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .config import Config
from .ingest import read_inputs
from .parallel import clean_all
from .model import (Article, Build, Event, Rejected, Storyline, Summary, SyndicationGroup,
                    Timeline)

Progress = Callable[[str, int, int | None], None]  # (what, done, total or None)


def _quiet(what: str, done: int, total: int | None) -> None:
    pass


def iter_articles(inputs: Iterable[str | Path], config: Config, *,
                  on_reject: Callable[[Rejected], None] = lambda r: None,
                  progress: Progress = _quiet, workers: int = 1) -> Iterator[Article]:
    """Read and clean every document under `inputs`, in input order, on `workers` processes;
    each document that cannot be used goes to `on_reject` instead. A first pass over the pile
    learns the boilerplate it repeats (see clean/corpus.py)."""
    inputs = list(inputs)
    cleaner = config.clean.learn(read_inputs(inputs))  # a first pass over the pile
    for n, result in enumerate(clean_all(read_inputs(inputs), cleaner, workers=workers), 1):
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


def stories(articles: Sequence[Article], config: Config, *, progress: Progress = _quiet):
    """Syndication groups, events and storylines of the articles."""
    progress("deduplicating", 0, None)
    groups = config.dedup(articles)
    progress("clustering", 0, None)
    events, storylines = config.cluster(articles, groups)
    return groups, events, storylines


def build(inputs: Iterable[str | Path], config: Config, *,
          on_reject: Callable[[Rejected], None] = lambda r: None,
          progress: Progress = _quiet, workers: int = 1) -> Build:
    """Run every stage on the inputs."""
    rejected: list[Rejected] = []

    def reject(item: Rejected) -> None:
        rejected.append(item)
        on_reject(item)

    articles = list(iter_articles(inputs, config, on_reject=reject, progress=progress,
                                  workers=workers))
    groups, events, storylines = stories(articles, config, progress=progress)
    by_id = {a.id: a for a in articles}
    summaries = {}
    for n, event in enumerate(events, 1):
        summaries[event.id] = summarize_event(event, by_id, groups, config)
        progress("summarizing", n, len(events))
    timelines = {}
    for n, storyline in enumerate(storylines, 1):
        timelines[storyline.id] = storyline_timeline(storyline, events, by_id, groups, config)
        progress("timelines", n, len(storylines))
    extractions = {}
    for n, article in enumerate(articles, 1):
        extractions[article.id] = config.extract(article)
        progress("extracting", n, len(articles))
    return Build(tuple(articles), tuple(rejected), tuple(groups), tuple(events),
                 tuple(storylines), summaries, timelines, extractions)


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
    from .report import write_report, write_stories_json
    from .store import write_store

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return {"store": write_store(result, out / "storyline.sqlite"),
            "stories": write_stories_json(result, out / "stories.json"),
            "report": write_report(result, out / "index.html")}
