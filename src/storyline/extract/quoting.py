"""Every quote of one article, direct, partial and indirect, with its speaker.

A quotation takes the speaker its attribution names (attribution.py), resolved to an entity
(speakers.py). A direct quotation with no attribution in its sentence continues the last
speaker when it follows in the same or the next paragraph ('"...," he said. "..."' or a
paragraph that only goes on quoting). Reported clauses come from reported.py.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Quote
from .attribution import after_phrase, before_phrase
from .quotes import MARKS, Span, spans_with_kinds
from .reported import reports_in
from .speakers import Resolver

_PRONOUN_STARTS = frozenset("he she they it i we".split())


@dataclass(frozen=True)
class _Last:
    """The latest speaker, the paragraph (index) that named or quoted them, and where."""
    speaker: str | None = None
    paragraph: int = -10
    at: int = -1


def find_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                resolver: Resolver, marked: list[tuple[Span, str]]) -> list[Quote]:
    """The quotes of `text`, in text order."""
    direct = [(s.open_at, s.close_at if s.close_at is not None else s.end)
              for s, kind in marked if kind == "direct"]
    reports = [r for s, e in sentences for r in reports_in(text, s, e)
               if not _within(r.source, direct)]
    resolved = [(r, speaker) for r in reports
                for speaker in ([_leading_subject(text, resolver, *r.source)] if r.leading
                                else resolver.speakers(*r.source))]
    quotes = _marked_quotes(text, paragraphs, sentences, resolver, marked, resolved)
    quotes += [Quote(speaker, text[r.start:r.end], "indirect", r.start, r.end)
               for r, speaker in resolved]
    return sorted(quotes, key=lambda q: (q.start, q.end, q.kind))


def _within(phrase: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a phrase lies inside a direct quotation (reported speech inside a quotation is
    the quoted speaker's, not the article's)."""
    return any(a <= phrase[0] and phrase[1] <= b for a, b in spans)


def marked_spans(text: str, paragraphs: list[tuple[int, int]],
                 sentences: list[tuple[int, int]]) -> list[tuple[Span, str]]:
    return list(spans_with_kinds(text, paragraphs, sentences))


def _marked_quotes(text, paragraphs, sentences, resolver, marked, resolved) -> list[Quote]:
    starts = [p[0] for p in paragraphs]
    sentence_starts = [s for s, _ in sentences]
    named = sorted((r.source[0], speaker) for r, speaker in resolved if speaker)
    last = _Last()
    quotes, previous_close = [], -1
    for span, kind in marked:
        k = bisect.bisect_right(starts, span.start) - 1
        last = _latest(last, named, span.open_at, starts)
        window_start = max(span.paragraph[0], previous_close + 1,
                           sentence_starts[max(0, bisect.bisect_right(sentence_starts,
                                                                      span.open_at) - 1)])
        phrase, participle = _attribution(text, span, window_start, paragraphs, k,
                                          _after_end(text, span, sentences, sentence_starts))
        if phrase is not None:
            speaker = _speaker_of(resolver, phrase, participle, text)
            if speaker is None and kind == "partial":
                speaker = _sentence_subject(text, resolver, span, sentence_starts)
            last = _Last(speaker, k, span.open_at)
        elif kind == "direct" and last.paragraph >= k - 1:
            speaker = last.speaker
            last = _Last(speaker, k, span.open_at)
        elif kind == "partial":
            speaker = _sentence_subject(text, resolver, span, sentence_starts)
        else:
            speaker = None
        quotes.append(Quote(speaker, text[span.start:span.end], kind, span.start, span.end))
        previous_close = span.close_at if span.close_at is not None else span.end
    return quotes


def _latest(last: _Last, named: list[tuple[int, str]], at: int, starts: list[int]) -> _Last:
    """The last speaker before `at`: a reported clause's source when it came after `last`."""
    i = bisect.bisect_left(named, (at, "")) - 1
    if i >= 0 and named[i][0] > last.at:
        position, speaker = named[i]
        return _Last(speaker, bisect.bisect_right(starts, position) - 1, position)
    return last


def _after_end(text: str, span: Span, sentences: list[tuple[int, int]],
               sentence_starts: list[int]) -> int:
    """Where an attribution after the closing mark must end: the end of its sentence or the
    next quotation mark."""
    if span.close_at is None:
        return span.paragraph[1]
    at = span.close_at + 1
    while at < span.paragraph[1] and text[at] in " \t,":
        at += 1
    i = bisect.bisect_right(sentence_starts, at) - 1
    end = sentences[i][1] if i >= 0 else span.paragraph[1]
    mark = next((j for j in range(span.close_at + 1, end) if text[j] in MARKS), end)
    return min(end, mark, span.paragraph[1])


def _attribution(text, span: Span, window_start: int, paragraphs, k: int, after_end: int):
    """The phrase naming the speaker: after the closing mark, else before the opening one
    (in this paragraph, or at the end of the previous one when it ends with a colon)."""
    if span.close_at is not None:
        after = after_phrase(text, span.close_at, after_end)
        if after:
            return after, False
    found = before_phrase(text, span.open_at, window_start)
    if found:
        return found
    if span.open_at == span.paragraph[0] and k > 0:
        p_start, p_end = paragraphs[k - 1]
        if text[p_start:p_end].rstrip().endswith(":"):
            return before_phrase(text, p_end, max(p_start, p_end - 200)) or (None, False)
    return None, False


def _speaker_of(resolver: Resolver, phrase: tuple[int, int], participle: bool,
                text: str) -> str | None:
    if participle:
        return _leading_subject(text, resolver, *phrase)
    return resolver.speaker(*phrase)


def _leading_subject(text: str, resolver: Resolver, start: int, end: int) -> str | None:
    """The subject a sentence opens with: its first named person, else its first pronoun."""
    named = resolver.speaker(start, end)
    if named:
        return named
    for word_start, word in _words(text, start, end):
        if word.lower() in _PRONOUN_STARTS:
            return resolver.speaker(word_start, word_start + len(word))
    return None


def _words(text: str, start: int, end: int):
    at = start
    for word in text[start:end].split():
        at = text.index(word, at)
        yield at, word
        at += len(word)


def _sentence_subject(text: str, resolver: Resolver, span: Span,
                      sentence_starts: list[int]) -> str | None:
    """A partial quotation's speaker: the subject of the sentence it is woven into."""
    i = bisect.bisect_right(sentence_starts, span.open_at) - 1
    start = sentence_starts[i] if i >= 0 else span.paragraph[0]
    if start >= span.open_at:
        return None
    return _leading_subject(text, resolver, start, span.open_at)
