"""Shared test helpers (importable as `helpers`: pyproject puts tests/ on the path). Real third-party data lives in ../shared/data; tests that need it are
marked slow and skip when it is absent."""
from pathlib import Path

import pytest

from storyline.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def make_article(id, text, *, title=None, published=None, **fields):
    return Article(id=id, source=f"test:{id}", title=title, text=text, published=published,
                   **fields)


def need(path: Path) -> Path:
    """The path, or skip the test when the shared data is not on this machine."""
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path
