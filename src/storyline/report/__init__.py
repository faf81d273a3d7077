"""report: stories.json (the nested result, for programs) and the static HTML report (for people).

Both read the same nested view of a Build (`outline`): storylines → events → syndication groups →
articles, with whatever the nesting leaves out gathered as "unplaced" and every inconsistency
listed as a problem, so nothing is dropped silently. Both are written atomically and
deterministically: the same Build gives byte-identical files.

    DIR/stories.json             see `storyline.report.stories`
    DIR/index.html               storylines, events, summaries, timelines, names, quotes, sources,
                                 rejected documents, problems found
    DIR/articles/<name>.html     one page per article: metadata, placement, text with cited spans
    DIR/storylines/<name>.html   big builds only: each storyline's details (see `links`)
    DIR/static/report.css, report.js

Article ids can hold any character; `names` turns them into safe, unique file names.
"""
from __future__ import annotations

from pathlib import Path

from ..files import atomic_text, dumps
from ..model import Build
from .html import write_html
from .outline import Outline, outline
from .stories import stories_data

__all__ = ["write_stories_json", "write_report", "stories_data", "outline"]


def write_stories_json(result: Build, path: Path, *, nested: Outline | None = None) -> Path:
    """Write stories.json at `path`: compact, one line (`jq . stories.json` to read it), since
    indenting a large build's tens of megabytes takes several times longer. `nested`: the
    build's outline, when the caller has it already."""
    path = Path(path)
    with atomic_text(path) as handle:
        handle.write(dumps(stories_data(nested or outline(result))))
        handle.write("\n")
    return path


def write_report(result: Build, path: Path, *, nested: Outline | None = None) -> Path:
    """Write the HTML report: index.html at `path`, article pages and assets beside it."""
    return write_html(nested or outline(result), Path(path))
