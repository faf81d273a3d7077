"""Words of a text, for similarity: lower-cased `\\w+` runs, each CJK character its own word
(CJK scripts write no spaces, so a run would be a whole sentence)."""
from __future__ import annotations

import re

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")

STOPWORDS = frozenset("""
a about above after again against all almost also although always am among an and another any
are around as at be became because been before being below between both but by can could did do
does doing done down during each either else even ever every few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just
last least less like made make many may me might more most much must my myself neither never
next no nor not now of off often on once one only or other others our ours ourselves out over own
per perhaps put rather re said same say says see seen several she should since so some such than
that the their theirs them themselves then there these they this those though through thus to
too toward towards under until up upon us very via was we well were what whatever when where
whether which while who whom whose why will with within without would yet you your yours
yourself yourselves mr mrs ms told also new
""".split())


_ASCII_WORD = re.compile(r"\w+")  # the same tokens as WORD on ASCII text, faster


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    lower = text.lower()
    return (_ASCII_WORD if lower.isascii() else WORD).findall(lower)


def content_words(text: str) -> list[str]:
    """Words that carry meaning: no stopwords, no bare numbers of one or two digits."""
    return [w for w in words(text) if w not in STOPWORDS and not (w.isdigit() and len(w) < 3)]
