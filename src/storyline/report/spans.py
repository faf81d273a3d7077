"""Cited spans of an article's text as nested elements, for the article page.

Each distinct (start, end) becomes one element whose id is `names.span_anchor(start, end)`, so a
link `…#s120-245` lands on it and CSS `:target` highlights it. Spans usually nest (a quote inside
a summary sentence); when two cross (a quote running over a sentence end) the later one is cut at
the earlier one's end and continued in a second element without the id; both carry the anchor in
`data-span`, which the page's script uses to highlight every part.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..model import Build
from .names import span_anchor

ROLES = ("summary", "timeline", "quote")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str  # one of ROLES
    label: str  # what cites it, for the tooltip


@dataclass
class _Span:
    anchor: str  # from the cited offsets, as links name it, even when clamped to the text
    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Token:
    """One step of the marked text: `text`, an `open` element, or a `close`."""
    kind: str
    text: str = ""
    anchor: str = ""  # the span's anchor name
    primary: bool = True  # the part holding the id (a cut span's continuation does not)
    roles: str = ""
    label: str = ""


def article_marks(build: Build) -> dict[str, list[Mark]]:
    """Every span cited in the build, by article id: summaries, timelines, quotes."""
    marks: dict[str, list[Mark]] = {}
    events = {e.id: e.title for e in build.events}
    storylines = {s.id: s.title for s in build.storylines}
    for event_id, summary in build.summaries.items():
        label = f"summary of “{events.get(event_id, event_id)}”"
        for c in summary.sentences:
            marks.setdefault(c.article, []).append(Mark(c.start, c.end, "summary", label))
    for storyline_id, timeline in build.timelines.items():
        title = storylines.get(storyline_id, storyline_id)
        for entry in timeline.entries:
            label = f"timeline of “{title}”, {entry.date}"
            for c in entry.sentences:
                marks.setdefault(c.article, []).append(Mark(c.start, c.end, "timeline", label))
    for article_id, extraction in build.extractions.items():
        for q in extraction.quotes:
            label = f"{q.kind} quote: {q.speaker or 'unknown speaker'}"
            marks.setdefault(article_id, []).append(Mark(q.start, q.end, "quote", label))
    return marks


def _merge(marks: Iterable[Mark], length: int) -> list[_Span]:
    """One span per distinct (start, end), clamped to the text."""
    spans: dict[tuple[int, int], _Span] = {}
    for m in marks:
        start = max(0, min(m.start, length))
        end = max(start, min(m.end, length))
        span = spans.setdefault((m.start, m.end), _Span(span_anchor(m.start, m.end), start, end))
        if m.role not in span.roles:
            span.roles.append(m.role)
        if m.label not in span.labels:
            span.labels.append(m.label)
    return list(spans.values())


def marked(text: str, marks: Iterable[Mark]) -> list[Token]:
    """The text cut into `text` tokens, with `open`/`close` tokens around every marked span;
    joining the `text` tokens gives back `text` exactly."""
    spans = _merge(marks, len(text))
    # Outer spans first: by start, then the longest; the number breaks ties deterministically.
    heap = [(s.start, -s.end, n, True, s) for n, s in enumerate(spans)]
    return list(_walk(text, heap))


def _walk(text: str, heap: list) -> Iterator[Token]:
    heapq.heapify(heap)
    stack: list[int] = []  # ends of the open elements, innermost last
    position = 0
    sequence = len(heap)
    while heap:
        start, negative_end, _, primary, span = heapq.heappop(heap)
        end = -negative_end
        while stack and stack[-1] <= start:
            yield from _text(text, position, stack[-1])
            position = stack.pop()
            yield Token("close")
        yield from _text(text, position, start)
        position = start
        if stack and stack[-1] < end:  # crosses the enclosing element: cut, continue after it
            heapq.heappush(heap, (stack[-1], -end, sequence, False, span))
            sequence += 1
            end = stack[-1]
        stack.append(end)
        yield Token("open", anchor=span.anchor, primary=primary, roles=" ".join(span.roles),
                    label="; ".join(span.labels))
    while stack:
        yield from _text(text, position, stack[-1])
        position = stack.pop()
        yield Token("close")
    yield from _text(text, position, len(text))


def _text(text: str, start: int, end: int) -> Iterator[Token]:
    if end > start:
        yield Token("text", text=text[start:end])
