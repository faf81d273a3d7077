"""Speed, memory and quality of events and storylines at 10k and 100k articles.

    .venv/bin/python bench/cluster_speed.py [--sizes 10000 100000] [--json OUT]

The articles come from `Generator.news` in bench/corpus_generator.py: stories over a year,
each in an event (a day and words of its own) of a storyline (weeks to months of events
sharing names and vocabulary), a third of them syndicated. Each size runs in a process of its
own, so its peak RSS is its peak. Times: dedup (syndication groups, which clustering needs)
and clustering (events and storylines), apart. Quality: BCubed F1 of events and storylines
against the generator's.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_generator import Generator  # noqa: E402


def bcubed_f1(gold: dict, predicted: dict) -> float:
    cells = Counter((gold[i], predicted[i]) for i in gold)
    rows, cols = Counter(gold.values()), Counter(predicted[i] for i in gold)
    precision = sum(c * c / cols[p] for (_, p), c in cells.items()) / len(gold)
    recall = sum(c * c / rows[g] for (g, _), c in cells.items()) / len(gold)
    return 2 * precision * recall / (precision + recall)


def one(size: int) -> dict:
    from storyline.dedup import Deduplicator
    from storyline.model import Article
    from storyline.stories import Clusterer

    records = list(Generator(seed=7).news(size))
    articles = [Article(id=r["id"], source=r["id"], title=r["title"], text=r["text"],
                        published=r["published"]) for r in records]
    start = time.perf_counter()
    groups = Deduplicator()(articles)
    dedup_seconds = time.perf_counter() - start
    start = time.perf_counter()
    events, storylines = Clusterer()(articles, groups)
    cluster_seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    event_of = {a: e.id for e in events for a in e.articles}
    storyline_of = {e: s.id for s in storylines for e in s.events}
    return {"size": size, "dedup_seconds": round(dedup_seconds, 1),
            "cluster_seconds": round(cluster_seconds, 1), "peak_rss_mb": round(peak),
            "events": len(events), "true_events": len({r["event"] for r in records}),
            "storylines": len(storylines),
            "true_storylines": len({r["storyline"] for r in records}),
            "event_b3f1": round(bcubed_f1({r["id"]: r["event"] for r in records},
                                          event_of), 3),
            "storyline_b3f1": round(bcubed_f1({r["id"]: r["storyline"] for r in records},
                                              {a: storyline_of[e] for a, e in
                                               event_of.items()}), 3)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    results = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                             capture_output=True, text=True).stdout
        results.append(json.loads(out.splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
