"""Capitalised word runs of a text: the raw material of named entities, with their offsets.

A run is a stretch of capitalised words ("Secretary of State John F. Kerry", "Pacific Gas &
Electric Co.") joined by spaces, name particles ("de", "van", "al") and, where an organisation
or a place name needs them, connectors ("of", "for the", "and"). The regular expression finds
maximal stretches; `split_run` then cuts them where the connectors do not hold a name together
(a sentence boundary, "Iraq and Syria", a possessive).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import ADJECTIVES, KNOWN
from .givennames import GIVEN
from .lexicon import (ABBREVIATIONS, LOCATION_HEADS, NAME_CONNECTORS, NAME_PARTICLES,
                      ORG_HEADS, ORG_OPENERS, TITLES)
from ..nlp.tokens import STOPWORDS


def _upper_class() -> str:
    """A regex character class body holding every upper-case letter below U+3000."""
    chars = [c for c in map(chr, range(0x3000)) if c.isupper()]
    return "".join(re.escape(c) for c in chars)


_UP = _upper_class()
_ABBR = "|".join(sorted((a.capitalize() for a in ABBREVIATIONS), key=len, reverse=True))
# One capitalised word: a dotted acronym ("U.S."), an initial ("F."), a title or company
# abbreviation with its full stop ("Gen.", "Co."), or a word ("McCloskey", "O'Brien",
# "Jean-Yves", "al-Assad", "PG&E", "Disney+").
TOKEN = (rf"(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?=[ \t][{_UP}])|(?:{_ABBR})\.(?=[ \t,;:)])"
         rf"|[{_UP}]['\u2019][a-z]\w+"
         rf"|(?:(?:al|el|ad|bin|abu)-)?[{_UP}][\w&+]*"
         rf"(?:(?:['\u2019-]|-(?:au|de|la|le|sur|en|on|upon|di|del|des)-)[{_UP}\d][\w&+]*)*")
_JOIN = (r"(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES | NAME_CONNECTORS, key=len,
                                                reverse=True))
         + r")[ \t]+)*|['\u2019]s[ \t]+)")
_RUN = re.compile(rf"(?<![\w'\u2019&./@#-])(?:{TOKEN})(?:{_JOIN}(?:{TOKEN}))*")
_TOKEN_RE = re.compile(TOKEN)
_GAP_WORD = re.compile(r"[\w&]+|['\u2019]s")

# Words that may open a sentence without being part of a name (titles excepted: "Mr Annan").
SENTENCE_OPENERS = (STOPWORDS - {"mr", "mrs", "ms"}) | frozenset("""
meanwhile however although though despite still earlier later instead indeed yet also
separately specifically afterward afterwards ironically today yesterday tonight now
asked according among amid between under over since until unless while whether former
top senior acting then
""".split())
# Lower-case place words that end a name written so ("Tahrir square", "Metropark hotel").
LOWER_HEADS = frozenset("square hotel island islands hospital river airport stadium prison "
                        "mountains valley".split())


@dataclass(frozen=True)
class Run:
    """Capitalised words in a row: the words, their (start, end) offsets, and the words in
    between ("" for a plain space, "of", "'s", ...)."""
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    gaps: tuple[str, ...]  # gaps[i] joins words[i] and words[i + 1]
    initial: bool  # the first word opens a sentence, so its capital says nothing

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def text(self) -> str:
        return _render(self.words, self.gaps)

    def part(self, i: int, j: int) -> Run:
        """Words i to j-1 as a run of their own."""
        return Run(self.words[i:j], self.spans[i:j], self.gaps[i:j - 1],
                   self.initial and i == 0)


def _render(words, gaps) -> str:
    out = [words[0]]
    for gap, word in zip(gaps, words[1:]):
        if gap in ("'s", "\u2019s"):
            out.append(f"{gap} {word}")
        else:
            out.append(f" {gap} {word}" if gap else f" {word}")
    return "".join(out)


def find_runs(text: str, sentence_starts: frozenset[int]) -> list[Run]:
    """Every capitalised run of `text`, cut at sentence starts and at connectors that do not
    hold a name together."""
    runs = []
    for match in _RUN.finditer(text):
        run = _run_of(match, sentence_starts, text)
        if run is not None:
            for piece in _cut_at_sentences(run, sentence_starts):
                for part in _cut_hyphens(piece):
                    runs.extend(_with_lower_head(r, text) for r in split_run(part))
    return runs


def _cut_hyphens(run: Run) -> list[Run]:
    """ "US-China", "Shanghai-Hong Kong": a known name hyphened to another starts a new run."""
    for i, word in enumerate(run.words):
        left, sep, right = word.partition("-")
        following = " ".join((right,) + run.words[i + 1:i + 2])
        if sep and ((left in KNOWN and (right in KNOWN or following in KNOWN))
                    or (right.lower() in GIVEN and len(run.words) > i + 1)):
            start = run.spans[i][0]
            head = Run((left,), ((start, start + len(left)),), (), run.initial and i == 0)
            rest_span = (start + len(left) + 1, run.spans[i][1])
            rest = Run((right,) + run.words[i + 1:], (rest_span,) + run.spans[i + 1:],
                       run.gaps[i:], False)
            before = [run.part(0, i)] if i else []
            return before + [head] + _cut_hyphens(rest)
    return [run]


def _with_lower_head(run: Run, text: str) -> Run:
    match = re.match(r"[ \t]+([a-z]+)\b", text[run.end:run.end + 20])
    if (match and match.group(1) in LOWER_HEADS and run.text not in KNOWN
            and head_kind(run.words[-1]) is None and not is_adjective(run.words[-1])):
        start = run.end + match.start(1)
        return Run(run.words + (match.group(1),), run.spans + ((start, start + len(
            match.group(1))),), run.gaps + ("",), run.initial)
    return run


def _run_of(match: re.Match, sentence_starts: frozenset[int], text: str) -> Run | None:
    words, spans, gaps, pos = [], [], [], match.start()
    while pos < match.end():
        # search, not finditer with an end: the lookaheads of TOKEN must see past the run
        token = _TOKEN_RE.search(text, pos)
        if token is None or token.start() >= match.end():
            break
        if words:
            gaps.append(" ".join(_GAP_WORD.findall(text[pos:token.start()])))
        words.append(token.group())
        spans.append(token.span())
        pos = token.end()
    if not words:
        return None
    return Run(tuple(words), tuple(spans), tuple(gaps),
               _opens_sentence(text, match.start(), sentence_starts))


def _opens_sentence(text: str, start: int, sentence_starts: frozenset[int]) -> bool:
    """Whether the word at `start` is capitalised by position: a sentence's or a quotation's
    first word, or the first word after a colon or a line break."""
    p = start
    while p > 0 and text[p - 1] in "\"'\u201c\u2018([":
        p -= 1
    if p == 0 or p in sentence_starts or p < start:
        return True
    before = text[max(0, p - 3):p].rstrip(" \t")
    return not before or before.endswith((":", "\n", "\u2014", "--"))


def _cut_at_sentences(run: Run, sentence_starts: frozenset[int]) -> list[Run]:
    cuts = [i for i, (s, _) in enumerate(run.spans) if i and s in sentence_starts]
    pieces, begin = [], 0
    for cut in cuts + [len(run.words)]:
        piece = run.part(begin, cut)
        if begin:
            piece = Run(piece.words, piece.spans, piece.gaps, True)
        pieces.append(piece)
        begin = cut
    return pieces


def split_run(run: Run) -> list[Run]:
    """Cut a run where a connector or possessive does not join one name; drop a sentence's
    opening word when it is a common word."""
    if run.initial and run.words[0].lower() in SENTENCE_OPENERS and not _known_prefix(run):
        if len(run.words) == 1:
            return []
        run = run.part(1, len(run.words))
        run = Run(run.words, run.spans, run.gaps, False)
    for i, gap in enumerate(run.gaps):
        if gap and gap.lower() not in NAME_PARTICLES and not _holds(run, i):
            left, right = run.part(0, i + 1), run.part(i + 1, len(run.words))
            right = _drop_leading_connector(right)
            return split_run(left) + (split_run(right) if right else [])
    return [run]


def _known_prefix(run: Run) -> bool:
    for j in range(len(run.words), 1, -1):
        if run.part(0, j).text in KNOWN:
            return True
    return False


def _drop_leading_connector(run: Run) -> Run | None:
    if run.words[0] == "The" and len(run.words) > 1 and run.part(0, len(run.words)).text \
            not in KNOWN:
        return run.part(1, len(run.words))
    return run


def _holds(run: Run, i: int) -> bool:
    """Whether gap i (a connector or possessive) holds words i and i + 1 in one name."""
    gap = run.gaps[i].lower().split()[0]
    left, right = run.part(0, i + 1), run.part(i + 1, len(run.words))
    if run.part(0, len(run.words)).text in KNOWN:
        return True
    last_right = _head(right.words[-1])
    if gap in ("'s", "\u2019s"):
        # "Attorney's Office", "Investor's Business Daily", not "Germany's Angela Merkel"
        return (left.text not in KNOWN and not _camel(left.words[-1])
                and _head(left.words[-1]) not in ORG_HEADS
                and ORG_HEADS & {last_right, _head(right.words[0])}
                and not any(w.lower() in TITLES for w in right.words))
    if gap in ("&",):
        return True
    if gap == "and":
        # "Securities and Exchange Commission", not "Iraq and Syria"
        return (last_right in ORG_HEADS and left.text not in KNOWN and len(left.words) <= 3
                and not _looks_personal(left) and not any(w in KNOWN for w in left.words[1:]))
    # of / for / on / the: "Bank of America", "Secretary of State", "Office for the Western
    # District of New York", "Gulf of Mexico"
    head = _head(left.words[-1])
    if head in TITLES:  # "Secretary of State", not "MP for Colchester"
        return right.words[0].lower() in TITLES
    return head in ORG_OPENERS or head in LOCATION_HEADS \
        or head in {"republic", "kingdom", "city", "university", "statue", "district", "province"}


def _camel(word: str) -> bool:
    """An acronym or a word with inner capitals ("NYAG", "UoU", "WeWork")."""
    return any(c.isupper() for c in word[1:])


def _looks_personal(run: Run) -> bool:
    return any(w.lower() in TITLES for w in run.words)


def _head(word: str) -> str:
    """The word that decides a name's kind: the last part of a hyphenated word, lower-cased
    ("Post-Gazette" -> "gazette")."""
    return word.rsplit("-", 1)[-1].lower()


def is_adjective(word: str) -> bool:
    """A nationality or another adjective ("French", "Syrians"): never a name."""
    return word in ADJECTIVES or (word.endswith("s") and word[:-1] in ADJECTIVES)


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def head_kind(word: str) -> str | None:
    """'organization' or 'location' when a name ending in `word` is one by its head."""
    head = _head(word)
    if head in ORG_HEADS:
        return "organization"
    if head in LOCATION_HEADS:
        return "location"
    return None


def acronym_of(name: str) -> str:
    """The initials of a name's capitalised words ("Congressional Budget Office" -> "CBO")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper()
                   and not is_acronym(w)).upper()
