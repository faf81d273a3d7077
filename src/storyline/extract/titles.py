"""Entities named in an article's title. A headline capitalises every word ("Kerry Says NATO
Members Ready to Step Up Anti-ISIS Fight"), so its capitals prove nothing: only names the body
already uses, or the gazetteer knows, count.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Entity
from .gazetteer import KNOWN, MAX_KNOWN_WORDS

_WORD = re.compile(r"[\w.&'\u2019+-]+")


def with_title(entities: tuple[Entity, ...], title: str) -> tuple[Entity, ...]:
    """`entities` with the title's mentions counted and its gazetteer names added."""
    forms = {}
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            forms.setdefault(form, entity.name)
    surnames = [e.name.split()[-1] for e in entities if e.kind == "person"
                and len(e.name.split()) > 1]
    for entity in entities:  # "Kerry" in the headline for the body's "John Kerry"
        words = entity.name.split()
        if entity.kind == "person" and len(words) > 1 and surnames.count(words[-1]) == 1:
            forms.setdefault(words[-1], entity.name)
    found = _names_in(title, forms)
    counts = {name: found.count(name) for name in set(found)}
    updated = [dataclasses.replace(e, mentions=e.mentions + counts.pop(e.name, 0))
               for e in entities]
    added = [Entity(name, KNOWN[name][1] if name in KNOWN else "location", (), n)
             for name, n in sorted(counts.items())]
    return tuple(updated + [e for e in added if e.kind in ("organization", "location")])


def _names_in(title: str, forms: dict[str, str]) -> list[str]:
    """Canonical names of the longest known word sequences of the title, left to right."""
    words = [w.rstrip(".,:;'\u2019").removesuffix("'s").removesuffix("\u2019s")
             for w in _WORD.findall(title)]
    words = [w for w in words if w]
    names, i = [], 0
    width = max([MAX_KNOWN_WORDS] + [len(f.split()) for f in forms])
    while i < len(words):
        for size in range(min(width, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + size])
            name = _name_of(phrase, forms)
            if name and (size > 1 or phrase[:1].isupper()):
                names.append(name)
                i += size
                break
        else:
            i += 1
    return names


def _name_of(phrase: str, forms: dict[str, str]) -> str | None:
    for part in [phrase] + phrase.split("-") if "-" in phrase else [phrase]:
        if part in forms:
            return forms[part]
        known = KNOWN.get(part)
        if known and known[1] == "location":
            return known[0]
        if known:
            return forms.get(known[0], part)
    return None
