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
from ..nlp.tokens import STOPWORDS, words
from .furniture import NAVIGATION

# Words that fill author fields but name nobody.
NOT_AUTHORS = re.compile(
    r"^(?:by\s+)?(?:\w+\s+)*(?:staff|writer|reporter|correspondent|editor|editorial|desk|team|"
    r"admin|administrator|newsroom|contributor|agencies|agency|wires?|services?|board)s?$"
    r"|^(?:associated press|the associated press|ap|reuters|afp|press association|upi)$"
    r"|^(?:unknown|anonymous|none|null|n/a|guest|user|editor|admin)$", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:ltd|inc|llc|plc|gmbh|corp|corporation|company|co|group|limited|"
                      r"media|press|news|holdings|partners|bank|university|institute|museum|"
                      r"athletics|school|college|center|centre|foundation|association|society|"
                      r"club|department|office|council|agency|solutions|services|systems|"
                      r"technologies|software|labs|discount)\b\.?", re.IGNORECASE)
# A part of an author field that is only credentials: "MD", "PhD", "CPP, PSP", "E-RYT 200".
_CREDENTIAL = re.compile(r"^\s*(?:(?:[A-Z][A-Za-z]?\.?){1,4}[A-Z]\.?|[A-Z-]{2,}\s*\d*)"
                         r"(?:\s+(?:[A-Z][A-Za-z]?\.?){1,4}[A-Z]\.?)*\s*$")
_ROLE = re.compile(r"\b(?:staff|senior|chief|special|correspondent|reporter|editor|writer|"
                   r"columnist|contributor|analyst|producer|photographer)\b", re.IGNORECASE)
_PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "al", "bin", "ibn", "del", "du",
              "dos", "das", "ter", "den", "and"}
# A capitalised word that is not a name's: it starts what follows the byline ("By Gabby
# BoucherIn Budget Travel", "By Alyssa Maio on January 21").
_NOT_NAME = {"in", "on", "at", "for", "the", "published", "updated", "posted", "and", "with",
             "from", "of", "to", "via", "news", "staff", "last", "share", "follow", "email",
             "about", "more", "read", "contact", "photo", "photos", "video", "former", "deputy",
             "senior", "chief", "editor", "writer", "reporter", "founder", "lead", "contributor",
             "correspondent", "director", "head", "managing", "executive", "associate",
             "assistant", "contributing", "reviewer", "columnist", "january",
             "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday"}
# Words a byline's name cannot start with: what a date or a share bar puts after "by".
_NOT_FIRST = {"updated", "published", "posted", "share", "follow", "email", "read", "more",
              "photo", "photos", "video", "on", "in", "at", "about", "written", "free", "last", "mon", "tue", "tues", "wed",
              "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec"} | {
    w for w in _NOT_NAME if w.endswith("day") or w in ("january", "february", "march", "april",
                                                        "may", "june", "july", "august",
                                                        "september", "october", "november",
                                                        "december")}
_WORD = r"[^\W_][\w'’.-]*"
# "By ..." at the start of a line, or after a date or a publishing verb ("Published August 7,
# 2023 by Nicole Burke"); not "Browse by Industry".
_BY = re.compile(rf"(?:^|(?:\d{{4}}|\d:\d\d\s*(?i:[ap]\.?m\.?)?|(?i:posted|published|written|"
                 rf"updated|words|story|reported|guide|review|article|column|analysis|interview|"
                 rf"feature|report))\s*,?\s+)(?i:(?:posted |published |written |words |story |"
                 rf"reported )?by):?\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}})")
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
# "Rasmus Barslund Founder & Lead Reviewer", "Derek Seaman's Tech Blog"
_NAME_ROLE = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}?)(?:\s*,)?\s+(?:[A-Z][\w&-]*\s+){{0,3}}?"
                        r"(?i:founder|editor|writer|reporter|author|contributor|reviewer|"
                        r"correspondent|columnist|journalist|director|ceo|cto|head|manager)\b")
_NAME_BLOG = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}}?)['’]s\s+(?:\w+\s+)?"
                        r"(?i:blog|weblog|site|journal|newsletter|substack)$")
# "Dec. 19, 2025 · Niko Matsakis on behalf of ...", "December 15, 2025 · 30 min · Ash Vardanian"
_AFTER_DOT = re.compile(rf"[·•|]\s*(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?:\s+on behalf\b.*)?$")
_LOGO_TAIL = re.compile(rf"\blogo\b.*\d{{4}}\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})\s*$")
_REPORTING = re.compile(rf"\((?:reporting|writing)\s+by\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})",
                        re.IGNORECASE)
MAX_BYLINE_WORDS = 25  # a longer line is prose that happens to contain "by"
MAX_BYLINE_CHARS = 250
_EXPLICIT_HINT = re.compile(r"(?i:by|author|reporter|contributor)")
MAX_NAME_LINE_WORDS = 9  # "Naftali Tishby, Fernando C. Pereira, William Bialek"


def clean_author(value: str | None, *, explicit: bool = True, field: bool = False
                 ) -> str | None:
    """The author in an author field or byline ("By Dan Lamothe, Staff Writer" -> "Dan
    Lamothe"), or None. `explicit`: the value was given as an author, so a desk or company
    name counts; otherwise only a person's name does. `field`: it is a metadata field, where
    a user name in lower case ("stephenlega") is an author too."""
    if not value:
        return None
    value = re.sub(r"^(?:by|written by|author:?)\s+", "", " ".join(str(value).split()),
                   flags=re.IGNORECASE).strip(" ,;|")
    value = re.split(r"\s+(?:—|–|-)\s+|\s*[|;]\s*", value)[0]
    people = [p.strip() for p in value.split(",")]
    # "Hugo Lindahl, Business Correspondent", "Ruth Adeyemi, Tidewire", "Michael Greger, M.D.":
    # a part after a comma that is a role, a credential or a single word is not another author.
    people = people[:1] + [p for p in people[1:] if len(p.split()) > 1 and not _ROLE.search(p)
                           and not _CREDENTIAL.match(p)]
    name = _trim(", ".join(p for p in people if p))
    if len(name) < 2 or NOT_AUTHORS.search(name) or name.lower() in STOPWORDS:
        return None
    return name if is_person_name(name) or explicit and _is_org_name(name, field=field) \
        else None


def _is_org_name(name: str, *, field: bool) -> bool:
    """A desk, a company or (in a field) a user name given as the author ("IndustrySelect",
    "stephenlega")."""
    tokens = name.split()
    first = tokens[0] if tokens else ""
    starts = first[:1].isupper() or first[:1].isdigit() and not first.isdigit()  # "3i Global"
    return 0 < len(tokens) <= 5 and (starts or field and len(tokens) == 1) and \
        not re.search(r"@|http", name)


def _trim(name: str) -> str:
    """The name without what a glued or run-on byline adds around it ("ByShivya Nath 12th",
    "Gabby BoucherIn Budget Travel")."""
    name = re.sub(r"^By(?=[A-Z])", "", name)
    name = re.sub(r"(?<=[a-z])(?=(?:In|On|At|For|Published|Updated|Posted)\b)", " ", name)
    kept = []
    for word in name.split():
        if word.lower().strip(".,:") in (_NOT_NAME if kept else _NOT_FIRST) or \
                kept and word[:1].isdigit():
            break
        kept.append(word)
    return " ".join(kept).strip(" ,.;:")


def is_person_name(name: str | None) -> bool:
    if not name or NOT_AUTHORS.search(name.strip()) or re.search(r"\d|@|http|:", name) or \
            _COMPANY.search(name):
        return False
    tokens = name.replace(",", " ").split()
    return 1 < len(tokens) <= 8 and all(t[:1].isupper() or t.lower() in _PARTICLES
                                         for t in tokens)


def author_from_lines(header: list[str], *, near: list[str], others: list[str],
                      title: str | None = None, vocabulary: set[str] = frozenset()) -> str | None:
    """The author the page names: in its header lines, an explicit byline first, then a name
    next to a date or a separator, then a person's name alone on a line `near` the article's
    start; failing those, an explicit byline among the page's `others` lines (the article's
    text, then what follows it: "Author Amit Samsukha" under it), then a name alone anywhere. `vocabulary`: the page's lower-case words; a line of words
    the page also writes in lower case ("Use Case", "Sort by Date") is not a name."""
    header, others = _bylines(header), _bylines(others)
    dated = [line for line in header if re.search(_DATED, line)]
    return (_explicit(dated, vocabulary) or _explicit(header, vocabulary)
            or _beside_date(header, vocabulary)
            or _first_alone(near, title, vocabulary, single=True) or _explicit(others, vocabulary)
            or _first_alone(header, title, vocabulary) or _first_alone(others, title, vocabulary))


def _first_alone(lines: list[str], title: str | None, vocabulary: set[str], *,
                 single: bool = False) -> str | None:
    """The first line that is a person's name alone; `single`: a given name alone ("Ben")
    counts too, which it does only right above the article."""
    for line in lines:
        if line != title and _alone(line, vocabulary):
            return clean_author(line, explicit=False)
        if single and re.fullmatch(r"[A-Z][a-z]+", line) and line.lower() in GIVEN and \
                not _common(line, vocabulary):
            return line
    return None


def _bylines(lines: list[str]) -> list[str]:
    """The lines that may hold a byline: short ones, no photo credits."""
    return [line for line in lines if len(line) <= MAX_BYLINE_CHARS
            and len(line.split()) <= MAX_BYLINE_WORDS and not _CREDITED.search(line)]


def _plausible(name: str, line: str, vocabulary: set[str]) -> bool:
    """Whether a name found in a byline is one: next to a date the line's shape says so unless
    it is made of menu words; otherwise it must not be made of words the page writes in lower
    case."""
    if re.search(_DATED, line):
        return not any(w in NAVIGATION for w in words(name))
    return not _common(name, vocabulary)


def _explicit(lines: list[str], vocabulary: set[str]) -> str | None:
    """A byline that says it is one: "By ...", "Author: ...", or a line of its own that only
    says "Posted by" or "About the author" above the name. A one-word name needs a date beside
    it or to be a given name ("By Industry" heads a menu; "Posted by David at 11:15" does not)."""
    for line, following in zip(lines, lines[1:] + [""]):
        if not _EXPLICIT_HINT.search(line):
            continue
        match = _LABEL.match(line) or _BY.search(line)
        found = clean_author(match.group("name")) if match else None
        if not found and _LABEL_ALONE.match(line):
            found = clean_author(following)
        if found and " " not in found and found.lower() not in GIVEN and \
                not re.search(_DATED, line):
            found = None
        if found and _plausible(found, line, vocabulary):
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
        name = clean_author(match.group("name"), explicit=False) if match else None
        if name and _starts_given(name) and not _common(name, vocabulary):
            return name
    return None


def _beside_date(lines: list[str], vocabulary: set[str]) -> str | None:
    """A name next to a date, a role or a blog's name, or next to a separator when its first
    word is a given name (a menu is separators too: "Book A Call | Contact")."""
    for line in lines:
        match = _NAME_THEN.match(line)
        dated = match and (match.group("dated") or match.group("date"))
        if not dated:
            match = (match or _NAME_ROLE.match(line) or _NAME_BLOG.match(line)) if \
                _starts_given(line) else None
        match = match or _AFTER_DOT.search(line) or _LOGO_TAIL.search(line)
        found = clean_author(match.group("name"), explicit=bool(dated)) if match else None
        if found and _plausible(found, line, vocabulary):
            return found
    return None


def _starts_given(line: str) -> bool:
    return bool(line) and line.split()[0].lower().strip(",") in GIVEN


def _alone(line: str, vocabulary: set[str]) -> bool:
    """A line that is only a person's name, or a list of them, starting with a given name."""
    return len(line.split()) <= MAX_NAME_LINE_WORDS and is_person_name(line) and \
        _starts_given(line) and \
        not line.endswith((".", "!", "?", ":")) and not _common(line, vocabulary)


def _common(name: str, vocabulary: set[str]) -> bool:
    """Whether the name ends in a word the page also writes in lower case ("Use Case",
    "Book A Call"): a surname is not one ("Will Judd")."""
    last = re.findall(r"[\w'’-]+", name.lower())[-1:]
    return bool(last) and last[0] in vocabulary


def author_from_credits(text: str) -> str | None:
    """The first reporter of a wire credit line "(Reporting by Phil Stewart and ...)"."""
    match = _REPORTING.search(text)
    return clean_author(match.group("name"), explicit=False) if match else None
