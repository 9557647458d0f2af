"""The values that flow between quotecheck's stages.

Every stage takes and returns these small frozen dataclasses, so a stage can be called on its own,
tested on its own and replaced without touching the others. Nothing here does I/O.

Offsets (``start``/``end``) always index the article's decoded text: ``article.text[q.start:q.end]``
is exactly the quote's ``text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import IntEnum
from importlib import import_module
from typing import Any


class Severity(IntEnum):
    """How much a difference matters to an editor, from nothing to a changed meaning."""

    NONE = 0  # identical after typographic folding
    STYLE = 1  # house style: punctuation placement, curly vs straight, UK/US spelling, serial comma
    MINOR = 2  # case, hyphenation, punctuation inside the sentence
    MAJOR = 3  # words substituted, inserted, deleted, reordered; truncated or extended
    CRITICAL = 4  # number changed, negation flipped, words given to another speaker

    @property
    def label(self) -> str:
        """Lower-case name used in every output (``"style"``)."""
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        """Read a severity from its label, for command-line options."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {name!r}; choose one of {choices}") from None


#: how a caller watches a long run: called with a stage's name, its items and how many there
#: are (None when unknown), it returns the items to iterate; the command line wraps them in a
#: progress bar
Progress = Callable[[str, Iterable[Any], int | None], Iterable[Any]]


def no_progress(_stage: str, items: Iterable[Any], _total: int | None) -> Iterable[Any]:
    """The default :data:`Progress`: the items as they are."""
    return items


@dataclass(frozen=True, slots=True)
class Config:
    """Every tunable of the pipeline in one immutable place; override with ``Config(...)``."""

    #: token similarity (0..1) at or above which two quotes are the same statement
    align_threshold: float = 0.72
    #: a quote of at least this many words found inside a longer one counts as a fragment of it
    min_fragment_words: int = 2
    #: how much of the shorter quote must lie in one run inside the longer one for a fragment
    fragment_coverage: float = 0.9
    #: a quote of at least ``window_words`` words whose best-matching stretch of a longer quote
    #: is this similar is a fragment too, edited on the way (another translation, a word swapped)
    window_similarity: float = 0.8
    #: the same, for two wordings of one speaker (a statement translated twice)
    window_similarity_same_speaker: float = 0.65
    window_words: int = 5
    #: share of the smaller word set found in the other, below which two quotes never match
    rewording_overlap: float = 0.6
    #: score of the same speaker's statement in other words: grouped, but as a rewording
    rewording_score: float = 0.5


#: the roles of the paragraphs that head an article (its title and standfirst), written in
#: headline style: without articles, in title case
HEADING_ROLES = frozenset({"title", "standfirst"})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the file separated by blank lines (or a line in single-spaced files).

    ``role`` is ``"body"`` (article text), ``"header"`` (title, standfirst, byline, dateline line)
    or ``"furniture"`` (menus, breadcrumbs, teasers, widgets: not the article).
    ``repeat_of`` is the index of an earlier paragraph with identical text.
    """

    start: int
    end: int
    role: str
    repeat_of: int | None = None
    why: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """One input file, decoded, with what is known about where it comes from."""

    id: str
    path: str
    outlet: str
    date: str | None
    title: str | None
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    url: str | None = None
    byline: str | None = None
    first_published_in: str | None = None
    is_reference: bool = False
    warnings: tuple[str, ...] = ()
    #: the language it is written in (ISO 639-1), which picks the lexicons and rules that read it
    language: str = "en"

    def paragraph_text(self, index: int) -> str:
        """The text of paragraph ``index``."""
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph containing ``offset``, or None when it falls between them."""
        for i, p in enumerate(self.paragraphs):
            if p.start <= offset < p.end:
                return i
        return None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote, and the evidence: the words naming them, the verb, the rule that fired.

    ``speaker`` is canonical (one name per person across articles) or None when unresolved;
    ``mention`` is the words the article uses (``"he"``, ``"Moreau"``) at
    ``mention_start:mention_end``.
    """

    speaker: str | None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    role: str | None = None
    cue: str | None = None
    method: str = "none"
    confidence: float = 0.0
    source_type: str = "unknown"  # person | document | organisation | unknown

    @property
    def joint(self) -> bool:
        """Whether the speaker is two people named as one subject (``Jo Ames and Tom Brell
        said``): the words are both's, never one person's to compare or merge with another."""
        words = (self.speaker or "").split()
        return self.source_type == "person" and bool(_AND_WORDS.intersection(words[1:-1]))


#: "and" joining two people named as one speaker, in the languages read
_AND_WORDS = frozenset({"and", "und", "et"})

UNKNOWN = Attribution(speaker=None)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the content between a pair of quote marks.

    ``kind`` is ``"sentence"`` (a quoted sentence standing on its own), ``"fragment"`` (words
    embedded in the reporter's sentence), ``"nested"`` (a quote inside another quote),
    ``"title"`` (the name of a work) or ``"scare"`` (words set off as a term, not speech).
    ``placement`` says where it sits: a headline's quote is read apart from the body's (its
    capitalised words cannot lend a speaker's name). ``repeat_of`` points at the same quote in
    an earlier, identical paragraph of the same article.
    A quotation running over several paragraphs is one Quote per paragraph, the later parts
    pointing at the first through ``part_of``.
    """

    article_id: str
    index: int
    start: int
    end: int
    text: str
    kind: str
    paragraph: int
    open_mark: str = '"'
    close_mark: str = '"'
    unbalanced: bool = False
    repeat_of: int | None = None
    part_of: int | None = None  # first part of a quote running over several paragraphs
    parent: int | None = None  # for a quote nested in another (kind "nested"), the outer one
    after: str = ""  # the character right after the closing mark ("" at paragraph end)
    #: the narrator's last words before the opening mark, in its paragraph (``he would not``):
    #: a negation there still governs the words quoted
    before: str = ""
    placement: str = "body"  # where it sits: "headline", "standfirst" or "body"
    attribution: Attribution = UNKNOWN

    @property
    def id(self) -> str:
        """Stable identifier: article id and position in the article."""
        return f"{self.article_id}#{self.index}"

    @property
    def speaker(self) -> str | None:
        """The canonical speaker, or None when unknown."""
        return self.attribution.speaker


#: how each table of a result is made, by name (a maker takes a :class:`Comparison`, or quotes
#: for ``quotes``): filled by :mod:`quotecheck.report` when it loads, which this module never
#: imports by name (the tables need pandas, the data does not): see :func:`table_maker`
TABLES: dict[str, Callable[[Any], Any]] = {}
#: the module whose loading fills :data:`TABLES`
TABLES_MODULE = "quotecheck.report"


def table_maker(table: str) -> Callable[[Any], Any]:
    """The maker of ``table``, loading the tables' module on first use (so ``to_frame`` works
    whatever the caller imported)."""
    if not TABLES:
        import_module(TABLES_MODULE)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return TABLES[table]


class Quotes(tuple):
    """The quotes of one or more articles, in reading order: a tuple that also makes a table."""

    __slots__ = ()

    def to_frame(self):  # -> pandas.DataFrame
        """The quotes as a pandas DataFrame, one row per quote (the ``extract`` columns), with
        nullable dtypes and ``pd.NA`` for missing values."""
        return table_maker("quotes")(self)


@dataclass(frozen=True, slots=True)
class Edit:
    """One typed difference between a group's reference wording and another outlet's."""

    kind: str
    severity: Severity
    files: tuple[str, str]  # (reference article id, variant article id)
    reference: str = ""  # the reference's words involved
    variant: str = ""  # the variant's words involved
    detail: str = ""  # in an editor's words
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """Something an editor should know about one article's version of a statement.

    The text never names the article: ``file`` does, by its exact id, and each output names it
    in its own way (a file id in JSON, the outlet on the page).
    """

    file: str
    text: str


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same statement as run by several outlets, with every difference found."""

    id: str
    members: tuple[Quote, ...]
    reference: Quote
    edits: tuple[Edit, ...] = ()
    similarity: float = 1.0
    notes: tuple[Note, ...] = ()

    @property
    def severity(self) -> Severity:
        """The worst edit's severity; NONE for identical wording."""
        return max((e.severity for e in self.edits), default=Severity.NONE)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Distinct canonical speakers of the members, unknown ones left out."""
        return tuple(dict.fromkeys(q.speaker for q in self.members if q.speaker))

    @property
    def speaker(self) -> str | None:
        """Whose words the statement is: the reference's speaker, else the one speaker the
        other versions name ("…," he said, against "…," Kern said twice); None when they name
        nobody or several people."""
        if self.reference.speaker:
            return self.reference.speaker
        named = self.speakers
        return named[0] if len(named) == 1 else None

    @property
    def articles(self) -> tuple[str, ...]:
        """Distinct article ids of the members, in member order."""
        return tuple(dict.fromkeys(q.article_id for q in self.members))

    def variants(self) -> dict[str, Quote]:
        """Each article's version of the statement: its member, or, where an outlet split the
        quote in two around the attribution, its parts joined into one (spans from the first
        part's start to the last part's end)."""
        parts: dict[str, list[Quote]] = {}
        for q in self.members:
            parts.setdefault(q.article_id, []).append(q)
        out = {}
        for article, quotes in parts.items():
            first, last = quotes[0], quotes[-1]
            out[article] = (
                first
                if len(quotes) == 1
                else replace(
                    first,
                    end=last.end,
                    text=_parts_joined([q.text for q in quotes]),
                    close_mark=last.close_mark,
                    after=last.after,
                )
            )
        return out

    @property
    def reference_variant(self) -> Quote:
        """The reference article's version (its parts joined when it split the quote)."""
        return self.variants()[self.reference.article_id]


def _parts_joined(parts: list[str]) -> str:
    """The parts of a quote split around its attribution as one text: a comma that closed a
    part before the cue (``"…vessels," she said. "Some …"``) stood for the full stop of its
    sentence when the next part opens a sentence, and is one again; so did the comma a German
    or French cue sets outside the marks (``« Ce n'est pas acceptable », a-t-elle dit. « Nous
    … »``), where the part ends on a word.

    >>> _parts_joined(["Ce n'est pas acceptable", "Nous perdons 30 % de nos recettes."])
    "Ce n'est pas acceptable. Nous perdons 30 % de nos recettes."
    >>> _parts_joined(["Wir lassen", "uns das nicht gefallen."])
    'Wir lassen uns das nicht gefallen.'
    """
    joined = parts[0]
    for part in parts[1:]:
        if part[:1].isupper() and joined.endswith(","):
            joined = joined[:-1] + "."
        elif part[:1].isupper() and joined[-1:].isalnum() and len(joined.split()) >= 3:
            joined += "."
        joined += " " + part
    return joined


@dataclass(frozen=True, slots=True)
class TermDrift:
    """The same term written differently by different outlets, outside quotes.

    ``forms`` maps each written form to the article ids using it; ``examples`` maps each form to
    one sentence showing it.
    """

    kind: str
    key: str
    forms: dict[str, tuple[str, ...]]
    detail: str = ""
    examples: dict[str, str] = field(default_factory=dict)
    severity: Severity = Severity.STYLE


@dataclass(frozen=True, slots=True)
class FileStatus:
    """What happened to one input file: every input is accounted for in the output."""

    path: str
    status: str  # read | warning | skipped
    article_id: str | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole pipeline's result for a set of articles of one story."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    groups: tuple[QuoteGroup, ...]
    singletons: tuple[QuoteGroup, ...]
    terms: tuple[TermDrift, ...]
    files: tuple[FileStatus, ...] = ()

    def to_frame(self, table: str = "discrepancies"):  # -> pandas.DataFrame
        """One of the report's tables as a pandas DataFrame: ``discrepancies`` (each outlet's
        version against the reference, worst first), ``quotes``, ``terms``, ``speakers`` or
        ``files``; ``severity`` is an ordered Categorical and missing values are ``pd.NA``."""
        return table_maker(table)(self)

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
