"""Settings: one frozen stage object per pipeline stage, its fields the stage's parameters.

A TOML file has one table per stage, keys as the stage's fields:

    [dedup]
    containment = 0.8

    [summarize]
    max_words = 80

Stages validate their values when built; a wrong section or key is named with what exists.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .clean import Cleaner
from .dedup import Deduplicator
from .errors import ConfigError
from .extract import Extractor
from .stories import Clusterer
from .summarize import Summarizer, TimelineBuilder


@dataclass(frozen=True)
class Config:
    clean: Cleaner = field(default_factory=Cleaner)
    dedup: Deduplicator = field(default_factory=Deduplicator)
    cluster: Clusterer = field(default_factory=Clusterer)
    summarize: Summarizer = field(default_factory=Summarizer)
    timeline: TimelineBuilder = field(default_factory=TimelineBuilder)
    extract: Extractor = field(default_factory=Extractor)

    def with_options(self, section: str, **options) -> Config:
        """This config with some settings of one stage replaced (None values are left alone)."""
        options = {k: v for k, v in options.items() if v is not None}
        if not options:
            return self
        return dataclasses.replace(self, **{section: _stage(section, getattr(self, section),
                                                             options)})


def load_config(path: str | Path | None) -> Config:
    """The settings of a TOML file, defaults for what it leaves out; defaults when no file."""
    config = Config()
    if path is None:
        return config
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the settings: {exc}") from exc
    sections = [f.name for f in dataclasses.fields(Config)]
    for section, options in data.items():
        if section not in sections or not isinstance(options, dict):
            raise ConfigError(f"{path}: unknown section [{section}]; the sections are "
                              + ", ".join(f"[{s}]" for s in sections))
        config = dataclasses.replace(config, **{
            section: _stage(section, getattr(config, section), options)})
    return config


def _stage(section: str, current, options: dict):
    known = {f.name for f in dataclasses.fields(current)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise ConfigError(f"[{section}] has no setting {', '.join(map(repr, unknown))}; "
                          f"its settings are {', '.join(sorted(known)) or 'none'}")
    try:
        return dataclasses.replace(current, **options)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"[{section}] {exc}") from exc
