"""Reading the written report back: ids, links and the article text of each page (stdlib only)."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

VOID = {"meta", "link", "input", "br", "img", "hr", "wbr"}


@dataclass
class Page:
    ids: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # src= and stylesheet href=
    text: str | None = None  # the data inside <div class="text">, unescaped
    cites: int = 0  # elements with class "cite"


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.depth = 0
        self.text_depth: int | None = None
        self.text_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.page.ids.append(attrs["id"])
        if "cite" in (attrs.get("class") or "").split():
            self.page.cites += 1
        if tag == "a" and "href" in attrs:
            self.page.links.append(attrs["href"])
        if tag == "link" or (tag == "script" and "src" in attrs):
            self.page.sources.append(attrs.get("href") or attrs["src"])
        if tag in VOID:
            return
        self.depth += 1
        if tag == "div" and "text" in (attrs.get("class") or "").split():
            self.text_depth = self.depth

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.text_depth == self.depth:
            self.page.text = "".join(self.text_parts)
            self.text_depth = None
        self.depth -= 1

    def handle_data(self, data):
        if self.text_depth is not None:
            self.text_parts.append(data)


def read_page(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_bytes().decode("utf-8"))  # no newline translation: "\r" stays
    reader.close()
    return reader.page


def broken_links(folder: Path) -> list[str]:
    """Every local link or asset in the report's pages whose file or anchor is missing."""
    pages = {p.resolve(): read_page(p) for p in folder.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in page.links + page.sources:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https"):
                continue
            target = (path.parent / parts.path).resolve() if parts.path else path
            if not target.is_file():
                broken.append(f"{path.name}: {link} (no file)")
            elif parts.fragment and parts.fragment not in pages[target].ids:
                broken.append(f"{path.name}: {link} (no anchor)")
    return broken
