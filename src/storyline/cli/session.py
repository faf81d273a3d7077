"""One command's run: its settings, its warnings about unreadable documents, its progress bar."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

from .. import pipeline
from ..config import Config, load_config
from ..model import Article, Rejected


class StrictFailure(click.ClickException):
    exit_code = 1


@dataclass
class Session:
    config: Config
    strict: bool = False
    quiet: bool = False
    workers: int = 1
    rejected: list[Rejected] = field(default_factory=list)

    @classmethod
    def start(cls, config_path, *, strict: bool, quiet: bool, workers: int) -> Session:
        return cls(load_config(config_path), strict=strict, quiet=quiet, workers=workers)

    def reject(self, item: Rejected) -> None:
        self.rejected.append(item)
        click.echo(f"warning: {item.source}: skipped: {item.reason}", err=True)
        if self.strict:
            raise StrictFailure(f"{item.source}: {item.reason} (--strict)")

    def iter_articles(self, inputs) -> Iterator[Article]:
        """Clean articles one at a time, warning about each document that cannot be used."""
        with Progress(self.quiet) as progress:
            yield from pipeline.iter_articles(inputs, self.config, on_reject=self.reject,
                                              progress=progress, workers=self.workers)
        self._report_count()

    def articles(self, inputs) -> list[Article]:
        return list(self.iter_articles(inputs))

    def stories(self, inputs):
        articles = self.articles(inputs)
        with Progress(self.quiet) as progress:
            return pipeline.stories(articles, self.config, progress=progress)

    def build(self, inputs, out_dir: Path, *, fresh: bool):
        from ..store import read_store

        store = out_dir / "storyline.sqlite"
        previous = read_store(store) if store.exists() and not fresh else None
        with Progress(self.quiet) as progress:
            result = pipeline.build(inputs, self.config, previous=previous,
                                    on_reject=self.reject, progress=progress,
                                    workers=self.workers)
            progress("writing", 0, None)
            paths = pipeline.write_build(result, out_dir)
        if previous is not None:
            added = len(result.articles) - len(previous.articles)
            click.echo(f"{added} new article{'' if added == 1 else 's'} added to the "
                       f"{len(previous.articles)} in {store}", err=True)
        click.echo(f"{_count(result.articles, 'article')} in "
                   f"{_count(result.groups, 'syndication group')}, "
                   f"{_count(result.events, 'event')}, {_count(result.storylines, 'storyline')}; "
                   f"{_count(result.rejected, 'document')} skipped", err=True)
        return paths

    def _report_count(self) -> None:
        if self.rejected:
            click.echo(f"{_count(self.rejected, 'document')} skipped", err=True)


def _count(items, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


class Progress:
    """A progress bar on standard error when it is a terminal; nothing otherwise."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = self.tasks = None

    def __enter__(self):
        if self.enabled:
            from rich.progress import Progress as RichProgress
            from rich.console import Console
            self.bar, self.tasks = RichProgress(console=Console(stderr=True), transient=True), {}
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if self.bar is None:
            return
        if what not in self.tasks:
            self.tasks[what] = self.bar.add_task(what, total=total)
        self.bar.update(self.tasks[what], completed=done, total=total)
