"""The given names the extract stage looks up (person runs, pronoun genders); the list itself
lives in `storyline.nlp.names`."""
from __future__ import annotations

from ..nlp.names import FEMALE, GIVEN, MALE, NEUTRAL, gender_of_given

__all__ = ["FEMALE", "GIVEN", "MALE", "NEUTRAL", "gender_of_given"]
