"""Page furniture by its wording alone: notices, widgets, menus, captions and credits, teasers.

Checked on every line of every document, so each pattern is gated: anchored patterns run with
`match` (they fail at the first character), the others only when one of their words is in the line.
"""
from __future__ import annotations

import re

from ..nlp.sentences import OPENERS
from ..nlp.tokens import words

# Lines that start like furniture ("Share this article", "Read more: ...", "Advertisement").
# Matched against the lower-cased line.
_STARTS = re.compile("|".join((
    r"(?:advertisement|advertising|sponsored(?: content)?|ad)\W*$",
    r"(?:skip to (?:main )?content|skip navigation|jump to)\b",
    r"(?:share|tweet|email|print|comments?|save|copy link|listen|text size|font size)"
    r"(?: (?:this|on|via|article|story|link|to this article))*\W*$",
    r"share (?:this|on|via)\b",
    r"listen to (?:this|the) (?:article|story)",
    r"(?:follow|like) us\b",
    r"(?:click|tap) here\b",
    r"(?:read|see|watch) (?:more|also|next|full)\b",
    r"(?:related|more)(?: articles?| stories| coverage| news| from [\w .]+| on [\w .]+)?\W*$",
    r"(?:most (?:read|popular|viewed|shared)|just posted|trending(?: now)?|top stories|"
    r"editor'?s? picks|you may also like|recommended(?: for you)?|latest news|more stories)\W*$",
    r"(?:©|\(c\)|copyright\b)",
    r"posted (?:on|in)\b",
    r"(?:tags?|filed under|categories|topics)\s*:",
    r"\|?\s*(?:updated|published|posted|last updated|first published)\b\W*(?:on\s+)?"
    r"(?:\w+\W*){0,10}$",  # "Updated:", "Published March 10, 2025, 2:14 p.m. CET"
    r"(?:image|photo|picture|video)(?: credit| source)?\s*:",
    r"(?:please )?(?:enable|turn on) javascript",
)))
# Furniture anywhere in the line, each pattern tried only when one of its words is in the line
# (a set test on the line's words costs far less than a regex search of every line).
_GATED = tuple((frozenset(keys.split()), re.compile(pattern)) for keys, pattern in (
    ("cookie cookies privacy terms",
     r"\b(?:cookies?|cookie policy|privacy policy|terms of (?:use|service))\b.*\b(?:accept|agree|"
     r"consent|use|continu|improve|experience)"),
    ("browser browsers version versions", r"\b(?:older|outdated|unsupported|supported) (?:browser|version)"),
    ("javascript js", r"\b(?:javascript|js) (?:is )?(?:disabled|required|enabled)"),
    ("sign subscribe newsletter log login register",
     r"\b(?:sign up|subscribe|newsletter|log ?in|sign in|register)\b.{0,60}"
     r"(?:newsletter|inbox|free|today|now|here|account|email|updates)\b"),
    ("continue", r"\bcontinue reading\b\W*$"),
    ("rights", r"\ball rights reserved\b"),
    ("beacon imagebeacon", r"\bimage ?beacon\b"),
    ("logo", r"\blogo\b.*\b\d{1,2}/\d{1,2}/\d{4}\b"),
))
_GATE_WORDS = frozenset().union(*(keys for keys, _ in _GATED))
_CREDIT = re.compile(r"\b(?:AP Photo|REUTERS|Reuters|AFP|EPA|Getty Images|Bloomberg|"
                     r"Photograph|Photo)\s*/\s*[A-Z]")
_CREDIT_AT_END = re.compile(r"(?:\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]*\)|"
                            r"(?:AP Photo|REUTERS|AFP|EPA|Getty Images|Photo)\s*/\s*"
                            r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|"
                            r"\b(?:Photo|Image|Picture)s?:?\s+(?:by|courtesy|credit)\b.*|"
                            r"\b(?:Photo|Photograph|Picture)s?:\s+[A-Z][\w .'-]*/[\w .'-]+)"
                            r"\W*$")
_CAPTION_HINTS = ("/", "(", "photo", "image", "picture")
_BRACKETED = re.compile(r"^\[[^\]]+\]$")
NAVIGATION = frozenset("""
home news world uk us europe asia africa americas australia local national international politics
business money markets economy tech technology science health sport sports football weather
opinion culture arts life lifestyle style travel food entertainment video videos podcasts podcast
photos newsletters more menu search login log in register subscribe account sections live latest
obituaries crosswords games puzzles education environment climate media jobs property cars
""".split())
MENU_SHARE = 0.6  # a line of 3+ words, this share of them navigation words, is a menu
MENU_WORDS = 16  # ...and at most this many words
POST_SIGNATURE = re.compile(r"^[—–-]+\s*[^()]{2,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")


_CRUMB = re.compile(r"\s+[>\u203a\u25b8\u00bb]\s+")


def is_furniture(line: str, tokens: list[str] | None = None) -> bool:
    """Whether the line is page furniture by its wording alone. `tokens` are its words, when
    the caller has them already."""
    lower = line.lower()
    if _STARTS.match(lower) or _BRACKETED.match(line):
        return True
    tokens = words(lower) if tokens is None else tokens
    present = _GATE_WORDS.intersection(tokens)
    if present and any(keys & present and pattern.search(lower) for keys, pattern in _GATED):
        return True
    return is_caption(line, lower) or is_menu(tokens) or is_breadcrumb(line)


def is_breadcrumb(line: str) -> bool:
    """Where the page sits on its site: "World > Europe > Kestland", "Home » News"."""
    parts = [p.split() for p in _CRUMB.split(line.strip())]
    return len(parts) > 1 and all(0 < len(p) <= 3 and p[0][:1].isupper() for p in parts)


def is_caption(line: str, lower: str | None = None) -> bool:
    """A photo caption or credit line: it ends with a credit ("AP Photo/Virginia Mayo")."""
    lower = line.lower() if lower is None else lower
    return any(h in lower for h in _CAPTION_HINTS) and bool(_CREDIT_AT_END.search(line))


def is_menu(tokens: list[str]) -> bool:
    """A navigation bar flattened to one line: "Home News World Money Weather Sport"."""
    return 3 <= len(tokens) <= MENU_WORDS and \
        sum(t in NAVIGATION for t in tokens) >= MENU_SHARE * len(tokens)


def strip_caption_prefix(line: str, context: str, *, min_words: int) -> str:
    """A paragraph with a photo caption run into its start ("Tanks are seen ... REUTERS/Stringer
    Le Drian said ..."): the paragraph without the caption. The credited name takes one to three
    capitalised words; the paragraph starts at a sentence opener or at a word the document
    (`context`) uses elsewhere too, which the credited photographer's name is not."""
    if "/" not in line:
        return line
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
        if len(rest.split()) >= min_words and (first.lower() in OPENERS or elsewhere):
            return rest
    return line
