"""How close articles added day by day come to one run over the same articles.

    .venv/bin/python bench/cluster_incremental.py [--data ../shared/data/stories] [--batches 10]

The stories dev set (or any JSON Lines file of articles with `id` and `published`) is sorted by
publication date and cut into `--batches` parts; each part is added with `storyline build PART
--out DIR` into the same folder, as a daily crawl would be. One `storyline build ALL --out
OTHER --fresh` runs over everything. Printed: the BCubed F1 between the two results, for
storylines and for events (one run taken as the reference), and, where the data has gold
storylines, each run's BCubed F1 against them.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from cluster_speed import bcubed_f1  # noqa: E402


def labels(folder: Path) -> tuple[dict, dict]:
    """(article -> event, article -> storyline) of the build in `folder`."""
    from storyline.store import read_store
    build = read_store(folder / "storyline.sqlite")
    event_of = {a: e.id for e in build.events for a in e.articles}
    storyline_of = {e: s.id for s in build.storylines for e in s.events}
    return event_of, {a: storyline_of[e] for a, e in event_of.items()}


def build(command: Path, inputs: Path, out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(command), "build", str(inputs), "--out", str(out), "-q", *extra],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/stories")
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    command = Path(sys.executable).with_name("storyline")
    with gzip.open(args.data / "inputs.jsonl.gz", "rt", encoding="utf-8") as lines:
        records = sorted((json.loads(line) for line in lines),
                         key=lambda r: (r.get("published") or "", r["id"]))
    gold_path = args.data / "gold.jsonl"
    gold = {}
    if gold_path.exists():
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("storyline"):
                gold[row["id"]] = row["storyline"]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        size = -(-len(records) // args.batches)
        seconds = []
        for n in range(args.batches):
            part = folder / f"part{n:02d}.jsonl"
            part.write_text("".join(json.dumps(r) + "\n" for r in
                                    records[n * size:(n + 1) * size]), encoding="utf-8")
            seconds.append(build(command, part, folder / "added"))
        everything = folder / "all.jsonl"
        everything.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        once = build(command, everything, folder / "once", "--fresh")
        added_events, added_storylines = labels(folder / "added")
        once_events, once_storylines = labels(folder / "once")
    print(f"{len(records)} articles in {args.batches} date-ordered batches: "
          f"{sum(seconds):.1f} s in all (last batch {seconds[-1]:.1f} s); one run {once:.1f} s")
    print(f"added vs one run: storylines B3F1 "
          f"{bcubed_f1(once_storylines, added_storylines):.3f}, events B3F1 "
          f"{bcubed_f1(once_events, added_events):.3f}")
    print(f"events: added {len(set(added_events.values()))}, one run "
          f"{len(set(once_events.values()))}; storylines: added "
          f"{len(set(added_storylines.values()))}, one run {len(set(once_storylines.values()))}")
    if gold:
        for name, found in (("added", added_storylines), ("one run", once_storylines)):
            print(f"{name} vs gold storylines: B3F1 "
                  f"{bcubed_f1(gold, {a: found.get(a, a) for a in gold}):.3f}")


if __name__ == "__main__":
    main()
