"""Where a quotation's speaker is named: the phrase of its attribution.

After the closing mark: '"...," Kerry told reporters', '"...," said State Department
spokesman John Kirby', '"...," according to the ministry'. Before the opening mark: 'Webb
said in a statement: "..."', 'He added, "..."', 'he declined to elaborate, saying: "..."'.
The phrase found is handed to speakers.Resolver; the caller falls back on the previous speaker
for a paragraph that only continues a quotation.
"""
from __future__ import annotations

import re

from .lexicon import QUOTE_VERBS

_VERB = "|".join(sorted(QUOTE_VERBS, key=len, reverse=True))
_PARTICIPLE = "saying|adding|telling|asking|noting|explaining|writing|insisting|warning"
# A character of a name phrase: anything but clause punctuation (full stops are allowed, for
# "U.S. Attorney Nealy Cox" and "Rep. Henry A. Waxman"; the window ends at the sentence's end).
_NP = r"[^,;:!?\"\u201c\u201d()\n]"
_END = r"(?=[ \t]*[,;:!?\"\u201c\u201d(\n]|\.?[ \t]*$)"
# Words that end the name after "said" ('said a WeWork spokesperson when contacted').
_NP_STOP = (r"after|in|on|at|during|when|while|who|as|before|to|of|about|from|last|this|"
            r"yesterday|today|tonight|earlier|later|recently|once|because")
# '"...," said X' (the speaker after the verb).
AFTER_VERB_FIRST = re.compile(
    rf"[ \t]*,?[ \t]*(?:{_VERB})[ \t]+(?!that\b)(?P<np>{_NP}{{1,80}}?)"
    rf"(?:{_END}|(?=[ \t]+(?:{_NP_STOP})\b))")
# '"...," Kerry said', '"...," Asseri, a military spokesman, said'.
AFTER_NP_FIRST = re.compile(
    rf"[ \t]*,?[ \t]*(?P<np>{_NP}{{1,70}}?(?:,[^,\"\u201c\u201d\n]{{1,70}},)?)[ \t]+"
    rf"(?:also[ \t]+|later[ \t]+|then[ \t]+|had[ \t]+|has[ \t]+|once[ \t]+|would[ \t]+)?"
    rf"(?:{_VERB})\b")
AFTER_ACCORDING = re.compile(rf"[ \t]*,?[ \t]*according to[ \t]+(?P<np>{_NP}{{1,80}}?){_END}")
# 'X said: "', 'X added, "', 'X told reporters in Brussels: "'.
BEFORE = re.compile(rf"(?P<np>{_NP}{{1,80}}?(?:,[^,\"\u201c\u201d\n]{{1,70}},)?)[ \t]+"
                    rf"(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
                    rf"(?:{_VERB})\b[^\"\u201c\u201d!?]{{0,80}}[:,]?[ \t]*$")
BEFORE_PARTICIPLE = re.compile(rf",[ \t]+(?:{_PARTICIPLE})\b[^\"\u201c\u201d]{{0,40}}[:,]?[ \t]*$")
# 'Sturgeon: "...' (a caption or a transcript).
BEFORE_COLON_NAME = re.compile(r"(?P<np>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4}):[ \t]*$")
# Longest attribution phrase read as a name (words): longer ones are clauses.
MAX_NP_WORDS = 10


def after_phrase(text: str, close_at: int, window_end: int) -> tuple[int, int] | None:
    """(start, end) of the speaker phrase right after a closing mark, if any, looking no
    further than `window_end` (the end of the sentence, or the next quotation mark)."""
    for pattern in (AFTER_VERB_FIRST, AFTER_ACCORDING, AFTER_NP_FIRST):
        match = pattern.match(text, close_at + 1, window_end)
        if match and _is_phrase(match.group("np")):
            return _trimmed(text, *match.span("np"))
    return None


def before_phrase(text: str, open_at: int,
                  window_start: int) -> tuple[tuple[int, int], bool] | None:
    """(start, end) of the speaker phrase before an opening mark, and whether it is the
    subject of a participle ("..., saying:") that must be found in the whole sentence."""
    window = text[window_start:open_at]
    match = BEFORE_COLON_NAME.search(window)
    if match and window[:match.start()].strip() == "":
        return (window_start + match.start("np"), window_start + match.end("np")), False
    if BEFORE_PARTICIPLE.search(window):
        return (window_start, window_start + BEFORE_PARTICIPLE.search(window).start()), True
    clause_start = _clause_start(window)
    match = BEFORE.match(window, clause_start) or BEFORE.search(window)
    if match and _is_phrase(match.group("np")):
        start, end = window_start + match.start("np"), window_start + match.end("np")
        return _trimmed(text, start, end), False
    return None


def _clause_start(window: str) -> int:
    """Where the clause before a quotation starts: after an opening adverbial ("In a
    statement, ") or a previous quotation's end."""
    verb = re.search(rf"\b(?:{_VERB})\b", window)
    limit = verb.start() if verb else len(window)
    cut = max(window.rfind(", ", 0, limit), window.rfind("\u201d", 0, limit),
              window.rfind('"', 0, limit))
    if cut > 0 and not re.match(r",?\s*(?:a|an|another|the|who|whose|\d+)\b", window[cut:]
                                .lstrip(",\u201d\" ")):
        return cut + 1
    return 0


def _is_phrase(np: str) -> bool:
    """A name, a pronoun or a description, not a clause ("the software as the company")."""
    words = np.split(",")[0].split()
    return (0 < len(words) <= MAX_NP_WORDS and words[0].lower() not in _NOT_FIRST
            and words[-1].lower() not in _NOT_LAST
            and not any(w.lower() in _CLAUSE_WORDS for w in words[1:]))


_CLAUSE_WORDS = frozenset("as to that which while when because if than where there".split())
_NOT_FIRST = frozenset("""
that it's this by of in on at for with from to about and but even though although while when
as if so because however meanwhile still yet
""".split())
_NOT_LAST = frozenset("his her their its the a an my our your".split())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,":
        start += 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end
