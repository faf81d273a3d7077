"""Articles given as JSON records (JSON Lines, optionally gzipped, or a JSON array): the keys
CONTRACT.md lists, mapped to one set of names."""
from __future__ import annotations

from typing import Any, Mapping

from ..model import RawDocument

TEXT_KEYS = ("text", "maintext", "content", "body", "article")
HTML_KEYS = ("html", "raw_html")
# The contract's field name -> the record keys that may hold it, first found wins.
FIELD_KEYS = {
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "date", "date_published", "pubdate",
                  "published_at"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source_domain", "site_name", "sitename"),
    "author": ("author", "authors", "byline"),
}


class BadRecord(ValueError):
    """A record that holds no article; the message says why, `id` is the record's own id."""

    def __init__(self, message: str, id: str | None = None):
        super().__init__(message)
        self.id = id


def record_document(record: Any, *, fallback_id: str, source: str) -> RawDocument:
    """The RawDocument of one JSON record; raises BadRecord."""
    if not isinstance(record, Mapping):
        raise BadRecord(f"not a JSON object but {type(record).__name__}")
    doc_id = _text(record.get("id")) or fallback_id
    text = next((record[k] for k in TEXT_KEYS if _text(record.get(k))), None)
    html = next((record[k] for k in HTML_KEYS if _text(record.get(k))), None)
    if text is None and html is None:
        raise BadRecord("no text: none of the keys " + ", ".join(TEXT_KEYS + HTML_KEYS), doc_id)
    fields = {name: value for name, keys in FIELD_KEYS.items()
              if (value := _field(record, keys)) is not None}
    return RawDocument(doc_id, source, "text" if text is not None else "html",
                       str(text if text is not None else html), fields, title_line=False)


def _field(record: Mapping, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(_text(v) for v in value if _text(v))
        if _text(value):
            return _text(value)
    return None


def _text(value) -> str:
    return str(value).strip() if isinstance(value, (str, int, float)) and \
        not isinstance(value, bool) else ""
