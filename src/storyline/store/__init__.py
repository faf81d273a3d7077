"""store: the SQLite store. (Interface; being implemented.)"""
from pathlib import Path

from ..model import Build


def write_store(result: Build, path: Path) -> Path:
    raise NotImplementedError
