"""The records that flow through the pipeline, as frozen dataclasses.

Every record turns into plain JSON-ready data with `to_dict` and back with `from_dict`; the
dictionaries are the shapes of CONTRACT.md, so the CLI, the store and stories.json share them.
Offsets (`start`, `end`) are Python string indices into an article's clean `text`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .dedup.signatures import Signatures

RELATIONS = ("canonical", "exact", "near", "excerpt")
QUOTE_KINDS = ("direct", "partial", "indirect")
ENTITY_KINDS = ("person", "organization", "location")


def to_dict(record) -> dict[str, Any]:
    """The record as JSON-ready data: tuples become lists, nested records dictionaries."""
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value):
    if dataclasses.is_dataclass(value):
        return to_dict(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class RawDocument:
    """One input document as read, before cleaning.

    `kind` says how to read `content`: "text" (plain text, maybe with stray markup or front
    matter), "html" (a page or a fragment) or "markdown". `fields` holds metadata the container
    gave (a JSON record's title, published, url, ...), already under the contract's key names.
    `title_line` says whether a first line without a title field is the headline (true of
    scraped files, not of JSON records, whose text starts with the body).
    """
    id: str
    source: str
    kind: str
    content: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    title_line: bool = True


@dataclass(frozen=True)
class Article:
    """A cleaned article: the body text a reader wants, and what is known about it."""
    id: str
    source: str
    title: str | None
    text: str
    published: str | None = None  # ISO date or timestamp
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    dateline: str | None = None  # the place of the dateline, "Brussels"
    agency: str | None = None  # the agency named in the dateline, "AP"
    language: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Rejected:
    """A document that could not be used, and why: data, not an exception."""
    id: str
    source: str
    stage: str
    reason: str


@dataclass(frozen=True)
class Citation:
    """A span of an article's clean text, quoted exactly: `text == article.text[start:end]`."""
    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:  # the contract's key order
        return {"text": self.text, "article": self.article, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Citation:
        return cls(data["article"], data["start"], data["end"], data["text"])


@dataclass(frozen=True)
class Member:
    id: str
    relation: str  # one of RELATIONS
    containment: float  # share of this member's shingles found in the canonical
    jaccard: float  # shingle Jaccard similarity with the canonical


@dataclass(frozen=True)
class SyndicationGroup:
    """Copies of one story; `canonical` is the most complete, cleanest copy."""
    id: str
    canonical: str
    members: tuple[Member, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.members)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SyndicationGroup:
        return cls(data["id"], data["canonical"], tuple(Member(**m) for m in data["members"]))


@dataclass(frozen=True)
class Event:
    """One real-world happening. `articles` lists every article, copies included; `groups` the
    syndication groups they came in."""
    id: str
    title: str
    start: str | None
    end: str | None
    articles: tuple[str, ...]
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Storyline:
    """Events linked over weeks or months."""
    id: str
    title: str
    events: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    sentences: tuple[Citation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": [c.to_dict() for c in self.sentences]}


@dataclass(frozen=True)
class TimelineEntry:
    """One date of a timeline. `evidence` holds, per sentence, the words its date was read from
    (None when the date is the publication date)."""
    date: str
    sentences: tuple[Citation, ...]
    evidence: tuple[str | None, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "sentences": [c.to_dict() for c in self.sentences],
                "evidence": list(self.evidence)}


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"entries": [e.to_dict() for e in self.entries]}


@dataclass(frozen=True)
class Entity:
    """A named entity of one article under its canonical name, with the other forms used."""
    name: str
    kind: str  # one of ENTITY_KINDS
    aliases: tuple[str, ...] = ()
    mentions: int = 1


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker; `text == article.text[start:end]`."""
    speaker: str | None
    text: str
    kind: str  # one of QUOTE_KINDS
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "kind": self.kind,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Extraction:
    """What `extract` finds in one article."""
    id: str
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        """The contract's shape: entity names grouped by kind, and the quotes."""
        grouped = {kind: [e.name for e in self.entities if e.kind == kind]
                   for kind in ENTITY_KINDS}
        return {"id": self.id, "entities": grouped, "quotes": [q.to_dict() for q in self.quotes]}


@dataclass(frozen=True)
class Build:
    """Everything one run of the whole pipeline produced.

    `summaries` maps an event id to its summary, `timelines` a storyline id to its timeline,
    `extractions` an article id to its entities and quotes. `signatures` is what dedup keeps
    of the articles so that a later build adds to the groups (None: not kept); it is working
    state, not a result, so it takes no part in comparing builds.
    """
    articles: tuple[Article, ...]
    rejected: tuple[Rejected, ...]
    groups: tuple[SyndicationGroup, ...]
    events: tuple[Event, ...]
    storylines: tuple[Storyline, ...]
    summaries: Mapping[str, Summary]
    timelines: Mapping[str, Timeline]
    extractions: Mapping[str, Extraction]
    signatures: Signatures | None = field(default=None, compare=False, repr=False)
