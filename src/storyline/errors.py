"""Exceptions. Trouble with one document is data (`model.Rejected`), not an exception; these are
for trouble with the run itself.

    StorylineError
    ├── ConfigError          a setting is invalid; the message says what to change
    ├── InputError           an INPUT path does not exist or cannot be listed
    ├── MissingDependency    an optional extra is not installed; the message has the pip line
    ├── StoreError           the store cannot be opened or written
    └── OutputError          an output (report, stories.json) cannot be written where asked
"""


class StorylineError(Exception):
    """Base of every exception storyline raises on purpose."""


class ConfigError(StorylineError, ValueError):
    pass


class InputError(StorylineError):
    pass


class MissingDependency(StorylineError, ImportError):
    def __init__(self, module: str, extra: str):
        super().__init__(f"{module} is needed for this; install it with "
                         f"`pip install 'storyline[{extra}]'`")
        self.module, self.extra = module, extra


class StoreError(StorylineError):
    pass


class OutputError(StorylineError):
    pass
