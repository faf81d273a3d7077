"""A word-level generator of news piles for benchmarks: stories, and the copies syndication
makes of them, at any size, the same for the same seed.

Words are drawn with the frequencies they have in the project's demo corpus, so texts have the
vocabulary and word lengths of news while every story is new. A story is 80 to 2,000 words
(log-normal, median 450) in paragraphs of two to four sentences. About a third of the stories
run more than once; each copy is exact (another outlet's boilerplate line added), edited
(re-headlined, a few words changed, British spellings) or cut short (its first 40-75% of
paragraphs).

`news(size)` adds what clustering needs: each story belongs to an event (a day, and words of its
own: what happened, where, who), each event to a storyline (a few weeks to months of events that
share names and vocabulary), and carries a publication date; the copies follow their story.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
BRITISH = {"organization": "organisation", "defense": "defence", "center": "centre",
           "program": "programme", "recognized": "recognised", "labor": "labour",
           "percent": "per cent", "toward": "towards"}


SYLLABLES = ["ka", "lo", "mer", "vin", "do", "sa", "tor", "ul", "bre", "en", "ga", "ris", "om",
             "pa", "zel", "an", "qu", "ith", "ver", "mo", "ta", "nel", "bor", "si", "fa", "rum",
             "del", "ko", "pri", "ast", "gun", "lei", "ov", "ster", "wy", "hal", "cor", "dun",
             "ep", "ix"]


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

    def story(self, topic: list[str] | None = None, share: float = 0.0) -> list[str]:
        """A story as its paragraphs; `share` of its words drawn from `topic` instead."""
        length = int(np.clip(self.rng.lognormal(np.log(450), 0.5), 80, 2000))
        words, paragraphs = self._draw(length), []
        if topic:
            chosen = self.rng.random(length) < share
            picks = self.rng.integers(0, len(topic), size=int(chosen.sum()))
            for i, p in zip(np.flatnonzero(chosen).tolist(), picks.tolist()):
                words[i] = topic[p]
        position = 0
        while position < length:
            sentences = []
            for _ in range(int(self.rng.integers(2, 5))):
                size = int(self.rng.integers(8, 31))
                sentence = words[position:position + size]
                position += size
                if sentence:
                    sentences.append(_capitalized(" ".join(sentence)) + ".")
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

    def versions(self, paragraphs: list[str], *, copies: int) -> list[tuple[str, list[str]]]:
        """The story, and for a third of stories 1 to `copies` syndicated copies of it."""
        found = [("original", paragraphs)]
        if self.rng.random() < 0.33:
            found += [self.copy(paragraphs) for _ in range(int(self.rng.integers(1, copies + 1)))]
        return found

    def name(self) -> str:
        """An invented proper name: a person, a place, an organisation."""
        return self.term().capitalize()

    def term(self) -> str:
        """An invented word, one of millions: what a storyline is about, in its own words."""
        n = int(self.rng.integers(2, 5))
        return "".join(self.rng.choice(SYLLABLES, size=n))

    def news(self, size: int, *, days: int = 365, start: date = date(2025, 1, 1)
             ) -> Iterator[dict]:
        """`size` articles as records (id, title, text, published, story, kind, event,
        storyline) over `days` days: storylines of 1-30 events, each event of 1-20 stories,
        told with a fifth of their words from the event's and the storyline's own."""
        made, story, event = 0, 0, 0
        storylines: list[dict] = []
        while made < size:
            if not storylines or self.rng.random() < 0.15:
                storylines.append({"id": len(storylines), "left": int(self.rng.integers(1, 31)),
                                   "day": int(self.rng.integers(0, days)),
                                   "words": [self.name() for _ in range(12)]
                                   + [self.term() for _ in range(12)] + self._draw(4)})
            line = storylines[int(self.rng.integers(0, len(storylines)))]
            line["left"] -= 1
            line["day"] = min(days - 1, line["day"] + int(self.rng.integers(1, 15)))
            if line["left"] <= 0:
                storylines.remove(line)
            words = line["words"] + [self.name() for _ in range(4)] + \
                self.words[self.rng.integers(0, len(self.words), 8)].tolist()
            for _ in range(int(np.clip(self.rng.lognormal(1.2, 0.9), 1, 20))):
                paragraphs = self.story(words, share=0.2)
                title = _capitalized(" ".join(self.rng.choice(words, size=4).tolist()
                                              + self._draw(int(self.rng.integers(3, 8)))))
                for n, (kind, text) in enumerate(self.versions(paragraphs, copies=3)):
                    if made == size:
                        return
                    day = start + timedelta(days=line["day"] + int(self.rng.integers(0, 3)))
                    yield {"id": f"s{story}-{n}", "title": title, "text": "\n\n".join(text),
                           "published": day.isoformat(), "story": story, "kind": kind,
                           "event": event, "storyline": line["id"]}
                    made += 1
                story += 1
            event += 1

    def pile(self, size: int) -> Iterator[dict]:
        """`size` articles as records (id, title, text, story, kind), copies next to their story
        as a feed would deliver them a few at a time."""
        made, story = 0, 0
        while made < size:
            paragraphs = self.story()
            title = " ".join(self._draw(int(self.rng.integers(6, 13)))).capitalize()
            for n, (kind, text) in enumerate(self.versions(paragraphs, copies=5)):
                if made == size:
                    break
                headline = title if kind != "near" else title + " " + self._draw(1)[0]
                yield {"id": f"s{story}-{n}", "title": headline, "text": "\n\n".join(text),
                       "story": story, "kind": kind}
                made += 1
            story += 1


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
