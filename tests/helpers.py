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


# Texts for dedup tests: a story, another story, and words to make up more.
STORY = [
    "BRUSSELS — NATO defence ministers agreed on Tuesday to send more aircraft to the "
    "eastern flank, the alliance's secretary general said after the meeting.",
    "The decision follows weeks of talks in which several members argued that the current "
    "air policing mission was too thin to deter incursions.",
    "Germany and the Netherlands will each contribute four fighter jets, while Norway offered "
    "refuelling aircraft and Poland said it would host two additional squadrons.",
    "Officials said the new deployment would begin in March and last at least six months, "
    "with a review scheduled before the summer summit in Vilnius.",
    "Critics in several parliaments questioned the cost of the mission, estimated at 300 "
    "million euros a year, and asked whether it would be shared fairly among allies.",
    "The secretary general said the alliance stood united and that the decision sent a clear "
    "message of deterrence to anyone testing its borders.",
]
OTHER = [
    "PARIS — Farmers blocked roads around the capital on Monday to protest against falling "
    "milk prices and new environmental rules, snarling traffic for hours.",
    "The agriculture minister invited union leaders to talks later in the week and promised "
    "an emergency fund for the hardest-hit dairy producers.",
    "Police said more than 900 tractors took part and that the protest remained peaceful, "
    "though several motorways were closed during the morning rush hour.",
]
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi".split()


# Three stories of a fictional country: a vote, the court case it led to weeks later, a flood.
VOTE = ("The national assembly of Veloria voted on {day} to approve the disputed budget after "
        "a marathon session, with prime minister Anika Strand winning support from the Greens. "
        "Opposition leader Tomas Berg called the vote a betrayal of pensioners and promised "
        "to challenge the budget in the constitutional court.")
COURT = ("Veloria's constitutional court began hearing the challenge to the budget on {day}, "
         "weeks after the national assembly approved it. Opposition leader Tomas Berg told the "
         "judges that the budget cut pensions unlawfully, while lawyers for prime minister "
         "Anika Strand said parliament had acted within its powers.")
FLOOD = ("Heavy rain flooded the river town of Osterby on {day}, forcing hundreds of families "
         "from their homes as the Lumen river burst its banks. Rescue crews used boats to reach "
         "stranded residents, and the regional governor asked the army for help with sandbags.")


def article(id, template, day, published, extra=""):
    return make_article(id, template.format(day=day) + " " + extra, published=published)
