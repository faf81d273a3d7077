"""Text as it was meant to be: mojibake repaired (ftfy), Unicode composed, invisible characters
that only get in the way (byte-order marks, zero-width spaces, stray controls) removed.

ftfy is thorough but slow on long texts, and almost all text needs none of it; it runs only when
the tell-tale pair of UTF-8 read as windows-1252 is present: a lead byte's character (Â-ô)
followed by a continuation byte's (the Latin-1 range 0x80-0xBF, or the punctuation windows-1252
puts at 0x80-0x9F), as in "Weâ€™ll" or "cafÃ©".
"""
from __future__ import annotations

import re
import unicodedata

import ftfy

_CONTINUATION = ("\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
                 "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122"
                 "\u0161\u203a\u0153\u017e\u0178")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")


def repair(text: str) -> str:
    """The text with mojibake repaired, in Unicode's composed form (NFC), without invisible
    characters."""
    if _has_mojibake(text):
        text = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False)  # composes too
    elif not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def fix_mojibake(text: str) -> str:
    """The text with only its mojibake repaired: enough for a whole page, whose text is
    repaired in full once it is out of the markup."""
    return ftfy.fix_encoding(text) if _has_mojibake(text) else text


def _has_mojibake(text: str) -> bool:
    return not text.isascii() and bool(_MOJIBAKE.search(text))
