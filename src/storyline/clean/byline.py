"""Who wrote an article: bylines in the page's lines and author fields made into a name.

A byline comes in many shapes: "By Dan Lamothe", "Published August 7, 2023 by Nicole Burke",
"Author: Nirmita Panchal", "Sergio Martínez-Beltrán | The Texas Newsroom", "Amit Samsukha
October 11, 2024", a name alone on its line above the article, or the end of a logo line. An
explicit byline ("by ...", "Author: ...") may name a desk or a company ("Posted by
IndustrySelect", "TOI Lifestyle Desk"); a name found by its shape alone must look like a person.
Generic labels ("Staff", "Staff Writer", "Admin") are never an author.
"""
from __future__ import annotations

import re

from ..nlp.names import GIVEN

# Words that fill author fields but name nobody.
NOT_AUTHORS = re.compile(
    r"^(?:by\s+)?(?:\w+\s+)*(?:staff|writer|reporter|correspondent|editor|editorial|desk|team|"
    r"admin|administrator|newsroom|contributor|agencies|agency|wires?|services?|board)s?$"
    r"|^(?:associated press|the associated press|ap|reuters|afp|press association|upi)$"
    r"|^(?:unknown|anonymous|none|null|n/a|guest|user|editor|admin)$", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:staff|senior|chief|special|correspondent|reporter|editor|writer|"
                   r"columnist|contributor|analyst|producer|photographer)\b", re.IGNORECASE)
_PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "al", "bin", "ibn", "del", "du",
              "dos", "das", "ter", "den", "and"}
# A capitalised word that is not a name's: it starts what follows the byline ("By Gabby
# BoucherIn Budget Travel", "By Alyssa Maio on January 21").
_NOT_NAME = {"in", "on", "at", "for", "the", "published", "updated", "posted", "and", "with",
             "from", "of", "to", "via", "news", "staff", "last", "share", "follow", "email",
             "about", "more", "read", "contact", "photo", "photos", "video", "january",
             "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday"}
_WORD = r"[^\W\d_][\w'’.-]*"
# "By ..." at the start of a line, or after a date or a publishing verb ("Published August 7,
# 2023 by Nicole Burke"); not "Browse by Industry".
_BY = re.compile(rf"(?:^|(?:\d{{4}}|\d:\d\d\s*(?i:[ap]\.?m\.?)?|(?i:posted|published|written|"
                 rf"updated|words|story|reported))\s*,?\s+)(?i:(?:posted |published |written |"
                 rf"words |story |reported )?by):?\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}})")
_LABEL = re.compile(rf"^(?i:authors?|written by|reporter|contributor|posted by)\s*:?\s*"
                    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}})")
_COPYRIGHT = re.compile(rf"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{{4}}\s+)?"
                        rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})\b")
_LABEL_ALONE = re.compile(r"^(?:posted by|written by|by|authors?|about the authors?|"
                          r"reporter|contributor)\s*:?$", re.IGNORECASE)
_CREDITED = re.compile(r"\b(?:photo|photograph|image|illustration|video|graphic|picture|"
                       r"design|art)s?\s+by\b", re.IGNORECASE)
_MONTH_DAY = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
_DATED = rf"{_MONTH_DAY}|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
# "Amit Samsukha October 11, 2024", "Jim Donnelly | August 24, 2023", "Ann Lee | The Daily"
_NAME_THEN = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?:\s*(?:[|·•/—–]|\s-)\s*"
                        rf"(?P<dated>{_DATED})?|\s+(?P<date>{_DATED}))")
# "Dec. 19, 2025 · Niko Matsakis on behalf of ...", "December 15, 2025 · 30 min · Ash Vardanian"
_AFTER_DOT = re.compile(rf"[·•|]\s*(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?:\s+on behalf\b.*)?$")
_LOGO_TAIL = re.compile(rf"\blogo\b.*\d{{4}}\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})\s*$")
_REPORTING = re.compile(rf"\((?:reporting|writing)\s+by\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})",
                        re.IGNORECASE)
MAX_BYLINE_WORDS = 16  # a longer line is prose that happens to contain "by"
MAX_NAME_LINE_WORDS = 9  # "Naftali Tishby, Fernando C. Pereira, William Bialek"


def clean_author(value: str | None, *, explicit: bool = True) -> str | None:
    """The author in an author field or byline ("By Dan Lamothe, Staff Writer" -> "Dan
    Lamothe"), or None. `explicit`: the value was given as an author, so a desk or company
    name counts; otherwise only a person's name does."""
    if not value:
        return None
    value = re.sub(r"^(?:by|written by|author:?)\s+", "", " ".join(str(value).split()),
                   flags=re.IGNORECASE).strip(" ,;|")
    value = re.split(r"\s+(?:—|–|-)\s+|\s*[|;]\s*", value)[0]
    people = [p.strip() for p in value.split(",")]
    # "Hugo Lindahl, Business Correspondent", "Ruth Adeyemi, Tidewire", "Michael Greger, M.D.":
    # a part after a comma that is a role, a credential or a single word is not another author.
    people = people[:1] + [p for p in people[1:] if len(p.split()) > 1 and not _ROLE.search(p)
                           and not re.search(r"\d|\b[A-Z]{2,}\b|\.", p)]
    name = _trim(", ".join(p for p in people if p))
    if not name or NOT_AUTHORS.search(name):
        return None
    return name if is_person_name(name) or explicit and _is_org_name(name) else None


def _is_org_name(name: str) -> bool:
    """A desk, a company or a user name given as the author ("IndustrySelect", "stephenlega")."""
    tokens = name.split()
    return 0 < len(tokens) <= 5 and (tokens[0][:1].isupper() or len(tokens) == 1) and \
        not re.search(r"@|http", name)


def _trim(name: str) -> str:
    """The name without what a glued or run-on byline adds after it."""
    name = re.sub(r"(?<=[a-z])(?=(?:In|On|At|For|Published|Updated|Posted)\b)", " ", name)
    kept = []
    for word in name.split():
        if kept and word.lower().strip(".,") in _NOT_NAME:
            break
        kept.append(word)
    return " ".join(kept).strip(" ,.;:")


def is_person_name(name: str | None) -> bool:
    if not name or NOT_AUTHORS.search(name.strip()) or re.search(r"\d|@|http", name):
        return False
    tokens = name.replace(",", " ").split()
    return 1 < len(tokens) <= 8 and all(t[:1].isupper() or t.lower() in _PARTICLES
                                         for t in tokens)


def author_from_lines(header: list[str], *, near: list[str], others: list[str],
                      title: str | None = None, vocabulary: set[str] = frozenset()) -> str | None:
    """The author the page names: in its header lines, an explicit byline first, then a name
    next to a date or a separator, then a person's name alone on a line `near` the article's
    start; failing those, an explicit byline among the page's `others` lines ("Author Amit
    Samsukha" under the article). `vocabulary`: the page's lower-case words; a line of words
    the page also writes in lower case ("Use Case", "Sort by Date") is not a name."""
    header, others = _bylines(header), _bylines(others)
    return (_explicit(header, vocabulary) or _beside_date(header, vocabulary)
            or next((line for line in near if line != title and _alone(line, vocabulary)), None)
            or _explicit(others, vocabulary))


def _bylines(lines: list[str]) -> list[str]:
    return [line for line in lines if len(line.split()) <= MAX_BYLINE_WORDS
            and not _CREDITED.search(line)]


def _explicit(lines: list[str], vocabulary: set[str]) -> str | None:
    """A byline that says it is one: "By ...", "Author: ...", or a line of its own that only
    says "Posted by" or "About the author" above the name. A one-word name needs a date beside
    it or to be a given name ("By Industry" heads a menu; "Posted by David at 11:15" does not)."""
    for line, following in zip(lines, lines[1:] + [""]):
        match = _LABEL.match(line) or _BY.search(line)
        found = clean_author(match.group("name")) if match else None
        if not found and _LABEL_ALONE.match(line):
            found = clean_author(following)
        if found and " " not in found and found.lower() not in GIVEN and \
                not re.search(_DATED, line):
            found = None
        if found and not _common(found, vocabulary):
            return found
    return None


def is_byline(line: str, vocabulary: set[str]) -> bool:
    """Whether a short line at the top of an article is its byline, not its text."""
    return len(line.split()) <= MAX_NAME_LINE_WORDS and (
        _alone(line, vocabulary) or bool(_explicit([line], vocabulary)))


def author_from_copyright(lines: list[str], vocabulary: set[str]) -> str | None:
    """The person a personal page's copyright line names ("© 2025 Russell Miller · Privacy")."""
    for line in lines:
        match = _COPYRIGHT.match(line)
        if match and is_person_name(match.group("name")) and \
                not _common(match.group("name"), vocabulary):
            return match.group("name")
    return None


def _beside_date(lines: list[str], vocabulary: set[str]) -> str | None:
    """A name next to a date, or next to a separator when its first word is a given name
    (a menu is separators too: "Book A Call | Contact")."""
    for line in lines:
        match = _NAME_THEN.match(line)
        if match and not (match.group("dated") or match.group("date")) and \
                match.group("name").split()[0].lower() not in GIVEN:
            match = None
        match = match or _AFTER_DOT.search(line) or _LOGO_TAIL.search(line)
        found = clean_author(match.group("name"), explicit=False) if match else None
        if found and not _common(found, vocabulary):
            return found
    return None


def _alone(line: str, vocabulary: set[str]) -> bool:
    """A line that is only a person's name, or a list of them."""
    return len(line.split()) <= MAX_NAME_LINE_WORDS and is_person_name(line) and \
        not re.search(r"[.!?:]$", line) and not _common(line, vocabulary)


def _common(name: str, vocabulary: set[str]) -> bool:
    """Whether the name is made of words the page also writes in lower case ("Use Case",
    "Sort by Date"): people's names are not."""
    return any(w in vocabulary for w in re.findall(r"[\w'’-]+", name.lower())
               if w not in _PARTICLES)


def author_from_credits(text: str) -> str | None:
    """The first reporter of a wire credit line "(Reporting by Phil Stewart and ...)"."""
    match = _REPORTING.search(text)
    return clean_author(match.group("name"), explicit=False) if match else None
