"""The pipeline: articles -> quotes -> speakers -> groups -> drift, and terms beside it.

Each stage is its own module and can be called alone; this module only composes them, so the
command line and library users get the same results from one call.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from .articles import parse_article
from .attribution import attribute, unify_speakers
from .models import (
    Article,
    Comparison,
    Config,
    FileStatus,
    Progress,
    Quote,
    Quotes,
    no_progress,
)
from .parallel import map_ordered
from .quotes import extract_quotes
from .sources import (
    READABLE,
    Reading,
    UniqueIds,
    iter_readings,
    load_articles,
    read_already,
    read_path,
)


def _articles_of(source: str | Path | Article) -> tuple[Article, ...]:
    """What :func:`extract` was given, as articles: an article as it is; a :class:`Path`, or a
    one-line string ending in a file type quotecheck reads (``.txt``, ``.html``…), read from
    disk as the command line reads it; any other string is the article's text."""
    if isinstance(source, Article):
        return (source,)
    if isinstance(source, Path) or _names_a_file(source):
        return read_path(source)
    return (parse_article(source),)


def _names_a_file(text: str) -> bool:
    if "\n" in text or len(text) >= 4096:
        return False
    try:
        return Path(text).suffix.lower() in READABLE or Path(text).is_file()
    except (OSError, ValueError):  # impossible as a file name: it is text
        return False


def attributed(article: Article) -> tuple[Quote, ...]:
    """One article's quotes with their speakers, named as that article names them: the work
    done for each article alone, which ``jobs`` spreads over processes.

    Should the rules loop on some unforeseen text (a RecursionError), the article's quotes are
    still listed, with no speaker, and a warning names the article: one article never costs a
    run of thousands."""
    quotes = extract_quotes(article)
    try:
        return tuple(attribute(article, quotes))
    except RecursionError:
        warnings.warn(
            f"{article.id}: the attribution rules looped on this article; its quotes are listed "
            "without speakers (please report the text)",
            RuntimeWarning,
            stacklevel=2,
        )
        return tuple(quotes)


def quotes_of(
    articles: Iterable[Article],
    progress: Progress = no_progress,
    jobs: int = 1,
    scheduler: str | None = None,
    known: Mapping[str, tuple[Quote, ...]] | None = None,
) -> Quotes:
    """Every quote of every article, attributed, with one canonical name per person; ``jobs``
    processes find them, or the workers of the Dask ``scheduler`` at that address (the result
    is the same whichever). ``known`` holds, by article id, what :func:`attributed` already
    found in some of them (an archive keeps it): those are not read again."""
    articles = tuple(articles)
    known = known or {}
    unread = map_ordered(attributed, (a for a in articles if a.id not in known), jobs, scheduler)
    each = (known[a.id] if a.id in known else next(unread) for a in articles)
    found: list[Quote] = []
    for quotes in progress("finding quotes", each, len(articles)):
        found.extend(quotes)
    return Quotes(unify_speakers(tuple(found)))


def listed(quotes: Iterable[Quote], turns: bool = False) -> Quotes:
    """The quotations a listing shows: the words set in quote marks, and a transcript's turns
    (``QUILL: …``, ``Q: …``) only with ``turns``.

    A turn is the article itself in someone's voice, not words it quotes: annotated news
    (PolNeAR, the stories) never counts one as a quotation. A comparison still lines turns up
    with other outlets' quotes, a transcript being the record those are checked against. Ids
    are those of the whole reading, the same with or without the turns.
    """
    return Quotes(q for q in quotes if turns or q.kind != "turn")


def extract(source: str | Path | Article, turns: bool = False) -> Quotes:
    """The attributed quotes of one article, given as text, a path or an :class:`Article`, and
    its transcript's turns with ``turns`` (see :func:`listed`).

    A path is read as the command line reads it (a saved page's main text, every record of a
    JSON Lines or CSV file); a path that does not exist raises :class:`FileNotFoundError`.

    >>> [(q.text, q.speaker) for q in extract(
    ...     'Prime Minister Jane Doe spoke in Paris on Monday about the new budget plans.\\n\\n'
    ...     '"We will not raise taxes," Doe said.')]
    [('We will not raise taxes,', 'Jane Doe')]
    """
    return listed(quotes_of(_articles_of(source)), turns)


def compare_articles(
    articles: Iterable[Article],
    config: Config = Config(),
    files: tuple[FileStatus, ...] = (),
    progress: Progress = no_progress,
    jobs: int = 1,
    scheduler: str | None = None,
    known: Mapping[str, tuple[Quote, ...]] | None = None,
) -> Comparison:
    """Run every stage after loading on articles already in memory.

    Articles are taken in the order of their ids, so the result never depends on the order in
    which they were listed. ``progress`` sees each stage go by; ``jobs`` processes (or the
    workers of a Dask ``scheduler``) extract and attribute the quotes, with the same result as
    one; the articles in ``known`` keep the quotes found in them before (see :func:`quotes_of`).
    """
    # the stages that compare outlets load here, so extracting quotes never pays for them
    from .align import align
    from .drift import classify
    from .paraphrase import find_paraphrases
    from .terms import term_drift

    articles = tuple(sorted(articles, key=lambda a: a.id))
    quotes = quotes_of(articles, progress, jobs, scheduler, known)
    groups, singletons = _step(progress, "aligning", align, quotes, articles, config)
    dates = {a.id: a.date for a in articles}
    classified = [classify(g, dates) for g in progress("classifying", groups, len(groups))]
    groups, singletons = _step(
        progress, "finding paraphrases", find_paraphrases, classified, singletons, articles, quotes
    )
    return Comparison(
        articles=articles,
        quotes=quotes,
        groups=groups,
        singletons=singletons,
        terms=_step(progress, "comparing terms", term_drift, articles, quotes),
        files=files,
    )


def _step(progress: Progress, stage: str, run: Callable[..., Any], *args: Any) -> Any:
    """A stage that is one call, shown as a step of one."""
    for _ in progress(stage, (None,), 1):
        result = run(*args)
    return result


def compare(
    inputs: Iterable[str | Path | Article],
    config: Config = Config(),
    manifest: str | Path | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    language: str | None = None,
) -> Comparison:
    """Load files, folders or articles and run the whole pipeline on them, the quotes found by
    ``jobs`` processes or on a Dask ``scheduler``'s workers; ``language`` is every file's
    language (otherwise a manifest's, or detected).

    Every input file is accounted for in ``Comparison.files``, read or skipped with the reason.
    """
    loaded, statuses = load_articles(inputs, manifest, language)
    return compare_articles(loaded, config, statuses, jobs=jobs, scheduler=scheduler)


def iter_quotes(
    inputs: Iterable[str | Path],
    manifest: str | Path | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    language: str | None = None,
    turns: bool = False,
) -> Iterator[tuple[FileStatus, tuple[Quote, ...]]]:
    """Each input file's status and attributed quotes (transcript turns with ``turns``, see
    :func:`listed`), one file at a time, for streaming; with ``jobs`` processes or a Dask
    ``scheduler``, in the same order, a bounded number of articles ahead.

    Local worker processes read and parse the files themselves (they see the same disk), so
    the calling process only lists them and writes what comes back; a cluster's workers get
    the articles read here. Speakers are made canonical within each article; :func:`compare`
    also unifies them across articles.
    """
    readings = iter_readings(inputs, manifest, language)
    if scheduler is not None:
        readings = (partial(read_already, reading()) for reading in readings)
    unique = UniqueIds()
    for found in map_ordered(_read_and_attribute, readings, jobs, scheduler):
        for status, quotes in found:
            quotes = listed(quotes, turns)
            if status.article_id is not None:
                name = unique(status.article_id, status)
                if name != status.article_id:
                    status = replace(status, article_id=name)
                    quotes = Quotes(replace(q, article_id=name) for q in quotes)
            yield status, quotes


def _read_and_attribute(reading: Reading) -> list[tuple[FileStatus, tuple[Quote, ...]]]:
    """One reading's statuses, each with its article's attributed quotes, canonical within it."""
    return [
        (status, quotes_of([article]) if article is not None else ())
        for article, status in reading()
    ]
