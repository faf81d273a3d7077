"""Sentence spans of clean text: every cited sentence in storyline's output is one of these, so
the offsets index the article's `text` exactly.

A line break always ends a sentence (clean text keeps one paragraph per line block). Inside a
line, a sentence ends at . ! ? (and their closing quotes or brackets) before a capital, a digit
or an opening quote, unless the word before the stop is a title or an initial ("Gen.", "John F.
Kerry"); after an abbreviation that can also end a sentence ("U.S.", "Inc.") only when the next
word usually starts one. CJK full stops end a sentence without a following space.
"""
from __future__ import annotations

import re
from typing import Iterator

# Never the end of a sentence: titles, months and other abbreviations that a name or a number
# follows.
NEVER_END = frozenset("""
mr mrs ms dr gen sen rep gov lt col sgt capt maj adm cmdr st prof rev hon pres messrs mme mlle
gens sens reps govs supt insp det cpl pvt fr sr jr mt ft no nos vol fig figs dept univ ave blvd
jan feb mar apr jun jul aug sep sept oct nov dec vs v approx est op cf pp ed eds
""".split())
# Can end a sentence, but usually do not: only split when a typical sentence opener follows.
MAYBE_END = frozenset("us uk un eu usa inc co corp ltd llc plc bros am pm etc dc la jr sr".split())
OPENERS = frozenset("""
the a an he she it they we i you this that these those there his her its their our but and
yet so in on at for after before when while if as although though since then also however
mr mrs ms dr president officials police some many most one two three four five six seven eight
nine ten what who why how where meanwhile still earlier later last next no not among according
""".split())

_BOUNDARY = re.compile(
    r"(?P<stop>[.!?]+|\.\.\.|…)(?P<close>[\"'\u201d\u2019)\]]*)(?P<space>[ \t\u00a0]+)"
    r"(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de\u0400-\u042f])")
_CJK_BOUNDARY = re.compile(r"[\u3002\uff01\uff1f]+[\u300d\u300f\u201d\uff09]*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, whitespace trimmed, in order."""
    return list(_spans(text))


def _spans(text: str) -> Iterator[tuple[int, int]]:
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for cut_end, next_start in _cuts(line.group(), line.start()):
            yield from _trimmed(text, start, cut_end)
            start = next_start
        yield from _trimmed(text, start, line.end())


def _cuts(line: str, offset: int) -> Iterator[tuple[int, int]]:
    cuts = [(m.end("close"), m.end()) for m in _BOUNDARY.finditer(line)
            if _ends_sentence(line, m)]
    cuts += [(m.end(), m.end()) for m in _CJK_BOUNDARY.finditer(line) if m.end() < len(line)]
    for end, next_start in sorted(cuts):
        yield offset + end, offset + next_start


def _ends_sentence(line: str, match: re.Match) -> bool:
    if match.group("stop") != ".":
        return True
    before = _WORD_BEFORE.search(line, 0, match.start())
    if before is None:
        return True
    word = before.group(1).lower().replace(".", "")
    if len(word) == 1 and before.group(1)[0].isupper():  # an initial: "John F. Kerry"
        return False
    if word in NEVER_END:
        return False
    if word in MAYBE_END or re.fullmatch(r"(?:[a-z]\.){2,}[a-z]?", before.group(1).lower()):
        following = re.match(r"[\"'\u201c\u2018(\[]?(\w+)", line[match.end():])
        return bool(following) and following.group(1).lower() in OPENERS
    return True


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield start + lead, start + lead + len(stripped)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: blocks separated by a blank line."""
    spans = []
    for block in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        spans.extend(_trimmed(text, block.start(), block.end()))
    return spans
