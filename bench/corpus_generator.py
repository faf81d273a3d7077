"""A word-level generator of news piles for benchmarks: stories, and the copies syndication
makes of them, at any size, the same for the same seed.

Words are drawn with the frequencies they have in the project's demo corpus, so texts have the
vocabulary and word lengths of news while every story is new. A story is 80 to 2,000 words
(log-normal, median 450) in paragraphs of two to four sentences. About a third of the stories
run more than once; each copy is exact (another outlet's boilerplate line added), edited
(re-headlined, a few words changed, British spellings) or cut short (its first 40-75% of
paragraphs).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterator

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
BRITISH = {"organization": "organisation", "defense": "defence", "center": "centre",
           "program": "programme", "recognized": "recognised", "labor": "labour",
           "percent": "per cent", "toward": "towards"}


class Generator:
    def __init__(self, seed: int = 1):
        counts = Counter()
        for path in sorted(DEMO.rglob("*")):
            if path.is_file() and path.suffix in {".txt", ".md", ".html", ".jsonl"}:
                counts.update(re.findall(r"[a-z]{2,}", path.read_text("utf-8", "replace")
                                         .lower()))
        counts.update({word: 40 for word in BRITISH})  # so that respelling has words to change
        self.words = np.array(sorted(counts))
        frequency = np.array([counts[w] for w in self.words], dtype=float)
        self.cumulative = np.cumsum(frequency / frequency.sum())
        self.rng = np.random.default_rng(seed)

    def _draw(self, n: int) -> list[str]:
        picks = np.searchsorted(self.cumulative, self.rng.random(n))
        return self.words[np.minimum(picks, len(self.words) - 1)].tolist()

    def story(self) -> list[str]:
        """A story as its paragraphs."""
        length = int(np.clip(self.rng.lognormal(np.log(450), 0.5), 80, 2000))
        words, paragraphs = self._draw(length), []
        position = 0
        while position < length:
            sentences = []
            for _ in range(int(self.rng.integers(2, 5))):
                size = int(self.rng.integers(8, 31))
                sentence = words[position:position + size]
                position += size
                if sentence:
                    sentences.append(" ".join(sentence).capitalize() + ".")
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def copy(self, paragraphs: list[str]) -> tuple[str, list[str]]:
        """(kind, paragraphs) of one syndicated copy."""
        kind = self.rng.choice(["exact", "near", "excerpt"], p=[0.3, 0.4, 0.3])
        if kind == "exact":
            return kind, paragraphs + [f"Copyright {self.rng.integers(1000)} Syndicate News"]
        if kind == "excerpt":
            keep = max(1, int(len(paragraphs) * self.rng.uniform(0.4, 0.75)))
            return kind, paragraphs[:keep]
        edited = []
        for paragraph in paragraphs:
            words = paragraph.split(" ")
            for i in self.rng.integers(0, len(words), size=max(1, len(words) // 60)):
                words[i] = self._draw(1)[0]
            text = " ".join(words)
            for american, british in BRITISH.items():
                text = text.replace(american, british)
            edited.append(text)
        return kind, edited

    def pile(self, size: int) -> Iterator[dict]:
        """`size` articles as records (id, title, text, story, kind), copies next to their story
        as a feed would deliver them a few at a time."""
        made, story = 0, 0
        while made < size:
            paragraphs = self.story()
            title = " ".join(self._draw(int(self.rng.integers(6, 13)))).capitalize()
            versions = [("original", paragraphs)]
            if self.rng.random() < 0.33:
                versions += [self.copy(paragraphs) for _ in range(int(self.rng.integers(1, 6)))]
            for n, (kind, text) in enumerate(versions):
                if made == size:
                    break
                headline = title if kind != "near" else title + " " + self._draw(1)[0]
                yield {"id": f"s{story}-{n}", "title": headline, "text": "\n\n".join(text),
                       "story": story, "kind": kind}
                made += 1
            story += 1
