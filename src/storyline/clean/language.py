"""The language of a text, offline: the script for non-Latin writing, else the language whose
commonest words are most frequent in it. Good enough to route articles and tell a reader; not
a replacement for a trained identifier."""
from __future__ import annotations

import re
from collections import Counter

PROFILES = {
    "en": "the of and to in is that for it on was with as he said by at from his be are have",
    "fr": "le la les de des et un une est dans pour que qui pas sur au aux du il elle ont par",
    "de": "der die das und ist nicht ein eine zu den mit sich des auf für im dem von auch es",
    "es": "el la los las de y en que un una es por con para del se al su como más pero sus",
    "it": "il la di che e un una per non sono del della con gli le nel si ha anche alla dei",
    "pt": "o a os as de que e um uma do da em para com não por se na no mais dos das foi",
    "nl": "de het een en van is dat op te in voor niet met zijn aan er ook als bij door",
    "sv": "och att det som en på är av för med till den har inte om ett var jag de",
    "da": "og i at det er en til på som de med han af for ikke der var den har",
    "pl": "i w nie na się z że do to jest o jak po co ale za od są tak",
    "tr": "ve bir bu da de için ile çok ne olarak daha gibi olan en kadar ama",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena",
}
PROFILES = {lang: frozenset(words.split()) for lang, words in PROFILES.items()}
SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
SAMPLE_CHARS = 2500  # enough words to tell the language of news prose
# A script decides when at least this share of the letters are written in it.
SCRIPT_SHARE = 0.3
# Fewer matched common words than this and the language is not told.
MIN_HITS = 3


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if not words:
        return None
    if not sample.isascii():
        letters = sum(map(len, words))
        for lang, pattern in SCRIPTS:
            if len(pattern.findall(sample)) >= SCRIPT_SHARE * letters:
                return lang
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in common) for lang, common in PROFILES.items()}
    best = max(sorted(scores), key=scores.get)
    return best if scores[best] >= MIN_HITS else None
