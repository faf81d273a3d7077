"""A storyline's timeline: the days that matter, each told by its most central sentences.

Days are chosen by how many independent reports name them: each syndication group votes once
for every day its text names (read against its publication date) and, less, for the day it
was published, the vote weighted by the group's relevance to the query. This is the
"mention count" and "publication count" of date selection in timeline summarization (Tran et
al. 2015; Ghalandari and Ifrim 2020), counted per group so that copies do not inflate a day.

A day's candidate sentences are those that name it, and the leading sentences of articles
published that day that name no day; the sentences closest to the day's centroid (TF-IDF over
stemmed content words), weighted by query relevance, are taken, none restating another.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from ..model import Article, Citation, SyndicationGroup, Timeline, TimelineEntry
from ..nlp.dates import DateMention
from .candidates import Candidate, distinct_candidates
from .dating import (Dated, article_mentions, mentions_by_span, publication_day,
                     reference_days)
from .groups import canonical_first, canonical_ids, group_index, resolve_groups
from .relevance import article_relevance, query_terms, sentence_relevance
from .vectors import centrality, fit_vectorizer, similar

# A group's vote for the day it was published, against 1 for a day its text names: a day that
# is written about is a day something happened; the publication day is only near one.
# Calibrated on the timelines dev set (AR1/AR2 flat between 0.3 and 1; date F1 not used).
PUBLICATION_VOTE = 0.5
# Sentences of an article published on a day that name no day are that day's news only near
# the top: further down they are background. Calibrated on the timelines dev set (AR1/AR2
# best from 3 to 6, lower at 10 and without such sentences).
UNDATED_LEAD = 6
# A sentence naming the day outright is worth this much more than one dated by publication.
# Calibrated on the timelines dev set (AR1 flat from 1.5 to 2.5, lower at 1).
NAMED_DAY_BONUS = 1.5
# A sentence's weight falls with its place in the article, 1 / (1 + position / POSITION_DECAY):
# news tells what happened first and background later. Calibrated on the timelines dev set
# (AR1/AR2 best near 20, worse at 5 and without).
POSITION_DECAY = 20.0
# A report made long after the day it dates is a look back, not the news of that day: its
# weight is 1 / (1 + late / RECENCY), `late` the days between the day after and publication.
# Calibrated on the timelines dev set (AR1/AR2 flat from 1 to 10, lower without).
RECENCY = 3.0
# Days more than this many days before the first publication are history, not the storyline;
# days after the last publication are plans, not events. A guard for wide piles: the dev set's
# articles span their timelines, and nothing changes there from 0 to 30.
DAYS_BEFORE_FIRST = 7


@dataclass(frozen=True)
class DatedSentence:
    """A candidate sentence for one day, and how much it counts for that day."""
    candidate: Candidate
    day: date
    evidence: str | None
    weight: float


def build_timeline(articles: Sequence[Article], *, groups: Sequence[SyndicationGroup] | None,
                   max_dates: int, sentences_per_date: int, query: str | None) -> Timeline:
    """The timeline of `articles`: at most `max_dates` entries, sorted by date."""
    groups = resolve_groups(articles, groups)
    ordered = canonical_first(articles, groups)
    group_of = group_index(ordered, groups)
    terms = query_terms(query)
    relevance = article_relevance(ordered, terms)
    published = reference_days(ordered, group_of)  # lists by position: ids may repeat
    mentions = [article_mentions(a, reference=d) for a, d in zip(ordered, published)]
    pools = distinct_candidates(ordered, group_of=group_of,
                                canonical=canonical_ids(ordered, groups))
    by_day = dated_sentences(ordered, pools, published=published, relevance=relevance,
                             terms=terms, mentions=mentions)
    votes = day_votes(ordered, group_of=group_of, relevance=relevance, mentions=mentions)
    days = rank_days(votes, window=window(published), available=by_day)
    vectorizer = fit_vectorizer(sorted({s.candidate.text for day in days for s in by_day[day]}))
    chosen = pick_sentences(days, by_day, max_dates=max_dates, per_day=sentences_per_date,
                            vectorizer=vectorizer)
    return Timeline(tuple(entry(day, chosen[day]) for day in sorted(chosen)))


def window(published: Sequence[date | None]) -> tuple[date, date] | None:
    """The days a timeline may hold: from shortly before the first publication to the last."""
    known = [d for d in published if d is not None]
    if not known:
        return None
    return min(known) - timedelta(days=DAYS_BEFORE_FIRST), max(known)


def dated_sentences(articles: Sequence[Article], pools: Sequence[list[Candidate]], *,
                    published: Sequence[date | None], relevance: dict[str, float],
                    terms: frozenset[str], mentions: Sequence[list[DateMention]]
                    ) -> dict[date, list[DatedSentence]]:
    """Day -> the candidate sentences for it. `pools`, `published` and `mentions` hold each
    article's candidates, publication day and dates, in the order of `articles`."""
    by_day: dict[date, list[DatedSentence]] = defaultdict(list)
    for article, pool, day_out, named_days in zip(articles, pools, published, mentions):
        named = mentions_by_span(named_days, [(c.start, c.end) for c in pool],
                                 text=article.text)
        for candidate, days in zip(pool, named):
            weight = relevance[article.id] * sentence_relevance(candidate.text, terms)
            weight /= 1.0 + candidate.position / POSITION_DECAY
            for dated in days or _undated(candidate, day_out):
                by_day[dated.day].append(DatedSentence(
                    candidate, dated.day, dated.evidence,
                    weight * (NAMED_DAY_BONUS if dated.evidence else 1.0)
                    / (1.0 + _days_late(dated.day, day_out) / RECENCY)))
    return by_day


def _days_late(day: date, published: date | None) -> int:
    """Days between the day after `day` and the publication: 0 for the news of the day."""
    return max(0, (published - day).days - 1) if published else 0


def _undated(candidate: Candidate, published: date | None) -> list[Dated]:
    if published is None or candidate.position >= UNDATED_LEAD:
        return []
    return [Dated(published, None)]


def day_votes(articles: Sequence[Article], *, group_of: dict[str, str],
              relevance: dict[str, float], mentions: Sequence[list[DateMention]]
              ) -> dict[date, float]:
    """Day -> the groups' votes for it: 1 for naming it, `PUBLICATION_VOTE` for being
    published on it, each group once, times the group's relevance."""
    named: dict[str, set[date]] = defaultdict(set)
    published: dict[str, set[date]] = defaultdict(set)
    weight: dict[str, float] = defaultdict(float)
    for article, named_days in zip(articles, mentions):
        group = group_of[article.id]
        named[group].update(m.date for m in named_days)
        if publication_day(article) is not None:  # a borrowed day is no report of its own
            published[group].add(publication_day(article))
        weight[group] = max(weight[group], relevance[article.id])
    votes: dict[date, float] = defaultdict(float)
    for group, w in weight.items():
        for day in named[group]:
            votes[day] += w
        for day in published[group]:
            votes[day] += w * PUBLICATION_VOTE
    return dict(votes)


def rank_days(votes: dict[date, float], *, window: tuple[date, date] | None,
              available: dict[date, list]) -> list[date]:
    """The days that have sentences and lie in the window, most votes first; ties go to the
    earlier day."""
    days = [d for d in votes if available.get(d)
            and (window is None or window[0] <= d <= window[1])]
    return sorted(days, key=lambda d: (-votes[d], d))


def pick_sentences(days: Sequence[date], by_day: dict[date, list[DatedSentence]], *,
                   max_dates: int, per_day: int, vectorizer
                   ) -> dict[date, list[DatedSentence]]:
    """Day -> its sentences, best first, for the first `max_dates` days of `days` that have a
    sentence left: a sentence restating one a more voted day took is skipped, and a day left
    with none gives its place to the next."""
    taken: list[str] = []
    chosen = {}
    for day in days:
        if len(chosen) == max_dates:
            break
        picked = best_sentences(by_day[day], per_day=per_day, taken=taken,
                                vectorizer=vectorizer)
        if picked:
            chosen[day] = picked
            taken.extend(s.candidate.text for s in picked)
    return chosen


def best_sentences(options: Sequence[DatedSentence], *, per_day: int, taken: list[str],
                   vectorizer) -> list[DatedSentence]:
    """The `per_day` sentences of one day of greatest weight times closeness to the day's
    centroid, none restating another or one in `taken`."""
    texts = [o.candidate.text for o in options]
    weights = [o.weight for o in options]
    closeness = centrality(texts, weights=weights, vectorizer=vectorizer)
    order = sorted(range(len(options)), key=lambda i: (-closeness[i] * weights[i],
                                                       options[i].candidate.article,
                                                       options[i].candidate.start))
    picked: list[DatedSentence] = []
    for i in order:
        if len(picked) == per_day:
            break
        if not similar(texts[i], taken + [p.candidate.text for p in picked]):
            picked.append(options[i])
    return picked


def entry(day: date, sentences: Sequence[DatedSentence]) -> TimelineEntry:
    return TimelineEntry(day.isoformat(),
                         tuple(Citation(s.candidate.article, s.candidate.start, s.candidate.end,
                                        s.candidate.text) for s in sentences),
                         tuple(s.evidence for s in sentences))
