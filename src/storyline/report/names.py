"""Safe names for ids: file names for article pages, HTML ids and URL fragments.

Ids can hold anything ("a/b.txt", "x:1", "..", "新华社/1", ""), so a page's name is a readable
ASCII slug of the id plus a digest of the whole id: deterministic, unique, portable (no path
separators, no characters Windows or URLs object to, never a dot file), and distinct even on
case-insensitive file systems because the lowercase hex digest differs.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

SLUG_CHARS = 40  # enough to recognise the id in a directory listing; keeps paths short
DIGEST_CHARS = 16  # 64 bits: a clash needs ~4 billion ids, and is resolved below anyway
PAGE_SUFFIX = ".html"
ARTICLES_FOLDER = "articles"

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def slug(identifier: str, *, digest_chars: int = DIGEST_CHARS) -> str:
    """A readable, safe and (for practical purposes) unique token for `identifier`."""
    readable = _UNSAFE.sub("_", identifier).strip("_")[:SLUG_CHARS].rstrip("_")
    digest = _digest(identifier)[:digest_chars]
    return f"{readable}-{digest}" if readable else digest


def page_names(article_ids: Iterable[str]) -> dict[str, str]:
    """Each article id's page file name, unique even if two short digests ever clash."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article_id in sorted(set(article_ids)):
        name = slug(article_id) + PAGE_SUFFIX
        if name.lower() in taken:  # 64-bit clash: the full digest settles it
            name = slug(article_id, digest_chars=64) + PAGE_SUFFIX
        taken.add(name.lower())
        names[article_id] = name
    return names


def anchor(kind: str, identifier: str) -> str:
    """An HTML id (and URL fragment) for a storyline, event or group: `ev-Paris_talks-1a2b...`."""
    return f"{kind}-{slug(identifier)}"


def span_anchor(start: int, end: int) -> str:
    """The id of a cited span in an article page."""
    return f"s{start}-{end}"
