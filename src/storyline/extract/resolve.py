"""Lone capitalised words ("Kerry", "NYAG", "Disney", "WeWork", "Airdrie"): which entity of the
article they name, or what new entity they are.

In order: a person's surname or given name; an acronym the article defines or spells out; a
gazetteer name; a distinctive word of a longer organisation or place name; then the word's shape
(acronym, camel case) and its neighbours ("in Airdrie" is a place).
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from ..nlp.tokens import STOPWORDS
from .classify import NAME, Piece
from .gazetteer import KNOWN
from .lexicon import COMMON_CAPS, LOCATION_HEADS, NAME_SUFFIXES, ORG_HEADS, THING_HEADS
from .names import acronym_of, is_acronym
from .neighbours import decide, name_votes


def lower_words(text: str) -> frozenset[str]:
    """The words the article writes in lower case: a capitalised word among them is an
    ordinary word at a sentence start or in a headline-style phrase, not a name."""
    return frozenset(re.findall(r"(?<![\w-])[a-z][a-z']+", text))


def confirm_names(text: str, pieces: list[Piece]) -> list[Piece]:
    """Runs shaped like personal names: what their neighbours say ("the games studio Lumen
    Forge", "Mr Farrow"), a first word that starts one of the article's organisations
    ("Helixa Pay" beside "Helixa Technologies"); failing those, persons unless a word of
    theirs is an ordinary word."""
    ordinary = lower_words(text) | STOPWORDS | COMMON_CAPS
    singles = {p.run.text for p in pieces if p.kind is None}
    org_openers = {p.run.words[0] for p in pieces
                   if p.kind == "organization" and len(p.run.words) > 1}
    kinds = {}
    for name in {p.run.text for p in pieces if p.kind == NAME}:
        votes = name_votes(text, name)
        if name.split()[0] in org_openers:
            votes["organization"] += 1
        words = [w.lower() for w in name.split()]
        kinds[name] = decide(votes) or (
            "person" if not any(w in ordinary for w in words) or words[-1].title() in singles
            else "organization")
    return [dataclasses.replace(p, kind=kinds[p.run.text]) if p.kind == NAME else p
            for p in pieces]


def resolve_singles(text: str, undecided: list[tuple[int, Piece]], pieces: list[Piece],
                    names: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """piece index -> (canonical name, kind) for the lone words that name something."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, piece in undecided:
        by_word[piece.run.text].append(i)
    counts = Counter(names.values())
    defined = _parenthesised(text, pieces, names)
    ordinary = lower_words(text) | STOPWORDS
    result = {}
    for word, indices in sorted(by_word.items()):
        # "Competition lawyers said": an ordinary word that opens a sentence
        opener = all(pieces[i].run.initial for i in indices) and word.lower() in ordinary
        target = (_person(word, counts) or defined.get(word) or _acronym(word, counts)
                  or _known(word) or (None if opener else _part_of(word, counts, text)))
        if target is None and not _ordinary(word, ordinary, counts) \
                and not _defines_term(text, [pieces[i] for i in indices]):
            target = _new(word, [pieces[i] for i in indices], text)
        if target is not None:
            result.update({i: target for i in indices})
    return result


def _defines_term(text: str, pieces: list[Piece]) -> bool:
    """An acronym in brackets after words that name nothing: "hypersensitivity pneumonitis
    (HP)", "Community Reinvestment Act (CRA)"."""
    for piece in pieces:
        if text[piece.run.start - 1:piece.run.start] == "(":
            before = re.findall(r"[\w'-]+", text[max(0, piece.run.start - 40):piece.run.start])
            if before and (before[-1][:1].islower() or before[-1].lower() in THING_HEADS):
                return True
    return False


def _ordinary(word: str, ordinary: frozenset[str], counts: Counter) -> bool:
    """An ordinary word, a generic head ("the Ministry"), or a family ("the Bidens")."""
    low = word.lower()
    if low in ordinary or (low in ORG_HEADS and not is_acronym(word)):
        return True
    return low.endswith("s") and _person(word[:-1], counts) is not None


def _person(word: str, counts: Counter) -> tuple[str, str] | None:
    low = word.lower()
    persons = [(n, k) for n, k in counts if k == "person" and len(n.split()) > 1]
    for position in (_surname, _given):
        matches = [p for p in persons if position(p[0]) == low]
        if matches:
            return max(matches, key=lambda p: counts[p])
    return None


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    return words[-1].lower()


def _given(name: str) -> str:
    return name.split()[0].lower()


def _parenthesised(text: str, pieces: list[Piece], names: dict[int, tuple[str, str]]
                   ) -> dict[str, tuple[str, str]]:
    """Acronyms the article defines: "New York State Attorney General (NYAG)"."""
    defined = {}
    for i, piece in enumerate(pieces):
        if i in names and i + 1 < len(pieces) and pieces[i + 1].kind is None:
            following = pieces[i + 1].run
            between = text[piece.run.end:following.start]
            if between.strip() == "(" and text[following.end:following.end + 1] == ")":
                defined.setdefault(following.text, names[i])
    return defined


def _acronym(word: str, counts: Counter) -> tuple[str, str] | None:
    if not is_acronym(word):
        return None
    letters = word.replace(".", "").upper()
    matches = [(n, k) for n, k in counts if k != "person"
               and acronym_of(n.removeprefix("The ")) == letters]
    return max(matches, key=lambda p: counts[p]) if matches else None


def _known(word: str) -> tuple[str, str] | None:
    known = KNOWN.get(word)
    return (known[0], known[1]) if known else None


def _part_of(word: str, counts: Counter, text: str) -> tuple[str, str] | None:
    """A distinctive word of a longer name: "Disney" in "Walt Disney Co.", "Braunau" in
    "Braunau am Inn", "Statehouse" in "Indiana Statehouse". Among several, the one the word
    names with a generic ending ("Helixa" is Helixa Technologies, not Helixa Pay). Not a word
    its neighbours call a place ("in Kestland" beside "Kestland Competition Authority")."""
    low = word.lower()
    if low in ORG_HEADS and low not in LOCATION_HEADS:
        return None
    matches = [(n, k) for n, k in counts if k != "person" and len(n.split()) > 1
               and word in n.split() and not KNOWN.get(n)]
    if any(k == "organization" for _, k in matches) \
            and decide(name_votes(text, word)) == "location":  # "in", not "to Disney"
        matches = [m for m in matches if m[1] == "location"]
    return max(matches, key=lambda p: (_generic_ending(p[0], word), counts[p], -len(p[0])),
               default=None)


def _generic_ending(name: str, word: str) -> bool:
    """Whether `name` is `word` and a generic ending ("Helixa Technologies", "Acme Corp.")."""
    words = name.split()
    return words[0] == word and all(w.lower() in ORG_HEADS for w in words[1:])


def _new(word: str, pieces: list[Piece], text: str) -> tuple[str, str] | None:
    """A lone word that names nothing else in the article."""
    if all(p.run.initial for p in pieces):
        return None
    if re.match(r"(?:al|el|ad|bin|abu)-", word):
        return (word, "person")  # "al-Abadi"
    if is_acronym(word) or any(c.isupper() for c in word[1:].replace("-", "")):
        return (word, "organization")
    kind = decide(name_votes(text, word, lone=True))
    return (word, kind) if kind else None
