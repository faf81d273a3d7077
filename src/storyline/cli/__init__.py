"""The command line: a thin layer over the library. Data goes to standard output (or -o FILE,
written atomically), warnings and progress to standard error."""
from __future__ import annotations

import functools
from pathlib import Path

import click

from .. import __version__
from ..errors import StorylineError
from ..files import write_json, write_json_lines
from ..model import to_dict
from ..parallel import default_workers
from .session import Session


def _common(command):
    """The inputs and options every command takes."""
    @click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write the result to FILE instead of standard output.")
    @click.option("--strict", is_flag=True,
                  help="Fail (exit status 1) when any document cannot be read.")
    @click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
                  help="A TOML file of stage settings.")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
    @click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_workers,
                  show_default="all cores, at most 8",
                  help="Processes that clean documents at the same time.")
    @functools.wraps(command)
    def wrapper(inputs, output, strict, config_path, quiet, jobs, **options):
        try:
            session = Session.start(config_path, strict=strict, quiet=quiet, workers=jobs)
            command(session, inputs, output, **options)
        except StorylineError as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="storyline")
def main():
    """Turn a pile of scraped news into stories: each story once, grouped into events and
    storylines, with cited summaries, timelines, entities and quotes.

    INPUT is a file or a folder (read recursively) of .txt, .html, .md, .json or
    .jsonl(.gz) files. See each command's --help.

    \b
    Example:
      storyline build scraped/ --out report/
    """


@main.command()
@_common
def clean(session: Session, inputs, output):
    """Clean articles: body text, title and metadata, one JSON object per line.

    \b
    Example:
      storyline clean pages/ -o clean.jsonl
    """
    write_json_lines(output, (to_dict(a) for a in session.iter_articles(inputs)))


@main.command()
@_common
def dedup(session: Session, inputs, output):
    """Group syndicated copies of the same story (exact, edited or truncated).

    \b
    Example:
      storyline dedup scraped/ -o groups.json
    """
    groups = session.config.dedup(session.articles(inputs))
    write_json(output, {"groups": [to_dict(g) for g in groups]})


@main.command()
@_common
def cluster(session: Session, inputs, output):
    """Group articles into events, and events into storylines.

    \b
    Example:
      storyline cluster articles.jsonl.gz -o stories.json
    """
    _, events, storylines, _ = session.stories(inputs)
    write_json(output, {"events": [to_dict(e) for e in events],
                        "storylines": [to_dict(s) for s in storylines]})


@main.command()
@click.option("--max-words", type=click.IntRange(min=1),
              help="Summary length in words (default 100).")
@_common
def summarize(session: Session, inputs, output, max_words):
    """Summarize all the input as one cluster, every sentence cited.

    \b
    Example:
      storyline summarize event/ --max-words 60
    """
    summarizer = session.config.with_options("summarize", max_words=max_words).summarize
    write_json(output, summarizer(session.articles(inputs)).to_dict())


@main.command()
@click.option("--max-dates", type=click.IntRange(min=1), help="Number of dates (default 10).")
@click.option("--sentences-per-date", type=click.IntRange(min=1),
              help="Sentences for each date (default 1).")
@click.option("--query", help="Words naming the topic, when the input holds other news too.")
@_common
def timeline(session: Session, inputs, output, max_dates, sentences_per_date, query):
    """A dated timeline of the input, each entry dated by when it happened.

    \b
    Example:
      storyline timeline articles.jsonl --max-dates 15 --query "haiti earthquake"
    """
    builder = session.config.with_options("timeline", max_dates=max_dates,
                                          sentences_per_date=sentences_per_date,
                                          query=query).timeline
    write_json(output, builder(session.articles(inputs)).to_dict())


@main.command()
@_common
def extract(session: Session, inputs, output):
    """People, organisations and places, and who said what, one JSON object per article.

    \b
    Example:
      storyline extract articles/ -o extracted.jsonl
    """
    extractor = session.config.extract
    write_json_lines(output, (extractor(a).to_dict() for a in session.iter_articles(inputs)))


@main.command()
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write storyline.sqlite, stories.json and index.html into.")
@click.option("--fresh", is_flag=True,
              help="Start over: ignore the store already in --out rather than adding to it.")
@_common
def build(session: Session, inputs, output, out_dir, fresh):
    """Run the whole pipeline: a SQLite store, stories.json and an HTML report.

    A build into a folder holding a store adds the inputs to it: documents already stored
    are not read again, new copies join the syndication groups found before, and events,
    storylines, summaries and timelines are drawn anew over all the articles. Settings
    changed since apply to the new articles only; use --fresh to apply them to all.

    \b
    Example:
      storyline build monday/ --out report/
      storyline build tuesday/ --out report/     # adds Tuesday's articles
    """
    paths = session.build(inputs, out_dir, fresh=fresh)
    for name in ("store", "stories", "report"):
        click.echo(f"{name}: {paths[name]}")
