"""YAML front matter (`---` ... `---` at the top of Markdown and WordPress exports): its fields
become metadata. Parsed with the safe loader, size-capped, and anything odd is ignored rather
than trusted: a front matter block is a hint, never a reason to lose the article."""
from __future__ import annotations

import re
from typing import Any

import yaml

_BLOCK = re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A longer block is not front matter a person wrote; skip parsing it (YAML bombs live here).
MAX_FRONT_MATTER_CHARS = 20_000
# Front matter key -> metadata field, first found wins.
KEYS = {
    "title": ("title", "post_title", "original_title", "headline"),
    "published": ("date", "published", "post_date", "date_published", "pubdate", "publishdate",
                  "created"),
    "author": ("author", "authors", "byline", "creator"),
    "url": ("canonical_url", "original_link", "url", "link", "permalink", "source_url"),
    "outlet": ("outlet", "source", "site", "site_name", "publisher", "publication"),
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata fields, the text after the front matter). No front matter: ({}, text)."""
    match = _BLOCK.match(text)
    if not match:
        return {}, text
    rest = text[match.end():]
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER_CHARS:
        return {}, rest
    try:
        data = yaml.load(block, Loader=_NoAliasLoader)
    except yaml.YAMLError:
        return {}, rest
    return (_fields(data) if isinstance(data, dict) else {}), rest


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader without anchors and aliases: a front matter that needs them is a bomb."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not allowed in front matter")
        return super().compose_node(parent, index)


def _fields(data: dict[Any, Any]) -> dict[str, str]:
    fields = {}
    for name, keys in KEYS.items():
        for key in keys:
            value = _scalar(data.get(key))
            if value:
                fields[name] = value
                break
    return fields


def _scalar(value) -> str | None:
    """A YAML value as one line of text: the first item of a list, strings folded."""
    if isinstance(value, list):
        value = next((v for v in value if _scalar(v)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return " ".join(str(value).split()) or None
