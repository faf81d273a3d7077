"""HTML to text. Whole pages go through trafilatura (main-text extraction and metadata); HTML
fragments and text with stray tags are flattened here, block by block, keeping the document's own
line breaks so the line-level boilerplate filter can work on them afterwards."""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from .pagemeta import page_fields

_PAGE = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|strong|em|b|i|u|img|figure|figcaption|"
                  r"table|tr|td|th|blockquote|section|article|header|footer|nav|aside|main|font|"
                  r"center|small|sup|sub|time|picture|source|iframe|script|style)\b[^>]*>",
                  re.IGNORECASE)
# WordPress-style shortcodes: "[ad_1]", "[gallery ids=...]", "[/embed]", "[caption ...]...
# [/caption]" (whole captions go). A bracketed plain word is an editor's insertion in a quote
# ("our shot [again]"), not a shortcode: only a closing tag, a name with "_" or a digit, a
# name with attributes or a known shortcode name counts.
_CAPTION_SHORTCODE = re.compile(r"\[caption\b[^\]]*\].*?\[/caption\]", re.IGNORECASE | re.DOTALL)
_SHORTCODE = re.compile(
    r"\[/[a-z][\w-]*\]"
    r"|\[[a-z][a-z-]*[_\d][\w-]*(?:\s+[^\]]*)?/?\]"
    r"|\[[a-z][\w-]*(?:\s+[\w-]+=[^\]]*)+/?\]"
    r"|\[(?:caption|gallery|embed|video|audio|playlist|tweet|youtube|instagram|ad|ads|advert)"
    r"\s*/?\]")
# Elements whose content is not text, removed before parsing a fragment: left unclosed in text
# with stray markup (an embed code pasted into a page: `<iframe src=...>`), one would swallow
# everything after it.
_INVISIBLE = re.compile(r"<(script|style|noscript|template|iframe|object|embed|svg)\b[^>]*>"
                        r".*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_INVISIBLE_TAG = re.compile(r"</?(?:script|style|noscript|template|iframe|object|embed|svg)\b"
                            r"[^>]*>", re.IGNORECASE)
BLOCKS = frozenset("""
address article aside blockquote body center dd details dialog div dl dt fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
td tfoot th thead tr ul
""".split())
DROPPED = frozenset("""
script style noscript template svg iframe object embed canvas button input select option textarea
head title meta link figcaption
""".split())
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_page(text: str) -> bool:
    """Whether `text` is a whole HTML page rather than a fragment."""
    return bool(_PAGE.search(text[:5000]))


def has_markup(text: str) -> bool:
    return bool(_TAG.search(text)) or bool(_SHORTCODE.search(text))


def strip_shortcodes(text: str) -> str:
    return _SHORTCODE.sub("", _CAPTION_SHORTCODE.sub("", text))


def fragment_to_text(markup: str) -> str:
    """The visible text of an HTML fragment: a blank line between blocks, a line break for <br>
    and for the line breaks of the source, entities decoded, no tags."""
    markup = _INVISIBLE_TAG.sub(" ", _INVISIBLE.sub(" ", strip_shortcodes(markup)))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", markup)
    return flatten(root)


def flatten(root, *, skip: frozenset[str] = DROPPED) -> str:
    """The visible text under an lxml element, without the `skip` elements, walked without
    recursion (deep trees are fine) and without changing the tree."""
    parts: list[str] = []
    skipping = None
    for action, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):  # comments, processing instructions
            if action == "end" and skipping is None and element.tail:
                parts.append(element.tail)
            continue
        tag = element.tag.lower()
        if action == "start":
            if skipping is None and (tag in skip or _is_hidden(element)):
                skipping = element
            elif skipping is None:
                parts.append("\n\n" if tag in BLOCKS else "\n" if tag == "br" else "")
                parts.append(element.text or "")
            continue
        if skipping is element:
            skipping = None
        elif skipping is not None:
            continue
        if tag in BLOCKS:
            parts.append("\n\n")
        parts.append(element.tail or "")
    return "".join(parts)


def _is_hidden(element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN.search(element.get("style") or ""))


# A page's own furniture, left out of its visible text: the article is not there.
CHROME = DROPPED | {"nav", "header", "footer", "aside", "form"}
# Pages above this many characters are slimmed before parsing (inline scripts, styles and data
# URIs make most of a heavy page); above the second, what is left is no article.
SLIM_PAGE_CHARS = 2 * 2**20
MAX_PAGE_CHARS = 8 * 2**20
_DATA_URI = re.compile(r'"data:[^"]{1000,}"')


@dataclass
class Page:
    """A whole page: the metadata it declares, its main text by trafilatura (one block per
    line), and its visible text without navigation and furniture (for when the extractor
    misses)."""
    fields: dict[str, str] = field(default_factory=dict)
    extracted: str = ""
    visible: str = ""


class PageTooLarge(ValueError):
    """A page too large to be an article even without its scripts and styles."""


def read_page(html: str, *, thorough: bool = False) -> Page:
    """Parse a page once: metadata and visible text first, then trafilatura's main text.
    `thorough`: let trafilatura also try its fallback extractors (slower). A large page loses
    its scripts, styles and embedded data first; one still too large is refused with
    PageTooLarge."""
    if len(html) > SLIM_PAGE_CHARS:
        html = _INVISIBLE.sub(" ", _DATA_URI.sub('""', html))
        if len(html) > MAX_PAGE_CHARS:
            raise PageTooLarge(f"page too large: {len(html) // 2**20} MB of markup without "
                               f"its scripts (limit {MAX_PAGE_CHARS // 2**20} MB)")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return Page(visible=re.sub(r"<[^>]+>", " ", html))
    page = Page(page_fields(tree), visible=visible_text(tree))
    page.extracted = extracted_text(tree, thorough=thorough)
    return page


def visible_text(tree) -> str:
    """A parsed page's visible text without its furniture, a blank line between blocks: on a
    copy of the tree (trafilatura reads the tree next), furniture stripped and the text joined
    by lxml itself."""
    root = copy.deepcopy(tree)
    etree.strip_elements(root, *CHROME, etree.Comment, with_tail=False)
    for element in root.iter(*BLOCKS, "br"):
        element.tail = ("\n" if element.tag == "br" else "\n\n") + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    body = root.find("body")
    return etree.tostring(body if body is not None else root, method="text", encoding="unicode")


def extracted_text(tree_or_html, *, thorough: bool) -> str:
    import trafilatura  # heavy: imported when a page is first seen

    try:
        document = trafilatura.bare_extraction(tree_or_html, fast=not thorough,
                                               include_comments=False, include_tables=True)
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return ""
    return getattr(document, "text", None) or ""
