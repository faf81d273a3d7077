"""What the words around a name say of its kind: "in Airdrie" is a place, "the games studio
Lumen Forge" and "Greystone Mills said it" an organisation, "Neymar, who" and "Mr Strenk" a
person.

Names shaped like a person's but with no known given name ("Calder Maritime", "Caja
Magica", "Miller Tabak") are settled by these votes, summed over every place the article
writes them.
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import CORE_TITLES, ORG_NOUNS, PLACE_NOUNS, QUOTE_VERBS

# Words before a name that make it a place ("in Airdrie", "near Padang").
PLACE_PREPOSITIONS = frozenset(
    "in near into across outside inside toward towards throughout".split())
# Words that precede organisations and people too ("at Miller Tabak", "a letter from Smith"):
# before a lone word a place, whose alternative is rarely a person; before a longer name only
# "not a person".
LOOSE_PREPOSITIONS = frozenset("at from to".split())
# Words after a name that make it a person ("Neymar, who"; "the Bush administration").
PERSON_FOLLOWERS = frozenset("who whose".split())
PERSON_NOUNS = frozenset("administration presidency era campaign family".split())
# Nouns before "in" that make what follows a company ("shares in Helixa", "a stake in Coty").
HOLDINGS = frozenset("shares share stake stakes stock holdings investment investments".split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr.".split())
# Weight of an honorific before the name's last word elsewhere ("Mr Farrow"): near proof.
HONORIFIC_VOTE = 2


def name_votes(text: str, name: str, *, lone: bool = False) -> Counter:
    """Votes for "person", "organization", "location" and "other" (not a person, kind
    unknown) from every occurrence of `name` in `text`. `lone`: the name is a single word,
    for which "at", "from" and "to" also point to a place."""
    votes = Counter()
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        votes.update(_around(text, match.start(), match.end(), lone))
    surname = name.split()[-1]
    if len(name.split()) > 1 and re.search(
            rf"\b(?:{'|'.join(re.escape(h) for h in HONORIFICS)}) {re.escape(surname)}\b",
            text, re.IGNORECASE):
        votes["person"] += HONORIFIC_VOTE
    return votes


def _around(text: str, start: int, end: int, lone: bool) -> list[str]:
    before = re.findall(r"[\w'\u2019.-]+|,", text[max(0, start - 40):start])[-2:]
    after = re.findall(r"[\w'\u2019-]+|,", text[end:end + 30])[:3]
    previous = before[-1].lower() if before else ""
    earlier = before[-2].lower() if len(before) > 1 else ""
    following, then = (after + ["", ""])[:2]
    # the noun the name stands beside: "the games studio Lumen Forge", "the capital, Korvesh"
    described = earlier if previous == "," else previous
    votes = []
    places = PLACE_PREPOSITIONS | LOOSE_PREPOSITIONS if lone else PLACE_PREPOSITIONS
    if following in ("'s", "\u2019s"):
        pass  # "in Kylie Jenner's company": the preposition governs the company
    elif previous == "in" and earlier in HOLDINGS:
        votes.append("organization")
    elif previous in places or (previous == "the" and earlier in places):
        votes.append("location")
    elif previous in LOOSE_PREPOSITIONS or previous == "the" or (
            previous == "of" and earlier in CORE_TITLES):  # "chief executive of", "mayor of"
        votes.append("other")
    if previous in ("its", "their") or described in ORG_NOUNS or following in ORG_NOUNS:
        votes.append("organization")
    if described in PLACE_NOUNS:
        votes.append("location")
    if following in QUOTE_VERBS:
        votes.append("organization" if then.lower() in ("it", "its") else "person")
    if following in PERSON_NOUNS or (following == "," and then in PERSON_FOLLOWERS):
        votes.append("person")
    if following == "," and then == "which" and not lone:
        votes.append("other")  # a lone word may as well be a place ("Tarsenia, which")
    return votes


def decide(votes: Counter) -> str | None:
    """The kind the votes favour, None on no evidence or a tie between a person and the rest.
    Not a person and neither place nor organisation by the votes: an organisation ("the
    Legislature")."""
    person = votes["person"]
    rest = votes["organization"] + votes["location"] + votes["other"]
    if person == rest:
        return None
    if person > rest:
        return "person"
    return "location" if votes["location"] > votes["organization"] else "organization"
