"""extract: named entities and attributed quotes. (Interface; being implemented.)"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Extraction


@dataclass(frozen=True)
class Extractor:
    def __call__(self, article: Article) -> Extraction:
        raise NotImplementedError
