"""Metadata read from the text itself: the title's site suffix, bylines, dates in the page's
header lines, the outlet behind a URL, and the dateline ("BRUSSELS (AP) —")."""
from __future__ import annotations

import re
from urllib.parse import urlparse

from ..nlp.dates import find_dates
from ..nlp.sentences import OPENERS
from .furniture import is_caption

# Known hosts whose outlet name is not their domain.
OUTLETS = {
    "reuters.com": "Reuters", "apnews.com": "AP", "ap.org": "AP", "washingtonpost.com":
    "The Washington Post", "nytimes.com": "The New York Times", "bbc.co.uk": "BBC", "bbc.com":
    "BBC", "cnn.com": "CNN", "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian",
    "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times", "bloomberg.com":
    "Bloomberg", "aljazeera.com": "Al Jazeera", "afp.com": "AFP", "npr.org": "NPR",
    "foxnews.com": "Fox News", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News", "latimes.com": "Los Angeles Times", "usatoday.com":
    "USA Today", "telegraph.co.uk": "The Telegraph", "independent.co.uk": "The Independent",
    "dailymail.co.uk": "Daily Mail", "msn.com": "MSN", "politico.com": "Politico",
}
AGENCIES = {"ap": "AP", "reuters": "Reuters", "afp": "AFP", "cnn": "CNN", "upi": "UPI",
            "dpa": "dpa", "bloomberg": "Bloomberg", "xinhua": "Xinhua", "ians": "IANS",
            "pti": "PTI", "bbc": "BBC", "ani": "ANI"}
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|der|da|di|le|la|al|bin|ibn)\s+)?[A-Z][\w'’.-]*){1,3}"
_LOGO = re.compile(r"^(?P<outlet>.+?)\s+logo\b")
_BYLINE_OUTLET = re.compile(rf"^(?:by\s+)?{_NAME}\s*[|/]\s*(?P<outlet>[A-Z][\w.&' -]+?)\s*$",
                            re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
                        r"(?P<outlet>[A-Z][\w.&' -]+?)(?:[.,]|\s+all rights|\s*$)",
                        re.IGNORECASE)
_OUTLET_HINT = re.compile(r"logo|[|/©]|\(c\)|(?i:copyright)")
MAX_OUTLET_LINE = 200  # characters: a logo, byline or copyright line is short
_DATE_LABEL = re.compile(r"\b(?:published|posted|updated|last updated|first published|date)\b",
                         re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"|(?P<titled>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}))"  # "Cairo, Egypt (CNN) --"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
    r"(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"  # "NASHVILLE, Oct. 7 --"
    r"(?:\s*\|[^|]{5,60}?\s(?P=place))?"  # Reuters: "TRIPOLI | Mon Feb 21, 2011 ... TRIPOLI"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&!]{0,30})\))?"
    r"(?:\s*(?P<dash>—|–|--)\s*|\s*(?P<hyphen>-)\s+|\s+)(?=[A-Z\"“‘])")


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """("Title", "Site") from "Title | Site" or "Title - site.com"; the title alone otherwise."""
    match = re.match(r"^(?P<title>.{10,}?)\s+(?P<sep>\||-|–|—|::)\s+(?P<site>[^|]{2,60})$", title)
    if not match:
        return title, None
    site = match.group("site").strip()
    looks_like_site = match.group("sep") == "|" or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", site) or \
        site.lower() in {o.lower() for o in OUTLETS.values()}
    if looks_like_site and len(site.split()) <= 6:
        return match.group("title").strip(), site
    return title, None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet of a URL: a known name, else the host without "www." ("whenitson.com")."""
    return outlet_from_host(urlparse(url).hostname if url and "//" in url else None)


def outlet_from_host(host: str | None) -> str | None:
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host or "")
    if not host:
        return None
    for domain, name in OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def outlet_from_lines(lines: list[str]) -> str | None:
    """The outlet a logo, byline or copyright line names: "The Washington Post logo ...",
    "By Lena Marsh | Tidewire", "© 2025 Tidewire. All rights reserved."."""
    for line in lines:
        if len(line) > MAX_OUTLET_LINE or not _OUTLET_HINT.search(line):
            continue
        match = _LOGO.match(line) or _BYLINE_OUTLET.match(line) or _COPYRIGHT.match(line)
        if match and len(match.group("outlet").split()) <= 6:
            return re.sub(r"\s+\d{4}$", "", match.group("outlet").strip(" .,"))
    return None


def date_from_lines(lines: list[str]) -> str | None:
    """The first date in lines that label one ("Updated: ..."), hold little else, or caption
    the article's photo (taken the day of the story)."""
    for line in lines:
        found = find_dates(line)
        if found and (_DATE_LABEL.search(line) or len(line.split()) <= 12 or _LOGO.match(line)
                      or is_caption(line)):
            return found[0].date.isoformat()
    return None


def date_from_url(url: str | None) -> str | None:
    match = re.search(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|\b)", url or "")
    return "-".join(match.groups()) if match else None


def parse_dateline(paragraph: str) -> tuple[str, str | None, int] | None:
    """(place, agency, length of the dateline) at the start of a paragraph, or None.
    "BRUSSELS (AP) — The ..." -> ("Brussels", "AP", 15)."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip(" .")
    if len(place.replace(".", "")) < 3:
        return None
    if match.group("titled") and not (match.group("agency") and (match.group("dash") or
                                                                  match.group("hyphen"))):
        return None  # a capitalised place needs its agency and its dash to be a dateline
    if not (match.group("dash") or match.group("hyphen") or match.group("agency")):
        # "BRUSSELS The United States ...": only a long place name before a sentence opener,
        # so that "NATO Secretary General ..." is not read as a dateline.
        following = paragraph[match.end():].split(None, 1)
        if len(place) < 5 or not following or following[0].lower() not in OPENERS:
            return None
    agency = match.group("agency")
    agency = AGENCIES.get(agency.lower().strip(), agency.strip()) if agency else None
    return _place_name(place), agency, match.end()


def _place_name(place: str) -> str:
    """BRUSSELS -> Brussels; U.N. and other dotted abbreviations stay as written."""
    return " ".join(w if "." in w else w.capitalize() for w in place.split())
