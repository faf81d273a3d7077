"""Bytes to text: byte-order marks, UTF-8, an HTML page's declared charset, then windows-1252.
Binary content is refused rather than guessed at."""
from __future__ import annotations

import codecs
import re

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
         (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# Share of control characters (other than whitespace) above which a file is not text.
MAX_CONTROL_SHARE = 0.05
# A file that is valid UTF-8 but for at most this share of broken characters is UTF-8 (a byte
# damaged in transit); beyond it, it was written in another encoding.
MAX_BAD_UTF8_SHARE = 0.001


class NotText(ValueError):
    """The bytes are not a text document; the message says why."""


def decode(data: bytes, *, html: bool = False) -> str:
    """The text of a file's bytes. Raises NotText for empty or binary content."""
    if not data.strip():
        raise NotText("empty file")
    text = _decoded(data, html=html)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary content (control characters)")
    return text


def _decoded(data: bytes, *, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        return _utf16_or_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= MAX_BAD_UTF8_SHARE * len(text):
        return text  # UTF-8 with a few broken bytes: keep the rest as it is
    return data.decode(_declared_charset(data) if html else "cp1252", errors="replace")


def _utf16_or_binary(data: bytes) -> str:
    """UTF-16 without a byte-order mark has a zero in every other byte of ASCII text."""
    sample = data[:4096]
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) > 0.9 * len(zeros):
            return data.decode(encoding, errors="replace")
    raise NotText("binary content (NUL bytes)")


def _declared_charset(data: bytes) -> str:
    match = _CHARSET.search(data[:8192])
    if match:
        name = match.group(1).decode("ascii", "ignore")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return "cp1252"


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls / max(1, len(sample))
