"""Build ``quotecheck/data/world_given_names.tsv``: given names borne around the world that the
U.S. table (``first_names.tsv``) lacks, with the gender they tell.

Run by hand, never at run time, in a scratch environment with the two sources installed::

    python -m venv /tmp/names && /tmp/names/bin/pip install nomquamgender english-words
    /tmp/names/bin/python tools/build_world_given_names.py > quotecheck/data/world_given_names.tsv

Sources: nomquamgender 0.1.4 (MIT licence; Van Buskirk, Clauset and Larremore, "An open-source
cultural consensus approach to name-based gender classification", ICWSM 2023), whose table gives
each name the number of national and historical sources that list it, how many people bore it,
and the share of them that were women; and Webster's Second International (public domain, as
the ``web2`` list of the english-words package), which writes a proper name with a capital and a
common word in lower case.
"""

from __future__ import annotations

import importlib.resources
import json
import sys
from pathlib import Path

import regex
from english_words import get_english_words_set

DATA = Path(__file__).resolve().parent.parent / "quotecheck" / "data"
#: a name in at least this many sources, borne by at least this many people: a given name the
#: world over, not one country's rarity or a surname listed by mistake
MIN_SOURCES = 10
MIN_BEARERS = 1000
#: the share of women at or below which a name is a man's, and at or above which a woman's
MALE_AT, FEMALE_AT = 0.05, 0.95
_LETTERS = regex.compile(r"[a-zà-öø-ÿ]{3,}")
#: words the source lists as given names that English news writes, capitalised, for a place,
#: a people's adjective, a dynasty or a myth far more often (checked by hand among the names
#: Webster's Second lists as proper nouns)
NOT_GIVEN = frozenset(
    {"venice", "warwick", "philippine", "tudor", "artemis", "helios", "calypso", "castor"}
    | {"aryan", "mimosa"}
)


def _words(name: str) -> set[str]:
    """The words of one of quotecheck's lexicons, lower-cased, comments left out."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {
        cell.lower()
        for line in lines
        if line and not line.startswith("#")
        for cell in line.split("\t")
    }


def main() -> None:
    """Print the table: a header of provenance, then ``gender<TAB>name`` rows."""
    table = importlib.resources.files("nomquamgender") / "name_data.json"
    names = json.loads(table.read_text(encoding="utf-8"))
    webster = get_english_words_set(["web2"], lower=False)
    known = _words("first_names.tsv")
    common = set().union(
        *(
            _words(f)
            for f in (
                "stopwords.txt",
                "de/stopwords.txt",
                "fr/stopwords.txt",
                "not_names.txt",
                "titles.txt",
                "organisation_words.txt",
                "places.txt",
                "demonyms.txt",
                "honorifics.txt",
                "number_words.tsv",
                "speech_verbs.tsv",
            )
        )
    )
    rows = []
    for name, (sources, bearers, women, *_) in names.items():
        if not _LETTERS.fullmatch(name) or sources < MIN_SOURCES or bearers < MIN_BEARERS:
            continue
        if name in known or name in common or name in NOT_GIVEN:
            continue
        if name in webster and name.capitalize() not in webster:
            continue  # a common word the dictionary writes in lower case: "river", "beat"
        if MALE_AT < women < FEMALE_AT:
            continue  # a name of either sex tells no gender, and is as often a surname or a
            # place ("Milan", "Brooks")
        rows.append(("male" if women <= MALE_AT else "female", name))
    print(
        "# Given names borne around the world that the U.S. table (first_names.tsv) lacks, with"
        '\n# the gender they tell, read after that table: "she" is not the last man named.'
        "\n# Provenance: nomquamgender 0.1.4 (MIT licence, Copyright (c) 2022 Ian Van Buskirk), its"
        "\n# name table filtered by tools/build_world_given_names.py: a name listed by at least"
        f"\n# {MIN_SOURCES} sources and borne by at least {MIN_BEARERS} people; `male` when at most"
        f"\n# {MALE_AT:.0%} of them were women, `female` when at least {FEMALE_AT:.0%} were"
        "\n# (names of either sex are left out); no name of first_names.tsv, no"
        "\n# word of quotecheck's own lists, no word Webster's Second (public domain) writes"
        "\n# only in lower case. Names are lower-cased and, as the source gives them, without"
        "\n# accents."
        "\n# gender\tname"
    )
    for gender, name in sorted(rows, key=lambda r: r[1]):
        print(f"{gender}\t{name}")


if __name__ == "__main__":
    sys.exit(main())
