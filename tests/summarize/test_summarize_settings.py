import pytest

from storyline.config import load_config
from storyline.errors import ConfigError
from storyline.summarize import Summarizer, TimelineBuilder


@pytest.mark.parametrize("value", [0, -3, 2.5, "100", True, None])
def test_max_words_must_be_a_positive_whole_number(value):
    with pytest.raises(ValueError, match="max_words must be a whole number of at least 1"):
        Summarizer(max_words=value)


@pytest.mark.parametrize("field", ["max_dates", "sentences_per_date"])
def test_timeline_counts_must_be_positive(field):
    with pytest.raises(ValueError, match=f"{field} must be a whole number of at least 1"):
        TimelineBuilder(**{field: 0})


def test_query_must_be_text():
    with pytest.raises(ValueError, match="query must be a string"):
        TimelineBuilder(query=["haiti"])


def test_settings_load_from_toml(tmp_path):
    path = tmp_path / "storyline.toml"
    path.write_text("[summarize]\nmax_words = 60\n\n[timeline]\nmax_dates = 4\n"
                    "query = \"haiti earthquake\"\n", encoding="utf-8")
    config = load_config(path)
    assert config.summarize == Summarizer(max_words=60)
    assert config.timeline == TimelineBuilder(max_dates=4, query="haiti earthquake")


def test_a_bad_value_in_toml_names_the_setting(tmp_path):
    path = tmp_path / "storyline.toml"
    path.write_text("[summarize]\nmax_words = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[summarize\] max_words must be"):
        load_config(path)
