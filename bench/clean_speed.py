"""Speed and memory of the clean stage at 10k documents, next to trafilatura in the same run.

    .venv/bin/python bench/clean_speed.py [--docs 10000] [--jobs N] [--json OUT]

Corpora (each cycled to --docs documents, held in memory so that disk reads do not count):
- news text: the Timeline17 articles of ../shared/data/stories (JSON records, ~3.5 KB each);
- flattened pages: ../shared/data/extraction-text (whole pages scraped to text, ~18 KB each);
- HTML pages: ../shared/data/extraction-html (real pages, ~170 KB each).
Without ../shared/data the project's demo corpus stands in for all three.

HTML is timed three ways on the same pages: storyline's clean (text and metadata), and
trafilatura alone producing the same (`bare_extraction` with metadata) and text only
(`extract`, as its benchmarks run it). Memory: peak RSS, and RSS sampled every 10% of the run
in the single-process runs (flat means no growth with the number of documents).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from storyline.clean import Cleaner  # noqa: E402
from storyline.ingest import read_inputs  # noqa: E402
from storyline.model import RawDocument  # noqa: E402
from storyline.parallel import clean_all, default_workers  # noqa: E402


def corpora() -> dict[str, list[RawDocument]]:
    sources = {"news text": DATA / "stories" / "inputs.jsonl.gz",
               "flattened pages": DATA / "extraction-text" / "docs",
               "HTML pages": DATA / "extraction-html"}
    found = {}
    for name, path in sources.items():
        if not path.exists():
            path = ROOT / "examples" / "demo"
        kind = "html" if name == "HTML pages" else None
        docs = [d for d in read_inputs([path]) if isinstance(d, RawDocument)
                and (kind is None and d.kind != "html" or d.kind == kind)]
        found[name] = docs
    return found


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def unseen_passes(docs: list, total: int):
    """`total` documents, passing over `docs` as often as needed; before each new pass the
    caches trafilatura and htmldate keep of what they saw are cleared, as the cycled pages
    stand for unseen ones (else trafilatura's metadata extraction runs ~20% faster from the
    second pass on). Only the calling process's caches: storyline's workers keep none of
    what they clean."""
    for start in range(0, total, len(docs)):
        if start and "trafilatura" in sys.modules:
            from trafilatura.meta import reset_caches
            reset_caches()
        yield from docs[:total - start]


def timed(label: str, work, docs: list, total: int) -> dict:
    """Run `work` over `total` documents cycled from `docs`; throughput and memory."""
    samples, step = [], max(1, total // 10)
    start = time.perf_counter()
    for n, _ in enumerate(work(unseen_passes(docs, total)), 1):
        if n % step == 0:
            samples.append(round(rss_mb()))
    seconds = time.perf_counter() - start
    result = {"run": label, "docs": total, "seconds": round(seconds, 2),
              "docs_per_s": round(total / seconds, 1), "rss_mb_every_10pct": samples}
    print(f"  {label:<44} {result['docs_per_s']:>8.1f} docs/s  {seconds:7.1f} s  "
          f"RSS {samples[0] if samples else '?'}..{samples[-1] if samples else '?'} MB", flush=True)
    return result


def storyline_clean(workers: int):
    cleaner = Cleaner()
    return lambda docs: clean_all(docs, cleaner, workers=workers)


def trafilatura_alone(with_metadata: bool):
    import trafilatura

    def run(docs):
        for doc in docs:
            if with_metadata:
                yield trafilatura.bare_extraction(doc.content, with_metadata=True,
                                                  include_comments=False)
            else:
                yield trafilatura.extract(doc.content, include_comments=False)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=default_workers())
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", help="run one corpus: news, flattened or html")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.docs} documents per run, --jobs {args.jobs}")
    results = []
    for name, docs in corpora().items():
        if args.only and not name.lower().startswith(args.only.lower()):
            continue
        size = sum(len(d.content) for d in docs) / len(docs) / 1024
        print(f"{name}: {len(docs)} distinct documents, {size:.1f} KB on average")
        results.append(timed(f"{name}: storyline clean, 1 process", storyline_clean(1), docs,
                             args.docs))
        if args.jobs > 1:
            results.append(timed(f"{name}: storyline clean, {args.jobs} processes",
                                 storyline_clean(args.jobs), docs, args.docs))
        if name == "HTML pages":
            results.append(timed(f"{name}: trafilatura with metadata", trafilatura_alone(True),
                                 docs, args.docs))
            results.append(timed(f"{name}: trafilatura text only", trafilatura_alone(False),
                                 docs, args.docs))
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(f"peak RSS of any one process: {peak:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"runs": results, "peak_rss_mb": round(peak)}, indent=1))


if __name__ == "__main__":
    main()
