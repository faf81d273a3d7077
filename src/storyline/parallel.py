"""Cleaning on several processes: every document is cleaned on its own, so batches of them go
to a pool and come back in input order. Only a few batches are in flight at a time, so memory
stays flat however large the input; an input of one batch never starts the pool."""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Callable, Iterable, Iterator

from .model import Article, RawDocument, Rejected

BATCH = 64  # documents sent to a worker at a time: enough to outweigh the cost of sending them
IN_FLIGHT = 3  # batches queued per worker


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def clean_all(items: Iterable[RawDocument | Rejected],
              clean: Callable[[RawDocument], Article | Rejected], *, workers: int
              ) -> Iterator[Article | Rejected]:
    """Each item cleaned (a Rejected passes through), in the order given."""
    batches = iter(lambda it=iter(items): list(islice(it, BATCH)), [])
    first = next(batches, None)
    if first is None:
        return
    yield from _clean_batch(clean, first)
    if workers <= 1:
        for batch in batches:
            yield from _clean_batch(clean, batch)
        return
    with ProcessPoolExecutor(workers) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.submit(_clean_batch, clean, batch))
            if len(pending) >= IN_FLIGHT * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _clean_batch(clean, batch: list[RawDocument | Rejected]) -> list[Article | Rejected]:
    return [item if isinstance(item, Rejected) else clean(item) for item in batch]
