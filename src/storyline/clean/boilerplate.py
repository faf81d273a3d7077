"""Boilerplate in text that has no markup left: which lines of a flattened page are the article.

Each line is classed on its own first: `bad` when it is page furniture by its wording (see
furniture.py), `meta` when it is a byline or a date line, `good` when it reads as prose (long
enough with a normal share of function words, or a sentence), else `short`. Then by position:
the article is the stretch of lines with the highest score, prose counting for its length and
every other line against it, so navigation with a few descriptive sentences in it loses to the
body text, and a sub-heading or an advertisement between two paragraphs does not split the
body. The stretch also stops at a "Most Read" / "Related" heading followed mostly by teasers.
Inside it, short lines stay (sub-headings, list items, one-line quotes); outside, only prose
that is not furniture could ever count, and it does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.tokens import STOPWORDS, words
from .furniture import POST_SIGNATURE, is_furniture

# A line of this many words with a normal share of function words is prose. Calibrated by eye on
# the seeds and the extraction-text dev pages: shorter prose lines are rare outside quotes,
# which end in punctuation and are caught by GOOD_WITH_STOP_WORDS.
GOOD_WORDS = 12
GOOD_WITH_STOP_WORDS = 7  # a line ending in . ! ? or a closing quote needs only this many
MIN_STOPWORD_SHARE = 0.2  # English prose has 40-50% function words; menus and titles far fewer
# Scores of the article stretch: prose counts its words (up to a cap, so one long blurb does
# not outweigh everything), each other line a fixed cost.
PROSE_CAP = 80
SHORT_COST = 3
FURNITURE_COST = 1
# A sentence-length line whose shape (numbers aside; the first and last words of a long one)
# already came in the document is a repeat: a page repeats its blurbs and notices, and may hold
# its whole article twice (for two layouts); the first occurrence stays. On the extraction-text
# dev pages: F1 0.910 without this, 0.918 with it (0.916 dropping only third occurrences on).
SHAPE_WORDS = 4

_CLOSERS = "\"'”’)]"  # may follow a sentence's final stop
_BYLINE = re.compile(r"^(?:by|written by|words by|story by)\s+[A-Z]", re.IGNORECASE)
_DATE_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
                         r"\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                         r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
                         re.IGNORECASE)
META_WORDS = 10  # a byline or date line is at most this long
_END_HEADING = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|just posted|trending(?: now)?|top stories|"
    r"(?:more )?related(?: articles?| stories| coverage| content| posts| links| reading)?|"
    r"more (?:from|on|stories|news|articles|posts)\b.*|you (?:may|might) also like|"
    r"recommended(?: for you| reading)?|read next|latest (?:news|stories|posts)|recent posts|"
    r"around the web|what to read next|more in\b.*|popular now|keep reading|explore more|"
    r"related reads|(?:previous|next) (?:post|article|story|episode|podcast)|"
    # the author box
    r"about the authors?|about (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})|"
    r"meet the (?:authors?|testers|team|experts)|why trust us\??)\W*$",
    re.IGNORECASE)
# Headings after which nothing is the article, prose or not: readers' comments. A comment count
# near the top ("31 comments") links to them; only after this many paragraphs does such a
# heading end the article.
_HARD_END = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?\W*$|"
    r"^(?:\d+|one|two|three)\s+(?:comments?|thoughts|responses?|replies|reactions)\s+(?:on|to)\b|"
    r"^(?:discussion about this (?:post|article)|leave a (?:reply|comment)|post a comment|"
    r"add a comment|join the (?:conversation|discussion))\W*$", re.IGNORECASE)
HARD_END_AFTER = 4
# After an end heading, the article resumes only if paragraphs start again this soon.
RESUME_WITHIN = 12


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # "good" (the article), "outside" (prose outside it), "short", "meta" (a byline
    # or a date line) or "bad" (furniture)


def classify(line: str) -> str:
    """The class of one line on its own: "bad", "meta", "good" or "short"."""
    return _classify(line, words(line))


def _classify(line: str, tokens: list[str]) -> str:
    if is_furniture(line, tokens):
        return "bad"
    if len(tokens) <= META_WORDS and (_BYLINE.match(line) or _DATE_WORDS.search(line)):
        return "meta"
    ends_sentence = _ends_in(line, ".!?…:") or line.endswith(("”", '"'))
    if len(tokens) >= GOOD_WORDS and (ends_sentence or sum(t in STOPWORDS for t in tokens)
                                      >= MIN_STOPWORD_SHARE * len(tokens)):
        return "good"
    if len(tokens) >= GOOD_WITH_STOP_WORDS and ends_sentence:
        return "good"
    return "short"


def filter_lines(lines: list[str]) -> list[Line]:
    """Each line with its class after context: "good" lines are the article."""
    tokens = [words(line) for line in lines]
    repeated = _repeated(tokens)
    kinds = ["bad" if r else _classify(line, t) for line, t, r in zip(lines, tokens, repeated)]
    start, end = _best_stretch([_score(k, t) for k, t in zip(kinds, tokens)])
    end = min(end, _tail_start(lines, kinds, start, end))
    result = []
    for i, (text, kind) in enumerate(zip(lines, kinds)):
        inside = start <= i < end
        keep = inside and (kind == "good" or kind == "short" and (
            tokens[i] or POST_SIGNATURE.match(text)))
        result.append(Line(text, "good" if keep else "outside" if kind == "good" else kind))
    return result


def _repeated(tokens: list[list[str]]) -> list[bool]:
    """Later occurrences of sentences the document already had, numbers aside (a shipping
    notice per country, the same blurb under every teaser). Short lines may recur in an article
    (a product's name, "Pros"), so they do not count."""
    seen, repeated = set(), []
    for t in tokens:
        key = _shape(t) if len(t) >= GOOD_WITH_STOP_WORDS else None
        repeated.append(key is not None and key in seen)
        seen.add(key)
    return repeated


def _shape(tokens: list[str]) -> tuple[str, ...]:
    if len(tokens) > 3 * SHAPE_WORDS:  # only the ends matter; leave the middle alone
        tokens = tokens[:2 * SHAPE_WORDS] + tokens[-2 * SHAPE_WORDS:]
    tokens = [t for t in tokens if not t[0].isdigit()]
    if len(tokens) > 2 * SHAPE_WORDS:
        return tuple(tokens[:SHAPE_WORDS] + tokens[-SHAPE_WORDS:])
    return tuple(tokens)


def _score(kind: str, tokens: list[str]) -> float:
    if kind == "good":
        return min(len(tokens), PROSE_CAP)
    return -FURNITURE_COST if kind == "bad" else -SHORT_COST


def _best_stretch(scores: list[float]) -> tuple[int, int]:
    """[start, end) of the contiguous run with the highest total (empty when none is
    positive): Kadane's maximum subarray."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _tail_start(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """Where the article ends at the latest: at a comments heading once most of the article
    is behind it, or at an end heading ("Most Read", "Related Articles") followed by teasers
    rather than paragraphs."""
    paragraphs = 0
    for i in range(start + 1, end):
        paragraphs += kinds[i - 1] == "good" and len(lines[i - 1].split()) >= GOOD_WORDS
        if _HARD_END.match(lines[i]) and paragraphs >= HARD_END_AFTER:
            return i
        if _END_HEADING.match(lines[i]) and not _paragraphs_follow(lines, kinds, i + 1):
            return i
    return end


def _paragraphs_follow(lines: list[str], kinds: list[str], start: int) -> bool:
    """Whether the article resumes soon after `start`: two paragraphs in a row within a few
    lines (a "Recommended Reading" box in the middle of it), where a teaser list goes on with
    a title between blurbs and whatever prose comes later (comments) is not the article."""
    run = 0
    for line, kind in zip(lines[start:start + RESUME_WITHIN], kinds[start:start + RESUME_WITHIN]):
        paragraph = kind == "good" and _ends_in(line, ".!?") and len(line.split()) >= GOOD_WORDS
        run = run + 1 if paragraph else 0
        if run >= 2:
            return True
    return False


def _ends_in(line: str, stops: str) -> bool:
    """Whether the line ends in one of `stops`, closing quotes and brackets aside (a plain
    string test: a `$`-anchored regex search tries every position of every line)."""
    last = line.rstrip(_CLOSERS)[-1:]
    return bool(last) and last in stops
