"""Concepts: the units of content a summary covers, and how much each is worth.

A concept is a word bigram (stemmed, not two stopwords) or a content word. Its worth is its
support: how many syndication groups report it, each group counted once however many copies
and sentences repeat it, so that twenty copies of one wire story weigh as one report. A group's
vote is larger where the concept sits near the top of its article, since news puts what
happened first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from ..nlp.tokens import STOPWORDS, words

if TYPE_CHECKING:  # candidates uses the tokens defined here
    from .candidates import Candidate

# A group's vote for a concept first met at sentence i is 1 / (1 + i / LEAD_DECAY): the lead's
# vote is 1, the fourth sentence's 0.4, the tenth's 1/6. Calibrated on the daily-summaries dev
# set (ROUGE-1/2 best from 1 to 3; 5 and more, and no decay at all, lower).
LEAD_DECAY = 2.0
# A bigram (who did what) weighs twice a single word. Calibrated on the daily-summaries dev set
# (ROUGE-2 best with words at 0.25 to 0.5 of a bigram; bigrams alone or words at par lower).
BIGRAM_WEIGHT = 1.0
UNIGRAM_WEIGHT = 0.5

_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("es", ""), ("s", ""), ("ing", ""), ("ed", ""))


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A crude English stem, enough to match "protests" with "protest" and "killed" with
    "kill"; long words only, so "bus" and "gas" stay whole."""
    if len(word) <= 4 or not word.isascii():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: len(word) - len(suffix)] + replacement
    return word


def tokens(text: str) -> list[str]:
    """Stemmed word tokens of a sentence, possessive 's dropped."""
    return [stem(w) for w in words(re.sub(r"['’]s\b", "", text))]


def concepts(text: str) -> set[str]:
    """The concepts of a sentence: content words and bigrams that are not two stopwords."""
    toks = tokens(text)
    found = {t for t in toks if is_content(t)}
    found.update(f"{a} {b}" for a, b in zip(toks, toks[1:])
                 if is_content(a) or is_content(b))
    return found


def is_content(token: str) -> bool:
    return token not in STOPWORDS and not (token.isdigit() and len(token) < 3) and len(token) > 1


def concept_weight(concept: str) -> float:
    return BIGRAM_WEIGHT if " " in concept else UNIGRAM_WEIGHT


def support(pool: Sequence[Candidate], sentence_concepts: Sequence[set[str]]
            ) -> dict[str, float]:
    """Each concept's support: the sum over groups of the group's vote, its earliest use of the
    concept discounted by position."""
    best: dict[tuple[str, str], float] = {}
    for candidate, found in zip(pool, sentence_concepts):
        vote = 1.0 / (1.0 + candidate.position / LEAD_DECAY)
        for concept in found:
            key = (concept, candidate.group)
            if vote > best.get(key, 0.0):
                best[key] = vote
    total: dict[str, float] = defaultdict(float)
    for (concept, _), vote in best.items():
        total[concept] += vote
    return dict(total)


def groups_reporting(pool: Iterable[Candidate], sentence_concepts: Sequence[set[str]]
                     ) -> dict[str, int]:
    """How many groups use each concept at all."""
    seen: dict[str, set[str]] = defaultdict(set)
    for candidate, found in zip(pool, sentence_concepts):
        for concept in found:
            seen[concept].add(candidate.group)
    return {concept: len(groups) for concept, groups in seen.items()}
