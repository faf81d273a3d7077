"""report: stories.json and the static HTML report. (Interface; being implemented.)"""
from pathlib import Path

from ..model import Build


def write_stories_json(result: Build, path: Path) -> Path:
    raise NotImplementedError


def write_report(result: Build, path: Path) -> Path:
    raise NotImplementedError
