"""The kind of each capitalised run: a person (titles stripped), an organisation, a place, or
undecided: a lone word ("Kerry", "WeWork") or a run shaped like a personal name without proof
("Nealy Cox", "Miller Tabak"), which entities.py settles with the rest of the article.

Evidence in order of trust: the gazetteer, a title before the name ("Gen. Philip
Breedlove"), the head word ("Interior Ministry", "Heinz Field"), a known given name, then the
shape of the run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import KNOWN
from .givennames import GIVEN
from .lexicon import (CORE_TITLES, LOCATION_OPENERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAMES,
                      ORG_OPENERS, THING_HEADS, THING_OPENERS, TITLES)
from .names import Run, head_kind, is_acronym, is_adjective

# Longest personal name, in words ("Marie-Laurence Jocelyn Lassegue", "Henry M. Paulson
# Jr."): longer plain runs are titles of works or headlines, not people.
MAX_PERSON_WORDS = 4
# Offices named like a title that stand for an organisation ("New York State Attorney General").
OFFICE_HEADS = frozenset({"general", "attorney"})
# Titles that also end organisation names ("Sioux Falls Argus Leader"): without a name after
# them the whole run is read as a name.
WEAK_TITLES = frozenset("leader chief head director manager chair executive officer "
                        "father general chairman".split())
# Lone capitalised words that name an organisation by themselves ("the Legislature").
SINGLE_ORGS = frozenset("army navy police legislature parliament congress senate commons "
                        "treasury pentagon judiciary marines".split())
# Capitalised words that are no name alone but can start or end one ("Nile TV").
SINGLE_NOT_NAMES = frozenset("tv internet web west east north south".split())
# "name": shaped like a personal name, not yet proven one.
NAME = "name"
_PARTY_LABEL = re.compile(r"[DRI]-[A-Z]")


@dataclass(frozen=True)
class Piece:
    """A run with its kind (None: an undecided lone word; NAME: maybe a person), its gazetteer
    name, and, for a person, the title words before the name (lower-case: "secretary")."""
    run: Run
    kind: str | None
    canonical: str | None = None
    titles: tuple[str, ...] = ()


def classify(run: Run) -> list[Piece]:
    """The named pieces of one run."""
    run = _trim(run)
    if run is None:
        return []
    known = KNOWN.get(run.text)
    if known:
        return [Piece(run, known[1], known[0] if known[1] == "location" else None)]
    if _is_thing(run):
        return []
    personal = _titled_person(run)
    if personal is not None:
        return personal
    if len(run.words) == 1:
        return _single(run)
    split = _known_pair(run) or _before_given_name(run)
    if split:
        return split
    return [Piece(run, _multi_kind(run))]


def _trim(run: Run) -> Run | None:
    """Drop party labels, days and months at the edges, a leading "The" before a known name,
    and leading adjectives unless they belong to the name ("Chinese Commerce Ministry",
    "Dominican Republic")."""
    i, j = 0, len(run.words)
    if run.initial and run.words[0].endswith("ing") and not given(run.words[0]):
        i = 1  # "Getting Disney+ ...": a sentence opening with a verb
    while i < j and not _known_start(run.part(i, j)) and (
            ((_noise(run.words[i]) or is_adjective(run.words[i]))
             and not _keeps_adjective(run.part(i, j)))
            or (run.words[i] == "The" and j - i > 1 and run.part(i + 1, j).text in KNOWN)):
        i += 1
    while j > i and (_noise(run.words[j - 1]) or (j - i > 1 and run.words[j - 1] in ("A", "I"))):
        j -= 1  # "in Haiti A senior official": a caption run into the next sentence
    if i >= j:
        return None
    return run.part(i, j) if (i, j) != (0, len(run.words)) else run


def _known_start(run: Run) -> bool:
    return any(run.part(0, k).text in KNOWN for k in range(len(run.words), 0, -1))


def _noise(word: str) -> bool:
    return word.lower() in NOT_NAMES or bool(_PARTY_LABEL.match(word))


def _keeps_adjective(run: Run) -> bool:
    if len(run.words) == 1 or any(w.lower() in CORE_TITLES for w in run.words[1:]):
        return False
    rest = run.part(1, len(run.words))
    return rest.text not in KNOWN and (head_kind(run.words[-1]) == "organization"
                                       or (run.words[1].lower() in ORG_OPENERS
                                           and "of" in run.gaps))


def _is_thing(run: Run) -> bool:
    """Laws, events, works; a run ending in a lone letter ("Group A"); an adjective phrase
    ("North American")."""
    last = run.words[-1]
    return (last.lower() in THING_HEADS or run.words[0].lower() in THING_OPENERS
            or (len(last) == 1 and len(run.words) > 1) or is_adjective(last)
            or bool(re.search(r"\d", run.text)) or (is_acronym(last) and last.endswith("s")))


def _titled_person(run: Run) -> list[Piece] | None:
    """A person named after a title: the name, the title words, and what precedes them
    classified on its own ("U.S. Air Force" in "U.S. Air Force Gen. Philip Breedlove")."""
    end = len(run.words)
    first_name = end
    while first_name > 0 and _name_like(run.words[first_name - 1], last=first_name == end):
        first_name -= 1
    start = first_name
    while start > 0 and (_title(run.words[start - 1])
                         or (start < first_name and is_adjective(run.words[start - 1]))):
        start -= 1
    if start == first_name or not any(w.lower().rstrip(".") in CORE_TITLES
                                      or w.lower() in CORE_TITLES
                                      for w in run.words[start:first_name]):
        return None
    if first_name == end:
        return _office(run, start)
    if end - first_name > MAX_PERSON_WORDS:
        return None
    titles = tuple(w.lower() for w in run.words[start:first_name])
    pieces = [Piece(run.part(first_name, end), "person", None, titles)]
    if start > 0:
        # "U.S. Attorney James Kennedy": a place before a title qualifies the title and is
        # not a mention of the place; an organisation is ("NATO Secretary General").
        pieces = [p for p in classify(run.part(0, start)) if p.kind != "location"
                  and p.run.text.lower() not in TITLES] + pieces
    return pieces


def _office(run: Run, start: int) -> list[Piece] | None:
    """A run ending in title words and no name: an office ("New York State Attorney
    General"), a name ending like a title ("Sioux Falls Argus Leader"), or the part before
    the titles on its own ("U.S." in "U.S. Secretary of State")."""
    last = run.words[-1].lower()
    if last in OFFICE_HEADS and start > 0:
        return [Piece(run, "organization")]
    if last in WEAK_TITLES and start == len(run.words) - 1 > 0:
        return None
    return classify(run.part(0, start)) if start > 0 else []


def _title(word: str) -> bool:
    return word.lower() in TITLES or word.lower().rstrip(".") in TITLES


def _name_like(word: str, *, last: bool = False) -> bool:
    """Could be a word of a personal name. A known place can be a given name or a surname
    ("Alexandria Ocasio-Cortez", "Eason Jordan") but not a whole name."""
    low = word.lower()
    if low in NAME_PARTICLES or low in NAME_SUFFIXES:
        return not last or low in NAME_SUFFIXES
    if _title(word) or is_adjective(word) or head_kind(word) or low in NOT_NAMES:
        return False
    return not (is_acronym(word) and len(word) > 2)


def _single(run: Run) -> list[Piece]:
    word = run.words[0]
    if is_adjective(word) or word.lower() in NOT_NAMES | SINGLE_NOT_NAMES or _title(word):
        return []
    if word.lower() in SINGLE_ORGS and not run.initial:
        return [Piece(run, "organization")]
    if re.search(r"\d", word) or (is_acronym(word[:-1]) and word.endswith("s")):
        return []  # "H1N1", "NGOs"
    return [Piece(run, None)]


def _known_pair(run: Run) -> list[Piece] | None:
    """Two known names side by side ("Kentucky GOP", "White House Russia"): each on its own."""
    n = len(run.words)
    for cut in range(1, n):
        left, right = run.part(0, cut), run.part(cut, n)
        if left.text in KNOWN and right.text in KNOWN and run.gaps[cut - 1] == "":
            if KNOWN[left.text][1] == "location" and KNOWN[right.text][1] == "organization" \
                    and len(right.words) > 1:
                return None  # "U.S. Securities and Exchange Commission": one body
            return classify(left) + classify(right)
    return None


def _before_given_name(run: Run) -> list[Piece] | None:
    """A name run on after another name ("Ukraine Kurt Volker", "Browns DL Sheldon
    Richardson"): cut before a known given name followed by one or two more name words."""
    n = len(run.words)
    for cut in range(1, n - 1):
        if (given(run.words[cut]) and 2 <= n - cut <= 3 and run.gaps[cut - 1] == ""
                and all(_name_like(w) for w in run.words[cut:])
                and (run.part(0, cut).text in KNOWN or is_acronym(run.words[cut - 1]))):
            return classify(run.part(0, cut)) + [Piece(run.part(cut, n), "person")]
    return None


def given(word: str) -> bool:
    """A known given name, or a hyphenated one starting with one ("Jean-Yves")."""
    return word.lower() in GIVEN or word.split("-")[0].lower() in GIVEN


def _multi_kind(run: Run) -> str:
    words = run.words
    kind = head_kind(words[-1])
    if kind:
        return kind
    first = words[0].lower()
    if given(words[0]) and len(words) <= MAX_PERSON_WORDS and all(_name_like(w) for w in words):
        return "person"
    if first in LOCATION_OPENERS:
        return "location"
    if first in ORG_OPENERS and run.gaps[0] in ("of", "for", "on"):
        return "organization"
    if any(g.split()[0] in ("of", "for", "on", "and", "&", "the") for g in run.gaps if g):
        return "organization"
    if _starts_with_place(run) or any(is_acronym(w) for w in words):
        return "organization"
    if len(words) <= MAX_PERSON_WORDS and all(_name_like(w) for w in words):
        return NAME
    return "organization"


def _starts_with_place(run: Run) -> bool:
    """A known place followed by other words: a team, a paper, a company ("Sioux Falls Argus
    Leader", "Boston Red Sox")."""
    return any(run.part(0, j).text in KNOWN and KNOWN[run.part(0, j).text][1] == "location"
               for j in range(1, len(run.words)))
