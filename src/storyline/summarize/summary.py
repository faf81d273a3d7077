"""An event's summary: the sentences that cover its most reported facts, within a word budget,
each one cited."""
from __future__ import annotations

from typing import Sequence

from ..model import Article, Citation, Summary, SyndicationGroup
from .candidates import Candidate, distinct_candidates, relaxed_candidates
from .concepts import concept_weight, concepts, groups_reporting, support
from .groups import canonical_first, canonical_ids, group_index, resolve_groups
from .selection import greedy_cover

# With this many groups or more, a concept only one group reports is that report's detail, not
# the event's: it is worth nothing. Fewer groups leave too little to corroborate with.
# Calibrated on the daily-summaries dev set (ROUGE-2 best from 5 to 12; 2 to 4 lower, and
# never requiring corroboration lower still).
CORROBORATION_GROUPS = 5


def summarize(articles: Sequence[Article], *, groups: Sequence[SyndicationGroup] | None,
              max_words: int) -> Summary:
    """The summary of `articles` taken as one event."""
    groups = resolve_groups(articles, groups)
    ordered = canonical_first(articles, groups)
    group_of = group_index(ordered, groups)
    pool = candidate_pool(ordered, groups=groups, group_of=group_of)
    found = [concepts(c.text) for c in pool]
    worth = concept_worth(pool, found, n_groups=len(set(group_of.values())))
    chosen = greedy_cover(found, [c.n_words for c in pool], worth, budget=max_words)
    return Summary(tuple(cite(pool[i]) for i in lead_order(pool, chosen, found, worth)))


def candidate_pool(articles: Sequence[Article], *, groups: Sequence[SyndicationGroup],
                   group_of: dict[str, str]) -> list[Candidate]:
    """Every quotable sentence, copies once; when none can stand alone, any that is not
    furniture (text without spaces between words, pages of short lines)."""
    found = distinct_candidates(articles, group_of=group_of,
                                canonical=canonical_ids(articles, groups))
    return [c for pool in found for c in pool] or relaxed_candidates(articles,
                                                                     group_of=group_of)


def concept_worth(pool: Sequence[Candidate], found: Sequence[set[str]], *, n_groups: int
                  ) -> dict[str, float]:
    """Each concept's worth: its groups' votes, nothing when only one group of many says it."""
    votes = support(pool, found)
    reporting = groups_reporting(pool, found)
    least = 2 if n_groups >= CORROBORATION_GROUPS else 1
    return {c: v * concept_weight(c) for c, v in votes.items() if reporting[c] >= least}


def lead_order(pool: Sequence[Candidate], chosen: Sequence[int], found: Sequence[set[str]],
               worth: dict[str, float]) -> list[int]:
    """The chosen sentences as a reader takes them: the one that carries the most reported
    facts leads (what happened), the rest follow in the order their articles tell them."""
    if not chosen:
        return []
    lead = max(chosen, key=lambda i: (sum(worth.get(c, 0.0) for c in found[i]), -i))
    rest = sorted((i for i in chosen if i != lead), key=lambda i: (
        pool[i].position, pool[i].published or "", pool[i].article, pool[i].start))
    return [lead, *rest]


def cite(candidate: Candidate) -> Citation:
    return Citation(candidate.article, candidate.start, candidate.end, candidate.text)
