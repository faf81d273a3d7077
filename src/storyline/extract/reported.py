"""Reported speech (indirect quotes): the clause a communication verb reports, and the phrase
that names who reported it.

The shapes of news sentences, tried in this order:
- "according to": "..., according to two people familiar with the matter";
- trailing: "The effort ... will require more medical facilities, he said.";
- middle: "Disney's tech teams isolated the problem, Mayer said, and ...";
- lead: "Kerry said Wednesday that NATO members stood ready ..." (adverbials of time and
  medium, the person told, and "that" are skipped);
- participle: "..., saying plans would be announced only after ...".
`text` is the clause as written, without "that", without the attribution and without the
sentence's final full stop. A clause reported inside another gives an entry of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import NOT_SPEECH_FOLLOWERS, SPEECH_VERBS, THAT_VERBS

_FINITE = sorted((v for v in SPEECH_VERBS if not v.endswith("ing")), key=len, reverse=True)
_VERB = "|".join(_FINITE)
_PARTICIPLE = "saying|adding|arguing|warning|noting|insisting|claiming|explaining|telling"
_MARK = "\"\u201c\u201d"
_NOT_MARK = "[^,\"\u201c\u201d]"
_DAY = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
        r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|"
        r"July|August|September|October|November|December")
_MEDIUM = (r"statement|interview|email|e-mail|letter|news conference|press conference|"
           r"conference|briefing|speech|call|post|tweet|video|memo|filing|address|hearing|"
           r"testimony|report|broadcast|message|note")
# Words between a speech verb and its clause that belong to neither ("said Wednesday that",
# "said in a statement on Monday", "told reporters in Brussels").
_ADJUNCT = re.compile(
    rf"(?:[ \t]+(?:(?:on|last|this|late|early|earlier|next)[ \t]+)?(?:{_DAY})(?:[ \t]+\d+)?"
    rf"|[ \t]+(?:last|this|earlier this|later this|next)[ \t]+(?:week|month|year|morning|"
    rf"afternoon|evening|night|weekend)"
    rf"|[ \t]+(?:in|at|during|on|via|through)[ \t]+(?:a|an|the|his|her|their|its)"
    rf"(?:[ \t]+[\w-]+)?[ \t]+(?:{_MEDIUM})"
    rf"|[ \t]+(?:on|in)[ \t]+(?:Twitter|Facebook|television|TV|radio)"
    rf"|[ \t]+in[ \t]+[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+)?"
    rf"|[ \t]+(?:to|told)[ \t]+(?:reporters|journalists)"
    r"|[ \t]+(?:recently|also|again|previously|separately|later|earlier|repeatedly|"
    r"publicly|privately|too|then|now|late|once|further|flatly|bluntly),?)*")
_LEAD = re.compile(rf"\b(?P<verb>{_VERB})\b")
_TOLD = frozenset("told tell tells asked ask asks informed assured reminded warned urged".split())
_TOLD_OBJECT = re.compile(
    r"[ \t]+(?:him|her|them|us|me|you|(?:the[ \t]+)?[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'"
    r"\u2019-]*)*|(?:the|a|an|his|her|their)?[ \t]*[a-z]+)(?=[ \t,])")
_BE = frozenset("is are was were be been being 's".split())
# Words that cannot open a reported clause: a participle, a number, a question word that
# makes the object a noun phrase ("said what he wanted", "added more than 2%").
_NOT_CLAUSE_START = frozenset("so yes no nothing goodbye what more less nearly about almost "
                              "some".split())
_NOT_SUBJECT_END = frozenset("which that who whom and or but to a an the his her its their "
                             "this these of in on at for with by from".split())
# Things that are no speaker after "according to" (README: documents and data are not).
_DOCUMENTS = re.compile(r"(?:a|the|an)\s+(?:\w+\s+)?(?:report|study|survey|transcript|data|"
                        r"document|documents|poll|figures|statement|filing|records?|analysis|"
                        r"estimates?)\b")
_PRONOUN_SUBJECTS = frozenset("he she it they we i you there this these those".split())
# Longest subject phrase before a speech verb (words): longer means the verb is not the
# sentence's main verb ("the helicopter, which it said crashed").
MAX_SUBJECT_WORDS = 12
# Shortest reported clause (words), and how far "that" may follow the verb (words).
MIN_CLAUSE_WORDS = 3
MAX_WORDS_BEFORE_THAT = 10


@dataclass(frozen=True)
class Report:
    """A reported clause (start, end) and the phrase naming its source (start, end);
    `leading`: the source is the subject the sentence opens with (participles)."""
    start: int
    end: int
    source: tuple[int, int]
    leading: bool = False


def reports_in(text: str, start: int, end: int) -> list[Report]:
    """The reported clauses of the sentence text[start:end]."""
    found = (_according(text, start, end) or _trailing(text, start, end)
             or _middle(text, start, end) or _lead(text, start, end)
             or _participle(text, start, end))
    nested = [r for report in found for r in _lead(text, report.start, report.end)
              if r.start > report.start and not _overlaps(r.source, report.source)]
    return [_before_coordinated(text, report, nested) for report in found] + nested


def _before_coordinated(text: str, report: Report, nested: list[Report]) -> Report:
    """ "said A, but he said that B": A ends where the second report's "but he" begins."""
    for inner in nested:
        if report.start < inner.source[0] < report.end:
            cut = re.search(r",?[ \t]+(?:and|but)[ \t]*$", text[report.start:inner.source[0]])
            if cut:
                clause = _clause(text, report.start, report.start + cut.start())
                if clause:
                    return Report(*clause, report.source, report.leading)
    return report


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause trimmed of spaces, commas and the sentence's final full stop."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-\u2014"):
        end -= 1
    if end > start and text[end - 1] == "." and not _inside_marks(text, start, end - 1):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if (len(text[start:end].split()) < MIN_CLAUSE_WORDS or _all_quoted(text, start, end)
            or sum(text.count(m, start, end) for m in _MARK) % 2 == 1):
        return None  # too short, wholly quoted, or cut inside a quotation
    return start, end


def _inside_marks(text: str, start: int, at: int) -> bool:
    """Whether a quotation mark opened in text[start:at] is still open at `at`."""
    return sum(text.count(m, start, at) for m in _MARK) % 2 == 1


def _all_quoted(text: str, start: int, end: int) -> bool:
    """ 'said that "..."': a clause wholly inside marks is a partial quote only."""
    return text[start] in _MARK and sum(text.count(m, start, end) for m in _MARK) == 2 and \
        text[end - 1] in _MARK + ".,"


def _according(text: str, start: int, end: int) -> list[Report]:
    match = re.match(r"According to[ \t]+(?P<np>[^,]{1,80}),[ \t]*", text[start:end])
    if match:
        clause = _clause(text, start + match.end(), end)
        return [Report(*clause, _span(start, match, "np"))] if clause else []
    match = re.search(r",?[ \t]+according to[ \t]+(?P<np>[^,.;]{1,80}?)(?=[,.;]|$)",
                      text[start:end])
    if match and match.start() > 0 and not _lead(text, start, start + match.start()) \
            and not _DOCUMENTS.match(match.group("np")):
        clause = _clause(text, start, start + match.start())
        if clause and text[clause[0]] not in _MARK:
            return [Report(*clause, _span(start, match, "np"))]
    return []


def _span(offset: int, match: re.Match, group: str) -> tuple[int, int]:
    return offset + match.start(group), offset + match.end(group)


_TRAILING = re.compile(
    rf",[ \t]+(?:(?P<np1>{_NOT_MARK}{{1,60}}?(?:,{_NOT_MARK}{{1,80}},)?)[ \t]+"
    rf"(?:also[ \t]+|later[ \t]+|then[ \t]+|has[ \t]+|had[ \t]+)?(?:{_VERB})"
    rf"(?P<tail>(?:[ \t]+(?:reporters|journalists|him|her|them|the [a-z]+|[A-Z][\w.'-]*"
    rf"(?:[ \t]+[A-Z][\w.'-]*)*))?)"
    rf"|(?:{_VERB})[ \t]+(?P<np2>{_NOT_MARK}{{1,80}}?)(?:,[^\"\u201c\u201d]{{0,160}})?)"
    rf"(?P<adjunct>{_ADJUNCT.pattern})[.!]?[\"\u201d]?$")


def _trailing(text: str, start: int, end: int) -> list[Report]:
    """ "CLAUSE, he said." and "CLAUSE, said Mark Quinlan, PG&E's senior director"."""
    match = _TRAILING.search(text, start, end)
    if not match or match.start() == start:
        return []
    group = "np1" if match.group("np1") else "np2"
    np = match.span(group)
    words = text[np[0]:np[1]].split(",")[0].split()
    if len(words) > MAX_SUBJECT_WORDS // 2:
        return []
    if group == "np2" and words[0].lower() in _PRONOUN_SUBJECTS | {"that"}:
        return []  # "Helixa, which ..., said that it would ...": a clause follows, no name
    clause = _clause(text, start, match.start())
    if clause is None or text[clause[0]] in _MARK:
        return []
    return [Report(*clause, np)]


def _middle(text: str, start: int, end: int) -> list[Report]:
    """ "Such discussions, he said, 'will ...'" (the whole sentence) and "Disney's tech teams
    isolated the problem, Mayer said, and 'patched' ..." (the part before)."""
    match = re.search(rf",[ \t]+(?P<np>[\w.'\u2019 -]{{1,40}}?)[ \t]+(?:{_VERB}),[ \t]+",
                      text[start:end])
    if not match or match.start() == 0:
        return []
    np = _span(start, match, "np")
    rest = text[start + match.end():end]
    before = text[start:start + match.start()].split()
    if rest[:1] in _MARK and rest[1:2].isupper():
        return []  # 'In an interview, Orszag said, "The key question ...': a direct quote
    if before and before[-1].lower() in ("who", "which", "that"):
        clause = _clause(text, start + match.end(), end)  # "those who, he claimed, used ..."
    elif re.match(r"(?:and|but|then)\b", rest):
        clause = _clause(text, start, start + match.start())
    else:
        clause = _clause(text, start, end)
    return [Report(*clause, np)] if clause and text[clause[0]] not in _MARK else []


def _lead(text: str, start: int, end: int) -> list[Report]:
    """ "X said (that) CLAUSE": the first speech verb with a short subject."""
    for verb in _LEAD.finditer(text, start, end):
        if (_inside_marks(text, start, verb.start()) or _passive(text, start, verb.start())
                or _negated(text, start, verb.start())):
            continue
        subject = _subject(text, start, verb.start())
        clause_start = _clause_start(text, verb, end) if subject else None
        if clause_start is None:
            continue
        clause = _clause(text, clause_start, end)
        if clause:
            return [Report(*part, subject) for part in _coordinated(text, *clause)]
    return []


def _participle(text: str, start: int, end: int) -> list[Report]:
    """ "..., saying (that) CLAUSE": the source is the sentence's subject."""
    match = re.search(rf",[ \t]+(?:{_PARTICIPLE})\b", text[start:end])
    if not match:
        return []
    at = start + match.end()
    if match.group().endswith("telling"):
        told = _TOLD_OBJECT.match(text, at, end)
        at = told.end() if told else at
    that = re.match(r"[ \t]+that\b", text[at:end])
    at += that.end() if that else 0
    follower = re.match(r"[ \t]*(\w+)", text[at:end])
    if follower is None or follower.group(1).lower() in NOT_SPEECH_FOLLOWERS | _NOT_CLAUSE_START:
        return []
    clause = _clause(text, at, end)
    return [Report(*clause, (start, start + match.start()), leading=True)] if clause else []


def _negated(text: str, start: int, verb_at: int) -> bool:
    """ "did not say that ...": nothing was reported."""
    before = text[start:verb_at].split()[-2:]
    return any(w.lower() in ("not", "never", "didn't", "didn\u2019t") for w in before)


def _passive(text: str, start: int, verb_at: int) -> bool:
    """ "will be announced", "was reported": no speaker in subject position."""
    before = text[start:verb_at].split()
    return bool(before) and before[-1].lower() in _BE


def _subject(text: str, start: int, verb_at: int) -> tuple[int, int] | None:
    """The subject phrase before a speech verb: the last comma-separated part that is not an
    appositive ("Breedlove" in "Gen. Philip Breedlove, said"; "Matt Maley" in "Matt Maley,
    equity strategist at Miller Tabak, says")."""
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", text[start:
                                                                                  verb_at])]
    parts = [_without_conjunction(text, p) for p in parts if text[p[0]:p[1]].strip()]
    while len(parts) > 1 and _appositive(text[parts[-1][0]:parts[-1][1]]):
        parts.pop()
    if not parts:
        return None
    s, e = parts[-1]
    words = text[s:e].split()
    if not words or len(words) > MAX_SUBJECT_WORDS or any(c in _MARK for c in text[s:e]):
        return None
    if words[-1].lower() in _NOT_SUBJECT_END or any(w.lower() in ("who", "which", "whose")
                                                    for w in words):
        return None
    return s, e


def _without_conjunction(text: str, part: tuple[int, int]) -> tuple[int, int]:
    match = re.match(r"\s*(?:and|but|so|or|yet)\s+", text[part[0]:part[1]])
    return (part[0] + match.end(), part[1]) if match and part[0] + match.end() < part[1] else part


def _appositive(part: str) -> bool:
    """ ", a military spokesman,", ", equity strategist at Miller Tabak,", ", the head of
    Italy's civil protection service," (not ", the White House" or ", he")."""
    words = part.split()
    first = words[0]
    return (bool(re.match(r"(?:who|which|whose|a|an|another|\d+)\b", first))
            or (first[:1].islower() and first.lower() not in _PRONOUN_SUBJECTS
                and first != "the")
            or (first == "the" and len(words) > 1 and words[1][:1].islower()
                and len(words) > 2))


def _clause_start(text: str, verb: re.Match, end: int) -> int | None:
    """Where the reported clause starts after the verb, or None when the verb takes a noun
    phrase or an infinitive ("urged them to", "said of the plan", "announced a plan")."""
    at = verb.end()
    name = verb.group("verb")
    if name in _TOLD:
        told = _TOLD_OBJECT.match(text, at, end)
        if told is None:
            return None
        at = told.end()
        that = _that_after(text, at, end)  # "told a few thousand teachers ... that"
        if that is not None:
            return that
    adjunct = _ADJUNCT.match(text, at, end)
    at = adjunct.end() if adjunct else at
    follower = re.match(r"[ \t,]*(\w+)", text[at:end])
    if follower is None:
        return None
    word = follower.group(1).lower()
    if word in ("that", "whether", "if"):
        return at + follower.end()
    if (name in THAT_VERBS or word in NOT_SPEECH_FOLLOWERS or word in _NOT_CLAUSE_START
            or word.endswith("ing") or word.isdigit() or text[at:at + 1] == ","):
        return None
    return at


def _that_after(text: str, at: int, end: int) -> int | None:
    """The end of "that" a few words after the person told, when those words are no clause
    of their own."""
    match = re.match(rf"((?:[ \t]+[^\s,\"\u201c\u201d]+){{0,{MAX_WORDS_BEFORE_THAT}}}?)[ \t]+"
                     r"that\b", text[at:end])
    if match is None:
        return None
    between = [w.lower() for w in match.group(1).split()]
    if any(w in _PRONOUN_SUBJECTS or w in _BE or w in ("has", "had", "will", "would", "could")
           for w in between):
        return None
    return at + match.end()


_COORDINATED = re.compile(
    rf",?[ \t]+(?:and|but)[ \t]+(?:(?:also[ \t]+)?(?:{_VERB})[ \t]+)?that[ \t]+")


def _coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "said that A, but that B" and "said A, and agreed that B": one clause each."""
    parts, at = [], start
    for match in _COORDINATED.finditer(text, start, end):
        if not _inside_marks(text, start, match.start()):
            parts.append((at, match.start()))
            at = match.end()
    parts.append((at, end))
    return [clause for part in parts if (clause := _clause(text, *part))]
