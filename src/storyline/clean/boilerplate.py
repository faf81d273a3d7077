"""Boilerplate in text that has no markup left: which lines of a flattened page are the article.

Each line is classed on its own first (in the spirit of jusText, but on lines): `bad` when it is
page furniture by its wording (cookie and browser notices, share and subscribe lines, captions
and photo credits, "Continue reading" teasers, related-link brackets), `good` when it reads as
prose (long enough, a normal share of function words, or ending in a full stop), else `short`.
Then by position: the article runs from the first good line to the last one, and stops earlier
at a "Most Read" / "Just Posted" / "Related" heading followed mostly by teasers; short lines
inside it stay (sub-headings, one-line quotes), short lines outside go.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.sentences import OPENERS
from ..nlp.tokens import STOPWORDS, words

# A line of this many words with a normal share of function words is prose. Calibrated by eye on
# the seeds and the extraction-text dev pages: shorter prose lines are rare outside quotes,
# which end in punctuation and are caught by GOOD_WITH_STOP_WORDS.
GOOD_WORDS = 12
GOOD_WITH_STOP_WORDS = 7  # a line ending in . ! ? or a closing quote needs only this many
MIN_STOPWORD_SHARE = 0.2  # English prose has 40-50% function words; menus and titles far fewer
# A heading like "Most Read" ends the article when at most this share of what follows is prose.
TAIL_PROSE_SHARE = 0.3

_NOTICE = re.compile("|".join((
    r"\b(?:cookies?|cookie policy|privacy policy|terms of (?:use|service))\b.*\b(?:accept|agree|"
    r"consent|use|continu|improve|experience)",
    r"\b(?:older|outdated|unsupported|supported) (?:browser|version)",
    r"\b(?:javascript|js) (?:is )?(?:disabled|required|enabled)",
    r"^(?:please )?(?:enable|turn on) javascript",
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad)$",
    r"^(?:skip to (?:main )?content|skip navigation|jump to)\b",
    r"^(?:share|tweet|email|print|comments?|save|copy link|listen|text size|font size)"
    r"(?: (?:this|on|via|article|story|link|to this article))*\W*$",
    r"^share (?:this|on|via)\b",
    r"^listen to (?:this|the) (?:article|story)",
    r"\b(?:sign up|subscribe|newsletter|log ?in|sign in|register)\b.{0,60}"
    r"(?:newsletter|inbox|free|today|now|here|account|email|updates)\b",
    r"^(?:follow|like) us\b",
    r"^(?:click|tap) here\b",
    r"\bcontinue reading\b\W*$",
    r"^(?:read|see|watch) (?:more|also|next|full)\b",
    r"^read more\W",
    r"^(?:related|more)(?: articles?| stories| coverage| news| from [\w .]+| on [\w .]+)?\W*$",
    r"^(?:most (?:read|popular|viewed|shared)|just posted|trending(?: now)?|top stories|"
    r"editor'?s? picks|you may also like|recommended(?: for you)?|latest news|more stories)\W*$",
    r"\ball rights reserved\b",
    r"^(?:©|\(c\)|copyright\b)",
    r"^posted (?:on|in)\b",
    r"^(?:tags?|filed under|categories|topics)\s*:",
    r"^\|?\s*(?:updated|published|posted|last updated|first published)\b\W*(?:on\s+)?"
    r"(?:\w+\W*){0,10}$",  # "Updated:", "Published March 10, 2025, 2:14 p.m. CET"
    r"\bimage ?beacon\b",
    r"^(?:image|photo|picture|video)(?: credit| source)?\s*:",
    r"\b(?:logo)\b.*\b\d{1,2}/\d{1,2}/\d{4}\b",
)), re.IGNORECASE)
_CREDIT = re.compile(r"\b(?:AP Photo|REUTERS|Reuters|AFP|EPA|Getty Images|Bloomberg|"
                     r"Photograph|Photo)\s*/\s*[A-Z]", re.UNICODE)
_CREDIT_AT_END = re.compile(r"(?:\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]*\)|"
                            r"(?:AP Photo|REUTERS|AFP|EPA|Getty Images|Photo)\s*/\s*"
                            r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|"
                            r"\b(?:Photo|Image|Picture)s?:?\s+(?:by|courtesy|credit)\b.*|"
                            r"\b(?:Photo|Photograph|Picture)s?:\s+[A-Z][\w .'-]*/[\w .'-]+)"
                            r"\W*$")
_BRACKETED = re.compile(r"^\[[^\]]+\]$")
_POST_SIGNATURE = re.compile(r"^[—–-]+\s*[^()]{2,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
NAVIGATION = frozenset("""
home news world uk us europe asia africa americas australia local national international politics
business money markets economy tech technology science health sport sports football weather
opinion culture arts life lifestyle style travel food entertainment video videos podcasts podcast
photos newsletters more menu search login log in register subscribe account sections live latest
obituaries crosswords games puzzles education environment climate media jobs property cars
""".split())


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # "good", "short" or "bad"


def classify(line: str) -> str:
    """The class of one line on its own: "bad", "good" or "short"."""
    if is_furniture(line):
        return "bad"
    tokens = words(line)
    stopword_share = sum(t in STOPWORDS for t in tokens) / max(1, len(tokens))
    ends_sentence = bool(re.search(r"[.!?…:][\"'”’)\]]*$|[”\"]$", line))
    if len(tokens) >= GOOD_WORDS and (stopword_share >= MIN_STOPWORD_SHARE or ends_sentence):
        return "good"
    if len(tokens) >= GOOD_WITH_STOP_WORDS and ends_sentence:
        return "good"
    return "short"


def is_furniture(line: str) -> bool:
    """Whether the line is page furniture by its wording alone."""
    return bool(_NOTICE.search(line) or _BRACKETED.match(line) or is_caption(line)
                or is_menu(line))


def is_menu(line: str) -> bool:
    """A navigation bar flattened to one line: "Home News World Money Weather Sport"."""
    tokens = words(line)
    return len(tokens) >= 3 and sum(t in NAVIGATION for t in tokens) >= 0.6 * len(tokens)


def is_caption(line: str) -> bool:
    """A photo caption or credit line: it ends with a credit ("AP Photo/Virginia Mayo")."""
    return bool(_CREDIT_AT_END.search(line))


def strip_caption_prefix(line: str, context: str) -> str:
    """A paragraph with a photo caption run into its start ("Tanks are seen ... REUTERS/Stringer
    Le Drian said ..."): the paragraph without the caption. The credited name takes one to three
    capitalised words; the paragraph starts at a sentence opener or at a word the document
    (`context`) uses elsewhere too, which the credited photographer's name is not."""
    credits = list(_CREDIT.finditer(line))
    if not credits:
        return line
    tail = line[credits[-1].end() - 1:]  # from the first letter of the credited name
    for name_words in (1, 2, 3):
        parts = tail.split(None, name_words)
        if len(parts) <= name_words or not all(p[:1].isupper() for p in parts[:name_words]):
            break
        rest = parts[name_words]
        first = rest.split()[0]
        elsewhere = len(re.findall(rf"\b{re.escape(first)}\b", context)) > 1
        if len(rest.split()) >= GOOD_WITH_STOP_WORDS and (first.lower() in OPENERS or elsewhere):
            return rest
    return line


def filter_lines(lines: list[str]) -> list[Line]:
    """Each line with its class after context: "good" lines are the article."""
    kinds = [classify(line) for line in lines]
    goods = [i for i, k in enumerate(kinds) if k == "good"]
    if not goods:
        return [Line(t, "bad" if k == "bad" else "short") for t, k in zip(lines, kinds)]
    first, last = goods[0], _tail_start(lines, kinds, goods) - 1
    result = []
    for i, (text, kind) in enumerate(zip(lines, kinds)):
        inside = first <= i <= last
        post = i + 1 < len(lines) and bool(_POST_SIGNATURE.match(lines[i + 1]))  # its text
        keep = kind == "good" and inside or kind == "short" and inside and (
            _is_body_short(text) or post)
        result.append(Line(text, "good" if keep else "bad" if kind == "bad" else "short"))
    return result


def _tail_start(lines: list[str], kinds: list[str], goods: list[int]) -> int:
    """Index where the article ends: after the last good line and the short sentences that
    follow it directly ("Turnout was 63.4%."), or at an end heading ("Most Read", "Related
    Articles") followed mostly by teasers."""
    end = goods[-1] + 1
    while end < len(lines) and kinds[end] == "short" and _is_prose(lines[end]):
        end += 1
    for i in range(goods[0] + 1, end):
        if _END_HEADING.match(lines[i]):
            rest = kinds[i + 1:]
            prose = sum(k == "good" and _is_prose(lines[j]) for j, k in enumerate(rest, i + 1))
            if prose <= TAIL_PROSE_SHARE * max(1, len(rest)):
                return i
    return end


_END_HEADING = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|just posted|trending(?: now)?|top stories|"
    r"related(?: articles?| stories| coverage| content| posts| links)?|more (?:from|on|stories|"
    r"news|articles)\b.*|you (?:may|might) also like|recommended(?: for you)?|read next|"
    r"latest (?:news|stories)|around the web|what to read next|more in\b.*|popular now)\W*$",
    re.IGNORECASE)


def _is_prose(line: str) -> bool:
    return bool(re.search(r"[.!?][\"'”’)]*$", line)) and not is_furniture(line)


def _is_body_short(line: str) -> bool:
    """Short lines kept inside the article: sub-headings, quotes and the signature of an
    embedded post ("— Name (@handle) November 18, 2019", whose author is quoted)."""
    tokens = words(line)
    if not tokens or len(tokens) > GOOD_WORDS * 2:
        return False
    if _POST_SIGNATURE.match(line):
        return True
    if re.search(r"[.!?:][\"'”’)]*$|^[\"“‘]", line):
        return True
    return line.isupper() and len(tokens) >= 2  # WIRE-STYLE SUB-HEADINGS
