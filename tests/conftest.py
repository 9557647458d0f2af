"""Shared fixtures and the hypothesis profiles, chosen by ``HYPOTHESIS_PROFILE``: ``dev`` (the
default), ``ci`` (more examples) and ``mutation`` (few, fixed examples)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from quotecheck import compare
from quotecheck.models import Comparison

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASES = Path(__file__).resolve().parent / "cases"

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# `make mutation`: few, fixed examples, so every mutant meets the same inputs and the score repeats
settings.register_profile(
    "mutation", max_examples=20, deadline=None, derandomize=True, database=None
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def gold() -> dict:
    """What a careful human found in the seed articles."""
    return json.loads((CASES / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def story() -> Comparison:
    """An invented story in four outlets (``tests/cases/story``): a wire with its manifest's
    addresses and times, one outlet dropping a 'not', one changing a number, one copying."""
    return compare([CASES / "story"])


@pytest.fixture(scope="session")
def seeds() -> Comparison:
    """The whole pipeline run once on the seed articles."""
    return compare([SEEDS])


def one_statement_three_ways(split_speaker: str = "Ilka Brandes") -> Comparison:
    """One statement in three outlets: whole in one, split around its attribution in another,
    and in the third a fragment in a paraphrase, then the statement whole."""
    from quotecheck import compare_articles, parse_article

    lead = "The harbour was closed on Tuesday after a fire on the quay.\n\n"
    first = "News will be shared as it becomes clear"
    second = "Until then, please give the families and the crew the space they need"
    whole = parse_article(lead + f"“{first}. {second},” said harbour chief Ilka Brandes.", "a.txt")
    split = parse_article(
        lead + f"“{first},” said harbour chief {split_speaker}. “{second}.”", "b.txt"
    )
    both = parse_article(
        lead + "According to harbour chief Ilka Brandes, news will be shared “as it becomes "
        "clear,” Radio Eastfield reported.\n\n"
        f"“{first}. {second},” Brandes said in a statement.",
        "c.txt",
    )
    return compare_articles([whole, split, both])
