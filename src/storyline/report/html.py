"""The HTML report: `index.html` (storylines → events → summary, timeline, who is involved, who
said what, sources), one page per article under `articles/` holding its clean text with every
cited span as an anchor, storyline pages when the build is big (see `links`), and the stylesheet
and script under `static/`.

Everything is rendered by jinja2 with autoescaping on, links are relative (the report works
opened as a file), and nothing depends on the time of the run, so a Build renders byte-identically.
"""
from __future__ import annotations

import functools
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import jinja2

from ..errors import OutputError
from ..files import atomic_text
from ..model import ENTITY_KINDS, Article, Entity
from . import names
from .checks import problems
from .links import STORYLINES_FOLDER, UNPLACED_PAGE, Layout, Links, layout
from .outline import Outline, StorylineView, representative
from .spans import article_marks, marked

STATIC_FOLDER = "static"
FOLDER_MODE = 0o755  # mkdtemp makes folders private; a report is meant to be shared
MARKER = ".storyline"  # in each folder of pages: says storyline may replace the folder
MARKER_TEXT = "Written by storyline; this folder is replaced whole by each `storyline build`.\n"
STATIC_FILES = ("report.css", "report.js")
PROBLEMS_SHOWN = 200  # the rest are in stories.json; a page of thousands helps nobody
NAMES_SHOWN = 12  # names per storyline or event in an overview; the full list is a click away
KIND_LABELS = {"person": "People", "organization": "Organisations", "location": "Places"}
SAFE_URL_SCHEMES = ("http://", "https://")  # other schemes (javascript:, data:) stay text


def by_kind(entities: Sequence[Entity]) -> list[tuple[str, list[Entity]]]:
    """Entities grouped under readable headings, the model's kinds first."""
    kinds = list(ENTITY_KINDS) + sorted({e.kind for e in entities} - set(ENTITY_KINDS))
    grouped = [(KIND_LABELS.get(k, k.capitalize()), [e for e in entities if e.kind == k])
               for k in kinds]
    return [(label, items) for label, items in grouped if items]


def safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(SAFE_URL_SCHEMES) else None


def day(value: str | None) -> str:
    """An ISO date or timestamp as its day, for display."""
    return value[:10] if value else ""


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"


@functools.cache  # compiling the templates costs more than rendering a small report
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update(by_kind=by_kind, safe_url=safe_url, anchor=names.anchor,
                       span_anchor=names.span_anchor, representative=representative,
                       names_shown=NAMES_SHOWN)
    env.filters.update(day=day, plural=plural, percent=lambda x: f"{x:.0%}")
    return env


class Report:
    """Renders the pages of one Build."""

    def __init__(self, view: Outline, pages: Layout):
        self.view, self.layout = view, pages
        self.marks = article_marks(view.build)
        self.env = _environment()

    def _render(self, template: str, root: str, **context) -> str:
        return self.env.get_template(template).render(
            view=self.view, build=self.view.build, links=Links(self.view, self.layout, root),
            static=f"{root}{STATIC_FOLDER}/", **context)

    def index(self) -> str:
        found = problems(self.view.build, self.view.articles)
        return self._render("index.html.j2", "", detail=not self.layout.split,
                            problems=found[:PROBLEMS_SHOWN],
                            problems_hidden=max(0, len(found) - PROBLEMS_SHOWN))

    def storyline(self, storyline: StorylineView | None) -> str:
        """A storyline's page, or with None the page of events in no storyline."""
        return self._render("storyline.html.j2", "../", storyline=storyline)

    def article(self, article: Article) -> str:
        marks = self.marks.get(article.id, [])
        event = self.view.event_of.get(article.id)
        return self._render(
            "article.html.j2", "../", article=article, tokens=marked(article.text, marks),
            cited=len({(m.start, m.end) for m in marks}),
            group=self.view.group_of.get(article.id), event=event,
            storyline=self.view.storyline_of.get(event.id) if event else None,
            extraction=self.view.build.extractions.get(article.id))


def write_html(view: Outline, path: Path) -> Path:
    """Write index.html at `path`, with articles/, storylines/ and static/ beside it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    report = Report(view, layout(view, index=path.name))
    _write_static(path.parent / STATIC_FOLDER)
    pages = ((name, report.article(view.articles[article_id]))
             for article_id, name in report.layout.articles.items())
    _write_pages(path.parent / names.ARTICLES_FOLDER, pages)
    _write_pages(path.parent / STORYLINES_FOLDER, _storyline_pages(report))
    # The index goes last, so it never links to a page not yet written.
    with atomic_text(path) as handle:
        handle.write(report.index())
    return path


def _storyline_pages(report: Report) -> Iterable[tuple[str, str]]:
    if not report.layout.split:
        return
    view = report.view
    for s in view.storylines:
        yield report.layout.storylines[s.storyline.id], report.storyline(s)
    if view.unplaced_events or view.unplaced_articles.reading_order:
        yield UNPLACED_PAGE, report.storyline(None)


def _write_static(folder: Path) -> None:
    package = resources.files("storyline.report") / "static"
    for name in STATIC_FILES:
        with atomic_text(folder / name) as handle:
            handle.write(package.joinpath(name).read_text(encoding="utf-8"))


def _write_pages(folder: Path, pages: Iterable[tuple[str, str]]) -> None:
    """Make `folder` hold exactly these (file name, HTML) pages.

    They are written into a new folder beside it which then takes its place: readers never see a
    half-written set, and pages of an earlier build disappear with it. (Writing each page to a
    temporary file and renaming it over the old one is as safe but, on ext4, which flushes data
    on every rename over an existing file, a hundred times slower.) A folder storyline did not
    write is never replaced: its marker file says whose it is.
    """
    if folder.exists() and not _ours(folder):
        raise OutputError(f"{folder} exists and was not written by storyline; "
                             f"write the report to another folder")
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    staging.chmod(FOLDER_MODE)
    try:
        (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        count = 0
        for count, (name, html) in enumerate(pages, 1):
            (staging / name).write_text(html, encoding="utf-8", newline="\n")
        _swap(staging, folder, keep=count > 0)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _ours(folder: Path) -> bool:
    return (folder / MARKER).is_file() or (folder.is_dir() and not any(folder.iterdir()))


def _swap(staging: Path, folder: Path, *, keep: bool) -> None:
    """Put `staging` in the place of `folder` (or, when not `keep`, just remove `folder`)."""
    old = None
    if folder.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=folder.parent))
        os.replace(folder, old / folder.name)
    if keep:
        os.replace(staging, folder)
    if old is not None:
        shutil.rmtree(old)
