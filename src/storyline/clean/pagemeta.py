"""Metadata a web page declares about itself: JSON-LD, meta tags, <time>, bylines, <html lang>.

Read from the parsed tree before the main text is extracted, so the page is parsed once. Each
field takes the first source that has it, the structured ones (JSON-LD, Open Graph) before the
conventions (`itemprop`, class names), before the generic (<title>). Values are returned as
found; the clean stage normalises dates and vets authors.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree
from typing import Any, Iterator

@dataclass(frozen=True)
class _Meta:
    """<meta> tags whose `attribute` is one of `values`: their content, in document order.
    Looked up in the page's meta tags, collected once (an XPath walks the whole tree each time)."""
    attribute: str
    values: tuple[str, ...]

    def __call__(self, metas: list[dict]) -> list[str]:
        return [meta["content"] for meta in metas if meta.get(self.attribute) in self.values
                and "content" in meta]


def _meta(attribute: str, *values: str) -> _Meta:
    return _Meta(attribute, values)


def _classes(*names: str) -> str:
    """XPath of elements with any of the class names (the plain `contains` first: normalising
    every element's class attribute is what costs)."""
    return "//*[" + " or ".join(f'contains(@class, "{n}") and '
                                f'contains(concat(" ", normalize-space(@class), " "), " {n} ")'
                                for n in names) + "]"


# (field, sources) in order of trust; a source is meta tags or an XPath giving attribute values
# or elements.
_SOURCES = {
    "title": (_meta("property", "og:title"), _meta("name", "twitter:title"), '//h1', '//title'),
    "published": (_meta("property", "article:published_time"),
                  _meta("name", "article:published_time"), _meta("itemprop", "datePublished"),
                  '//*[@itemprop="datePublished"]/@datetime',
                  _meta("name", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued",
                        "sailthru.date", "parsely-pub-date"),
                  _meta("property", "og:published_time"),
                  '//time[@datetime][1]/@datetime',
                  # a page that declares only when it was changed is dated by that
                  _meta("property", "article:modified_time", "og:updated_time"),
                  _meta("itemprop", "dateModified")),
    "author": (_meta("name", "author", "sailthru.author", "parsely-author"),
               _meta("property", "author"), _meta("property", "article:author"),
               '//meta[@name="twitter:label1" and @content="Written by"]'
               '/following-sibling::meta[@name="twitter:data1"][1]/@content',
               '//*[@itemprop="author"]//*[@itemprop="name"]', '//*[@itemprop="author"]',
               '//a[@rel="author"]', _classes("author-name", "the-author", "byline__name",
                                              "author-link", "post-author", "entry-author")),
    "outlet": (_meta("property", "og:site_name"), _meta("name", "application-name")),
    "url": ('//link[@rel="canonical"]/@href', _meta("property", "og:url")),
    "language": ('/html/@lang', _meta("http-equiv", "content-language")),
}
_LD_KEYS = {"title": ("headline", "name"), "published": ("datePublished", "dateCreated"),
            "author": ("author", "creator", "contributor"), "outlet": ("publisher",),
            "url": ("url",)}
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|Blog", re.IGNORECASE)
MAX_FIELD_CHARS = 300


_COMPILED = {name: tuple(etree.XPath(s) if isinstance(s, str) else s for s in sources)
             for name, sources in _SOURCES.items()}
_LD_SCRIPTS = etree.XPath('//script[@type="application/ld+json"]')


def page_fields(tree) -> dict[str, str]:
    """The metadata fields a parsed page declares (contract names; missing ones left out)."""
    fields = _json_ld(tree)
    metas = [dict(meta.attrib) for meta in tree.iter("meta")]
    for name, sources in _COMPILED.items():
        if name not in fields:
            value = next(filter(None, (_first(source(metas if isinstance(source, _Meta)
                                                     else tree), url=name == "url")
                                       for source in sources)), None)
            if value:
                fields[name] = value
    if "language" in fields:
        fields["language"] = fields["language"].split("-")[0].lower()
    return fields


def _first(found: list, *, url: bool) -> str | None:
    """The first of the values found, unless it is a link where a name was wanted."""
    for value in found[:3]:
        text = value if isinstance(value, str) else "".join(value.itertext())
        text = " ".join(str(text).split())
        if text and len(text) <= MAX_FIELD_CHARS and (url or "://" not in text[:10]):
            return text
    return None


def _json_ld(tree) -> dict[str, str]:
    """Fields of the page's JSON-LD article object, if it has one."""
    objects = []
    for script in _LD_SCRIPTS(tree)[:10]:
        try:
            objects.extend(_objects(json.loads(script.text or "")))
        except ValueError:
            continue
    articles = [o for o in objects if _ARTICLE_TYPES.search(str(o.get("@type", "")))]
    fields = {name: value for name, keys in _LD_KEYS.items() for item in articles[:1]
              if (value := _ld_value(item, keys))}
    if "published" not in fields:  # a WebPage object often carries the dates
        fields.update(next(({"published": v} for o in objects
                            if (v := _ld_value(o, ("datePublished", "dateCreated")))), {}))
    return fields


def _objects(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every JSON object in a JSON-LD document (in @graph lists too), a few levels deep."""
    if depth > 4:
        return
    if isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            yield from _objects(data.get(key), depth + 1)
    elif isinstance(data, list):
        for item in data[:50]:
            yield from _objects(item, depth + 1)


def _ld_value(item: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, list):
            names = [_ld_name(v) for v in value[:5]]
            value = ", ".join(n for n in names if n)
        else:
            value = _ld_name(value)
        if value:
            return " ".join(value.split())[:MAX_FIELD_CHARS]
    return None


def _ld_name(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return str(value) if isinstance(value, (str, int, float)) and str(value).strip() else None
