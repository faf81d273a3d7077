"""Deciding which candidates are copies, and gathering copies into syndication groups.

Articles are visited most complete first (see Signatures.rank). Each joins the group of the
already-seen canonical copy that contains it best (among its candidates and the canonicals of
candidates that are copies), if that containment is high enough, else it starts a group of its
own as its canonical. Comparing with the canonical, not with any member,
keeps two stories from being chained together through a copy that shares a little with each.

Groups settled by an earlier run are kept as they are: their copies are not compared again and
new articles join them as above. Only when a new article links a settled canonical to a
canonical ranked before it (the new article itself, a more complete copy come later, or the
canonical of the group it joined) that contains it well enough does the settled group follow
that canonical, whole: what one run over all the articles would have done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

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


@dataclass
class Assignment:
    """Each article's canonical copy (a row index; its own for a canonical)."""
    canonical: np.ndarray
    scores: dict[int, tuple[float, float]] = field(default_factory=dict)  # copy: (c, j)
    settled: np.ndarray | None = None  # rows an earlier run grouped
    kept: dict[int, Member] = field(default_factory=dict)  # settled rows, as they were listed
    names: dict[int, str] = field(default_factory=dict)  # canonical: its group's id

    @classmethod
    def of(cls, signed: Signatures, groups: Sequence[SyndicationGroup]) -> Assignment:
        """The assignment `groups` made of the articles of `signed` (none for the others)."""
        done = cls(np.arange(len(signed)), settled=np.zeros(len(signed), dtype=bool))
        row_of = {identifier: row for row, identifier in enumerate(signed.ids)}
        for group in groups:
            head = _row(row_of, group.canonical, group)
            done.names[head] = group.id
            for member in group.members:
                row = _row(row_of, member.id, group)
                done.canonical[row], done.settled[row], done.kept[row] = head, True, member
        return done

    def fresh(self) -> np.ndarray | None:
        """The rows to place (None: all of them)."""
        return None if self.settled is None else ~self.settled


def _row(row_of: dict[str, int], identifier: str, group: SyndicationGroup) -> int:
    if identifier not in row_of:
        raise ValueError(f"syndication group {group.id} lists article {identifier!r}, "
                         f"which has no signature")
    return row_of[identifier]


def star_groups(signed: Signatures, rank: np.ndarray, a: np.ndarray, b: np.ndarray,
                rules: Rules, start: Assignment | None = None) -> list[SyndicationGroup]:
    """Syndication groups from candidate pairs (a[k], b[k]), `a` ranked before `b`, the pairs
    sorted by the rank of `b`, onto the `start` assignment (none: every article alone). Each
    group lists its canonical, then its copies by rank."""
    done = start or Assignment(np.arange(len(signed)))
    canonical, settled = done.canonical, done.settled
    starts = np.flatnonzero(np.concatenate(([True], b[1:] != b[:-1]))) if len(b) else []
    for begin, end in zip(starts, [*starts[1:], len(b)]):
        row = int(b[begin])
        partners = a[begin:end]
        if settled is not None and settled[row]:
            if canonical[row] != row:
                continue  # a settled copy stays in its group
            partners = partners[~settled[partners]]  # its settled partners were weighed
        heads = np.unique(canonical[partners])  # a partner that is a copy brings its canonical
        heads = heads[heads != row]
        best = _best_canonical(signed, row, heads, rules)
        if best is None:
            continue
        head, c, j = best
        if settled is not None and settled[row]:  # the group follows its canonical
            for copy in np.flatnonzero(canonical == row).tolist():
                canonical[copy] = head
                done.kept.pop(copy, None)
                done.scores[copy] = compare(signed.sketches[copy], signed.sketches[head],
                                            rules.sketch_size)
            done.names.setdefault(head, done.names.pop(row))
        else:
            canonical[row] = head
            done.scores[row] = (c, j)
    return _named(signed, rank, done, rules)


def _best_canonical(signed: Signatures, row: int, heads: np.ndarray, rules: Rules):
    """(head, containment, jaccard) of the canonical copy containing `row` best, if any
    contains it well enough: the best containment, then Jaccard, then the first article."""
    scored = []
    for head in heads.tolist():
        c, j = compare(signed.sketches[row], signed.sketches[head], rules.sketch_size)
        if c >= rules.containment:
            scored.append((c, j, -head))
    if not scored:
        return None
    c, j, head = max(scored)
    return -head, c, j


def _named(signed: Signatures, rank: np.ndarray, done: Assignment, rules: Rules
           ) -> list[SyndicationGroup]:
    members: dict[int, list[int]] = {}
    for i in np.flatnonzero(done.canonical == np.arange(len(signed))).tolist():
        members[i] = [i]  # the canonical first, whatever the settled groups' order
    for i in np.argsort(rank).tolist():
        if done.canonical[i] != i:
            members[int(done.canonical[i])].append(i)
    heads = sorted(members, key=signed.ids.__getitem__)
    names = _names(heads, done.names)
    groups = []
    for head in heads:
        group = []
        for i in members[head]:
            if i in done.kept:
                group.append(done.kept[i])
            elif i == head:
                group.append(Member(signed.ids[i], "canonical", 1.0, 1.0))
            else:
                c, j = done.scores[i]
                group.append(Member(signed.ids[i], _relation(signed, i, head, j, rules),
                                    round(c, 4), round(j, 4)))
        groups.append(SyndicationGroup(names[head], signed.ids[head], tuple(group)))
    return groups


def _names(heads: list[int], kept: dict[int, str]) -> dict[int, str]:
    """Group ids: settled groups keep theirs, new ones are numbered on from the highest, in
    the order of their canonical's id, all as wide as the first run made them."""
    numbers = [int(m.group(1)) for name in kept.values() if (m := re.fullmatch(r"g(\d+)", name))]
    new = [head for head in heads if head not in kept]
    width = len(str(max(numbers))) if numbers else len(str(len(new)))
    first = max(numbers, default=0) + 1
    return {**kept, **{head: f"g{n:0{width}d}" for n, head in enumerate(new, first)}}


def _relation(signed: Signatures, member: int, head: int, jaccard: float, rules: Rules) -> str:
    if jaccard >= rules.exact_jaccard and signed.spelling[member] == signed.spelling[head]:
        return "exact"
    if signed.length[member] < rules.excerpt_coverage * signed.length[head]:
        return "excerpt"
    return "near"
