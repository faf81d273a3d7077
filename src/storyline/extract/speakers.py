"""Who a phrase names: the speaker behind "Kerry", "he", "the secretary", "a WeWork
spokesperson", "Mexican officials" at a given place in the article.

A named mention inside the phrase wins (a person before an organisation, possessives last:
"Saudi Arabia's Brigadier General Ahmed Asseri" is Asseri). A pronoun is the nearest person of
its gender, taking in each earlier sentence the first person it names (its likely subject) and
skipping names inside quotations. A description is the nearest person holding that title; "the
company" the nearest organisation. Unnamed sources ("officials", "analysts") are nobody.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from .entities import EntityIndex, Mention
from .gazetteer import DEMONYMS
from .lexicon import (CORE_TITLES, ORG_NOUNS, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_THING,
                      SPOKES, UNNAMED)

# How many sentences back a pronoun or a description may find its person (calibrated on the
# dev articles: quotes attributed to "he" rarely name their speaker further back).
MAX_SENTENCES_BACK = 6
# How many sentences ahead an unnamed source with a title may be named ("a UN spokesman
# said ..." then "UN spokesman Fred Eckhard said").
MAX_SENTENCES_AHEAD = 3
# Descriptions that mean the nearest organisation ("the company said").
ORG_WORDS = frozenset("""
company firm group ministry department agency bank government administration office
organisation organization union party council commission committee board police army
network utility airline carrier retailer insurer bureau court
""".split())
# Descriptions of a person by role that mean the nearest person ("the man said").
PERSON_WORDS = frozenset("""
man woman boy girl mother father wife husband son daughter player coach star actor singer
veteran lawmaker candidate teacher scientist economist physician surgeon founder host
author driver pilot victim survivor witness owner
""".split())
_ABBREVIATED = {"dr": "doctor", "gen": "general", "sen": "senator", "rep": "representative",
                "gov": "governor", "prof": "professor", "lt": "lieutenant", "col": "colonel",
                "capt": "captain", "sgt": "sergeant", "adm": "admiral", "rev": "reverend"}
_DESCRIPTION = re.compile(r"\b[Tt]he (?:(?:former|new|top|then|current|\w+-year-old) )*"
                          r"(?P<title>[a-z]+)\b")
_WORD = re.compile(r"[\w'\u2019.-]+")


@dataclass(frozen=True)
class Resolver:
    """Resolves phrases of one article to its entities' canonical names."""
    text: str
    index: EntityIndex
    sentence_starts: tuple[int, ...]  # sorted
    quoted: tuple[tuple[int, int], ...]  # spans inside quotation marks, sorted

    def speaker(self, start: int, end: int) -> str | None:
        """The entity named by text[start:end] read at its place in the article."""
        mentions = self._mentions_in(start, end)
        named = self._named(mentions)
        if named is not None:
            return named
        words = [w.lower().strip(".,") for w in _WORD.findall(self.text[start:end])]
        while len(words) > 1 and words[0] in ("and", "but", "so", "or", "yet", "then"):
            words = words[1:]
        if not words:
            return None
        spoken_for = self._organisation(words, mentions, end) or self._country(words)
        if spoken_for:
            return spoken_for
        if self.unnamed(start, end):
            return self._named_later(words, end)
        return self._pronoun(words, start) or self._description(words, start)

    def _named_later(self, words: list[str], at: int) -> str | None:
        """ "a UN spokesman said ... UN spokesman Fred Eckhard said": an unnamed source with
        a title is the person named with that title in the next sentences."""
        if words[0] not in ("a", "an") or words[-1] not in CORE_TITLES:
            return None
        k = bisect.bisect_right(self.sentence_starts, at)
        stop = self.sentence_starts[k + MAX_SENTENCES_AHEAD] if k + MAX_SENTENCES_AHEAD < len(
            self.sentence_starts) else len(self.text)
        for mention in self.index.mentions:
            if at <= mention.start < stop and mention.kind == "person" \
                    and words[-1] in {t.rstrip(".") for t in mention.titles}:
                return mention.name
        return None

    def speakers(self, start: int, end: int) -> list[str | None]:
        """Like `speaker`, but "Volker and Morrison said" names both (README: a clause
        attributed to two named speakers is listed once per speaker)."""
        persons = [m for m in self._mentions_in(start, end)
                   if m.kind == "person" and not self._possessive(m)]
        if (len(persons) == 2
                and re.fullmatch(r"\W*(?:both\s+)?\W*", self.text[start:persons[0].start])
                and re.fullmatch(r",?\s+and\s+", self.text[persons[0].end:persons[1].start])):
            return [persons[0].name, persons[1].name]
        return [self.speaker(start, end)]

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions overlapping text[start:end]."""
        mentions = self.index.mentions
        i = max(0, bisect.bisect_left(self._starts, start) - 1)
        found = []
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end > start:
                found.append(mentions[i])
            i += 1
        return found

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.index.mentions]

    @cached_property
    def _persons(self) -> list[Mention]:
        """Person mentions outside quotations, with descriptions ("The president, again
        recognizing ...") read as mentions of the titled person they follow: a pronoun's
        antecedent is often one."""
        persons = [m for m in self.index.mentions if m.kind == "person"
                   and not self._inside_quote(m.start)]
        for match in _DESCRIPTION.finditer(self.text):
            if match.group("title").lower() in CORE_TITLES and not self._inside_quote(
                    match.start()):
                name = self._titled_before(match.start(), match.group("title").lower(), persons)
                if name:
                    persons.append(Mention(match.start(), match.end(), name, "person"))
        return sorted(persons, key=lambda m: m.start)

    def _titled_before(self, at: int, title: str, persons: list[Mention]) -> str | None:
        for mention in reversed([m for m in persons if m.end <= at]):
            if title in self._titles(mention.name):
                return mention.name
        return None

    def _possessive(self, mention: Mention) -> bool:
        return self.text[mention.end:mention.end + 2] in ("'s", "\u2019s")

    def _named(self, mentions: list[Mention]) -> str | None:
        persons = [m for m in mentions if m.kind == "person" and not self._possessive(m)]
        if persons:
            return persons[0].name
        return None

    def _pronoun(self, words: list[str], at: int) -> str | None:
        """ "he", "she", "it"; and "his office", "her spokeswoman" (README: the person)."""
        pronoun = words[0] if len(words) == 1 else None
        if len(words) == 2 and words[0] in ("his", "her") and words[1] in SPOKES | {"aides",
                                                                                   "lawyer"}:
            pronoun = "he" if words[0] == "his" else "she"
        if pronoun in PRONOUNS_MALE:
            return self.nearest_person(at, gender="m")
        if pronoun in PRONOUNS_FEMALE:
            return self.nearest_person(at, gender="f")
        if pronoun in PRONOUNS_THING:
            return self.nearest_org(at, head=None)
        return None

    def _description(self, words: list[str], at: int) -> str | None:
        """ "the secretary", "the former chairman of the Federal Reserve", "the 56-year-old"."""
        if "of" in words:
            words = words[:words.index("of")]
        if len(words) < 2 or len(words) > 4 or words[0] not in ("the", "this"):
            return None
        head = words[-1]
        if head in CORE_TITLES:
            titled = self.nearest_person(at, title=head)
            if titled:
                return titled
        if head in ORG_WORDS:
            return self.nearest_org(at, head=head)
        if head in PERSON_WORDS or head.endswith(("ist", "-old")):
            # "the televangelist", "the 56-year-old": someone named before
            return self.nearest_person(at)
        return None

    def _organisation(self, words: list[str], mentions: list[Mention], end: int
                      ) -> str | None:
        """ "a WeWork spokesperson", "PG&E officials", "the Interior Ministry", "WeWork",
        "shipping line Baltrana Lines"."""
        orgs = [m for m in mentions if m.kind in ("organization", "location")]
        if not orgs:
            return None
        speaking = any(w in SPOKES for w in words)
        # "WeWork", "the Interior Ministry", "paper maker Greystone Mills"; not "Mexico's
        # ambassador" (a person unnamed) or "data from MarketAxess"
        described = words[-len(orgs[-1].name.split()) - 1] if len(words) > len(
            orgs[-1].name.split()) else ""
        ends_described = (described in ORG_NOUNS and orgs[-1].kind == "organization"
                          and not self.text[orgs[-1].end:end].strip(" ,"))
        bare = ((len(words) <= len(orgs[0].name.split()) + 1 or ends_described)
                and not any(w in CORE_TITLES for w in words))
        if speaking or bare:
            return orgs[-1].name if speaking else orgs[0].name
        return None

    def _country(self, words: list[str]) -> str | None:
        """ "Mexican officials said": a government speaking is its country."""
        for k, word in enumerate(words[:-1]):
            country = DEMONYMS.get(word.capitalize())
            if country and words[k + 1] in ("officials", "government", "authorities",
                                             "ministry", "officials,"):
                return country
        return None

    def unnamed(self, start: int, end: int) -> bool:
        """An unnamed source: "officials", "a doctor", "two people familiar with the
        matter" (not "the doctor", who was named before)."""
        if self._named(self._mentions_in(start, end)):
            return False
        words = [w.lower() for w in _WORD.findall(self.text[start:end])]
        if not words or words[0] in ("the", "this", "that"):
            return False
        return any(w in UNNAMED for w in words[:4])

    def nearest_person(self, at: int, *, gender: str | None = None,
                       title: str | None = None) -> str | None:
        """The person a pronoun or description at `at` most likely means: sentence by
        sentence backwards, the first suitable person each sentence names outside quotes."""
        persons = [m for m in self._persons if m.end <= at]
        if not persons:
            return None
        k = bisect.bisect_right(self.sentence_starts, at) - 1
        for back in range(MAX_SENTENCES_BACK):
            if k - back < 0:
                break
            lo = self.sentence_starts[k - back]
            hi = self.sentence_starts[k - back + 1] if k - back + 1 < len(
                self.sentence_starts) else len(self.text)
            for mention in (m for m in persons if lo <= m.start < min(hi, at)):
                if self._suits(mention, gender, title):
                    return mention.name
        return None

    def _suits(self, mention: Mention, gender: str | None, title: str | None) -> bool:
        if gender and self.index.genders.get(mention.name, gender) != gender:
            return False
        if title and not any(title in self._titles(mention.name) for _ in (0,)):
            return False
        return True

    def _titles(self, name: str) -> set[str]:
        titles = {t.rstrip(".") for m in self.index.mentions if m.name == name for t in m.titles}
        return titles | {_ABBREVIATED[t] for t in titles if t in _ABBREVIATED}

    def nearest_org(self, at: int, *, head: str | None) -> str | None:
        """The nearest organisation before `at` named with `head` ("the ministry" ->
        "Interior Ministry"); else, of those named before, the one the article names most,
        the nearest on a tie: "the company said" after "... from the Helixa Market ..." means
        the company the article is about."""
        orgs = [m for m in self.index.mentions if m.kind == "organization" and m.end <= at
                and not self._inside_quote(m.start)]
        named = [m for m in orgs if head and head in m.name.lower()]
        if named:
            return named[-1].name
        counts = Counter(m.name for m in self.index.mentions)
        nearest = {m.name: k for k, m in enumerate(orgs)}
        return max(nearest, key=lambda n: (counts[n], nearest[n]), default=None)

    def _inside_quote(self, at: int) -> bool:
        i = bisect.bisect_right(self.quoted, (at, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= at < self.quoted[i][1]

