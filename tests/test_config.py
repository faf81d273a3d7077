import pytest

from storyline.config import Config, load_config
from storyline.errors import ConfigError


def test_defaults_without_a_file():
    assert load_config(None) == Config()


def test_a_file_sets_stage_settings(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("[dedup]\ncontainment = 0.7\n\n[summarize]\nmax_words = 50\n",
                    encoding="utf-8")
    config = load_config(path)
    assert config.dedup.containment == 0.7 and config.summarize.max_words == 50
    assert config.cluster == Config().cluster


@pytest.mark.parametrize("text, message", [
    ("[dedupe]\nx = 1\n", "unknown section [dedupe]"),
    ("[dedup]\nbands = 0\n", "[dedup] bands must be at least 1"),
    ("[dedup\n", "cannot read the settings"),
])
def test_mistakes_are_named(tmp_path, text, message):
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_config(path)


def test_command_line_options_override_one_stage():
    config = Config().with_options("timeline", max_dates=5, query=None)
    assert config.timeline.max_dates == 5 and config.timeline.query is None
    assert Config().with_options("timeline", query=None) == Config()
