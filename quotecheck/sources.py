"""Sources: turning what the user names (files, folders, globs, ``-``) into articles.

Fact-checkers feed quotecheck what they have at hand: plain text or Markdown, saved web pages,
JSON Lines of articles from a scraper, a CSV with a text column, or text piped on standard input.
Each is read into :class:`Article` values, one at a time so long runs stream, and every input is
accounted for by a :class:`FileStatus`: read, read with a warning, or skipped and why.

- ``.txt``, ``.md``: the file is the article (offsets index its decoded text);
- ``.html``, ``.htm``: the page's main text, outlet, title and date, extracted with trafilatura
  (offsets index the extracted text, paragraphs separated by blank lines);
- ``.jsonl``: one article per line, ``{"id", "outlet", "date", "title", "text"}``;
- ``.csv``: one article per row, with a ``text`` column and optional ``id``, ``outlet``, ``date``,
  ``title``, ``url``;
- ``-``: standard input, one article.

A ``manifest.csv`` in an input folder (or ``--manifest``) supplies outlet, date, title, url and
which article is the reference (the wire or original).
"""

from __future__ import annotations

import csv
import errno
import glob
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path

import regex

from .articles import InputError, decode, parse_article, repair, utf16_without_mark
from .language import normalise_language
from .models import Article, FileStatus

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
MANIFEST_NAME = "manifest.csv"
STDIN = "-"
_METADATA = ("outlet", "date", "title", "url", "reference", "language")

Source = Path | str  # a path, or STDIN
#: a page's own word on its encoding: ``<meta charset="…">`` or the ``http-equiv`` form, which the
#: HTML standard looks for in the first 1,024 bytes (a little more here, for long heads)
_DECLARED_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", regex.I)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a manifest CSV keyed by file name (file, outlet, date, title, url, reference)."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise InputError(
                f"{path}: a manifest needs a 'file' column (and outlet, date, title, url)"
            )
        return {
            row["file"].strip(): {k: (v or "").strip() for k, v in row.items() if k}
            for row in reader
        }


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Source], list[FileStatus]]:
    """The readable files named by ``inputs`` (files, folders, globs, ``-``), sorted, plus a
    status for each one that cannot be read."""
    found: list[Source] = []
    skipped: list[FileStatus] = []
    for item in inputs:
        if str(item) == STDIN:
            found.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            children = sorted(path.iterdir())
        elif path.is_file():
            found.append(path)
            continue
        elif glob.has_magic(str(item)):
            children = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            if not children:
                skipped.append(
                    FileStatus(str(item), "skipped", None, "the pattern matches no file")
                )
        else:
            skipped.append(FileStatus(str(path), "skipped", None, "no such file or folder"))
            continue
        for child in children:
            if child.name == MANIFEST_NAME or child.name.startswith(".") or child.is_dir():
                continue
            if child.name == "README.md" and path.is_dir():
                continue
            if child.suffix.lower() in READABLE:
                found.append(child)
            else:
                why = f"not an article format quotecheck reads ({child.suffix or 'no ending'})"
                skipped.append(FileStatus(str(child), "skipped", None, why))
    paths = sorted({s for s in found if s != STDIN}, key=str)
    return ([STDIN] if STDIN in found else []) + paths, skipped


def _manifests(
    inputs: list[str | Path], manifest: str | Path | None, present: set[str]
) -> tuple[dict[str, dict[str, str]], list[FileStatus]]:
    paths = (
        [Path(manifest)]
        if manifest
        else [
            Path(i) / MANIFEST_NAME
            for i in inputs
            if str(i) != STDIN and (Path(i) / MANIFEST_NAME).is_file()
        ]
    )
    if manifest and not Path(manifest).is_file():
        raise FileNotFoundError(
            errno.ENOENT, "no such manifest; check the --manifest path", str(manifest)
        )
    entries: dict[str, dict[str, str]] = {}
    statuses = []
    for path in paths:
        try:
            rows = read_manifest(path)
        except (OSError, InputError) as err:
            statuses.append(_skipped(str(path), err))
            continue
        entries.update(rows)
        statuses += [
            FileStatus(
                str(path.parent / name), "skipped", None, "listed in the manifest but missing"
            )
            for name in rows
            if name not in present
        ]
    return entries, statuses


#: one file's or record's reading, still to be done: a module-level function and its arguments,
#: so that a worker process can do it (see :func:`iter_readings`)
Reading = Callable[[], list[tuple[Article | None, FileStatus]]]


def iter_readings(
    inputs: Iterable[str | Path],
    manifest: str | Path | None = None,
    language: str | None = None,
) -> Iterator[Reading]:
    """What :func:`iter_articles` reads, as readings not yet done, in the same order: each is
    cheap to send to another process, which then reads, repairs and parses its article there
    (standard input, and the lines of JSON Lines and CSV files, are read here first).

    Article ids are not made unique here: :class:`UniqueIds` does it, in this order, where the
    results come back.
    """
    inputs = list(inputs)
    sources, skipped = expand_inputs(inputs)
    present = {s.name for s in sources if isinstance(s, Path)}
    manifests, statuses = _manifests(inputs, manifest, present)
    for status in (*skipped, *statuses):
        yield partial(read_already, [(None, status)])
    given = normalise_language(language)
    for source in sources:
        for reading in _readings(source, manifests):
            yield partial(_in_language, reading, given) if given else reading


class UniqueIds:
    """Makes article ids unique in reading order: a later article whose id is taken is known by
    its path instead (two folders can each hold ``story.txt``)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def __call__(self, article_id: str, status: FileStatus) -> str:
        """``article_id``, or ``status.path`` when an earlier article has that id."""
        unique = status.path if article_id in self._used else article_id
        self._used.add(unique)
        return unique


def iter_articles(
    inputs: Iterable[str | Path],
    manifest: str | Path | None = None,
    language: str | None = None,
) -> Iterator[tuple[Article | None, FileStatus]]:
    """Each article named by ``inputs`` in turn, with its status; skipped inputs come with
    ``None``. One article is in memory at a time. ``language`` is every article's language,
    whatever a manifest says or detection finds.

    Raises :class:`FileNotFoundError` when ``manifest`` names no file: a manifest given on purpose
    that cannot be read would silently change every outlet name.
    """
    unique = UniqueIds()
    for reading in iter_readings(inputs, manifest, language):
        for article, status in reading():
            if article is not None and (name := unique(article.id, status)) != article.id:
                article = replace(article, id=name)
                status = replace(status, article_id=name)
            yield article, status


def load_articles(
    inputs: Iterable[str | Path | Article],
    manifest: str | Path | None = None,
    language: str | None = None,
) -> tuple[tuple[Article, ...], tuple[FileStatus, ...]]:
    """Every article named by ``inputs`` and the status of every input file (see
    :func:`iter_articles`); articles already in memory among the inputs come after the files
    read, as they are."""
    inputs = list(inputs)
    given = [i for i in inputs if isinstance(i, Article)]
    paths = [i for i in inputs if not isinstance(i, Article)]
    articles, statuses = [], []
    for article, status in iter_articles(paths, manifest, language) if paths else ():
        if article is not None:
            articles.append(article)
        statuses.append(status)
    return (*articles, *given), tuple(sorted(statuses, key=lambda s: s.path))


def read_path(path: str | Path, manifest: str | Path | None = None) -> tuple[Article, ...]:
    """The articles of one file (one for a text file or a saved page, one per record for JSON
    Lines and CSV), read exactly as the command line reads it.

    Raises :class:`FileNotFoundError` when there is no such file, and :class:`InputError` when
    the file holds no readable article (the message says why).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no such article file", str(path))
    manifests, _statuses = _manifests([path.parent], manifest, {path.name})
    read = list(_read(path, manifests))
    articles = tuple(a for a, _status in read if a is not None)
    if not articles:
        raise InputError("; ".join(s.message for _a, s in read) or f"{path}: no article in it")
    return articles


def _status(article: Article, where: str) -> FileStatus:
    state = "warning" if article.warnings else "read"
    return FileStatus(where, state, article.id, "; ".join(article.warnings))


def _read(
    source: Source, manifests: dict[str, dict[str, str]]
) -> Iterator[tuple[Article | None, FileStatus]]:
    """The articles of one source, read here."""
    for reading in _readings(source, manifests):
        yield from reading()


def _readings(source: Source, manifests: dict[str, dict[str, str]]) -> Iterator[Reading]:
    """The readings of one source: the file itself for a text file or a page, one per record
    for JSON Lines and CSV (their lines are split here), standard input read here."""
    if source == STDIN:
        text, warnings = decode(sys.stdin.buffer.read())
        if not text.strip():
            status = FileStatus("<stdin>", "skipped", None, "standard input was empty")
            yield partial(read_already, [(None, status)])
        else:
            yield partial(_read_text, text, warnings, "<stdin>", "stdin")
        return
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
        try:
            yield from (_jsonl_lines if suffix in JSONL_SUFFIXES else _csv_rows)(path)
        except InputError as err:
            yield partial(read_already, [(None, _skipped(str(path), err))])
    else:
        yield partial(_read_file, path, manifests.get(path.name, {}))


def _skipped(where: str, err: InputError) -> FileStatus:
    """A file or record skipped for ``err``, its message without the place the status names."""
    return FileStatus(where, "skipped", None, str(err).removeprefix(f"{where}: "))


def read_already(
    results: list[tuple[Article | None, FileStatus]],
) -> list[tuple[Article | None, FileStatus]]:
    """A reading already done: its results as they are."""
    return results


def _in_language(reading: Reading, language: str) -> list[tuple[Article | None, FileStatus]]:
    """A reading whose articles are all in ``language``, whatever their file says."""
    return [(a and replace(a, language=language), status) for a, status in reading()]


def _read_file(path: Path, meta: dict[str, str]) -> list[tuple[Article | None, FileStatus]]:
    """A text file or a saved page, or the reason it cannot be read."""
    try:
        read = _read_html if path.suffix.lower() in HTML_SUFFIXES else _read_text_file
        article = read(path, meta)
    except InputError as err:
        return [(None, _skipped(str(path), err))]
    return [(article, _status(article, str(path)))]


def _read_text(
    text: str, warnings: tuple[str, ...], where: str, article_id: str
) -> list[tuple[Article | None, FileStatus]]:
    """Text already decoded (standard input)."""
    article = _article(text, warnings, where, article_id, {})
    return [(article, _status(article, where))]


#: two apostrophes opening words, the way some archive exports set every quote (''We will …'')
_APOSTROPHE_OPENED = regex.compile(r"(?<![\p{L}\p{N}'])''(?=\p{L})")


def _article(
    text: str, warnings: tuple[str, ...], where: str, article_id: str, meta: dict[str, str | None]
) -> Article:
    """An article from decoded text: mojibake repaired, then parsed, with every warning kept."""
    text, repaired = repair(text)
    given = {k: v for k, v in meta.items() if k in _METADATA and v}
    article = parse_article(text, where, article_id, **given)
    warnings = (*warnings, *repaired)
    if not any(p.role == "body" for p in article.paragraphs):
        warnings += ("no article body recognised; every paragraph was read as furniture or header",)
    if len(_APOSTROPHE_OPENED.findall(text)) >= 2:
        warnings += (
            "quotes set in two apostrophes (''…'') are not read as quotes; write them with "
            "double marks to check them",
        )
    return replace(article, warnings=warnings)


#: the first bytes of document formats people save articles in, whose text is not plain
_DOCUMENT_FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zipped document (Word .docx, OpenDocument, EPUB)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office document"),
)


def _read_text_file(path: Path, meta: dict[str, str]) -> Article:
    """A plain-text or Markdown file: the file is the article."""
    data = _bytes(path)
    for magic, kind in _DOCUMENT_FORMATS:
        if data.startswith(magic):  # a document format whatever its name: text hides inside it
            raise InputError(f"{path}: {kind}, not text; save the article as text (.txt) first")
    if (
        b"\x00" in data
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        and utf16_without_mark(data) is None
    ):
        raise InputError(f"{path}: binary file, not text; give a .txt or .md article")
    text, warnings = decode(data)
    return _article(text, warnings, str(path), path.name, meta)


def _from_record(
    record: dict, where: str, default_id: str, warnings: tuple[str, ...] = ()
) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: no 'text' to read; each article needs a text field")
    meta = {k: str(record[k]) for k in _METADATA if record.get(k) not in (None, "")}
    return _article(text, warnings, where, str(record.get("id") or default_id), meta)


def _read_record(
    record: dict, where: str, default_id: str, warnings: tuple[str, ...]
) -> list[tuple[Article | None, FileStatus]]:
    """One CSV row, or the reason it cannot be read."""
    try:
        article = _from_record(record, where, default_id, warnings)
    except InputError as err:
        return [(None, _skipped(where, err))]
    return [(article, _status(article, where))]


def _read_json_line(
    line: str, where: str, default_id: str, warnings: tuple[str, ...]
) -> list[tuple[Article | None, FileStatus]]:
    """One line of JSON Lines, or the reason it cannot be read."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return [(None, FileStatus(where, "skipped", None, f"not JSON ({err.msg}); fix the line"))]
    if not isinstance(record, dict):
        why = f"{where}: not a JSON object; one article object per line"
        return [(None, FileStatus(where, "skipped", None, why))]
    return _read_record(record, where, default_id, warnings)


def _jsonl_lines(path: Path) -> Iterator[Reading]:
    text, warnings = decode(_bytes(path))
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield partial(
                _read_json_line, line, f"{path}:{number}", f"{path.stem}-{number}", warnings
            )


def _csv_rows(path: Path) -> Iterator[Reading]:
    text, warnings = decode(_bytes(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(f"{path}: a CSV of articles needs a 'text' column")
    for number, record in enumerate(reader, 2):
        yield partial(_read_record, record, f"{path}:{number}", f"{path.stem}-{number}", warnings)


def _read_html(path: Path, meta: dict[str, str]) -> Article:
    """A saved web page's main text and metadata, read with trafilatura."""
    try:
        import trafilatura
    except ImportError as err:  # a broken install must cost this page, not the batch
        raise InputError(
            f"{path}: saved pages need trafilatura and its HTML cleaner, which failed to load "
            f"({err}); reinstall them: pip install --force-reinstall trafilatura lxml_html_clean"
        ) from None
    data = _bytes(path)
    declared = _DECLARED_CHARSET.search(data[:4096])
    html, warnings = decode(data, declared[1].decode("ascii") if declared else None)
    try:
        found = trafilatura.bare_extraction(
            _marked_blockquotes(html), with_metadata=True, include_comments=False
        )
    except ImportError as err:  # lxml's cleaner is imported only when a page is read
        raise InputError(
            f"{path}: saved pages need lxml's HTML cleaner ({err}); "
            "install it with: pip install lxml_html_clean"
        ) from None
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(f"{path}: no article text found in the page; save the article page")
    body = "\n\n".join(line for line in text.splitlines() if line.strip())
    page = {
        "outlet": data.get("sitename") or data.get("hostname"),
        "title": data.get("title"),
        "date": data.get("date"),
        "url": data.get("url"),
    }
    given = {k: v for k, v in meta.items() if v}
    return _article(body, warnings, str(path), path.name, {**page, **given})


#: the most blockquotes of a page set in marks: each costs a scan of the page for a repeat
_BLOCKQUOTES = 200
#: any quotation mark: words a page already sets in marks keep their own
_ANY_MARK = regex.compile('["“”„«»‘’‚‹›「」『』]')


def _marked_blockquotes(html: str) -> str:
    """The page with the paragraphs of its ``<blockquote>`` elements set in quotation marks,
    as the page shows them by layout alone (a live blog's ``Jo Ames told us:`` and her words
    below, an embedded post): in plain text they would read as the outlet's own. Paragraphs
    that carry marks of their own or repeat words of the body (a pull quote), and pages that
    cannot be parsed, are left as they are."""
    if "<blockquote" not in html.lower():
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    page = " ".join(root.text_content().split())
    changed = False
    for quote in islice(root.iter("blockquote"), _BLOCKQUOTES):  # bounded on hostile pages
        for part in quote.findall(".//p") or [quote]:
            words = " ".join(part.text_content().split())
            if not words or _ANY_MARK.search(words) or page.count(words) > 1:
                continue  # no words, marks of their own, or a pull quote the body runs too
            part.text = "“" + (part.text or "").lstrip()
            if len(part):
                part[-1].tail = (part[-1].tail or "").rstrip() + "”"
            else:
                part.text = part.text.rstrip() + "”"
            changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else html


def _bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror}); check the path") from None
    if not data.strip():
        raise InputError(f"{path}: empty file; nothing to check")
    return data
