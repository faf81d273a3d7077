"""Text to lines: mojibake and entities repaired, whitespace collapsed, Markdown syntax
removed, hard wraps undone. Every shape of input becomes a list of lines here."""
from __future__ import annotations

import html
import re

from .encoding import repair

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def text_lines(text: str, *, markdown: bool = False) -> list[str]:
    """Lines of text, mojibake and entities repaired, whitespace collapsed, hard wraps undone."""
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), repair(text))
    blocks = re.split(r"\n\s*\n", text)
    lines = []
    for block in blocks:
        block_lines = [" ".join(line.split()) for line in block.split("\n")]
        block_lines = [_markdown_line(line) if markdown else line for line in block_lines]
        lines.extend(_unwrap([line for line in block_lines if line]))
    return lines


def _markdown_line(line: str) -> str:
    line = re.sub(r"^#{1,6}\s+|^>\s+|^[-*+]\s+(?=\S)", "", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    return re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", line).strip()


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that does not end a sentence, followed by one that
    starts in lower case, is the same paragraph."""
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower() and not re.search(r"[.!?:;\"”’)\]]$", joined[-1]):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined
