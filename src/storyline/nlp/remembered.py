"""A function's results remembered in a dict, for functions of words: a pile has far fewer
distinct words than words, and a dict lookup (`map(remembered.__getitem__, words)`) costs a
fraction of a call. Forgotten all at once when `limit` entries are reached, so a pile of
millions of documents cannot grow it without bound."""
from __future__ import annotations

from typing import Callable


class Remembered(dict):
    def __init__(self, function: Callable, limit: int):
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        self[key] = value = self.function(key)
        return value
