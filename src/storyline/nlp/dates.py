"""Dates in metadata strings and in running text.

`parse_date` reads one metadata value ("2016-02-11 15:21:20", "Dec. 2, 2015", "1/20/2016").
`find_dates` finds the dates a text talks about, absolute ("Dec. 2, 2015", "2 December") and,
given the publication date, relative ("on Wednesday", "yesterday", "last month" is not a day
and is skipped): news writes a bare weekday for a day of the past week, or of the coming week
after "next" or a future verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

# Absolute dates, most specific first. Each names its groups; a missing year is taken from the
# reference date.
_ABSOLUTE = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)",
    r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b",
    r"\b" + _WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b",
    r"(?<![\d/.])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/" + _YEAR + r"(?![\d/])",
    r"(?<![\d/.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\." + _YEAR + r"(?![\d.])",
)]
_RELATIVE = re.compile(
    r"\b(?:(?P<shift>last|next|this|on|early|late|since|until|by)\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?P<word>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening"
    r"|last night)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|is due|are due|to be held|is expected|are expected|"
                     r"plans? to|scheduled|next)\b[^.]{0,60}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: date
    text: str
    relative: bool  # read relative to the reference date


# Words before a day that make it a reference point: "since Tuesday", "until early Friday".
_ANCHOR_BEFORE = re.compile(r"\b(?:since|until|till|before|after|by|from)\s+"
                            r"(?:early\s+|late\s+|last\s+)?$", re.IGNORECASE)


def is_anchor(text: str, mention: DateMention) -> bool:
    """Whether the day is named as a reference point, not as when something happened."""
    if text.startswith(("'s", "’s"), mention.end):
        return True
    return bool(_ANCHOR_BEFORE.search(text, max(0, mention.start - 20), mention.start)) or \
        mention.text.lower().startswith(("since", "until", "by "))


def parse_date(value) -> date | None:
    """The calendar day a metadata value names, or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = _first_absolute(text, reference=None)
    return found.date if found else None


def iso_date(value) -> str | None:
    """`parse_date` as YYYY-MM-DD."""
    found = parse_date(value)
    return found.isoformat() if found else None


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every day `text` names, in order; relative expressions need `reference`."""
    found = list(_absolute(text, reference))
    if reference is not None:
        taken = [(m.start, m.end) for m in found]
        found += [m for m in _relative(text, reference)
                  if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted(found, key=lambda m: m.start)


def _absolute(text: str, reference: date | None):
    taken: list[tuple[int, int]] = []
    for pattern in _ABSOLUTE:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            day = _day_of(match, reference)
            if day is not None:
                taken.append(match.span())
                yield DateMention(match.start(), match.end(), day, match.group(), False)


def _first_absolute(text: str, reference: date | None) -> DateMention | None:
    return min(_absolute(text, reference), key=lambda m: m.start, default=None)


def _day_of(match: re.Match, reference: date | None) -> date | None:
    parts = match.groupdict()
    month = parts["month"]
    month = MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    try:
        day = int(parts["day"])
        if parts.get("year"):
            return date(int(parts["year"]), month, day)
        if reference is None:
            return None
        guess = date(reference.year, month, day)
    except (TypeError, ValueError):
        return None
    # A month and day without a year: the nearest such day, news being mostly about the past.
    if guess > reference + timedelta(days=120):
        guess = _replace_year(guess, reference.year - 1)
    elif guess < reference - timedelta(days=240):
        guess = _replace_year(guess, reference.year + 1)
    return guess


def _replace_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _relative(text: str, reference: date):
    for match in _RELATIVE.finditer(text):
        if match.group("word"):
            word = match.group("word").lower()
            shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
            day = reference + timedelta(days=shift)
        else:
            day = _weekday(text, match, reference)
        yield DateMention(match.start(), match.end(), day, match.group(), True)


def _weekday(text: str, match: re.Match, reference: date) -> date:
    target = WEEKDAYS[match.group("weekday").lower()]
    back = (reference.weekday() - target) % 7  # days since the last such day (0: today)
    shift = (match.group("shift") or "").lower()
    future = shift == "next" or (shift != "last" and bool(
        _FUTURE.search(text, max(0, match.start() - 100), match.start())))
    if future:
        return reference + timedelta(days=(target - reference.weekday()) % 7 or 7)
    return reference - timedelta(days=back + (7 if shift == "last" and back == 0 else 0))

