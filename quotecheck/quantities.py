"""Numbers as a reader takes them: the value a stretch of words states (digits, number words in
English, German and French, fractions and shares, Roman numerals), times of day, spans of time,
dates, measures with their units and currencies, so that the comparator tells a number written
another way (``two`` / ``2``, ``9/11`` / ``Sept. 11``, ``30C`` / ``86F``) from a number changed.

The functions read; none decides what an edit is: :mod:`quotecheck.drift` does, from what they
read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

import regex

from .lexicon import rows
from .normalize import diff_tokens, is_punct

_DIGITS = regex.compile(r"\u2212?\d+")
_NUMBER_VALUES: dict[str, str] = {w: v for w, v, *_ in rows("number_words.tsv")}
#: a currency's symbol, code or name, by the unit it states ("$", "usd", "dollars": "$")
_CURRENCY_UNITS: dict[str, str] = {w: unit for w, unit in rows("currencies.tsv")}


#: a Roman numeral of two letters or more, up to 39, in capitals: "II", "IV", "XIV"
_ROMAN = regex.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman(word: str) -> int | None:
    """The value of a Roman numeral as names and titles carry them (``World War II``, ``Pope
    Leo XIV``, ``stage IV``), or None; one letter is never read as one (``I``, ``V``)."""
    if not _ROMAN.fullmatch(word):
        return None
    values = [_ROMAN_VALUES[c] for c in word]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def romans_read(words: list[str]) -> list[str]:
    """The words with each Roman numeral in digits (``World War II`` / ``World War 2``), a
    French ordinal's ending kept (``XXIe siècle`` / ``21e siècle``)."""
    return [_roman_read(w) for w in words]


#: a Roman numeral with a French ordinal's ending, as centuries are written: "XXIe", "XIXème"
_ROMAN_ORDINAL = regex.compile(r"(\p{Lu}{2,})(e|ème|eme)")


def _roman_read(word: str) -> str:
    if (value := _roman(word)) is not None:
        return str(value)
    if (ordinal := _ROMAN_ORDINAL.fullmatch(word)) and (value := _roman(ordinal.group(1))):
        return f"{value}{ordinal.group(2)}"
    return word


def as_written(shown: str, words: list[str]) -> str:
    """Numbers shown with each Roman numeral of ``words`` as it was written (``III``, not
    ``3``)."""
    romans = {read: w for w in words if (read := _roman_read(w)) != w}
    return " ".join(romans.get(w, w) for w in shown.split()) if romans else shown


def is_number(token: str) -> bool:
    """Whether a token states a number or a quantity's unit or part (digits, a number word, a
    fraction's noun, a currency, ``%``)."""
    return (
        any(c.isdigit() for c in token)
        or token[-1:] in _VULGAR_FRACTIONS
        or token.lower() in _NUMBER_VALUES
        or _german_numeral(token.lower()) is not None
        or _german_and_a_half(token.lower()) is not None
        or _GERMAN_ORDINAL.fullmatch(token.lower()) is not None
        or _joined_numeral(token) is not None
        or token.lower() in _DENOMINATORS
        or token.lower() in _CURRENCY_UNITS
        or token.lower() in {"%", "per", "pour", "cent", "cents"}
    )


_SPACED_DIGITS = regex.compile(r"(?<=\d) ([:.,/]) (?=\d)")
#: a hyphen the tokens set apart inside a number: "two - thirds", "three - nil"
_SPACED_HYPHEN = regex.compile(r"(?<=[\p{L}\d]) - (?=[\p{L}\d])")
#: an apostrophe or a currency's sign set apart from the digits after it: "' 24", "€ 1.2bn"
_APOSTROPHE_DIGITS = regex.compile(r"(?<![\p{L}\d])(['’$€£¥]) (?=\d)")


def written_number(numbers: list[str]) -> str:
    """Number tokens as written: ``2%``, ``7:35``, ``100 km/h``, ``'24``, ``€1.2bn``,
    ``2023/24``, ``two-thirds``.

    >>> written_number(["€", "1.2bn"]), written_number(["2023", "/", "24"])
    ('€1.2bn', '2023/24')
    >>> written_number(["two", "-", "thirds"]), written_number(["'", "24"])
    ('two-thirds', "'24")
    """
    joined = _SPACED_HYPHEN.sub("-", _SPACED_DIGITS.sub(r"\1", " ".join(numbers)))
    return _APOSTROPHE_DIGITS.sub(r"\1", joined.replace(" %", "%").replace(" / h", "/h"))


_PER = frozenset({"per", "pour"})


def number_values(words: list[str]) -> Counter[str]:
    """The quantities stated, whatever their writing: ``2%``, ``two percent`` and ``2 per cent``
    all state ``2`` and ``%``.

    >>> number_values(["two", "percent"]) == number_values(["2", "%"]) == number_values(
    ...     ["2", "per", "cent"])
    True
    """
    values: Counter[str] = Counter()
    skip = 0
    multipliers = _has_multiplier(words)
    for i, word in enumerate(words):
        low = word.lower()
        if skip:
            skip -= 1
            continue
        if (signed := _signed(words, i)) is not None:  # "minus five": −5
            values[signed] += 1
            skip = 1
        elif (french := _french_hundreds(words, i)) is not None:  # "deux cent cinquante"
            values[french[0]] += 1
            skip = french[1] - 1
        elif multipliers and (multiplied := _multiplied(words, i)) is not None:  # "2 million"
            value, taken = multiplied
            values[value] += 1
            skip = taken - 1
        elif (compound := _compound(words, i)) is not None:  # "twenty-one", "soixante-dix"
            values[compound[0]] += 1
            skip = compound[1] - 1
        elif (german := _german_numeral(low)) is not None:  # "einundzwanzig", "zweihundert"
            values[str(german)] += 1
        elif (half := _german_and_a_half(low)) is not None:  # "zweieinhalb": 2.5
            values[format(half, "f")] += 1
        elif (ordinal := _GERMAN_ORDINAL.fullmatch(low)) is not None:  # "dritten": "3."
            values[_GERMAN_ORDINALS[ordinal.group(1)]] += 1
        elif (numeral := _joined_numeral(low)) is not None:  # "vingt-et-un", made one word
            values[numeral] += 1
        elif (mixed := _and_a_half(words, i)) is not None:  # "three and a half": 3.5
            values[mixed] += 1
            skip = 3
        elif score := _SCORE.fullmatch(word):  # "50-50", "3–1": two numbers
            values.update((score.group(1), _second_year(*score.group(1, 2))))
        elif low in _PER and i + 1 < len(words) and words[i + 1].lower() == "cent":
            values["%"] += 1  # "per cent", "pour cent"
        elif low == "cent" and i > 0 and words[i - 1].lower() in _PER:
            continue
        elif low in _NUMBER_VALUES:
            values[_NUMBER_VALUES[low]] += 1
        elif word == "%":
            values["%"] += 1
        elif low in _CURRENCY_UNITS:  # "$1 million" / "one million dollars": one unit
            values[_CURRENCY_UNITS[low]] += 1
        elif (short := _SHORT_MULTIPLIED.fullmatch(low)) is not None:  # "2m", "1.5bn", "5k"
            value = Decimal(short.group(1).replace(",", "")) * _SHORT_MULTIPLIERS[short.group(2)]
            values[format(value.normalize(), "f")] += 1
        elif (round_plural := _ROUND_PLURAL.fullmatch(word.replace(",", ""))) is not None:
            values[_ROUND_PLURALS[round_plural.group(1)]] += 1  # "100s": "hundreds"
        elif (decade := _DECADE.fullmatch(word)) is not None:  # "1990s", "'90s": the nineties
            values[f"{decade.group(1)}s"] += 1
        elif (french := _FRENCH_ORDINAL.fullmatch(low)) is not None:  # "3e", "1er": "3rd"
            values[_english_ordinal(int(french.group(1)))] += 1
        elif word[-1:] in _VULGAR_FRACTIONS and (word[:-1].isdigit() or not word[:-1]):
            value = Decimal(word[:-1] or 0) + _VULGAR_FRACTIONS[word[-1]]  # "7½", "½"
            values[format(value.normalize(), "f")] += 1
        elif any(c.isdigit() for c in word):
            digits = _digits(word)
            values[digits[:-2] if digits.endswith(".0") else digits] += 1
    return values


#: a round number in digits made plural, as "hundreds" is of "hundred": "100s", "1,000s"
_ROUND_PLURALS = {"100": "hundreds", "1000": "thousands", "1000000": "millions"}
_ROUND_PLURAL = regex.compile(r"(100|1000|1000000)['’]?s")
#: a number with its multiplier abbreviated, as money is written in news: "£2m", "$1.5bn", "5k"
_SHORT_MULTIPLIERS = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
_SHORT_MULTIPLIED = regex.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)")
#: the fractions written as one sign, by value: "7½" is 7.5
_VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


#: an ordinal in digits as French writes it: "1er", "1re", "2e", "3ème"
_FRENCH_ORDINAL = regex.compile(r"(\d+)(?:er|re|ère|e|ème|eme)")


def _english_ordinal(n: int) -> str:
    """The value an ordinal stands for, as English writes it in digits (``3`` is ``3rd``)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_SCORE = regex.compile(r"(\d+)[-–](\d+)")


def same_year_cut_short(a: list[str], b: list[str]) -> bool:
    """Whether one stretch is a year in full and the other the same year cut to its last two
    digits after an apostrophe (``2024`` / ``'24``, as ``back in '24`` says it)."""
    for full, short in ((a, b), (b, a)):
        year, cut = "".join(full), "".join(short)
        if _YEAR.fullmatch(year) and cut[:1] in "'’" and cut[1:] == year[2:]:
            return True
    return False


_YEAR = regex.compile(r"[12]\d{3}")


def _second_year(first: str, second: str) -> str:
    """The second number of a range as written, or in full when it is a year cut to its last
    two digits after a year in full (``2023-24``: 2024, ``1999-00``: 2000)."""
    if len(first) != 4 or len(second) != 2 or not 1000 <= int(first) < 3000:
        return second
    century = int(first[:2]) + (int(second) < int(first[2:]))
    return f"{century}{second}"


_ORDINAL_ENDING = regex.compile(r"(\d)(st|nd|rd|th)")


def number_words(words: list[str]) -> list[str]:
    """The words that state a number, with a hyphen joining two of them (``twenty - one``)
    and the ``and a`` of a whole number's fraction (``three and a half``)."""
    glue = fraction_glue(words)
    return [
        w
        for n, w in enumerate(words)
        if is_number(w)
        or n in glue
        or (
            w == "-"
            and 0 < n < len(words) - 1
            and is_number(words[n - 1])
            and is_number(words[n + 1])
        )
    ]


def fraction_glue(words: list[str]) -> set[int]:
    """Where the ``and a`` of ``three and a half`` stand, the ``a`` and ``and`` of ``a hundred
    and fifty``, the ``un`` and ``et demi`` of ``un million et demi``: words of the number, not
    of the text."""
    glue = {k for i in range(len(words)) if _and_a_half(words, i) for k in (i + 1, i + 2)}
    multipliers = _has_multiplier(words)
    for i in range(len(words)):
        if multipliers and (multiplied := _multiplied(words, i)) is not None:
            glue |= {k for k in range(i, i + multiplied[1]) if not is_number(words[k])}
        if (share := _fraction_at(words, i)) is not None:  # "a fifth", "one in five"
            glue |= {k for k in range(i, share[1]) if not is_number(words[k])}
        if words[i].lower() == "of" and i and words[i - 1].lower() in _SHARE_WORDS:
            glue.add(i)  # "20% of", "a fifth of": the share's own "of"
        if (
            words[i].lower() in _RANGE_WORDS
            and 0 < i < len(words) - 1
            and is_number(words[i - 1])
            and is_number(words[i + 1])
        ):
            glue.add(i)  # "218 to 212", "nine to five": two numbers, as "218-212" writes them
        if _signed(words, i) is not None:
            glue.add(i)  # "minus five": the sign of the number after it
    return glue


#: the word for a number's negative sign (English and German; not French "moins", which is
#: "fewer" too: "au moins cinq")
_MINUS = "minus"


def _signed(words: list[str], i: int) -> str | None:
    """The negative value ``minus`` and the one number word after it state (``minus five``:
    ``−5``, as ``-5`` is written), or None."""
    if words[i].lower() != _MINUS or i + 1 >= len(words):
        return None
    after = list(number_values([words[i + 1]]).elements())
    if len(after) != 1 or not _NUMERIC.fullmatch(after[0]):
        return None
    return "−" + after[0]


#: the words that join two numbers into a range or a tally: "218 to 212", "nine to five"
_RANGE_WORDS = frozenset({"to", "bis", "à"})


#: the words that multiply the number before them ("five thousand", "2 Millionen", "a dozen"),
#: by their factor (number_words.tsv, third column)
MULTIPLIERS: dict[str, int] = {
    word: int(rest[0]) for word, _value, *rest in rows("number_words.tsv") if rest and rest[0]
}
#: words inside a spelled-out number: "a hundred", "one hundred and fifty"
_NUMBER_GLUE = frozenset({"a", "an", "and", "und", "et"})
_PLAIN_NUMBER = regex.compile(r"\d+(?:[.,]\d{1,2}|\.\d+)?|\d{1,3}(?:,\d{3})+")
#: a decimal comma, as German and French write ``1,5``: never English thousands (``1,500``)
_DECIMAL_COMMA = regex.compile(r"\d+,\d{1,2}")


def _zero_before_point(word: str) -> str:
    """A decimal written with a bare point, a zero before it (``.5`` is ``0.5``)."""
    return "0" + word if word[:1] == "." and word[1:2].isdigit() else word


def _digits(word: str) -> str:
    """A number in digits as a decimal: thousands' commas dropped, a decimal comma a point, a
    zero before a bare decimal point (``.5`` is ``0.5``), none before a whole number (``03`` is
    ``3``)."""
    word = _LEADING_ZEROS.sub("", _zero_before_point(word))
    return word.replace(",", ".") if _DECIMAL_COMMA.fullmatch(word) else word.replace(",", "")


#: zeros before a whole number's first digit, as a date or a clock writes them ("03", "07"):
#: the same number
_LEADING_ZEROS = regex.compile(r"^0+(?=\d)")


#: the articles that count one of a multiplier: "a million", "un million", "eine Million"
_ONE_BEFORE_MULTIPLIER = frozenset({"a", "an", "un", "une", "ein", "eine"})


def _small(words: list[str], i: int) -> tuple[Decimal, int] | None:
    """A number below a hundred at ``words[i]`` that a multiplier may follow, and where it
    ends: a word (``five``, ``twenty - one``, ``three and a half``), digits (``2``, ``1.5``,
    ``5,000``), or an article before a multiplier (``a hundred``, ``un million``)."""
    if i >= len(words):
        return None
    word = words[i].lower()
    if (compound := _compound(words, i)) is not None and compound[0].isdigit():
        return Decimal(compound[0]), i + compound[1]
    if (german := _german_numeral(word)) is not None and german < 100:
        return Decimal(german), i + 1
    if (half := _german_and_a_half(word)) is not None:  # "zweieinhalb Millionen"
        return half, i + 1
    if (mixed := _and_a_half(words, i)) is not None:
        return Decimal(mixed), i + 4
    if word in _ONE_BEFORE_MULTIPLIER:
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        return (Decimal(1), i + 1) if following in MULTIPLIERS else None
    if word == "half" and [w.lower() for w in words[i + 1 : i + 2]] in (["a"], ["an"]):
        following = words[i + 2].lower() if i + 2 < len(words) else ""
        return (Decimal("0.5"), i + 2) if following in MULTIPLIERS else None  # "half a million"
    value = _NUMBER_VALUES.get(word, "")
    if value.isdigit() and int(value) < 100:
        return Decimal(value), i + 1
    if _PLAIN_NUMBER.fullmatch(word):
        return Decimal(_digits(word)), i + 1
    if word[-1:] in _VULGAR_FRACTIONS and (word[:-1].isdigit() or not word[:-1]):
        return Decimal(word[:-1] or 0) + _VULGAR_FRACTIONS[word[-1]], i + 1  # "3½ million"
    return None


def _has_multiplier(words: list[str]) -> bool:
    """Whether any of the words is a multiplier (``million``, ``Tausend``, ``M`` against a
    currency's sign): none, and no number in them is multiplied."""
    return any(w.lower() in MULTIPLIERS or w in _SIGN_MULTIPLIERS for w in words)


def _multiplied(words: list[str], i: int) -> tuple[str, int] | None:
    """The value of a number that a multiplier word makes (``five thousand``, ``5 thousand``,
    ``two and a half million``, ``a hundred and fifty``, ``a dozen``, ``un million et demi``)
    at ``words[i]``, and how many words it takes; None when no multiplier follows a number there.

    >>> _multiplied(["one", "hundred", "and", "fifty", "homes"], 0)
    ('150', 4)
    """
    if not _has_multiplier(words[i + 1 : i + 7]):
        return None  # no multiplier within reach: the common case, decided cheaply
    first = _small(words, i)
    if first is None:
        return None
    value, j = first
    multiplier = MULTIPLIERS.get(words[j].lower()) if j < len(words) else None
    if multiplier is None and j + 1 < len(words) and words[j + 1].lower() in _CURRENCY_UNITS:
        multiplier = _SIGN_MULTIPLIERS.get(words[j])  # "3 M€", "2 Md€", "300 k€"
    if multiplier is None:
        return None
    value, j = value * multiplier, j + 1
    half = [w.lower() for w in words[j : j + 3]]
    if half[:2] in _ET_DEMI or half == ["and", "a", "half"]:  # "un million et demi": 1.5m
        value, j = value + Decimal(multiplier) / 2, j + (2 if half[0] == "et" else 3)
    if multiplier == 100 and j < len(words):  # "one hundred and fifty", "one hundred fifty"
        k = j + (words[j].lower() in _NUMBER_GLUE)
        rest = _small(words, k)
        if rest is not None and rest[0] < 100 and words[k].lower() not in {"a", "an"}:
            value, j = value + rest[0], rest[1]
    return format(value.normalize(), "f"), j - i


#: the multipliers French writes against a currency's sign (``3 M€``, ``2 Md€``, ``300 k€``;
#: Lexique des règles typographiques de l'Imprimerie nationale): nowhere else a multiplier ("3 m"
#: is three metres)
_SIGN_MULTIPLIERS = {"k": 10**3, "M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9}


#: the fractions a whole number takes after "and a": "three and a half", "two and a quarter"
_AND_A = {"half": ".5", "quarter": ".25"}


def _and_a_half(words: list[str], i: int) -> str | None:
    """The value of a whole number with a fraction after "and a" at ``words[i]`` (``three and
    a half`` is 3.5, ``2 and a quarter`` is 2.25), or None."""
    if i + 3 >= len(words) or [w.lower() for w in words[i + 1 : i + 3]] != ["and", "a"]:
        return None
    fraction = _AND_A.get(words[i + 3].lower())
    whole = _NUMBER_VALUES.get(words[i].lower(), words[i])
    return f"{whole}{fraction}" if fraction and whole.isdigit() else None


#: number words read only inside a hyphenated numeral, where they are no article or adjective
#: ("vingt-et-un", "dix-neuf", "quatre-vingts", "deux-cents"), with "et" joining its units
_IN_NUMERAL = {"un": 1, "une": 1, "neuf": 9, "vingts": 20, "cent": 100, "cents": 100}


def _compound(words: list[str], i: int) -> tuple[str, int] | None:
    """The value of a numeral whose words hyphens join at ``words[i]``, and how many tokens it
    takes: ``twenty - one`` (21), ``twenty - first`` (21st), ``soixante - dix - sept`` (77),
    ``quatre - vingt - dix`` (90), ``vingt - et - un`` (21); None for anything else, and for
    words that make no one numeral (``fifty - fifty``: two numbers)."""
    if i + 2 >= len(words) or words[i + 1] != "-":
        return None
    tens = _NUMBER_VALUES.get(words[i].lower(), "")
    last = _NUMBER_VALUES.get(words[i + 2].lower(), "")
    ordinal = _ORDINAL_ENDING.fullmatch(last)
    if ordinal and tens.isdigit() and 20 <= int(tens) <= 90 and int(tens) % 10 == 0:
        return f"{int(tens) + int(ordinal.group(1))}{ordinal.group(2)}", 3
    if _DECADE.fullmatch(last) and tens.isdigit() and 10 <= int(tens) <= 99:
        return last, 3  # "nineteen-nineties", "twenty-twenties": the decade, as "1990s" is
    parts, j = [words[i].lower()], i + 1
    while (
        j + 1 < len(words) and words[j] == "-" and _numeral_part(words[j + 1].lower()) is not None
    ):
        parts.append(words[j + 1].lower())
        j += 2
    value = _numeral_value(parts)
    return (str(value), j - i) if value is not None and len(parts) > 1 else None


def digit_groups_joined(words: list[str]) -> list[str]:
    """The words with a number whose thousands are set apart by spaces made one (``3 000 000``
    is ``3000000``, as French and SI style group digits)."""
    joined: list[str] = []
    grouping = False  # the last word is a number of 1 to 3 digits, or one grouped so far
    for word in words:
        if grouping and len(word) == 3 and word.isdigit():
            joined[-1] += word
            continue
        joined.append(word)
        grouping = word.isdigit() and len(word) <= 3
    return joined


def numerals_joined(words: list[str]) -> list[str]:
    """The words with each hyphenated numeral that holds a word no number alone (``vingt - et
    - un``, ``quatre - vingts``, ``dix - neuf``) made one word (``vingt-et-un``)."""
    joined, i = [], 0
    while i < len(words):
        compound = _compound(words, i)
        parts = words[i : i + compound[1]] if compound else []
        if compound and any(w.lower() in _IN_NUMERAL or w.lower() == "et" for w in parts):
            joined.append("".join(parts))
            i += compound[1]
        else:
            joined.append(words[i])
            i += 1
    return joined


def _joined_numeral(word: str) -> str | None:
    """The value of a hyphenated numeral made one word (``vingt-et-un``: 21), or None."""
    if "-" not in word:
        return None
    compound = _compound(regex.split(r"(-)", word.lower()), 0)
    return compound[0] if compound and compound[1] == word.count("-") * 2 + 1 else None


def numeral_head(tokens_: list[str], i: int) -> int:
    """How many tokens before ``i`` open a numeral that hyphens join to what follows (``vingt
    -`` before ``et - un``): the head a diff leaves out when it cuts the numeral."""
    k = 0
    while (
        i - k >= 2
        and tokens_[i - k - 1] == "-"
        and _numeral_part(tokens_[i - k - 2].lower()) is not None
    ):
        k += 2
    return k


def _numeral_part(word: str) -> int | None:
    """The value of a word inside a hyphenated numeral (0 for the ``et`` of ``vingt-et-un``)."""
    if word == "et":
        return 0
    value = _NUMBER_VALUES.get(word, "")
    return int(value) if value.isdigit() else _IN_NUMERAL.get(word)


def _numeral_value(parts: list[str]) -> int | None:
    """The value of a numeral's words, or None when they are no one numeral: each word adds less
    than the one before (tens then a unit, ``soixante-dix``, ``dix-sept``), ``vingt`` after
    ``quatre`` multiplies, and ``cent`` and ``mille`` multiply what comes before them."""
    total = current = 0
    last: int | None = None  # the last value added
    for n, word in enumerate(parts):
        value = _numeral_part(word)
        if value is None:
            return None
        if word == "et":
            if last is None or last < 20 or n == len(parts) - 1:
                return None
            continue
        if value == 20 and n and parts[n - 1] == "quatre" and current % 100 == 4:
            current, last = current + 76, 80  # "(deux cent) quatre-vingt(s)": four twenties
        elif value in {100, 1000}:
            if value == 100:
                current, last = max(current, 1) * 100, 100
            else:
                total, current, last = total + max(current, 1) * 1000, 0, 1000
        elif last is None or (
            (last % 100 == 0 and value < 100)
            or (last >= 20 and last % 10 == 0 and value < 10)
            or (last in {60, 80} and 10 <= value < 20)
            or (last == 10 and 7 <= value <= 9)
        ):
            current, last = current + value, value
        else:
            return None
    return total + current


_GERMAN_ONE = frozenset({"ein", "eins", "eine"})


def _german_numeral(word: str) -> int | None:
    """The value of a German numeral compounded in one word (``einundzwanzig``,
    ``zweihundertfünfzig``, ``dreitausend``), or None for any other word (a numeral the table
    holds whole, ``zwanzig``, is left to it)."""
    if not ("und" in word or "hundert" in word or "tausend" in word) or word in _NUMBER_VALUES:
        return None
    thousands, joined, rest = word.partition("tausend")
    if not joined:
        return _german_below_thousand(word)
    many = _german_below_thousand(thousands) if thousands else 1
    below = _german_below_thousand(rest)
    return None if not many or below is None else many * 1000 + below


#: German ordinals by their stem, valued as the digits with a point that German writes for them
#: (``3. Oktober``, ``zum 3. Mal``: the number the point follows); the stem takes the endings
#: of an adjective (``dritte``, ``dritten``, ``dritter``). Duden grammar, Ordinalzahlen; "acht"
#: is left out: ``achten``, ``achte`` are also the verb "to heed"
_GERMAN_ORDINALS: dict[str, str] = {
    "erst": "1", "zweit": "2", "dritt": "3", "viert": "4", "fünft": "5", "sechst": "6",
    "siebt": "7", "siebent": "7", "neunt": "9", "zehnt": "10", "elft": "11", "zwölft": "12",
    "dreizehnt": "13", "vierzehnt": "14", "fünfzehnt": "15", "sechzehnt": "16",
    "siebzehnt": "17", "achtzehnt": "18", "neunzehnt": "19", "zwanzigst": "20",
    "dreißigst": "30", "vierzigst": "40", "fünfzigst": "50", "sechzigst": "60",
    "siebzigst": "70", "achtzigst": "80", "neunzigst": "90", "hundertst": "100",
}  # fmt: skip
_GERMAN_ORDINAL = regex.compile(
    "(" + "|".join(sorted(_GERMAN_ORDINALS, key=len, reverse=True)) + ")(?:e|en|er|es|em)"
)


def _german_and_a_half(word: str) -> Decimal | None:
    """The value of a German numeral and a half in one word (``zweieinhalb`` 2.5,
    ``dreieinhalb`` 3.5; Duden), or None for any other word."""
    whole, half, rest = word.rpartition("einhalb")
    if not half or rest or not whole:
        return None
    value = _german_below_thousand(whole)
    return Decimal(value) + Decimal("0.5") if value else None


#: the words of a French numeral written with spaces, as traditional spelling writes the
#: hundreds (``deux cents``, ``trois cent cinquante``, ``cent vingt mille``; Grevisse), and the
#: hyphens between its tens and units (``quatre - vingt - dix``)
_FRENCH_NUMERAL_WORDS = frozenset(
    {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}
    | {"onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente"}
    | {"quarante", "cinquante", "soixante", "cent", "cents", "mille", "et", "-"}
)
_FRENCH_MULTIPLIERS = frozenset({"cent", "cents", "mille"})


def _french_hundreds(words: list[str], i: int) -> tuple[str, int] | None:
    """The value of a French numeral with hundreds or thousands written in words and spaces at
    ``words[i]`` (``deux cents``, ``cent cinquante``, ``deux mille vingt-quatre``) and how many
    tokens it takes; None elsewhere. ``cent`` is a hundred only among French number words: alone it
    is also the English coin, and after ``pour`` a percentage."""
    if i > 0 and words[i - 1].lower() in _PER:
        return None
    j = i
    while j < len(words) and (
        words[j].lower() in _FRENCH_NUMERAL_WORDS or _joined_numeral(words[j].lower())
    ):  # a word of the numeral, or its tens and units made one ("quatre-vingts")
        j += 1
    while j > i and words[j - 1] in {"-", "et"}:  # a numeral ends on a number
        j -= 1
    parts = [p for w in words[i:j] for p in w.lower().split("-") if p]
    if len(parts) < 2 or not _FRENCH_MULTIPLIERS & set(parts) or parts[0] == "et":
        return None
    value = _numeral_value(parts)
    return (str(value), j - i) if value else None


def _german_below_thousand(word: str) -> int | None:
    hundred = word.find("hundert")
    if hundred < 0:
        return _german_below_hundred(word)
    unit = _german_below_hundred(word[:hundred]) if hundred else 1
    rest = _german_below_hundred(word[hundred + len("hundert") :])
    return None if unit is None or not 1 <= unit <= 9 or rest is None else unit * 100 + rest


def _german_below_hundred(word: str) -> int | None:
    """``einundzwanzig`` (21), ``zwölf``, ``sieben``, ``ein``; 0 for nothing; None otherwise."""
    if not word:
        return 0
    if word in _GERMAN_ONE:
        return 1
    unit, joined, tens = word.partition("und")
    if joined and unit and tens:
        u = 1 if unit == "ein" else _german_value(unit)
        t = _german_value(tens)
        ok = u is not None and 1 <= u <= 9 and t is not None and t >= 20 and t % 10 == 0
        return u + t if ok else None
    value = _german_value(word)
    return value if value is not None and value < 100 else None


def _german_value(word: str) -> int | None:
    value = _NUMBER_VALUES.get(word, "")
    return int(value) if value.isdigit() else None


def same_number(a: list[str], b: list[str]) -> bool:
    """The same quantities, whatever their writing (``2,000`` / ``2000``, ``two`` / ``2``,
    ``7:35`` / ``7.35``, ``1.500`` / ``1500`` as German groups thousands)."""
    values_a, values_b = number_values(a), number_values(b)
    if values_a == values_b:
        return True
    if _multiplied_in(a) and _multiplied_in(b):
        return False  # "2 million" / "2 billion": the values tell, not the digits alone
    if (
        _DIGITS.findall(" ".join(map(_zero_before_point, a)))
        == _DIGITS.findall(" ".join(map(_zero_before_point, b)))
        != []
    ):  # "7:35" / "7.35", never ".25" / "25"
        return True
    if _same_share(_proportion(a), _proportion(b)):
        return True  # "50 percent" / "half", "a third" / "33%"
    digits_a = [w for w in a if any(c.isdigit() for c in w)]
    digits_b = [w for w in b if any(c.isdigit() for c in w)]
    if (
        len(digits_a) == len(digits_b) > 0
        and all(_readings(x) & _readings(y) for x, y in zip(digits_a, digits_b, strict=True))
        and number_values([w for w in a if w not in digits_a])
        == number_values([w for w in b if w not in digits_b])
    ):
        return True
    # words against digits grouped as one language groups them: "zweitausendfünfhundert" /
    # "2.500", "two thousand five hundred" / "2.500"
    return bool(digits_a) != bool(digits_b) and (
        any(values_a == number_values(read) for read in _read_as(b))
        or any(values_b == number_values(read) for read in _read_as(a))
    )


def _read_as(words: list[str]) -> list[list[str]]:
    """The words with each number in digits read every way it can be (``1.500``: ``1.5`` and
    ``1500``): the readings of at most two such numbers, else none."""
    ambiguous = [n for n, w in enumerate(words) if len(_readings(w)) > 1]
    if not ambiguous or len(ambiguous) > 2:
        return []
    found = [list(words)]
    for n in ambiguous:
        found = [[*r[:n], reading, *r[n + 1 :]] for r in found for reading in _readings(words[n])]
    return found


def _multiplied_in(words: list[str]) -> bool:
    """Whether the words state a number with a multiplier (``2 million``, ``five thousand``,
    ``£2bn``)."""
    return any(
        _multiplied(words, i) is not None or _SHORT_MULTIPLIED.fullmatch(words[i].lower())
        for i in range(len(words))
    )


def _proportion(words: list[str]) -> tuple[Decimal, Decimal] | None:
    """The share of a whole the words state, when they state one, and how far off its writing
    lets it be: a percentage (``33%`` is 0.33 give or take 0.005, the rounding of its last
    digit), a fraction (``a third``, ``two-thirds``, ``one in five``: exact) or a fraction word
    (``half``); else None."""
    fractions = [f for i in range(len(words)) if (f := _fraction_at(words, i)) is not None]
    if len(fractions) == 1:
        return fractions[0][0], Decimal(0)
    values = number_values(words)
    numbers = [v for v in values.elements() if v != "%" and _NUMERIC.fullmatch(v)]
    if len(numbers) != 1:
        return None
    value = Decimal(numbers[0])
    if values["%"] == 1:
        places = -value.as_tuple().exponent if "." in numbers[0] else 0
        return value / 100, Decimal(5) / 10 ** (places + 3)
    return (value, Decimal(0)) if 0 < value < 1 else None


def _same_share(a: tuple[Decimal, Decimal] | None, b: tuple[Decimal, Decimal] | None) -> bool:
    """Whether two shares of a whole are one, within the rounding either is written with
    (``a third`` / ``33%``, ``one in five`` / ``20 percent``)."""
    if a is None or b is None:
        return False
    if abs(a[0] - b[0]) <= max(a[1], b[1]):
        return True
    # a percentage for an exact fraction may cut its last digit instead of rounding it: "66%"
    # for two-thirds (never two percentages: "2%" / "3%")
    (exact, _), (written, rounding) = sorted((a, b), key=lambda share: share[1])
    return a[1] != b[1] and exact - written < 2 * rounding and written < exact


#: the nouns of a fraction by the part of the whole they name: "a fifth", "two-thirds"
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    **{
        f"{o}{s}": n
        for o, n in (("fourth", 4), ("fifth", 5), ("sixth", 6), ("tenth", 10))
        for s in ("", "s")
    },
    # French and German (Grevisse, Duden): "la moitié", "deux tiers", "die Hälfte", "ein Drittel"
    "moitié": 2,
    "tiers": 3,
    "quart": 4,
    "quarts": 4,
    "cinquième": 5,
    "cinquièmes": 5,
    "dixième": 10,
    "dixièmes": 10,
    "hälfte": 2,
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "zehntel": 10,
}
#: fraction nouns with one form for one part and for several: "un tiers", "deux tiers"
_INVARIANT_DENOMINATORS = frozenset({"tiers", "drittel", "viertel", "fünftel", "zehntel"})
#: the articles that count one part before a fraction noun: "a third", "la moitié", "die Hälfte"
_ONE_PART = frozenset({"a", "an", "la", "une", "un", "die", "eine", "ein"})
#: the words a share ends on, that an "of" may follow: "20% of", "two-thirds of"
_SHARE_WORDS = frozenset({"%", "percent", "cent", "prozent", *_DENOMINATORS})
#: what joins two numbers into a share: "one in five", "three out of four", "2/3"
_SHARE_JOINS = (("in",), ("out", "of"), ("/",))


def _fraction_at(words: list[str], i: int) -> tuple[Decimal, int] | None:
    """A fraction starting at ``words[i]`` (``a third``, ``one fifth``, ``two - thirds``,
    ``one in five``, ``three out of four``, ``2 / 3``) and where it ends, or None; ``the
    third`` is an ordinal, and a fraction of more than a whole is none."""
    low = [w.lower() for w in words]
    count = Decimal(1) if low[i] in _ONE_PART else _small_count(low[i])
    if count is None:
        return None
    hyphen = i + 1 < len(low) and low[i + 1] == "-"
    j = i + 1 + hyphen
    if (
        j < len(low)
        and low[j] in _DENOMINATORS
        and (
            (count == 1) == (not low[j].endswith("s"))
            or low[j] in _INVARIANT_DENOMINATORS
            or (hyphen and count > 1)  # "a two-third majority", "three-fourth": one word
        )
    ):
        share = count / _DENOMINATORS[low[j]]
        return (share, j + 1) if share < 1 else None
    for join in _SHARE_JOINS:
        k = i + 1 + len(join)
        if tuple(low[i + 1 : k]) == join and k < len(low) and low[i] not in _ONE_PART:
            whole = _small_count(low[k])
            if whole and count < whole:
                return count / whole, k + 1
    return None


def _small_count(word: str) -> Decimal | None:
    """A whole number below a hundred, in digits or a word (``5``, ``five``), or None."""
    value = _NUMBER_VALUES.get(word, word)
    return Decimal(value) if value.isdigit() and 0 < int(value) < 100 else None


_NUMERIC = regex.compile(r"\d+(?:\.\d+)?")
_DECADE = regex.compile(r"['’]?(?:\d\d)?(\d0)s")
_GROUPED = regex.compile(r"\d{1,3}(?:([.,'’])\d{3})+")  # "1'500": Swiss thousands
_DECIMAL = regex.compile(r"\d+[.,]\d+")


def _readings(number: str) -> frozenset[str]:
    """The values a number can be read as: a point or a comma before three digits groups
    thousands in one language and marks decimals in another (``1.500`` is 1500 in German and
    1.5 in English), before other digits only decimals (``2,4`` is 2.4); an apostrophe groups
    thousands (Swiss ``1'500``); a decade is its last two digits (``1990s``, ``'90s``).

    >>> sorted(_readings("1.500")), sorted(_readings("2,4")), sorted(_readings("12"))
    (['1.5', '1500'], ['2.4'], ['12'])
    """
    if (decade := _DECADE.fullmatch(number)) is not None:  # "1990s", "'90s", "90s"
        return frozenset({f"{decade.group(1)}s"})
    readings = set()
    if (grouped := _GROUPED.fullmatch(number)) is not None:
        readings.add(number.replace(grouped.group(1), ""))
    if _DECIMAL.fullmatch(number):
        readings.add(number.replace(",", "."))
    if not readings:
        return frozenset({number})
    return frozenset(format(Decimal(r).normalize(), "f") for r in readings)


#: an hour with no minutes, "am" or "pm" after it: "9am", "9 a.m."
_HOUR = regex.compile(r"(\d{1,2})\s*([ap])\s*\.?\s*m\s*\.?", regex.IGNORECASE)
#: a time of day: hours, a colon, a point or an "h" (French), minutes, maybe "am" or "pm"
_TIME = regex.compile(r"(\d{1,2})\s*[:.h]\s*(\d\d)(?:\s*([ap])\.?\s*m\b\.?)?", regex.IGNORECASE)


#: the hours of the day English names, as the 12-hour clock writes them: 12 p.m. and 12 a.m.
_NAMED_HOURS = {"noon": ((12, 0), "p"), "midday": ((12, 0), "p"), "midnight": ((12, 0), "a")}


def time_of(stretch: list[str]) -> tuple[tuple[int, int], str] | None:
    """The time of day a stretch of words is, nothing else around it (``7:35``, ``7.35am``):
    ((hours, minutes), ``a``, ``p`` or ``""``), or None."""
    joined = written_number(stretch)
    if joined.lower() in _NAMED_HOURS:  # "noon", "midnight"
        return _NAMED_HOURS[joined.lower()]
    if (hour := _HOUR.fullmatch(joined)) is not None and 0 < int(hour.group(1)) <= 12:
        return (int(hour.group(1)), 0), hour.group(2).lower()  # "9am", "9 a.m."
    if (worded := _HOUR_WITH_WORD.fullmatch(joined)) is not None:  # "15 Uhr", "15 heures"
        hours, minutes = int(worded.group(1)), int(worded.group(2) or worded.group(3) or 0)
        return ((hours, minutes), "") if hours <= 24 and minutes <= 59 else None
    found = _TIME.fullmatch(joined)
    if found is None or int(found.group(1)) > 24 or int(found.group(2)) > 59:
        return None
    return (int(found.group(1)), int(found.group(2))), (found.group(3) or "").lower()


def digit_compounds_split(words: list[str]) -> list[str]:
    """Words joined by hyphens to digits set apart (``7-year`` is ``7 year``, ``9-to-5`` is ``9
    to 5``), as the spelled-out number's words are (``seven - year``)."""
    return [
        part
        for w in words
        for part in (
            w.split("-")
            if "-" in w and any(c.isdigit() for c in w) and not _YEAR_RANGE.fullmatch(w)
            else [w]
        )
        if part
    ]


#: a range of years, the second in full or cut to two digits ("2023-2024", "2023-24"): one
#: word, read by :func:`_second_year`
_YEAR_RANGE = regex.compile(r"[12]\d{3}[-–](?:\d{2}|\d{4})")


#: units of time by their length in the unit that counts them whole (time_units.tsv): "two
#: decades" is 240 months, "20 years" too
_TIME_UNITS: dict[str, tuple[Decimal, str]] = {
    word: (Decimal(length), unit) for word, length, unit in rows("time_units.tsv")
}


#: the articles that count one of a unit of time: "a year", "un an", "ein Jahr", "einem Monat"
_ONE_UNIT = [[w] for w in ("a", "an", "one", "un", "une", "ein", "eine", "einem", "einen", "einer")]
#: the French "and a half" after a unit of time: "un an et demi", "une heure et demie"
_ET_DEMI = (["et", "demi"], ["et", "demie"])


def duration(words: list[str]) -> tuple[Decimal, str] | None:
    """The span of time a stretch states when it is a number and a unit of time and nothing
    else (``20 years``, ``two decades``, ``a fortnight``, ``18 months``, ``a year and a half``,
    ``half a year``), in the unit that counts it whole; else None."""
    low = [w.lower() for w in words]
    half = 3 if low[-3:] == ["and", "a", "half"] else 2 if low[-2:] in _ET_DEMI else 0
    if half and len(low) > half + 1:  # "a year and a half", "un an et demi"
        whole = duration(words[:-half])  # and half of its unit more: "two years and a half"
        return None if whole is None else (whole[0] + _TIME_UNITS[low[-half - 1]][0] / 2, whole[1])
    if low[:1] == ["half"] and low[1:2] in (["a"], ["an"]) and len(low) == 3:  # "half a year"
        whole = duration(words[1:])
        return None if whole is None else (whole[0] / 2, whole[1])
    if len(words) < 2 or low[-1] not in _TIME_UNITS:
        return None
    factor, unit = _TIME_UNITS[low[-1]]
    counted = words[:-1]
    if low[:-1] in _ONE_UNIT:
        return factor, unit
    values = list(number_values(counted).elements())
    glue = fraction_glue(counted)  # "one and a half years"
    numbers = all(is_number(w) or n in glue for n, w in enumerate(counted))
    if len(values) != 1 or not _NUMERIC.fullmatch(values[0]) or not numbers:
        return None
    return Decimal(values[0]) * factor, unit


#: how many days a calendar month may have
_MONTH_DAYS = (Decimal(28), Decimal(31))


def same_span(a: tuple[Decimal, str], b: tuple[Decimal, str]) -> bool:
    """Whether two spans of time are one: equal in one unit, or months against the days a
    calendar gives that many months (``a month`` / ``30 days``, ``a year`` / ``365 days``,
    ``six months`` / ``180 days``), never ``a month`` / ``three weeks``."""
    if a[1] == b[1]:
        return a[0] == b[0]
    (months, _), (seconds, _) = (a, b) if a[1] == "month" else (b, a)
    days = seconds / 86400
    return months * _MONTH_DAYS[0] <= days <= months * _MONTH_DAYS[1]


def currency_signs(words: list[str]) -> list[str] | None:
    """The currencies a stretch of signs is, when it is nothing else (``$``, ``US$``, ``€``):
    a sign stands before an amount, where a name may stand alone (``the euro is strong``);
    else None."""
    units = [_CURRENCY_UNITS.get(w.lower()) for w in words if not w.isalpha()]
    return units if words and len(units) == len(words) and all(units) else None


#: French "de" elided before a noun that opens on a vowel: "d'euros"
_ELIDED_DE = regex.compile(r"^d['’]")


def currencies_named(words: list[str]) -> list[str] | None:
    """The currencies a stretch is, by sign or by name, when it is nothing else (``€``,
    ``Euro``, ``d'euros``); else None."""
    units = [
        _CURRENCY_UNITS.get(regex.sub(r"^[dl]['’]", "", w.lower()))
        for w in words
        if not is_punct(w) or w.lower() in _CURRENCY_UNITS
    ]
    return units if units and all(units) else None


def states_amount(numbers: list[str]) -> bool:
    """Whether number words state an amount, not a currency alone (``the euro`` / ``the
    dollar`` is a word changed, not a number): a value, or a share (``a quarter``)."""
    return any(v not in CURRENCIES for v in number_values(numbers)) or any(
        _fraction_at(numbers, i) is not None for i in range(len(numbers))
    )


#: the months, and the abbreviations news writes them with: a day moved across one is the
#: date written day first ("3 March") or month first ("March 3"), a house style
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)
_DAY = regex.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)


def names_a_day(word: str) -> bool:
    """Whether a word opens a day or a date as news writes it after ``on``: a weekday or a
    month (``on Wednesday``, ``on March 3``), in English."""
    word = word.lower().rstrip(".")
    return word in _WEEKDAYS or word in _MONTHS


#: the months by number, under their names and the abbreviations news writes them with
_MONTH_NUMBERS = {
    name: n
    for n, names in enumerate(
        (
            # English, French and German names and news abbreviations (AP; Lexique de
            # l'Imprimerie nationale; Duden): "June 5", "5 juin", "5. Juni"
            ("january", "jan", "janvier", "janv", "januar", "jänner"),
            ("february", "feb", "février", "févr", "februar"),
            ("march", "mar", "mars", "märz"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin", "juni"),
            ("july", "jul", "juillet", "juil", "juli"),
            ("august", "aug", "août"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre", "oktober", "okt"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "déc", "dezember", "dez"),
        ),
        start=1,
    )
    for name in names
}


def date_readings(words: list[str]) -> frozenset[tuple[int, int, str]]:
    """The (month, day, year) readings of a stretch that is one date and nothing else: ``9/11``
    either way round (``3/4`` is March 4 in one country, April 3 in another), ``5/6/2024``,
    ``Sept. 11``, ``11 September``, ``the 11th of September``, ``June 5, 2024``; the year is
    empty when none is given. Empty when the stretch is no date."""
    if len(words) == 1 and (dotted := _DOTTED_DATE.fullmatch(words[0])):
        # "3.10.", "03.10.2024": day and month as German and French write them in digits
        day, month, year = int(dotted[1]), int(dotted[2]), dotted[3] or ""
        valid = 1 <= month <= 12 and 1 <= day <= 31
        return frozenset({(month, day, year)}) if valid else frozenset()
    split = [t for w in words for t in (diff_tokens(w) if " " in w or "/" in w else [w])]
    low = [w.lower() for w in split if w not in {".", ","} and w.lower() not in {"the", "of"}]
    if (
        len(low) in (3, 5)
        and all(w == "/" for w in low[1::2])
        and all(w.isdigit() for w in low[::2])
    ):
        first, second, year = int(low[0]), int(low[2]), low[4] if len(low) == 5 else ""
        return frozenset(
            (m, d, year)
            for m, d in ((first, second), (second, first))
            if 1 <= m <= 12 and 1 <= d <= 31
        )
    year = low.pop() if len(low) == 3 and regex.fullmatch(r"[12]\d{3}", low[2]) else ""
    if len(low) == 2:
        month, day = (low[0], low[1]) if low[0] in _MONTH_NUMBERS else (low[1], low[0])
        if month in _MONTH_NUMBERS and _DAY.fullmatch(day):
            return frozenset({(_MONTH_NUMBERS[month], int(day.rstrip("stndrh")), year)})
    return frozenset()


#: the most tokens one date takes: "the 11th of September , 2024"
_DATE_TOKENS = 7
#: a date in digits with its day first, as one token: "3.10." (its last point joined back),
#: "03.10.2024"; never "3.10", a decimal
_DOTTED_DATE = regex.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?")


def _date_spans(seq: list[str]) -> list[tuple[int, int]]:
    """Where the dates stand in a list of tokens (``9 / 11``, ``Sept . 11``, ``June 5 , 2024``,
    ``03.10.2024``)."""
    return _spans(
        seq,
        _DATE_TOKENS,
        lambda part: not is_punct(part[-1]) and bool(date_readings(part)),
        lambda word: not is_punct(word) and word.lower() not in {"the", "of"},
        shortest=1,
    )


def _spans(
    seq: list[str],
    longest: int,
    reads: Callable[[list[str]], bool],
    opens: Callable[[str], bool] = lambda word: True,
    shortest: int = 2,
) -> list[tuple[int, int]]:
    """Where stretches of ``shortest`` to ``longest`` tokens that ``reads`` accepts stand in
    ``seq``, each the longest from a token that ``opens`` one, none overlapping."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(seq):
        end = next(
            (
                i + n
                for n in range(min(longest, len(seq) - i), shortest - 1, -1)
                if reads(seq[i : i + n])
            ),
            None,
        )
        if end is None or not opens(seq[i]):
            i += 1
            continue
        spans.append((i, end))
        i = end
    return spans


def _made_one(
    seq: list[str], spans: list[tuple[int, int]], join: Callable[[list[str]], str]
) -> list[str]:
    """The tokens with each span made one token, written by ``join``."""
    out, at = [], 0
    for start, end in spans:
        out += [*seq[at:start], join(seq[start:end])]
        at = end
    return out + seq[at:]


def _date_joined(words: list[str]) -> str:
    """A date's tokens as one, written as they stand: ``Sept. 11``, ``9/11``, ``June 5, 2024``."""
    return regex.sub(r"\s*/\s*", "/", regex.sub(r" (?=[.,])", "", " ".join(words)))


def numbers_as_one(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both versions' tokens with each amount that a multiplier makes over several tokens, with
    its currency beside it (``un million et demi``, ``$1.5 million``), made one token where the
    other version states the same amount in other words (``1,5 million``, ``one and a half
    million dollars``): the diff then lines the two up whole, not on the ``million`` they share
    with an ``et demi`` left over. An amount whose value changed stays as it is."""
    spans_a, spans_b = _amount_spans(a), _amount_spans(b)
    same = {
        (span_a, span_b)
        for span_a, amount_a in spans_a.items()
        for span_b, amount_b in spans_b.items()
        if amount_a.stated == amount_b.stated  # one value, one currency
        and amount_a != amount_b  # but other words, or the currency on the other side
    }
    if not same:
        return a, b
    same = {_without_shared_end(a, b, span_a, span_b) for span_a, span_b in same}
    joined_a, joined_b = sorted({p[0] for p in same}), sorted({p[1] for p in same})
    return _made_one(a, joined_a, _amount_joined), _made_one(b, joined_b, _amount_joined)


def _without_shared_end(
    a: list[str], b: list[str], span_a: tuple[int, int], span_b: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Two spans of one amount less the currency's name both end on (``un million et demi
    d'euros`` / ``1,5 million d'euros``): the words that differ, and only those, are joined."""
    (sa, ea), (sb, eb) = span_a, span_b
    last = a[ea - 1].lower()
    if (
        ea - sa > 1
        and eb - sb > 1
        and last == b[eb - 1].lower()
        and _ELIDED_DE.sub("", last) in _CURRENCY_UNITS
    ):
        return (sa, ea - 1), (sb, eb - 1)
    return span_a, span_b


def _amount_joined(words: list[str]) -> str:
    """An amount's tokens as one, a sign kept against its digits as written: ``$1.5 million``."""
    joined = regex.sub(r"(?<=[^\w\s]) (?=\d)", "", " ".join(words))
    return regex.sub(r"(?<=\d (?:k|M|Md|Mds|Mrd)) (?=[^\w\s])", "", joined)  # "3 M€"


class _Amount(NamedTuple):
    """An amount as a span of tokens states it, and how the span writes it."""

    value: str
    currency: str
    words: str  # the number's own tokens
    side: str  # where the currency stands: "before", "after" or ""

    @property
    def stated(self) -> tuple[str, str]:
        return self.value, self.currency


def _amount_spans(seq: list[str]) -> dict[tuple[int, int], _Amount]:
    """Where a multiplier makes a number over two tokens or more, with a currency's sign or name
    right before or after it taken in, and the amount there (a change of sign alone, ``$`` /
    ``US$``, is left to the diff, which shows it as it is)."""
    spans, i = {}, 0
    if not _has_multiplier(seq):
        return spans
    while i < len(seq):
        found = _multiplied(seq, i)
        if found is None or found[1] < 2:
            i += 1
            continue
        start, end = i, i + found[1]
        before = _CURRENCY_UNITS.get(seq[start - 1].lower()) if start else None
        # "3 millions d'euros": the currency's name elided after "de"
        following = _ELIDED_DE.sub("", seq[end].lower()) if end < len(seq) else ""
        after = _CURRENCY_UNITS.get(following)
        core = " ".join(seq[start:end])
        side = "before" if before else "after" if after else ""
        start, end = start - bool(before), end + bool(after and not before)
        spans[(start, end)] = _Amount(found[0], before or after or "", core, side)
        i = end
    return spans


def same_amount(a: str, b: str) -> bool:
    """Whether two tokens that :func:`numbers_as_one` made are one amount in two writings."""
    words_a, words_b = diff_tokens(a), diff_tokens(b)
    whole_a = _amount_spans(words_a).get((0, len(words_a)))
    whole_b = _amount_spans(words_b).get((0, len(words_b)))
    return whole_a is not None and whole_b is not None and whole_a.stated == whole_b.stated


def times_as_one(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both versions' tokens with each time of day written the French way in three tokens
    (``15 h 30``) made one, so that the diff lines it up whole against ``15h30`` or ``15:30``
    (the same time, another writing) or ``16 h 30`` (another time); and an hour with its word
    (``15 Uhr``, ``15 heures``, ``15:00 Uhr``) made one where the other version writes the same
    hour another way."""
    a, b = _made_one(a, _french_times(a), " ".join), _made_one(b, _french_times(b), " ".join)
    if not (_CLOCK_WORDS.intersection(w.lower() for w in a + b)):
        return a, b
    spans_a, spans_b = _hour_spans(a), _hour_spans(b)
    pairs = [
        (span_a, span_b)
        for span_a, time_a in spans_a.items()
        for span_b, time_b in spans_b.items()
        if a[slice(*span_a)] != b[slice(*span_b)] and time_a == time_b
    ]
    if not pairs:
        return a, b
    joined_a, joined_b = sorted({p[0] for p in pairs}), sorted({p[1] for p in pairs})
    return _made_one(a, joined_a, " ".join), _made_one(b, joined_b, " ".join)


#: the words for "o'clock" a 24-hour time takes after its digits: German ``Uhr``, French ``h``
#: and ``heures``
_CLOCK_WORDS = frozenset({"uhr", "h", "heure", "heures"})
#: an hour and its word, minutes maybe: "15 Uhr", "15 heures", "15h", "15:00 Uhr", "15.30 Uhr"
_HOUR_WITH_WORD = regex.compile(
    r"(\d{1,2})(?:\s*[:.h]\s*(\d\d))?\s*(?:uhr|h|heures?)(?:\s*(\d\d))?", regex.IGNORECASE
)


def _hour_spans(seq: list[str]) -> dict[tuple[int, int], tuple[int, int]]:
    """Where a time of day stands in the tokens with or without its word for the hour (``15
    Uhr``, ``15 : 00``, ``15h``), and the (hours, minutes) it is."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(len(seq)):
        if not seq[i][:1].isdigit():
            continue
        for n in range(min(4, len(seq) - i), 0, -1):
            joined = "".join(seq[i : i + n])
            found = _HOUR_WITH_WORD.fullmatch(joined) or (n > 1 and _TIME.fullmatch(joined))
            if found is None:
                continue
            clock = time_of(seq[i : i + n])
            if clock is not None:
                spans[(i, i + n)] = clock[0]
            break
    return spans


def _french_times(seq: list[str]) -> list[tuple[int, int]]:
    """Where ``15 h 30`` stands in the tokens: hours, ``h``, two digits of minutes."""
    return [
        (i, i + 3)
        for i in range(len(seq) - 2)
        if seq[i + 1] in {"h", "H"}
        and seq[i].isdigit()
        and len(seq[i]) <= 2
        and seq[i + 2].isdigit()
        and len(seq[i + 2]) == 2
    ]


def dates_as_one(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both versions' tokens with each date in digits that the other version writes with its
    month named, and that month's date, made one token (``9/11`` / ``11 September``): the diff
    then lines the two dates up whole, whatever order their day and month take. Any other date
    stays as it is."""
    if not (_DATE_HINT.search(" ".join(a)) and _DATE_HINT.search(" ".join(b))):
        return a, b
    a, b = _dotted_dates_joined(a), _dotted_dates_joined(b)
    pairs = [
        (span_a, span_b)
        for span_a in _date_spans(a)
        for span_b in _date_spans(b)
        # in digits on one side at least, or the day and the month in another order
        if (
            any(map(date_in_digits, a[slice(*span_a)] + b[slice(*span_b)]))
            or month_first(a[slice(*span_a)]) != month_first(b[slice(*span_b)])
        )
        and a[slice(*span_a)] != b[slice(*span_b)]
        and date_readings(a[slice(*span_a)]) & date_readings(b[slice(*span_b)])
    ]
    if not pairs:
        return a, b
    spans_a, spans_b = sorted({p[0] for p in pairs}), sorted({p[1] for p in pairs})
    return _made_one(a, spans_a, _date_joined), _made_one(b, spans_b, _date_joined)


#: a month's name, a slash between digits or a day and month with points: a date may stand
#: in the tokens
_DATE_HINT = regex.compile(
    r"\d ?/ ?\d|\d\.\d{1,2}(?: \.|\.\d)|\b(?i:"
    + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
    + r")\b"
)


def month_first(words: list[str]) -> bool:
    """Whether a date's words name its month before its day (``Sept. 5``, not ``5 September``)."""
    return next((w.lower() in _MONTH_NUMBERS for w in words if w.isalnum()), False)


def date_in_digits(word: str) -> bool:
    """Whether a token that :func:`dates_as_one` made writes its date in digits (``9/11``,
    ``3.10.``), not with its month named."""
    return "/" in word or _DOTTED_DATE.fullmatch(word) is not None


def _dotted_dates_joined(seq: list[str]) -> list[str]:
    """The tokens with a day and month in digits given back the point the tokeniser split off
    (``3.10`` ``.`` → ``3.10.``), so that the date reads as one."""
    out: list[str] = []
    for word in seq:
        if word == "." and out and regex.fullmatch(r"\d{1,2}\.\d{1,2}", out[-1]):
            out[-1] += "."
        else:
            out.append(word)
    return out


#: units of measure by word: (dimension, factor, offset) to the dimension's base unit
_UNITS: dict[str, tuple[str, Decimal, Decimal]] = {
    word: (dimension, Decimal(factor), Decimal(offset))
    for word, dimension, factor, offset in rows("units.tsv")
}
#: the letters that name a unit only as a capital right after their number (``30C``, ``30 C``)
_GLUED_ONLY = frozenset({"c", "f"})
#: a number glued to its unit: "30C", "5km", "2,5kg", "100km/h"
_GLUED_MEASURE = regex.compile(r"(\d+(?:[.,]\d+)?)(°?\p{L}+(?:/h)?)")
#: what makes a unit of length a speed after it: "per hour", "/ h", "pro Stunde", "par heure"
_PER_HOUR = frozenset(
    {("/", "h"), ("per", "hour"), ("an", "hour"), ("pro", "stunde"), ("par", "heure")}
)


def measure_of(words: list[str]) -> tuple[str, Decimal] | None:
    """The measure a stretch of words states and nothing else, as its dimension and its value in
    the dimension's base unit (``30C``, ``86 °F``, ``30 degrees Celsius``, ``five kilometres``,
    ``3 miles``); None when it is no measure or its unit is unknown (``30 degrees``)."""
    split = [t for w in words for t in (diff_tokens(w) if " " in w else [w])]
    low = [w.lower() for w in split if w not in {"degrees", "degree", "grad", "degrés", "de"}]
    if len(low) >= 3 and tuple(low[-2:]) in _PER_HOUR and low[-3] in _UNITS:
        low = [*low[:-3], _speed_unit(low[-3])]  # "miles per hour", "km / h"
    elif len(low) == 3 and tuple(low[-2:]) == ("/", "h"):
        low = [low[0] + "/h"]  # "100km / h", glued
    if len(low) == 1 and (glued := _GLUED_MEASURE.fullmatch(low[0])):
        low = [glued.group(1), glued.group(2)]
    if len(low) == 3 and low[1] == "°":  # "86 ° f"
        low = [low[0], "°" + low[2]]
    if len(low) < 2 or low[-1] not in _UNITS:
        return None
    if low[-1] in _GLUED_ONLY and not (len(split) <= 3 and split[-1][-1:] in {"C", "F"}):
        return None  # "30C", "30 C", "30 °C"; not "degrees c", "5 f"
    counted = low[:-1]
    glue = fraction_glue(counted)  # "two and a half kilometres"
    if not all(is_number(w) or n in glue for n, w in enumerate(counted)):
        return None  # "was 30 degrees": other words before the number
    values = list(number_values(counted).elements())
    if len(values) != 1 or not _SIGNED_NUMERIC.fullmatch(values[0]):
        return None
    dimension, factor, offset = _UNITS[low[-1]]
    return dimension, (Decimal(values[0].replace("−", "-")) + offset) * factor


#: a value below zero too: "−5" (minus five degrees)
_SIGNED_NUMERIC = regex.compile(r"−?\d+(?:\.\d+)?")


def _speed_unit(length: str) -> str:
    """The speed unit a unit of length per hour makes (``miles`` per hour: ``mph``; ``km``,
    ``kilometres``, ``kilomètres`` per hour: ``km/h``); the length itself when it is no unit
    of length."""
    dimension, factor, _ = _UNITS[length]
    if dimension != "length":
        return length
    return next(w for w, (d, f, _) in _UNITS.items() if d == "speed" and f * 1000 == factor)


def measures_as_one(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both versions' tokens with each measure made one token where both hold one written
    differently (``30 ° C`` / ``86 ° F``), as dates are: the diff lines them up whole."""
    if not (_has_unit(a) and _has_unit(b)):
        return a, b
    return _measures_joined(a), _measures_joined(b)


def _has_unit(tokens_: list[str]) -> bool:
    return any(
        t.lower() in _UNITS or ((g := _GLUED_MEASURE.fullmatch(t.lower())) and g.group(2) in _UNITS)
        for t in tokens_
    )


def _measures_joined(seq: list[str]) -> list[str]:
    """The tokens with each number and the unit after it made one token (``30 ° C``,
    ``30 degrees Celsius``, ``five kilometres``)."""
    spans = _spans(seq, _MEASURE_TOKENS, lambda part: measure_of(part) is not None)
    return _made_one(seq, spans, _joined_measure)


#: the most tokens one measure takes: "thirty degrees Celsius", "30 ° C"
_MEASURE_TOKENS = 4


def _joined_measure(words: list[str]) -> str:
    """A measure's tokens as one, written as they stand: ``30 °C``, ``five kilometres``."""
    return regex.sub(r"° ", "°", " ".join(words))


def date_order(moved: list[str], a: list[str], b: list[str]) -> bool:
    """Whether the only word moved is a day or a month, beside each other on both sides
    (``March 3`` / ``3 March``)."""
    words_ = [w.lower().rstrip(".") for w in moved if w.lower() not in {"of", "the"}]
    if len(words_) != 1 or not (_DAY.fullmatch(words_[0]) or words_[0] in _MONTHS):
        return False

    def beside_month(seq: list[str]) -> bool:  # "March 3", "3 March", "3rd of March"
        padded = ["", *(w.lower().rstrip(".") for w in seq), "", ""]
        return any(
            _DAY.fullmatch(w)
            and (
                padded[n - 1] in _MONTHS
                or padded[n + 1] in _MONTHS
                or (padded[n + 1] == "of" and padded[n + 2] in _MONTHS)
            )
            for n, w in enumerate(padded)
        )

    return beside_month(a) and beside_month(b)


#: a currency's sign and its other names: "$2.5 million" / "2.5 million dollars"
CURRENCIES: dict[str, frozenset[str]] = {
    unit: frozenset(w for w, u in _CURRENCY_UNITS.items() if u == unit and w != unit)
    for unit in set(_CURRENCY_UNITS.values())
}
