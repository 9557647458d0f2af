"""Every input that once crashed the fuzzer (``make fuzz``) runs through the pipeline again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))
from fuzz import CASES, run_once

SAVED = sorted(CASES.glob("crash-*.txt"))


@pytest.mark.skipif(not SAVED, reason="no crash saved by `make fuzz` yet: nothing to replay")
@pytest.mark.parametrize("path", SAVED or [None], ids=[p.name for p in SAVED] or ["none"])
def test_saved_crash_no_longer_crashes(path):
    run_once(path.read_text(encoding="utf-8", errors="surrogatepass").split("\x1e"))


def test_the_fuzzer_runs_a_few_inputs():
    import random

    from fuzz import article

    rng = random.Random(7)
    for _ in range(20):
        run_once([article(rng), article(rng)])
