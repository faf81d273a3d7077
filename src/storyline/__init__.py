"""storyline: turn a pile of scraped news into stories a person can read.

    from storyline.config import Config
    from storyline.pipeline import build
    result = build(["scraped/"], Config())
"""
__version__ = "0.1.0"
