"""Deciding which candidates are copies, and gathering copies into syndication groups.

Articles are visited most complete first (see Signatures.rank). Each joins the group of the
already-seen canonical copy that contains it best, if that containment is high enough, else it
starts a group of its own as its canonical. Comparing with the canonical, not with any member,
keeps two stories from being chained together through a copy that shares a little with each.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Member, SyndicationGroup
from .shingles import compare
from .signatures import Signatures


@dataclass(frozen=True)
class Rules:
    """When two articles are copies, and which kind of copy."""
    containment: float  # share of the shorter copy's shingles found in the longer one
    exact_jaccard: float  # Jaccard from which a copy written alike is exact
    excerpt_coverage: float  # a copy shorter than this share of the canonical is an excerpt
    sketch_size: int


def star_groups(signed: Signatures, rank: np.ndarray, a: np.ndarray, b: np.ndarray,
                rules: Rules) -> list[SyndicationGroup]:
    """Syndication groups from candidate pairs (a[k], b[k]), `a` ranked before `b`, the pairs
    sorted by the rank of `b`. Each group lists its canonical, then its copies by rank."""
    canonical = np.arange(len(signed))
    scores = {}  # member: (containment, jaccard) in its canonical
    starts = np.flatnonzero(np.concatenate(([True], b[1:] != b[:-1]))) if len(b) else []
    for start, end in zip(starts, [*starts[1:], len(b)]):
        member = int(b[start])
        scored = []
        for partner in a[start:end].tolist():
            if canonical[partner] == partner:
                c, j = compare(signed.sketches[member], signed.sketches[partner],
                               rules.sketch_size)
                if c >= rules.containment:
                    scored.append((c, j, partner))
        if scored:  # the best containment, then Jaccard, then the first article
            c, j, partner = max(scored, key=lambda s: (s[0], s[1], -s[2]))
            canonical[member] = partner
            scores[member] = (c, j)
    return _named(signed, rank, canonical, scores, rules)


def _named(signed: Signatures, rank: np.ndarray, canonical: np.ndarray, scores: dict,
           rules: Rules) -> list[SyndicationGroup]:
    members: dict[int, list[int]] = {}
    for i in np.argsort(rank).tolist():
        members.setdefault(int(canonical[i]), []).append(i)
    heads = sorted(members, key=signed.ids.__getitem__)
    width = len(str(len(heads)))
    groups = []
    for n, head in enumerate(heads, 1):
        group = []
        for i in members[head]:
            if i == head:
                group.append(Member(signed.ids[i], "canonical", 1.0, 1.0))
            else:
                c, j = scores[i]
                group.append(Member(signed.ids[i], _relation(signed, i, head, j, rules),
                                    round(c, 4), round(j, 4)))
        groups.append(SyndicationGroup(f"g{n:0{width}d}", signed.ids[head], tuple(group)))
    return groups


def _relation(signed: Signatures, member: int, head: int, jaccard: float, rules: Rules) -> str:
    if jaccard >= rules.exact_jaccard and signed.spelling[member] == signed.spelling[head]:
        return "exact"
    if signed.length[member] < rules.excerpt_coverage * signed.length[head]:
        return "excerpt"
    return "near"
