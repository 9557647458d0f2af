"""The quote archive: every article checked is kept, with its quotes and their speakers, so that
a new article's quotes are compared with every earlier version of them (all outlets, all days).

One schema for two backends through SQLAlchemy Core: an embedded SQLite file (the default,
``quotecheck.sqlite`` or ``$QUOTECHECK_DB``) or a PostgreSQL server (a ``postgresql://`` URL).
An article is stored once per text (its content hash): adding the same article's text again
changes nothing, and a changed text under the same URL or id is a new version of that article. Each
article goes in one transaction, so an interrupted run leaves every committed article whole.

A check does not keep alignments in the database: it looks up the archived articles that share
a word pair with the new quotes (an indexed table of hashed keys, never a scan), rebuilds them
from their stored text, and runs the same comparison as ``quotecheck compare``, so the edits
and the JSON are that command's. What extraction and attribution found in each article is
stored beside it, with a fingerprint of the code that found it: a check by the same code reads
it back instead of reading the article again, any other code reads the article again.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

from .articles import parse_article
from .attribution import unify_speakers
from .models import (
    Article,
    Attribution,
    Comparison,
    Config,
    FileStatus,
    Progress,
    Quote,
    TermDrift,
    no_progress,
)
from .normalize import words
from .parallel import map_ordered
from .pipeline import attributed, compare_articles
from .sources import load_articles
from .spelling import spelling_key
from .version import __version__

#: an article's quotes, in order
Quotes = tuple[Quote, ...]
T = TypeVar("T")

#: where the archive is when nobody says: this file in the current folder
DEFAULT_DB = "quotecheck.sqlite"
#: the environment variable that names the archive (a path or a ``postgresql://`` URL)
DB_VARIABLE = "QUOTECHECK_DB"
#: the schema this version writes; :data:`UPGRADES` brings an older archive up to it
SCHEMA_VERSION = 2
#: a word pair held by more archived quotes than this tells nothing ("we will", "in the")
COMMON_KEY = 5000
#: the most archived articles a check compares with: those with the most close quotes
MAX_EARLIER = 200
#: the most other versions a search shows for each hit
MAX_VARIANTS = 200
#: the most articles ``add`` commits in one transaction (each commit writes every page it touched)
ADD_BATCH = 200
#: the share of a quote's word pairs another quote must hold to be a candidate version of it
SHARED_SHARE = 0.3
#: the word pairs of a short fragment: holding this many is enough whatever the share
FRAGMENT_PAIRS = 3

_meta = sa.MetaData()
_schema = sa.Table("schema_version", _meta, sa.Column("version", sa.Integer, nullable=False))
_articles = sa.Table(
    "articles",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.Text, nullable=False, index=True),  # its URL, else its id
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("article_id", sa.Text, nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("outlet", sa.Text, nullable=False, index=True),
    sa.Column("date", sa.Text, index=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("first_published_in", sa.Text),
    sa.Column("is_reference", sa.Boolean, nullable=False, default=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("added", sa.Text, nullable=False),
    # what extraction and attribution found in the text (see _packed), and which code found it
    sa.Column("extraction", sa.LargeBinary),
    sa.Column("extractor", sa.String(32)),
    sa.UniqueConstraint("key", "content_hash"),  # a text is stored once per article
)
_quotes = sa.Table(
    "quotes",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article", sa.Integer, sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("stop", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("speaker", sa.Text, index=True),
    sa.Column("method", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
)
_keys = sa.Table(
    "quote_keys",
    _meta,
    sa.Column("key", sa.String(16), nullable=False),
    sa.Column("quote", sa.Integer, sa.ForeignKey("quotes.id"), nullable=False),
    # the rows are the index: looked up by key, and in SQLite stored in key order with no
    # second copy (WITHOUT ROWID), which halves the pages each new quote writes
    sa.PrimaryKeyConstraint("key", "quote"),
    sqlite_with_rowid=False,
)
#: quote kinds worth keeping: somebody's words (not titles or terms in marks)
KEPT_KINDS = frozenset({"sentence", "fragment", "turn"})


def _upgrade_to_1(_conn: sa.Connection) -> None:
    """Version 1 is the first schema: created whole by :func:`_open`."""


def _upgrade_to_2(conn: sa.Connection) -> None:
    """Version 2 stores each article's extraction: its older articles have none and are read
    again when a check needs them."""
    for name in ("extraction", "extractor"):
        kind = _articles.c[name].type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {name} {kind}")


#: each step brings an archive of the version before it to this version, inside one transaction
UPGRADES = {1: _upgrade_to_1, 2: _upgrade_to_2}


class ArchiveError(Exception):
    """An archive that cannot be opened: written by a newer quotecheck, or no database there."""


def db_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL of an archive: a ``postgresql://`` URL as given (read with psycopg),
    anything else a SQLite file; nothing given means ``$QUOTECHECK_DB``, else
    ``quotecheck.sqlite`` here.

    >>> db_url("news.sqlite"), db_url("postgresql://desk@db/quotes")
    ('sqlite:///news.sqlite', 'postgresql+psycopg://desk@db/quotes')
    """
    name = str(db or os.environ.get(DB_VARIABLE) or DEFAULT_DB)
    for scheme in ("postgresql://", "postgres://"):
        if name.startswith(scheme):
            return "postgresql+psycopg://" + name[len(scheme) :]
    if "://" in name:
        return name  # a full SQLAlchemy URL, dialect and driver given
    return f"sqlite:///{name}"


def quote_keys(text: str) -> set[str]:
    """The blocking keys of a quote: each pair of neighbouring words (spelling folded, at least
    one of them not a stop word), hashed to 16 hex digits. Two versions of one statement share
    several of them; a short fragment shares one with the quote it was cut from."""
    from .align import content_words

    key = [spelling_key(w) for w in words(text)]
    content = content_words(key)
    if len(key) == 1:
        runs = [(key[0],)] if key[0] in content else []
    else:
        runs = [r for r in pairwise(key) if r[0] in content or r[1] in content]
    return {hashlib.blake2b(" ".join(r).encode(), digest_size=8).hexdigest() for r in runs}


@dataclass(frozen=True)
class Added:
    """What :meth:`Archive.add` did with each input article."""

    #: (article id, key) of each article stored for the first time
    added: tuple[tuple[str, str], ...] = ()
    #: (article id, key, version) of each changed text stored as a new version of an article
    versions: tuple[tuple[str, str, int], ...] = ()
    #: (article id, key) of each text already in the archive: nothing changed
    unchanged: tuple[tuple[str, str], ...] = ()
    #: every input file, read or skipped with the reason
    files: tuple[FileStatus, ...] = ()
    quotes: int = 0


@dataclass(frozen=True)
class Hit:
    """An archived quote that matches a search, with where and when it was printed and the
    other archived versions of the same statement."""

    text: str
    speaker: str | None
    outlet: str
    date: str | None
    article: str
    variants: tuple[dict[str, Any], ...] = field(default_factory=tuple)


class Archive:
    """A quote archive on a SQLite file or a PostgreSQL server (see :func:`db_url`).

    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "a.sqlite")
    >>> Archive(db).stats()["articles"]
    0
    """

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = db_url(db)
        self.engine = _open(self.url)

    def close(self) -> None:
        """Close every connection (a SQLite file can then be moved or deleted)."""
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- adding ------------------------------------------------------------------------------
    def add(
        self,
        inputs: Iterable[str | Path | Article],
        manifest: str | Path | None = None,
        language: str | None = None,
        jobs: int = 1,
    ) -> Added:
        """Store each article with its quotes and their keys: a text already stored is left
        alone, a changed text under a stored URL or id is a new version. Articles are committed
        whole, :data:`ADD_BATCH` to a transaction, so an interrupted run leaves every committed
        article whole and no half-written one. Unreadable inputs are listed in ``files``, never
        stored."""
        articles, files = load_articles(inputs, manifest, language)
        added: list[tuple[str, str]] = []
        versions: list[tuple[str, str, int]] = []
        unchanged: list[tuple[str, str]] = []
        count = 0
        found = list(map_ordered(attributed, articles, jobs))
        items = list(zip(articles, _unified(found), found, strict=True))
        outcomes = [o for batch in _chunks(items, ADD_BATCH) for o in self._store(batch)]
        for (article, quotes, _own), (outcome, version) in zip(items, outcomes, strict=True):
            key = article_key(article)
            if outcome == "unchanged":
                unchanged.append((article.id, key))
            elif version == 1:
                added.append((article.id, key))
                count += len(quotes)
            else:
                versions.append((article.id, key, version))
                count += len(quotes)
        return Added(tuple(added), tuple(versions), tuple(unchanged), tuple(files), count)

    def _store(self, batch: Sequence[tuple[Article, Quotes, Quotes]]) -> list[tuple[str, int]]:
        """Store a batch of articles in one transaction; when another writer stored one of
        them meanwhile, again one article to a transaction."""
        try:
            with self.engine.begin() as conn:
                return [_insert(conn, *item) for item in batch]
        except sa.exc.IntegrityError:
            if len(batch) > 1:
                return [outcome for item in batch for outcome in self._store([item])]
            if self._holds(batch[0][0]):  # another writer stored this very text a moment before
                return [("unchanged", 0)]
            raise

    def _holds(self, article: Article) -> bool:
        """Whether this article's text is stored under its URL or id."""
        same = sa.and_(
            _articles.c.key == article_key(article),
            _articles.c.content_hash == content_hash(article.text),
        )
        with self.engine.connect() as conn:
            return conn.execute(sa.select(_articles.c.id).where(same)).first() is not None

    # -- checking ----------------------------------------------------------------------------
    def check(
        self,
        inputs: Iterable[str | Path | Article],
        manifest: str | Path | None = None,
        language: str | None = None,
        config: Config = Config(),
        jobs: int = 1,
    ) -> Comparison:
        """Each new article's quotes compared with every earlier version in the archive: the
        archived articles that share a word pair with them are compared with them as
        ``quotecheck compare`` would, and only the groups holding a new quote are kept."""
        articles, files = load_articles(inputs, manifest, language)
        fresh = {a.id for a in articles}
        stored = {(article_key(a), content_hash(a.text)) for a in articles}
        each = map_ordered(attributed, articles, jobs)
        found = {a.id: quotes for a, quotes in zip(articles, each, strict=True)}
        keys = [quote_keys(q.text) for qs in found.values() for q in qs if q.kind in KEPT_KINDS]
        earlier = [  # an article checked again is not its own earlier version
            (a, qs)
            for a, qs in self._sharing(keys)
            if (article_key(a), content_hash(a.text)) not in stored
        ]
        renamed, known = _renamed_with_quotes(earlier, fresh)
        comparison = compare_articles(
            [*renamed, *articles], config, tuple(files), jobs=jobs, known={**known, **found}
        )
        return _keep_new(comparison, fresh)

    def _sharing(self, quote_keys_each: list[set[str]]) -> list[tuple[Article, Quotes | None]]:
        """The archived articles that may hold an earlier version of a new quote: those with a
        quote holding :data:`SHARED_SHARE` of its word pairs (pairs held by more than
        :data:`COMMON_KEY` quotes tell nothing); the :data:`MAX_EARLIER` with the most such
        quotes, the earlier first among equals; rebuilt from their stored text, each with its
        stored extraction (None: made by other code)."""
        counts: dict[int, int] = {}
        with self.engine.connect() as conn:
            for keys in quote_keys_each:
                for article in self._close_quotes(conn, keys, _quotes.c.article):
                    counts[article] = counts.get(article, 0) + 1
            if not counts:
                return []
            rows = conn.execute(
                sa.select(_articles).where(_articles.c.id.in_(sorted(counts)))
            ).mappings()
            found = sorted(rows, key=lambda r: (-counts[r["id"]], r["date"] or "", r["id"]))
            kept = sorted(found[:MAX_EARLIER], key=lambda r: r["id"])
            return [(_rebuilt(r), _unpacked(r)) for r in kept]

    @staticmethod
    def _close_quotes(
        conn: sa.Connection, keys: set[str], column: Any, leave_out: int | None = None
    ) -> list[Any]:
        """``column`` of the archived quotes holding at least :data:`SHARED_SHARE` of ``keys``
        (the word pairs of one quote), the closest first, at most :data:`MAX_VARIANTS`."""
        if not keys:
            return []
        telling = (
            sa.select(_keys.c.key)
            .where(_keys.c.key.in_(sorted(keys)))
            .group_by(_keys.c.key)
            .having(sa.func.count() <= COMMON_KEY)
        )
        close = (
            sa.select(_keys.c.quote)
            .where(_keys.c.key.in_(telling))
            .group_by(_keys.c.quote)
            .having(sa.func.count() >= _enough(len(keys)))
            .order_by(sa.func.count().desc())
            .limit(MAX_VARIANTS)
        )
        if leave_out is not None:
            close = close.where(_keys.c.quote != leave_out)
        query = sa.select(column).where(_quotes.c.id.in_(close.subquery().select()))
        return [r[0] for r in conn.execute(query)]

    # -- searching ---------------------------------------------------------------------------
    def search(
        self,
        text: str,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[Hit]:
        """Archived quotes holding every word of ``text`` (full-text search: SQLite FTS5, or
        PostgreSQL's text search), by a speaker whose name contains ``speaker``, printed on or
        after ``since`` and on or before ``until`` (ISO dates), earliest first; each with the
        other archived versions of its statement (quotes sharing a word pair with it and found
        the same statement by the aligner)."""
        from .align import same_statement

        with self.engine.connect() as conn:
            query = (
                _quote_rows()
                .where(_matches(conn, text))
                .order_by(_articles.c.date, _articles.c.id, _quotes.c.idx)
                .limit(limit)
            )
            if speaker:
                query = query.where(_quotes.c.speaker.ilike(f"%{speaker}%"))
            if since:
                query = query.where(_articles.c.date >= since)
            if until:
                query = query.where(_articles.c.date <= until + "\uffff")
            hits = []
            for row in conn.execute(query).mappings():
                found = _as_quote(row)
                variants = []
                for other in self._neighbours(conn, row["id"], row["text"]):
                    if same_statement(found, _as_quote(other)) > 0:
                        variants.append(
                            {
                                k: other[k]
                                for k in ("text", "speaker", "outlet", "date", "article_id")
                            }
                        )
                hits.append(
                    Hit(
                        row["text"],
                        row["speaker"],
                        row["outlet"],
                        row["date"],
                        row["article_id"],
                        tuple(variants),
                    )
                )
            return hits

    def _neighbours(self, conn: sa.Connection, quote_id: int, text: str) -> list[Any]:
        """The archived quotes close enough to be other versions of this one, earliest first."""
        close = self._close_quotes(conn, quote_keys(text), _quotes.c.id, leave_out=quote_id)
        if not close:
            return []
        query = (
            _quote_rows().where(_quotes.c.id.in_(close)).order_by(_articles.c.date, _articles.c.id)
        )
        return list(conn.execute(query).mappings())

    # -- counting ----------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """How much the archive holds: articles (distinct URLs or ids), versions (texts stored),
        quotes, outlets, speakers, and groups (statements held by two or more articles: quotes
        linked through a shared word pair and found the same statement by the aligner)."""
        with self.engine.connect() as conn:

            def count(column: Any) -> int:
                return int(
                    conn.execute(sa.select(sa.func.count(sa.distinct(column)))).scalar() or 0
                )

            return {
                "articles": count(_articles.c.key),
                "versions": count(_articles.c.id),
                "quotes": count(_quotes.c.id),
                "outlets": count(_articles.c.outlet),
                "speakers": count(_quotes.c.speaker),
                "groups": self._groups(conn),
            }

    def _groups(self, conn: sa.Connection) -> int:
        """Statements that two or more archived articles printed: quotes holding one word pair
        (of at most :data:`COMMON_KEY` quotes) compared in a chain, one after another, and
        joined where the aligner finds them the same statement."""
        from .align import same_statement

        shared = (
            sa.select(_keys.c.key)
            .group_by(_keys.c.key)
            .having(sa.func.count() > 1, sa.func.count() <= COMMON_KEY)
        )
        blocks = conn.execute(
            sa.select(
                _keys.c.key,
                _keys.c.quote,
                _quotes.c.article,
                _quotes.c.text,
                _quotes.c.speaker,
                _quotes.c.kind,
            )
            .join(_quotes, _quotes.c.id == _keys.c.quote)
            .where(_keys.c.key.in_(shared))
            .order_by(_keys.c.key, _keys.c.quote)
        ).mappings()
        parent: dict[int, int] = {}
        article_of: dict[int, int] = {}

        def root(q: int) -> int:
            while parent[q] != q:
                parent[q] = parent[parent[q]]
                q = parent[q]
            return q

        previous = None
        for row in blocks:
            q = row["quote"]
            parent.setdefault(q, q)
            article_of[q] = row["article"]
            if previous is not None and previous["key"] == row["key"]:
                p = previous["quote"]
                if (
                    root(p) != root(q)
                    and article_of[p] != article_of[q]
                    and same_statement(_as_quote(previous), _as_quote(row)) > 0
                ):
                    parent[root(p)] = root(q)
            previous = row
        articles: dict[int, set[int]] = {}
        for q in parent:
            articles.setdefault(root(q), set()).add(article_of[q])
        return sum(len(a) > 1 for a in articles.values())

    def compare(
        self,
        since: str | None = None,
        config: Config = Config(),
        progress: Progress = no_progress,
        jobs: int = 1,
        scheduler: str | None = None,
    ) -> Comparison:
        """The comparison of every archived article (the latest version of each) printed on or
        after ``since``, as ``quotecheck compare`` makes it: what ``quotecheck report --db``
        shows. Stored extractions are read back, not found again."""
        articles, known = _renamed_with_quotes(self._latest(since), set())
        return compare_articles(
            articles, config, progress=progress, jobs=jobs, scheduler=scheduler, known=known
        )

    def _latest(self, since: str | None) -> list[tuple[Article, Quotes | None]]:
        """The latest version of each archived article printed on or after ``since``, in the
        order they were added, each with its stored extraction (see :meth:`_sharing`)."""
        with self.engine.connect() as conn:
            latest = (
                sa.select(_articles.c.key, sa.func.max(_articles.c.version).label("version"))
                .group_by(_articles.c.key)
                .subquery()
            )
            query = sa.select(_articles).join(
                latest,
                sa.and_(_articles.c.key == latest.c.key, _articles.c.version == latest.c.version),
            )
            if since:
                query = query.where(_articles.c.date >= since)
            rows = conn.execute(query.order_by(_articles.c.id)).mappings()
            return [(_rebuilt(r), _unpacked(r)) for r in rows]


def _insert(conn: sa.Connection, article: Article, quotes: Quotes, own: Quotes) -> tuple[str, int]:
    """Store one article, ``quotes`` (its quotes with the speakers named across the run) in
    the quote table and ``own`` (what :func:`attributed` found in it) packed beside it: whether
    it was "added" or "unchanged", and its version."""
    digest = content_hash(article.text)
    key = article_key(article)
    same = sa.and_(_articles.c.key == key, _articles.c.content_hash == digest)
    if conn.execute(sa.select(_articles.c.id).where(same)).first():
        return "unchanged", 0
    last = conn.execute(
        sa.select(sa.func.max(_articles.c.version)).where(_articles.c.key == key)
    ).scalar()
    version = (last or 0) + 1
    row = conn.execute(
        _articles.insert().values(
            key=key,
            version=version,
            content_hash=digest,
            article_id=article.id,
            path=article.path,
            outlet=article.outlet,
            date=article.date,
            title=article.title,
            url=article.url,
            first_published_in=article.first_published_in,
            is_reference=article.is_reference,
            language=article.language,
            text=article.text,
            added=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            extraction=_packed(own),
            extractor=extractor(),
        )
    ).inserted_primary_key[0]
    kept = [q for q in quotes if q.kind in KEPT_KINDS]
    if not kept:
        return "added", version
    ids = (
        conn.execute(
            _quotes.insert().returning(_quotes.c.id, sort_by_parameter_order=True),
            [
                {
                    "article": row,
                    "idx": q.index,
                    "start": q.start,
                    "stop": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "speaker": q.speaker,
                    "method": q.attribution.method,
                    "confidence": q.attribution.confidence,
                }
                for q in kept
            ],
        )
        .scalars()
        .all()
    )
    keys = [
        {"quote": i, "key": k} for i, q in zip(ids, kept, strict=True) for k in quote_keys(q.text)
    ]
    if keys:
        conn.execute(_keys.insert(), keys)
    _index_text(conn, list(zip(ids, (q.text for q in kept), strict=True)))
    return "added", version


def _enough(pairs: int) -> int:
    """How many of a quote's word pairs another quote must hold to be a candidate version of
    it: :data:`SHARED_SHARE` of them, but never more than a short fragment holds
    (:data:`FRAGMENT_PAIRS`), so a cut-down version is found too."""
    return max(1, min(int(pairs * SHARED_SHARE), FRAGMENT_PAIRS))


def _quote_rows() -> sa.Select[Any]:
    """Archived quotes with the outlet, date and id of the article that printed them."""
    return sa.select(
        _quotes.c.id,
        _quotes.c.text,
        _quotes.c.speaker,
        _quotes.c.kind,
        _articles.c.outlet,
        _articles.c.date,
        _articles.c.article_id,
    ).join(_articles, _articles.c.id == _quotes.c.article)


def content_hash(text: str) -> str:
    """The SHA-256 of an article's text: the same text is the same stored article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(article: Article) -> str:
    """What names an article across its versions: its URL, else its id."""
    return article.url or article.id


def _open(url: str) -> sa.Engine:
    """An engine on the archive, its schema created or brought up to :data:`SCHEMA_VERSION`.
    SQLite runs in WAL mode, waits for a writer rather than failing, and checks foreign keys."""
    sqlite = url.startswith("sqlite")
    engine = sa.create_engine(url, connect_args={"timeout": 60} if sqlite else {})
    if sqlite:

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent on a crash
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    try:
        with engine.begin() as conn:
            _meta.create_all(conn)
            _create_text_index(conn)
            version = conn.execute(sa.select(_schema.c.version)).scalar()
            if version is None:
                conn.execute(_schema.insert().values(version=SCHEMA_VERSION))
            elif version > SCHEMA_VERSION:
                raise ArchiveError(
                    f"the archive at {engine.url.render_as_string(hide_password=True)} was "
                    f"written by a newer quotecheck (schema {version}; this one reads up to "
                    f"{SCHEMA_VERSION}): upgrade quotecheck"
                )
            else:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    UPGRADES[step](conn)
                conn.execute(_schema.update().values(version=SCHEMA_VERSION))
    except sa.exc.OperationalError as err:
        raise ArchiveError(f"cannot open the archive {url}: {err.orig}") from err
    return engine


def _create_text_index(conn: sa.Connection) -> None:
    """The full-text index over quotes: an FTS5 table in SQLite, a GIN index on the words'
    ``tsvector`` in PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS quote_search "
            "USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS quotes_words ON quotes "
            "USING gin (to_tsvector('simple', text))"
        )


def _index_text(conn: sa.Connection, rows: list[tuple[int, str]]) -> None:
    """Quotes (id, text) into SQLite's full-text index (PostgreSQL indexes the column itself)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO quote_search (rowid, text) VALUES (?, ?)", rows)


def _matches(conn: sa.Connection, text: str) -> sa.ColumnElement[bool]:
    """The condition that a quote holds every word of ``text``."""
    terms = [w for w in words(text) if any(c.isalnum() for c in w)]
    if not terms:
        return sa.false()
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in terms)
        return _quotes.c.id.in_(
            sa.text("SELECT rowid FROM quote_search WHERE quote_search MATCH :q").bindparams(
                q=match
            )
        )
    if conn.dialect.name == "postgresql":  # the indexed expression, word for word
        simple = sa.literal_column("'simple'::regconfig")
        return sa.func.to_tsvector(simple, _quotes.c.text).op("@@")(
            sa.func.plainto_tsquery(simple, " ".join(terms))
        )
    return sa.and_(*(_quotes.c.text.ilike(f"%{w}%") for w in terms))


def _unified(found: list[Quotes]) -> list[Quotes]:
    """Each article's quotes (as :func:`attributed` found them) with the speakers named as the
    whole run names them."""
    unified = iter(unify_speakers(tuple(q for quotes in found for q in quotes)))
    return [tuple(next(unified) for _ in quotes) for quotes in found]


@cache
def extractor() -> str:
    """A fingerprint of this quotecheck's code and data: stored extractions are read back only
    by the code that made them, since any change to a rule or a lexicon may change them."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


#: a quote's fields and its attribution's, in the order :func:`_packed` writes them
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote) if f.name != "attribution")
_ATTRIBUTION_FIELDS = tuple(f.name for f in fields(Attribution))


def _packed(quotes: Quotes) -> bytes:
    """An article's quotes as compressed JSON: each quote's fields in order, its attribution's
    last."""
    rows = [
        [
            *(getattr(q, f) for f in _QUOTE_FIELDS),
            [getattr(q.attribution, f) for f in _ATTRIBUTION_FIELDS],
        ]
        for q in quotes
    ]
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode())


def _unpacked(row: Any) -> Quotes | None:
    """The quotes stored with an archived article, or None when other code found them (or
    none was stored)."""
    if row["extraction"] is None or row["extractor"] != extractor():
        return None
    rows = json.loads(zlib.decompress(row["extraction"]))
    return tuple(
        Quote(**dict(zip(_QUOTE_FIELDS, r[:-1], strict=True)), attribution=Attribution(*r[-1]))
        for r in rows
    )


def _rebuilt(row: Any) -> Article:
    """An archived article read again from its text, with the metadata stored beside it."""
    article = parse_article(
        row["text"],
        row["path"],
        row["article_id"],
        outlet=row["outlet"],
        date=row["date"],
        title=row["title"],
        url=row["url"],
        language=row["language"],
    )
    return replace(
        article,
        first_published_in=row["first_published_in"],
        is_reference=bool(row["is_reference"]),
    )


def _renamed_with_quotes(
    found: list[tuple[Article, Quotes | None]], taken: set[str]
) -> tuple[list[Article], dict[str, Quotes]]:
    """Archived articles renamed as :func:`_renamed` does, and their stored quotes (where there
    are) under the new names."""
    articles = _renamed([a for a, _ in found], taken)
    known = {
        a.id: tuple(q if q.article_id == a.id else replace(q, article_id=a.id) for q in quotes)
        for a, (_, quotes) in zip(articles, found, strict=True)
        if quotes is not None
    }
    return articles, known


def _renamed(articles: list[Article], taken: set[str]) -> list[Article]:
    """Archived articles with ids no other article of the run has: an id shared with a new
    article or with another archived one gets the archived article's date, or a number."""
    seen = set(taken)
    out = []
    for a in articles:
        name = a.id
        if name in seen:
            name = f"{a.id} ({a.date or 'archived'})"
        n = 2
        while name in seen:
            name = f"{a.id} ({a.date or 'archived'}, {n})"
            n += 1
        seen.add(name)
        out.append(a if name == a.id else replace(a, id=name))
    return out


def _keep_new(comparison: Comparison, fresh: set[str]) -> Comparison:
    """The comparison's groups and singletons that hold a quote of a new article."""
    groups = tuple(g for g in comparison.groups if fresh & set(g.articles))
    singletons = tuple(g for g in comparison.singletons if fresh & set(g.articles))
    terms = tuple(t for t in comparison.terms if fresh & _term_articles(t))
    shown = {a for g in groups for a in g.articles} | fresh
    shown |= {a for t in terms for a in _term_articles(t)}
    return replace(
        comparison,
        articles=tuple(a for a in comparison.articles if a.id in shown),
        quotes=tuple(q for q in comparison.quotes if q.article_id in shown),
        groups=groups,
        singletons=singletons,
        terms=terms,
    )


def _term_articles(term: TermDrift) -> set[str]:
    return {a for ids in term.forms.values() for a in ids}


def _as_quote(row: Any) -> Quote:
    """An archived quote as the aligner reads it: its words, its kind and its speaker."""
    return Quote(
        str(row.get("article_id", row.get("article", ""))),
        0,
        0,
        len(row["text"]),
        row["text"],
        row["kind"],
        0,
        attribution=Attribution(row["speaker"]),
    )


def _chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
