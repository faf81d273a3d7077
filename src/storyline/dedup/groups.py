"""Deciding which candidates are copies, and gathering copies into syndication groups.

Articles are visited most complete first (longest normalised text, then fewest mojibake marks,
then id). Each joins the group of the already-seen canonical copy that contains it best, if that
containment is high enough, else it starts a group of its own as its canonical. Comparing with
the canonical, not with any member, keeps two stories from being chained together through a
copy that shares a little with each.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from ..model import Article, Member, SyndicationGroup
from .shingles import Fingerprint, overlap

_MOJIBAKE = re.compile("[\ufffd]|Ã.|â€")
_METADATA = ("title", "published", "outlet", "author", "url")


@dataclass(frozen=True)
class Rules:
    """When two articles are copies, and which kind of copy."""
    containment: float  # share of the shorter copy's shingles found in the longer one
    exact_jaccard: float  # written-word Jaccard from which a copy is exact
    excerpt_coverage: float  # a copy shorter than this share of the canonical is an excerpt


def rank_order(articles: Sequence[Article], prints: Sequence[Fingerprint]) -> list[int]:
    """Article indexes, the best canonical candidates first: the longest text, then the
    fewest mojibake marks, then the most metadata, then the id."""
    return sorted(range(len(articles)), key=lambda i: (
        -prints[i].length, len(_MOJIBAKE.findall(articles[i].text)),
        -sum(getattr(articles[i], f) is not None for f in _METADATA), articles[i].id))


def compare(member: Fingerprint, canonical: Fingerprint) -> tuple[float, float]:
    """(containment of the member in the canonical, Jaccard of the two), on normalised text."""
    a, b = member.shingles, canonical.shingles
    if not len(a) or not len(b):
        return 0.0, 0.0
    shared = overlap(a, b)
    return shared / len(a), shared / (len(a) + len(b) - shared)


def relation(member: Fingerprint, canonical: Fingerprint, rules: Rules) -> str:
    a, b = member.written, canonical.written
    shared = overlap(a, b) if len(a) and len(b) else 0
    if shared / max(1, len(a) + len(b) - shared) >= rules.exact_jaccard:
        return "exact"
    return "excerpt" if member.length < rules.excerpt_coverage * canonical.length else "near"


def star_groups(articles: Sequence[Article], prints: Sequence[Fingerprint],
                pairs: set[tuple[int, int]], rules: Rules) -> list[SyndicationGroup]:
    """Syndication groups from candidate pairs (a, b), `a` ranked before `b`."""
    partners = defaultdict(list)
    for a, b in pairs:
        partners[b].append(a)
    members: dict[int, list[tuple[int, float, float]]] = {}
    for i in rank_order(articles, prints):
        best = max(((c, j, a) for a in sorted(partners[i]) if a in members
                    for c, j in [compare(prints[i], prints[a])] if c >= rules.containment),
                   default=None)
        if best is None:
            members[i] = [(i, 1.0, 1.0)]
        else:
            members[best[2]].append((i, best[0], best[1]))
    return _named(articles, prints, members, rules)


def _named(articles, prints, members, rules) -> list[SyndicationGroup]:
    canonicals = sorted(members, key=lambda i: articles[i].id)
    width = len(str(len(canonicals)))
    groups = []
    for n, canonical in enumerate(canonicals, 1):
        group = [Member(articles[i].id,
                        "canonical" if i == canonical else
                        relation(prints[i], prints[canonical], rules),
                        round(c, 4), round(j, 4)) for i, c, j in members[canonical]]
        groups.append(SyndicationGroup(f"g{n:0{width}d}", articles[canonical].id, tuple(group)))
    return groups
