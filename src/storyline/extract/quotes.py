"""Quotation-mark spans of a text and their kind: direct (a complete utterance quoted on its
own), partial (quoted words woven into the reporter's sentence), or none (scare quotes, titles
of works, words mentioned as words).

Marks pair within a paragraph: curly marks by their shape, straight ones by alternation and
by what stands beside them. A quotation still open at the end of a paragraph whose successor
opens with a mark runs on (news style: inner paragraphs of a long quotation have no closing
mark); each paragraph gives its own span. Offsets index the text exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .lexicon import QUOTE_VERBS

OPENING = "\u201c\u201e\u00ab"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT


class Marks(NamedTuple):
    """The quotation marks an article uses: double ones, or (British style, when it has no
    double marks at all) single ones."""
    opening: str
    closing: str
    straight: str

    @property
    def all(self) -> str:
        return self.opening + self.closing + self.straight


DOUBLE = Marks(OPENING, CLOSING, STRAIGHT)
SINGLE = Marks("\u2018", "\u2019", "'")
# Words before a quotation that mention words rather than quote a speaker: "the word 'We'",
# "dubbed 'feather duvet lung'", "the slogan 'Meth, we're on it.'".
NAMING_WORDS = frozenset("""
word words term terms phrase slogan slogans tagline hashtag nickname dubbed titled entitled
named headlined labelled labeled branded program programme show song book film movie album
series including as by using
""".split())
# Lower-case words after a short quotation that continue the reporter's syntax rather than
# make the quotation a modifier ("'consider' contributing", "'deliver' before").
SYNTAX_WORDS = frozenset("""
a an and as at because before but by despite for from if in into of on or over than that
the their this to toward towards under until when whether which while who with without
was were is are be been had has have will would could should may might can already again
now after during among against about it its
""".split())
# Verbs that make a short quotation in their sentence someone's words ('called the remarks
# "stupid"', 'recalled it "vividly."'); without one, a word or two in marks is a scare quote.
QUOTING_CUES = QUOTE_VERBS | frozenset("""
call calls called calling describe describes described describing accuse accuses accused
question questioned questions term termed urge urged urging vow vowed pledge pledged
promise promised expressed express refer referred criticize criticized criticise
criticised condemn condemned praise praised hail hailed assail assailed blast blasted slam
slammed according acknowledging saying adding telling recalling
""".split())
# Longest quotation that needs a quoting verb in its sentence to count (words).
MAX_CUED_WORDS = 3
# Longest quotation still read as a scare quote or a name when it modifies a noun (words).
MAX_SCARE_WORDS = 4


@dataclass(frozen=True)
class Span:
    """The words between one pair of marks (or from an opening mark to the paragraph's end):
    `start`/`end` the trimmed content, `open_at` the opening mark, `close_at` the closing mark
    (None when the paragraph ends the quotation open)."""
    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: tuple[int, int]
    continued: bool = False  # continues the previous paragraph's open quotation


def marks_of(text: str) -> Marks:
    return DOUBLE if any(c in MARKS for c in text) else SINGLE


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Every quotation-mark span of `text`, in order."""
    marks = marks_of(text)
    spans: list[Span] = []
    carried = False
    for k, (p_start, p_end) in enumerate(paragraphs):
        next_opens = (k + 1 < len(paragraphs)
                      and text[paragraphs[k + 1][0]] in marks.opening + marks.straight)
        found, left_open = _paragraph_spans(text, p_start, p_end, carried, next_opens, marks)
        spans.extend(found)
        carried = left_open and next_opens
    return spans


def _paragraph_spans(text: str, p_start: int, p_end: int, carried: bool,
                     next_opens: bool, marks: Marks) -> tuple[list[Span], bool]:
    places = [p_start + m.start() for m in re.finditer(f"[{re.escape(marks.all)}]",
                                                       text[p_start:p_end])]
    spans, open_at = [], None
    for at in places:
        char = text[at]
        if open_at is None:
            if (char in marks.closing or not _can_open(text, at, p_start)) and not (
                    char in marks.opening and marks is DOUBLE):
                continue
            open_at = at
        elif char in marks.opening or not (_can_close(text, at, p_end) or (
                char in marks.closing and marks is DOUBLE)):
            if char in marks.opening and marks is DOUBLE:
                open_at = at  # an unclosed mark before: start again at the later one
        else:
            span = _span(text, open_at, at, (p_start, p_end), carried and not spans)
            if span:
                spans.append(span)
            open_at = None
    if open_at is not None and (next_opens or open_at == p_start):
        span = _span(text, open_at, None, (p_start, p_end), carried and not spans)
        if span:
            spans.append(span)
        return spans, True
    return spans, False


def _can_open(text: str, at: int, p_start: int) -> bool:
    before = text[at - 1] if at > p_start else " "
    after = text[at + 1:at + 2]
    return (before.isspace() or before in "([{\u2014-/:,") and bool(after) and not after.isspace()


def _can_close(text: str, at: int, p_end: int) -> bool:
    before = text[at - 1]
    after = text[at + 1] if at + 1 < p_end else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _span(text: str, open_at: int, close_at: int | None, paragraph: tuple[int, int],
          continued: bool) -> Span | None:
    start, end = open_at + 1, close_at if close_at is not None else paragraph[1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if start >= end or not any(c.isalnum() for c in text[start:end]):
        return None
    return Span(start, end, open_at, close_at, paragraph, continued)


def kind_of(text: str, span: Span, previous: Span | None) -> str | None:
    """'direct', 'partial', or None when the marks do not quote anyone."""
    before = text[span.paragraph[0]:span.open_at].rstrip()
    content = text[span.start:span.end]
    if _is_mention(text, span, before, content):
        return None
    first_upper = content[:1].isupper() or not content[:1].isalpha()
    if span.continued or not before or before[-1] in ".!?:" or before[-1] in CLOSING + STRAIGHT \
            and before[-2:-1] in ".!?":
        return "direct" if first_upper or not before or before[-1] == ":" else "partial"
    if before.endswith(("\u2014", "--", "\u2013")):
        return "direct" if first_upper else "partial"
    last_word = re.findall(r"[\w']+", before[-30:])
    last_word = last_word[-1].lower() if last_word else ""
    if before[-1] == ",":
        if first_upper or _broken_by_attribution(text, span, previous):
            return "direct"
        return "partial"
    if (last_word in QUOTE_VERBS or last_word in ("adding", "saying", "asking", "quote")) and (
            first_upper or content[-1:] in ".!?"):
        return "direct"  # 'adding "we need everyone on it."', not 'predicted "tangible gains"'
    return "partial"


def _broken_by_attribution(text: str, span: Span, previous: Span | None) -> bool:
    """ '"A," he said, "b..."': the second part of a quotation split by its attribution."""
    if previous is None or previous.close_at is None or previous.paragraph != span.paragraph:
        return False
    between = text[previous.close_at + 1:span.open_at]
    return len(between.split()) <= 8 and any(w.strip(",.").lower() in QUOTE_VERBS
                                             for w in between.split())


def _is_mention(text: str, span: Span, before: str, content: str) -> bool:
    """Scare quotes, titles and words as words: a naming word before the marks, a title-case
    name, or a short quotation modifying the noun after it ("a 'skinny' trade deal")."""
    words = content.split()
    previous = re.findall(r"[\w']+", before[-25:])
    if previous and previous[-1].lower() in NAMING_WORDS and len(words) <= 8:
        return True
    if _title_case(words) and not before.endswith(":"):
        return True
    if span.close_at is None or len(words) > MAX_SCARE_WORDS:
        return False
    after = re.match(r"\s*([\w'\u2019-]+)", text[span.close_at + 1:span.close_at + 30])
    if after is None or text[span.close_at - 1] in ".!?," or content[-1:] in ".!?,":
        return False
    follower = after.group(1)
    return (text[span.close_at + 1:span.close_at + 2] == " " and follower.isalpha()
            and (follower[0].isupper() or (follower.lower() not in SYNTAX_WORDS
                                           and not follower.endswith("ing")
                                           and follower.lower() not in QUOTE_VERBS)))


def _title_case(words: list[str]) -> bool:
    """'Trading Nation', 'Hope for Haiti Now', 'Star Wars': every content word capitalised."""
    content = [w for w in words if w.lower() not in {"for", "of", "the", "and", "a", "on",
                                                      "in", "to", "we're"}]
    return (len(words) >= 2 and len(words) <= 8 and bool(content)
            and all(w[:1].isupper() or not w[:1].isalpha() for w in content)
            and not content[-1].endswith((".", "!", "?", ",")))


def spans_with_kinds(text: str, paragraphs: list[tuple[int, int]],
                     sentences: list[tuple[int, int]]) -> Iterator[tuple[Span, str]]:
    """Each quotation span that quotes someone, with its kind."""
    previous = None
    for span in quote_spans(text, paragraphs):
        kind = kind_of(text, span, previous)
        if kind == "partial" and not _cued(text, span, sentences):
            kind = None
        if kind:
            yield span, kind
        previous = span


def _cued(text: str, span: Span, sentences: list[tuple[int, int]]) -> bool:
    """A short partial quotation needs a quoting verb in its sentence: 'a "caliphate"' is
    a scare quote, 'called the remarks "stupid"' a quotation."""
    if len(text[span.start:span.end].split()) > MAX_CUED_WORDS:
        return True
    start = max((s for s, _ in sentences if s <= span.open_at), default=span.paragraph[0])
    end = min((e for _, e in sentences if e > span.end), default=span.paragraph[1])
    words = re.findall(r"[a-z]+", text[max(start, span.paragraph[0]):min(end, span.paragraph[1])])
    return any(w in QUOTING_CUES for w in words)
