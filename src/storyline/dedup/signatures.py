"""What dedup keeps of every article, column by column: its LSH band keys, the sketch of its
shingles, and what ranks it as a canonical copy. Texts are read once, a chunk at a time, and
not kept: about 1.5 KB per article, whatever its length. The store keeps them too, so that a
later build compares new articles with the old without reading the old again."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Iterable

import numpy as np

from ..model import Article
from .candidates import band_keys
from .shingles import fingerprint, sketch

if TYPE_CHECKING:
    from . import Deduplicator

CHUNK = 2048  # articles signed together (rensa signs a chunk in one call)
# Raise when a change to normalisation, shingling or hashing makes old signatures incomparable
# with new ones: stores signed under another version are then signed again from their texts.
VERSION = 1
_METADATA = ("title", "published", "outlet", "author", "url")


@dataclass
class Signatures:
    recipe: str  # how they were made (see Deduplicator.recipe): only alike ones are compared
    ids: list[str]
    length: np.ndarray  # normalised words
    mojibake: np.ndarray  # marks of mojibake left in the text
    metadata: np.ndarray  # how many metadata fields are known
    spelling: np.ndarray  # hash of the written forms the normalisation changed
    keys: np.ndarray  # band keys: the whole text's, then the opening's
    sketches: list[np.ndarray]

    def __len__(self) -> int:
        return len(self.ids)

    def rank(self) -> np.ndarray:
        """Each article's place when the best canonical candidates come first: the longest
        text, then the fewest mojibake marks, then the most metadata, then the id."""
        by_id = np.empty(len(self), dtype=np.int64)
        by_id[sorted(range(len(self)), key=self.ids.__getitem__)] = np.arange(len(self))
        order = np.lexsort((by_id, -self.metadata, self.mojibake, -self.length))
        rank = np.empty(len(self), dtype=np.int64)
        rank[order] = np.arange(len(self))
        return rank


def sign(articles: Iterable[Article], settings: Deduplicator) -> Signatures:
    """The signatures of the articles, in their order."""
    parts = []
    articles = iter(articles)
    while chunk := list(islice(articles, CHUNK)):
        parts.append(_sign_chunk(chunk, settings))
    return concatenate(parts or [_sign_chunk([], settings)])


def _sign_chunk(articles: list[Article], settings: Deduplicator) -> Signatures:
    prints = [fingerprint(a.text, size=settings.shingle_size, lead_words=settings.lead_words)
              for a in articles]
    keys = [band_keys([getattr(p, part) for p in prints], num_perm=settings.num_perm,
                      bands=settings.bands, seed=settings.seed) for part in ("shingles", "lead")]
    return Signatures(
        recipe=settings.recipe,
        ids=[a.id for a in articles],
        length=np.array([p.length for p in prints], dtype=np.int64),
        mojibake=np.array([p.mojibake for p in prints], dtype=np.int32),
        metadata=np.array([sum(getattr(a, f) is not None for f in _METADATA)
                           for a in articles], dtype=np.int8),
        spelling=np.array([p.spelling for p in prints], dtype=np.uint64),
        keys=np.hstack(keys),
        sketches=[sketch(p.shingles, settings.sketch_size) for p in prints])


def concatenate(parts: list[Signatures]) -> Signatures:
    """The rows of all the parts, in order; they must have been made alike."""
    recipes = {p.recipe for p in parts}
    if len(recipes) > 1:
        raise ValueError(f"signatures made with different settings cannot be compared: "
                         f"{sorted(recipes)}")
    return Signatures(
        recipe=parts[0].recipe,
        ids=[i for part in parts for i in part.ids],
        length=np.concatenate([p.length for p in parts]),
        mojibake=np.concatenate([p.mojibake for p in parts]),
        metadata=np.concatenate([p.metadata for p in parts]),
        spelling=np.concatenate([p.spelling for p in parts]),
        keys=np.vstack([p.keys for p in parts]),
        sketches=[s for part in parts for s in part.sketches])
