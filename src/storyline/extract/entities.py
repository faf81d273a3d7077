"""Named entities of one article: classified runs grouped into one entity per real-world
person, organisation or place, under the fullest name the article uses.

Persons group by surname with compatible first names ("John Kerry", "John F. Kerry",
"Kerry"); a lone word joins the person, organisation or place it abbreviates ("Neumann",
"NYAG", "Disney"); gazetteer forms share their canonical name ("U.S." -> "United States").
The result keeps every mention's offsets: speakers.py resolves pronouns and titles with them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Entity
from .classify import Piece, classify
from .gazetteer import KNOWN
from .givennames import gender_of_given
from .lexicon import NAME_PARTICLES, NAME_SUFFIXES, NOT_NAMES
from .names import Run, find_runs, is_acronym
from .resolve import confirm_names, resolve_singles

# Titles that tell a person's gender.
MALE_TITLES = frozenset("mr mr. sir lord king prince father congressman chairman spokesman "
                        "duke emperor sultan sheikh".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss dame lady queen princess congresswoman "
                          "chairwoman spokeswoman duchess empress".split())
# How far after a mention a pronoun counts as evidence of the person's gender (characters;
# about two sentences, calibrated by eye on the dev articles).
GENDER_WINDOW = 250
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# Weights of the evidence for a gender: a title is near proof, a given name strong, each
# subject pronoun after a mention one vote.
TITLE_VOTE = 5
GIVEN_VOTE = 3
_DATELINE = re.compile(r"([A-Z][A-Z'\u2019 -]*[A-Z])"
                       r"(?:\s*(?P<dash>\u2014|\u2013|--|-|\()|,? [A-Z][a-z])")
# A dateline run into a line ("... name ROME, April 29 (Reuters) - Egypt's order"), as scraped
# wire copy often has it.
_INLINE_DATELINE = re.compile(r"\b([A-Z]{3,}(?: [A-Z]{3,})*),? (?:[A-Z][a-z]+\.? \d{1,2} )?"
                              r"\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI)\)")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text."""
    start: int
    end: int
    name: str
    kind: str
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityIndex:
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]  # in text order
    genders: dict[str, str]  # person name -> "m" or "f", where known

    def surface_forms(self) -> dict[str, tuple[str, str]]:
        """Every name and alias -> (canonical name, kind)."""
        forms = {}
        for entity in self.entities:
            for form in (entity.name, *entity.aliases):
                forms.setdefault(form, (entity.name, entity.kind))
        return forms


def find_entities(text: str, sentence_starts: frozenset[int],
                  quoted: tuple[tuple[int, int], ...] = ()) -> EntityIndex:
    """The entities of `text` with every mention's offsets; `quoted`: the spans inside
    quotation marks (their pronouns are the speaker's, no evidence of anyone's gender)."""
    pieces = _pieces(text, sentence_starts)
    names = _one_kind(_group(text, pieces))
    mentions = tuple(sorted((Mention(p.run.start, p.run.end, names[i][0], names[i][1], p.titles)
                             for i, p in enumerate(pieces) if i in names),
                            key=lambda m: (m.start, m.end)))
    return EntityIndex(_entities(mentions, pieces, names), mentions,
                       _genders(text, mentions, sentence_starts, quoted))


def _pieces(text: str, sentence_starts: frozenset[int]) -> list[Piece]:
    headings = _heading_spans(text)
    pieces = []
    for run in find_runs(text, sentence_starts):
        for part in _outside(run, headings):
            pieces.extend(classify(part))
    dateline = _dateline(text)
    return sorted(pieces + dateline, key=lambda p: p.run.start)


def _outside(run: Run, spans: list[tuple[int, int]]) -> list[Run]:
    """The parts of a run outside headings and datelines ("Science Editor" of "Science Editor
    WASHINGTON, April 29 (Reuters)")."""
    inside = [any(a <= s < b for a, b in spans) for s, _ in run.spans]
    if not any(inside):
        return [run]
    parts, begin = [], None
    for i, flag in enumerate(inside + [True]):
        if not flag and begin is None:
            begin = i
        elif flag and begin is not None:
            parts.append(run.part(begin, i))
            begin = None
    return parts


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals (section headings) and datelines: their capitals say
    nothing about names."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        letters = [c for c in line.group() if c.isalpha()]
        if len(letters) > 3 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            spans.append(line.span())
    return spans + [(start, start + len(place)) for start, place in _dateline_places(text)]


def _dateline_places(text: str) -> list[tuple[int, str]]:
    """(offset, words) of each dateline place in capitals: the article's opening words
    ("BRUSSELS —", "BRUSSELS The United States ...") and wire datelines run into a line
    ("ROME, April 29 (Reuters) -")."""
    places = []
    first = re.match(r"\s*([^\n]+)", text)
    match = _DATELINE.match(first.group(1)) if first else None
    # without a dash only a known place: "BRUSSELS The United States", not "NATO Members"
    if match and len(match.group(1).strip()) > 2 and (
            match.group("dash") or _title_case(match.group(1).strip()) in KNOWN):
        places.append((first.start(1), match.group(1).strip()))
    for match in _INLINE_DATELINE.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in NOT_NAMES:  # "EDT WASHINGTON"
            words.pop(0)
        if words:
            place = " ".join(words)
            places.append((match.end(1) - len(place), place))
    return [(start, place.rstrip(",")) for start, place in places
            if place.upper() == place and not (KNOWN.get(place) and not KNOWN.get(place.title()))]


def _dateline(text: str) -> list[Piece]:
    """The place of each dateline as a location."""
    pieces = []
    for start, place in sorted(set(_dateline_places(text))):
        name = _title_case(place)
        known = KNOWN.get(name)
        pieces.append(Piece(_run_at(start, place), "location", known[0] if known else name))
    return pieces


def _run_at(start: int, words: str) -> Run:
    spans = tuple((start + m.start(), start + m.end()) for m in re.finditer(r"\S+", words))
    return Run(tuple(words.split()), spans, ("",) * (len(spans) - 1), True)


def _title_case(words: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in words.split())


def _group(text: str, pieces: list[Piece]) -> dict[int, tuple[str, str]]:
    """piece index -> (canonical name, kind) for every piece that names an entity."""
    pieces[:] = confirm_names(text, pieces)
    names: dict[int, tuple[str, str]] = {}
    persons = _person_clusters([(i, p) for i, p in enumerate(pieces) if p.kind == "person"])
    for i, canonical in persons.items():
        names[i] = (canonical, "person")
    others = _other_clusters([(i, p) for i, p in enumerate(pieces)
                              if p.kind in ("organization", "location")], set(persons.values()))
    names.update(others)
    undecided = [(i, p) for i, p in enumerate(pieces) if p.kind is None
                 or (p.kind in ("organization", "location") and i not in names)]
    names.update(resolve_singles(text, undecided, pieces, names))
    return names


def surname(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    return (words or name.split())[-1].lower()


def _first(name: str) -> str:
    """The given name, "" when the name is a surname alone ("Kerry", "Le Drian")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in NAME_PARTICLES:
        return ""
    return words[0].lower()


def compatible(a: str, b: str) -> bool:
    """Two names of one person: same surname, first names equal, one missing, one a short
    form or the initial of the other ("Pat"/"Patrick", "J."/"John")."""
    if surname(a) != surname(b):
        return False
    fa, fb = _first(a).rstrip("."), _first(b).rstrip(".")
    return not fa or not fb or fa.startswith(fb) or fb.startswith(fa)


def _person_clusters(items: list[tuple[int, Piece]]) -> dict[int, str]:
    """piece index -> canonical name; the canonical name is the fullest form used."""
    forms = sorted({p.run.text for _, p in items}, key=lambda n: (-len(n.split()), -len(n), n))
    clusters: list[list[str]] = []
    for form in forms:
        home = [c for c in clusters if all(compatible(form, other) for other in c)]
        if len(home) == 1 or (home and len(form.split()) > 1):
            home[0].append(form)
        elif len(home) > 1:
            continue  # "Biden" with Joe and Hunter Biden: ambiguous, left to resolve later
        else:
            clusters.append([form])
    canonical = {form: cluster[0] for cluster in clusters for form in cluster}
    return {i: canonical[p.run.text] for i, p in items if p.run.text in canonical}


def _other_clusters(items: list[tuple[int, Piece]],
                    persons: set[str]) -> dict[int, tuple[str, str]]:
    """Organisations and places: gazetteer forms under their canonical name; a name that ends
    another one of the same kind under the longer ("U.S. Securities and Exchange Commission")."""
    person_surnames = {surname(p) for p in persons if len(p.split()) > 1}
    result, names = {}, {}
    for i, piece in items:
        text = piece.run.text
        if len(piece.run.words) == 1 and text.lower() in person_surnames:
            continue  # "Jordan" the CNN executive, not the country: left to the resolver
        names[i] = (piece.canonical or text, piece.kind)
    names = _known_organisations(names)
    fullest = sorted({v for v in names.values()}, key=lambda v: -len(v[0]))
    for i, (name, kind) in names.items():
        longer = next((n for n, k in fullest if k == kind and n != name
                       and n.endswith(" " + name) and not KNOWN.get(name)), name)
        result[i] = (longer, kind)
    return result


def _known_organisations(names: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Forms of one listed organisation under one name: the gazetteer's when the article
    writes it ("Islamic State" for "ISIS"), else the fullest form the article uses ("AP")."""
    groups: dict[str, set[str]] = defaultdict(set)
    for name, kind in names.values():
        known = KNOWN.get(name)
        if kind == "organization" and known and known[1] == "organization":
            groups[known[0]].add(name)
    chosen = {canonical: canonical if canonical in forms
              else max(forms, key=lambda f: (not is_acronym(f), len(f), f))
              for canonical, forms in groups.items()}
    result = {}
    for i, (name, kind) in names.items():
        known = KNOWN.get(name)
        if kind == "organization" and known and known[0] in chosen:
            name = chosen[known[0]]
        result[i] = (name, kind)
    return result


def _one_kind(names: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """One kind per name: the kind most of its mentions were given (a person on a tie)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, kind in names.values():
        votes[name][kind] += 1
    rank = {"person": 0, "organization": 1, "location": 2}
    kind_of = {name: min(v, key=lambda k: (-v[k], rank[k])) for name, v in votes.items()}
    return {i: (name, kind_of[name]) for i, (name, _) in names.items()}


def _entities(mentions: tuple[Mention, ...], pieces: list[Piece],
              names: dict[int, tuple[str, str]]) -> tuple[Entity, ...]:
    counts = Counter((m.name, m.kind) for m in mentions)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, piece in enumerate(pieces):
        if i in names and piece.run.text != names[i][0]:
            aliases[names[i]].add(piece.run.text)
    order = list(dict.fromkeys((m.name, m.kind) for m in mentions))
    return tuple(Entity(name, kind, tuple(sorted(aliases[(name, kind)])), counts[(name, kind)])
                 for name, kind in order)


def _genders(text: str, mentions: tuple[Mention, ...], sentence_starts: frozenset[int],
             quoted: tuple[tuple[int, int], ...]) -> dict[str, str]:
    """Each person's gender: from titles ("Mrs."), the given name, and the first "he" or
    "she" after a mention that opens its sentence ("Omar asked ..., saying she ..."): the
    subject is the likeliest antecedent."""
    votes: dict[str, Counter] = defaultdict(Counter)
    persons = [m for m in mentions if m.kind == "person"]
    for k, mention in enumerate(persons):
        for title in mention.titles:
            if title in MALE_TITLES | FEMALE_TITLES:
                votes[mention.name]["m" if title in MALE_TITLES else "f"] += TITLE_VOTE
        if not _opens_sentence(text, mention.start, sentence_starts):
            continue
        stop = min(mention.end + GENDER_WINDOW,
                   persons[k + 1].start if k + 1 < len(persons) else len(text))
        pronoun = next((p for p in _PRONOUN.finditer(text, mention.end, stop)
                        if not any(a <= p.start() < b for a, b in quoted)), None)
        if pronoun:
            votes[mention.name]["m" if pronoun.group().lower() == "he" else "f"] += 1
    for name in {m.name for m in persons}:
        given = gender_of_given(name) if len(name.split()) > 1 else None
        if given:
            votes[name][given] += GIVEN_VOTE
    return {name: v.most_common(1)[0][0] for name, v in sorted(votes.items()) if v}


def _opens_sentence(text: str, start: int, sentence_starts: frozenset[int]) -> bool:
    """Whether a mention is among the first words of its sentence (its likely subject)."""
    before = text[max(0, start - 40):start]
    words = before.split()
    for n in range(0, min(4, len(words)) + 1):
        at = start - len(" ".join(words[len(words) - n:])) - (1 if n else 0)
        if at in sentence_starts or at + 1 in sentence_starts or at <= 0:
            return True
    return False
