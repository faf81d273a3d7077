"""Boilerplate learned from the pile itself: short lines that many documents repeat.

A feed of ten thousand articles repeats its navigation, its "Share this" and its teaser titles
thousands of times; no single document shows that, the pile does. One pass over the raw text
counts, for every short line, how many documents hold it; lines that enough documents repeat
are boilerplate when the documents are cleaned. Only short lines that do not end a sentence
are judged this way: copies of one syndicated story repeat whole paragraphs, and those are the
article. Pages go to trafilatura, which finds their furniture from the markup; only text-like
documents are counted.

A learned line changes what `clean` gives for a document, so it depends on what else came in
the same run. That is why it only applies to large piles (where it matters and where smaller
runs over parts of them are rare); a run over fewer documents cleans each on its own.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Iterable

from ..model import RawDocument
from ..nlp.tokens import words
from .markup import is_page

MAX_WORDS = 12  # longer lines are prose, whoever repeats them
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def line_key(line: str) -> int | None:
    """What a line is known by across documents (numbers aside), or None for a line that is
    never judged by the pile."""
    tokens = [t for t in words(line) if not t[0].isdigit()]
    if not tokens or len(tokens) > MAX_WORDS or _SENTENCE_END.search(line.strip()):
        return None
    # A stable digest, not hash(): worker processes must agree with the one that counted.
    return int.from_bytes(hashlib.blake2b(" ".join(tokens).encode(), digest_size=8).digest(),
                          "little")


def repeated_lines(documents: Iterable[RawDocument], *, min_documents: int,
                   min_share: float) -> frozenset[int]:
    """Keys of the lines that at least `min_share` of the documents (and `min_documents` of
    them) repeat; nothing when the pile has fewer than `min_documents` documents."""
    counts: Counter[int] = Counter()
    total = 0
    for document in documents:
        if not isinstance(document, RawDocument) or \
                document.kind == "html" and is_page(document.content):
            continue
        total += 1
        counts.update({key for line in document.content.splitlines()
                       if (key := line_key(line)) is not None})
    if total < min_documents:
        return frozenset()
    least = max(min_share * total, 2)
    return frozenset(key for key, count in counts.items() if count >= least)
