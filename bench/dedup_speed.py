"""Speed, memory and quality of dedup at 10k, 100k and 1M articles, next to plain MinHashLSH
on the same articles in the same run.

    .venv/bin/python bench/dedup_speed.py [--sizes 10000 100000 1000000] [--json OUT]

The articles come from bench/corpus_generator.py (stories and their exact, edited and
truncated copies), streamed to each tool as they are generated, so that memory is the tool's
own. Each (size, tool) runs in a process of its own: its peak RSS is its peak. Time counts the
tool's work only: generation is timed apart and subtracted. Quality is pairwise precision and
recall against the generator's stories, and recall on pairs with a truncated copy.

The baselines are MinHash over the same word 5-shingles with an LSH index at the usual
threshold of 0.8 and at 0.5, each document queried then inserted, and the matches joined:
rensa (RMinHashLSH) at every size, datasketch (MinHashLSH) up to 100k, as it is pure Python.

`--add 0.01` measures an incremental build instead: the articles are grouped, then 1% more
are added to those groups (half the pile's next articles, half new copies of earlier stories),
timed apart; the groups are then compared with one run over all the articles, and the
signatures are written to a store and read back, timed too.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_generator import Generator  # noqa: E402


def articles(size: int, gold: list, timing: list):
    """The generated pile as Articles; each one's story and kind go to `gold`, and the time
    spent generating to `timing`."""
    from storyline.model import Article
    pile = Generator(seed=7).pile(size)
    while True:
        start = time.perf_counter()
        record = next(pile, None)
        timing[0] += time.perf_counter() - start
        if record is None:
            return
        gold.append((record["story"], record["kind"]))
        yield Article(id=record["id"], source=record["id"], title=record["title"],
                      text=record["text"])


def run_storyline(docs) -> list[int]:
    from storyline.dedup import Deduplicator
    index = {}
    for n, group in enumerate(Deduplicator()(docs)):
        for member in group.members:
            index[member.id] = n
    return index


def run_minhash_lsh(docs, library: str, threshold: float) -> dict:
    from storyline.nlp.tokens import words
    if library == "rensa":
        from rensa import RMinHash, RMinHashLSH
        lsh = RMinHashLSH(threshold=threshold, num_perm=128, num_bands=16 if threshold >= 0.8
                          else 32)
    else:
        from datasketch import MinHash, MinHashLSH
        lsh = MinHashLSH(threshold=threshold, num_perm=128)
    parent: list[int] = []  # union-find over document positions (rensa keys are integers)
    ids: list[str] = []

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc in docs:
        tokens = words(doc.text)
        shingles = {" ".join(tokens[i:i + 5]) for i in range(max(1, len(tokens) - 4))}
        if library == "rensa":
            signature = RMinHash(num_perm=128, seed=1)
            signature.update(list(shingles))
        else:
            signature = MinHash(num_perm=128, seed=1)
            signature.update_batch([s.encode() for s in shingles])
        key = len(ids)
        parent.append(key)
        ids.append(doc.id)
        for other in lsh.query(signature):
            parent[root(other)] = root(key)
        lsh.insert(key, signature)
    return {doc_id: root(n) for n, doc_id in enumerate(ids)}


def quality(ids: list[str], gold: list, predicted: dict) -> dict:
    """Pairwise precision and recall, and recall on pairs with a truncated copy."""
    def pairs(counts):
        return sum(c * (c - 1) // 2 for c in counts.values())
    stories = [story for story, _ in gold]
    found = [predicted[i] for i in ids]
    true_pairs = pairs(Counter(stories))
    predicted_pairs = pairs(Counter(found))
    both = pairs(Counter(zip(stories, found)))
    excerpt_total = excerpt_found = 0
    by_story: dict[int, list[int]] = {}
    for n, (story, _) in enumerate(gold):
        by_story.setdefault(story, []).append(n)
    for members in by_story.values():
        for x in members:
            if gold[x][1] != "excerpt":
                continue
            for y in members:
                if y != x:
                    excerpt_total += 1
                    excerpt_found += found[x] == found[y]
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return {"pair_precision": round(precision, 4), "pair_recall": round(recall, 4),
            "pair_f1": round(2 * precision * recall / (precision + recall or 1), 4),
            "excerpt_recall": round(excerpt_found / excerpt_total, 4) if excerpt_total else None}


def one(size: int, tool: str) -> dict:
    gold, timing = [], [0.0]
    docs = articles(size, gold, timing)
    start = time.perf_counter()
    if tool == "storyline":
        predicted = run_storyline(docs)
    else:
        library, threshold = tool.split("@")
        predicted = run_minhash_lsh(docs, library, float(threshold))
    seconds = time.perf_counter() - start - timing[0]
    ids = [f"s{story}-{n}" for story, n in _numbered(gold)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "tool": tool, "seconds": round(seconds, 1),
            "docs_per_s": round(size / seconds), "peak_rss_mb": round(peak),
            "generation_seconds": round(timing[0], 1), **quality(ids, gold, predicted)}


def incremental(size: int, fraction: float) -> dict:
    """Group `size` articles, then add `fraction` more to their groups."""
    import random
    from dataclasses import replace
    from itertools import islice

    from storyline.dedup import Deduplicator
    from storyline.model import Article
    from storyline.pipeline import EMPTY
    from storyline.store import read_store, write_store

    added = max(2, int(size * fraction))
    gold, timing = [], [0.0]
    stream = articles(size + added // 2, gold, timing)
    originals, rng = [], random.Random(11)  # a reservoir of earlier stories to copy
    seen = 0

    def first_part():
        nonlocal seen
        for doc in islice(stream, size):
            if gold[-1][1] == "original":
                seen += 1
                if len(originals) < added - added // 2:
                    originals.append((gold[-1][0], doc.text))
                elif (slot := rng.randrange(seen)) < len(originals):
                    originals[slot] = (gold[-1][0], doc.text)
            yield doc

    dedup = Deduplicator()
    start = time.perf_counter()
    groups, signatures = dedup.extend(first_part())
    first_seconds = time.perf_counter() - start - timing[0]
    new = list(stream)
    copier = Generator(seed=13)
    for n, (story, text) in enumerate(originals):
        kind, paragraphs = copier.copy(text.split("\n\n"))
        gold.append((story, kind))
        new.append(Article(id=f"r{story}-{n}", source="", title=None,
                           text="\n\n".join(paragraphs)))
    start = time.perf_counter()
    groups, signatures = dedup.extend(new, groups=groups, signatures=signatures)
    add_seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ids = signatures.ids
    predicted = {m.id: n for n, g in enumerate(groups) for m in g.members}
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        path = write_store(replace(EMPTY, signatures=signatures), Path(folder) / "s.sqlite")
        read_store(path)
        store_seconds = time.perf_counter() - start
    regenerated = articles(size + added // 2, [], [0.0])
    at_once = {m.id: n for n, g in enumerate(dedup([*regenerated, *new[added // 2:]]))
               for m in g.members}
    return {"size": size, "tool": f"storyline +{added:,}", "seconds": round(first_seconds, 1),
            "add_seconds": round(add_seconds, 2), "store_round_trip_seconds":
            round(store_seconds, 1), "peak_rss_mb": round(peak),
            "same_as_one_run": quality(ids, [(at_once[i], "") for i in ids], predicted)
            ["pair_f1"], **quality(ids, gold, predicted)}


def _numbered(gold):
    """(story, copy number) of each generated article, as the generator numbered them."""
    seen = Counter()
    for story, _ in gold:
        yield story, seen[story]
        seen[story] += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--add", type=float, metavar="FRACTION",
                        help="Measure adding this fraction more articles to stored groups.")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "TOOL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        size, tool = int(args.one[0]), args.one[1]
        print(json.dumps(incremental(size, float(tool[4:])) if tool.startswith("add@")
                         else one(size, tool)))
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    results = []
    for size in args.sizes:
        tools = ["storyline", "rensa@0.8", "rensa@0.5"]
        if size <= 100_000:
            tools += ["datasketch@0.8", "datasketch@0.5"]
        if args.add:
            tools = [f"add@{args.add}"]
        for tool in tools:
            out = subprocess.run([sys.executable, __file__, "--one", str(size), tool],
                                 capture_output=True, text=True)
            if out.returncode:
                print(f"  {size:>9,} {tool:<16} failed: {out.stderr.strip()[-300:]}")
                continue
            result = json.loads(out.stdout)
            results.append(result)
            if "add_seconds" in result:
                print(f"  {size:>9,} {result['tool']:<16} first {result['seconds']:>7.1f} s, "
                      f"added in {result['add_seconds']:.2f} s  peak "
                      f"{result['peak_rss_mb']:>6,} MB  store write+read "
                      f"{result['store_round_trip_seconds']} s  pair P "
                      f"{result['pair_precision']:.3f} R {result['pair_recall']:.3f}  same as "
                      f"one run (pair F1) {result['same_as_one_run']}", flush=True)
                continue
            print(f"  {size:>9,} {tool:<16} {result['seconds']:>8.1f} s "
                  f"{result['docs_per_s']:>8,} docs/s  peak {result['peak_rss_mb']:>6,} MB  "
                  f"pair P {result['pair_precision']:.3f} R {result['pair_recall']:.3f} "
                  f"excerpt R {result['excerpt_recall']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"runs": results}, indent=1))


if __name__ == "__main__":
    main()
