"""Which sentences can stand alone in a summary, and which leading words of a sentence are
page furniture rather than the sentence.

Scraped text keeps captions, credits, bylines, headlines run into the first sentence, broadcast
transcripts and comment threads. A summary quotes none of them, and no sentence whose opening
pronoun or connective needs the sentence before it ("He said ...", "But ...").
"""
from __future__ import annotations

import re

from ..clean.boilerplate import is_furniture
from ..clean.metadata import parse_dateline
from ..nlp.tokens import STOPWORDS, content_words

# Shorter sentences are mostly headlines, labels and fragments; longer ones are run-ons where the
# splitter missed a boundary, or lists. Calibrated by reading the daily-summaries dev pools: the
# reference sentences are 8 to 40 words (median 20).
MIN_WORDS = 6
MAX_WORDS = 55
MIN_CONTENT_WORDS = 4  # fewer, and the sentence says nothing
# Furniture is looked for only this far into a sentence: headlines and credits are short.
HEADLINE_CHARS = 160
# A sentence opening on this many words in Title Case ("Airlines Brace for Impact of Crisis
# Delta Air Lines chief ...") is a headline run into a caption or a lead. Names and titles at
# the start of real sentences ("Senate Majority Leader Harry Reid of Nevada said") stay under
# it; calibrated by reading the daily-summaries dev pools.
TITLE_RUN = 8

# Openers that point back to something the summary may not have said.
DANGLING_OPENERS = frozenset("""
he she it they them his her its their this that these those him hers theirs but and or
also however yet so still then thus hence meanwhile besides moreover furthermore nevertheless
nonetheless instead otherwise indeed anyway likewise similarly therefore consequently such both
another other others here
""".split())
# Openers of instructions to the reader: "Get details from ...", "Watch the video".
IMPERATIVES = frozenset("""
get watch see read click check follow join sign share tell send listen log find visit
subscribe download note please scroll tap
""".split())
_DANGLING_PHRASES = re.compile(
    r"^(?:in addition|at the same time|on the other hand|as a result|in other words|even so|"
    r"for (?:his|her|their|its) part|the (?:two|three|latter|former|same)\b|"
    r"(?:that|this|these|those) (?:is|was|were|are|means|came|comes)\b)",
    re.IGNORECASE)
# Transcript turns ("AZUZ: ...", "NIC ROBERTSON, CNN CORRESPONDENT: ...").
SPEAKER_LABEL = re.compile(r"^(?:[A-Z][A-Z.'\-]+,?\s){0,5}[A-Z][A-Z.'\-]+(?:\s\([^)]*\))?\s?:")
# A speaker label inside a line of transcript: "... U.S. CROWLEY (voice-over): Today, ...".
_INNER_SPEAKER = re.compile(r"\b[A-Z][A-Z'\-]{2,}(?:\s\([^)]*\))?:\s")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_PRONOUN = re.compile(r"\b(?:he|she|they)\b")
# The reader is spoken to, or the writer speaks: comment threads, columns, transcripts.
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|we|We|we're|our|Our|you|You|"
                                     r"your|Your|us)\b")
_PAGE_NOISE = re.compile(
    r"https?://|www\.|\.com\b|@\w|\(ph\)|\s\|\s|\b\d{1,2}:\d\d\s*[ap]\.?m\b"
    r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:ET|GMT|BST)\b"
    r"|\b(?:click|tap|scroll|download|subscribe|e-?mail (?:us|this)|print this|share this|"
    r"posted by|last modified|rush transcript|photo gallery|caption|getty|copyright|photograph|"
    r"contributed to this report|reporting by|editing by|writing by|this story|this article|"
    r"read more|see also|advertisement|sponsored|terms of|privacy policy)\b"
    r"|^(?:by [A-Z]|the writer\b|the author\b|note:|editor'?s note)"
    # a wire photo's caption: "... on Thursday, February 3, in Cairo, Egypt."
    r"|\bon \w+day, \w+\.? \d{1,2},? (?:\d{4},? )?(?-i:in [A-Z])",
    re.IGNORECASE)
# A photo credit in brackets: "(AP Photo/Jane Doe)", "(By Alex Wong -- Getty Images)".
CREDIT = re.compile(r"\((?:By\s[^()]{2,60}?(?:--|—|/)[^()]{2,40}|[^()]{0,40}[-/]\s*"
                    r"(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg(?: News)?)|AP Photo[^()]*)\)")
# Furniture run into the start of a sentence: a timestamp ("Tuesday 28 April 2009 17.37 BST"),
# a print page ("Page A01"), an update line, or a photo credit; the sentence proper follows.
_GLUED_STAMP = re.compile(r"\b\d{1,2}[.:]\d\d\s*(?:BST|GMT|EST|EDT|ET|CET|UTC)\b\s*"
                          r"|;\s*Page [A-Z]\d{1,2}\s+|\b(?:Last )?[Uu]pdated:?[^.]{0,40}?\d{4}\s*"
                          r"|" + CREDIT.pattern + r"\s*")
# A headline or caption run into the sentence that follows it ("Swine flu outbreak reaches
# Europe The first cases ..."): an opener with a capital right after a word that is not a
# function word ("in The Hague" stays whole).
_GLUED_HEADLINE = re.compile(r"(?<=[\w)’'])\s+(?=(?P<opener>The|A|An|Thousands|Hundreds|Dozens|"
                             r"More than|At least|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
                             r"Ten)\s)")
# A dateline in any case, ending in an agency tag ("Cairo, Egypt (CNN) --"), or with the day
# ("NASHVILLE, Oct. 7 --").
_AGENCY_DASH = re.compile(r"\((?:CNN|AP|AFP|Reuters|UPI|BBC)\)\s*(?:--|—|–|-)\s*")
_DATED_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,\s"
                             r"[A-Z][a-z]{2,4}\.?\s\d{1,2}\s*(?:--|—|–)\s*")
_FUNCTION_WORDS = frozenset("a an the of for to in on at by and or with over as from".split())


def furniture_prefix(sentence: str) -> int:
    """How many leading characters of a sentence are dateline or page furniture. A transcript's
    speaker label is not furniture: the turn it opens is left whole, for `usable` to refuse."""
    if SPEAKER_LABEL.match(sentence):
        return 0
    skip = 0
    for pattern in (_GLUED_STAMP, _GLUED_HEADLINE):
        for found in pattern.finditer(sentence, skip, skip + HEADLINE_CHARS):
            if len(sentence[found.end():].split()) >= MIN_WORDS and _headline_ends(
                    sentence, skip, found):
                skip = found.end()
    dateline = parse_dateline(sentence[skip:]) or _dated_dateline(sentence[skip:])
    if dateline is not None:
        return skip + dateline[2]
    agency = _AGENCY_DASH.search(sentence, skip, skip + HEADLINE_CHARS)
    if agency and len(sentence[agency.end():].split()) >= MIN_WORDS:
        skip = agency.end()
    return skip


def _dated_dateline(text: str) -> tuple[str, None, int] | None:
    found = _DATED_DATELINE.match(text)
    return (found.group(), None, found.end()) if found else None


def _headline_ends(sentence: str, start: int, found: re.Match) -> bool:
    """Whether a glued-furniture match really ends furniture: a credit or stamp always does; a
    headline needs three words, no sentence stop, and no function word just before the cut."""
    if found.re is _GLUED_STAMP:
        return True
    before = sentence[start:found.start()].split()
    if len(before) < 3 or re.search(r"[.!?][\"'”’)]*\s", sentence[start:found.start()]):
        return False
    if found.group("opener") in ("A", "An") and not re.match(r"[A-Z0-9)]", before[-1]):
        return False  # "influenza A virus"
    return before[-1].lower().strip("’'") not in STOPWORDS


def usable(text: str) -> bool:
    """Whether a sentence can stand alone in a summary."""
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return False
    if not (text[:1].isalnum() or text[:1] in "\"'“‘") or text[:1].islower() or \
            not re.search(r"[.\"'”’)]$", text):
        return False  # a fragment, an aside, a question, an exclamation, a cut-off line
    if is_dangling(text) or is_speech(text) or is_headline(text) or has_orphan_pronoun(text) \
            or is_unattributed_quote(text):
        return False
    return len(content_words(text)) >= MIN_CONTENT_WORDS and not is_noise(text)


def is_dangling(text: str) -> bool:
    """Opens on a pronoun or connective that needs the sentence before it, or speaks to the
    reader."""
    first = re.match(r"[\"'“‘]?([A-Za-z']+)", text)
    if first is None:
        return False
    word = first.group(1).lower()
    return word in DANGLING_OPENERS or word in IMPERATIVES or bool(_DANGLING_PHRASES.match(text))


def has_orphan_pronoun(text: str) -> bool:
    """A pronoun subject with nothing before it to stand for: "'We will stay,' he said.",
    "Speaking to reporters, she said ..."."""
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    pronoun = _PRONOUN.search(outside)
    if pronoun is None:
        return False
    before = outside[:pronoun.start()].strip()
    if not before.strip(",.;:—–- "):
        return True  # only a quotation before it
    words = before.split()
    return before.endswith(",") and len(words) <= 6 and not any(
        w[:1].isupper() for w in words[1:])


def is_unattributed_quote(text: str) -> bool:
    """A quotation alone, its speaker named in another sentence: "“Forty years my family has
    baked bread here.”"."""
    return not re.search(r"[A-Za-z]{2,}", _QUOTED.sub(" ", text))


def is_speech(text: str) -> bool:
    """A transcript turn, a writer or commenter speaking, or a quotation left open."""
    if SPEAKER_LABEL.match(text) or _INNER_SPEAKER.search(text):
        return True
    if sum(text.count(q) for q in "\"“”") % 2:
        return True
    outside_quotes = _QUOTED.sub(" ", text)
    return bool(_FIRST_OR_SECOND_PERSON.search(outside_quotes))


def is_headline(text: str) -> bool:
    """Opens on a long run of Title Case words, or shouts."""
    run = 0
    for word in text.split()[:TITLE_RUN]:
        if not (word[:1].isupper() or word[:1].isdigit() or word in _FUNCTION_WORDS):
            break
        run += 1
    caps = sum(w.isupper() and len(w) > 2 for w in text.split())
    return run >= TITLE_RUN or caps * 3 > len(text.split())


def is_noise(text: str) -> bool:
    """Captions, credits, page furniture and links."""
    return bool(is_furniture(text) or _PAGE_NOISE.search(text) or CREDIT.search(text))


def is_credit_line(text: str) -> bool:
    """A sentence that opens on a photo credit: the sentences just before it are its caption."""
    return bool(CREDIT.match(text)) or text.startswith(("Photograph:", "Photo:"))
