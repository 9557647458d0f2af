"""The quote archive on both backends: SQLite files everywhere, and a throwaway PostgreSQL server
where one can be started (Debian's postgresql package: `.ci/run` installs it)."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quotecheck import compare, parse_article
from quotecheck.archive import SCHEMA_VERSION, Archive, ArchiveError, db_url, quote_keys
from quotecheck.cli import main
from quotecheck.strategies import articles

from .conftest import ROOT

SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt"))
LEAD = "Harbour Gazette\n\nThe council met on Monday to discuss the old harbour bridge.\n\n"


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if found:
        return found[-1].parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


@pytest.fixture(scope="session")
def postgres_url():
    """A PostgreSQL server of its own in a temporary folder, on a Unix socket there; skipped,
    saying how to enable it, where none can be started."""
    pytest.importorskip("psycopg", reason="pip install 'quotecheck-news[postgres]'")
    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server here: install Debian's postgresql package to run these")
    home = Path(tempfile.mkdtemp(prefix="qc-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root: run it as the postgres user
        if shutil.which("runuser") is None:
            pytest.skip("running as root with no runuser to start PostgreSQL as another user")
        shutil.chown(home, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = home / "data"
    try:
        subprocess.run(
            [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *run_as,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                f"-k {home} -c listen_addresses='' -p 5433",
                "-l",
                str(home / "log"),
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, OSError) as err:
        shutil.rmtree(home, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {err}")
    yield f"postgresql://postgres@/postgres?host={home}&port=5433"
    subprocess.run(
        [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
        capture_output=True,
    )
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """An empty archive on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.sqlite")
        return
    server = request.getfixturevalue("postgres_url")
    name = "qc_" + uuid.uuid4().hex[:12]
    admin = Archive(server)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.close()
    yield server.replace("/postgres?", f"/{name}?")


def test_db_url_reads_paths_urls_and_the_environment(monkeypatch):
    monkeypatch.delenv("QUOTECHECK_DB", raising=False)
    assert db_url(None) == "sqlite:///quotecheck.sqlite"
    monkeypatch.setenv("QUOTECHECK_DB", "desk.sqlite")
    assert db_url(None) == "sqlite:///desk.sqlite"
    assert db_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"


def test_two_seeds_added_then_the_third_checked_finds_what_compare_finds(db):
    with Archive(db) as archive:
        added = archive.add(SEEDS[:2])
        assert [a for a, _ in added.added] == [p.name for p in SEEDS[:2]]
        checked = archive.check(SEEDS[2:])
    third = SEEDS[2].name
    assert checked.groups, "the third seed shares quotes with the first"
    assert _typed(checked.groups, third) == _typed(compare(SEEDS).groups, third)
    assert all(third in g.articles for g in checked.groups)


def test_adding_the_same_text_again_changes_nothing(db):
    with Archive(db) as archive:
        archive.add(SEEDS)
        before = archive.stats()
        again = archive.add(SEEDS)
        assert again.added == () and again.versions == ()
        assert [a for a, _ in again.unchanged] == [p.name for p in SEEDS]
        assert archive.stats() == before


def test_a_changed_text_under_the_same_url_is_a_new_version(db):
    first = parse_article(LEAD + '"We will rebuild it," said Mayor Lena Okafor.', url="https://x/1")
    second = parse_article(
        LEAD + '"We will rebuild it soon," said Mayor Lena Okafor.', url="https://x/1"
    )
    with Archive(db) as archive:
        archive.add([first])
        result = archive.add([second])
        assert [v for *_, v in result.versions] == [2]
        numbers = archive.stats()
    assert (numbers["articles"], numbers["versions"]) == (1, 2)


def test_search_finds_a_quote_in_every_outlet_that_ran_it(db):
    with Archive(db) as archive:
        archive.add(SEEDS)
        hits = archive.search("closest partners")
        outlets = {h.outlet for h in hits}
        everyone = {a.outlet for a in compare(SEEDS).articles}
        assert len(hits) >= 2
        assert all("closest partners" in h.text.lower() for h in hits)
        running = {
            a.outlet for a in compare(SEEDS).articles if "closest partners" in a.text.lower()
        }
        assert outlets == running and running <= everyone
        assert all(h.variants for h in hits), "each hit shows the other versions of it"
        assert archive.search("closest partners", speaker="Nobody Atall") == []
        assert archive.search("closest partners", since="2999-01-01") == []


def test_stats_count_what_was_added(db):
    with Archive(db) as archive:
        archive.add(SEEDS)
        numbers = archive.stats()
    everything = compare(SEEDS)
    assert numbers["articles"] == numbers["versions"] == len(SEEDS)
    assert numbers["outlets"] == len({a.outlet for a in everything.articles})
    assert numbers["groups"] == sum(len(set(g.articles)) > 1 for g in everything.groups)


def test_an_article_that_fails_midway_leaves_nothing_half_written(db, monkeypatch):
    import quotecheck.archive as archive_module

    calls = {"n": 0}
    real = archive_module.quote_keys

    def failing(text):
        calls["n"] += 1
        if calls["n"] == 3:  # the third quote of the first article: the crash comes mid-article
            raise KeyboardInterrupt
        return real(text)

    with Archive(db) as archive:
        monkeypatch.setattr(archive_module, "quote_keys", failing)
        with pytest.raises(KeyboardInterrupt):
            archive.add(SEEDS[:1])
        monkeypatch.setattr(archive_module, "quote_keys", real)
        assert archive.stats()["quotes"] == 0 and archive.stats()["versions"] == 0
        assert [a for a, _ in archive.add(SEEDS[:1]).added] == [SEEDS[0].name]


def _add_in_a_process(db: str, texts: list[tuple[str, str]]) -> None:
    with Archive(db) as archive:
        archive.add([parse_article(text, url=url) for text, url in texts])


def test_writers_at_once_all_succeed_and_lose_nothing(db):
    texts = [
        (LEAD + f'"Bridge report number {n} is out," said Mayor Lena Okafor.', f"https://x/{n}")
        for n in range(7)
    ]
    Archive(db).close()  # the schema exists before the writers race
    methods = multiprocessing.get_all_start_methods()  # fork where there is one: no re-import
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    shares = [texts[0:3], texts[2:5], texts[4:7]]  # neighbours add one article both at once
    workers = [ctx.Process(target=_add_in_a_process, args=(db, share)) for share in shares]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0] * len(workers)
    with Archive(db) as archive:
        assert archive.stats()["versions"] == len(texts)


def test_an_archive_from_a_newer_quotecheck_is_refused_with_a_clear_error(tmp_path):
    db = str(tmp_path / "a.sqlite")
    with Archive(db) as archive, archive.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ArchiveError, match="newer quotecheck"):
        Archive(db)


def _typed(groups, article):
    """The groups holding ``article``: their articles and their typed edits."""
    return sorted(
        (sorted(g.articles), sorted((e.kind, e.reference, e.variant) for e in g.edits))
        for g in groups
        if article in g.articles
    )


def test_an_archive_of_schema_1_is_brought_up_to_date_and_still_checks(db):
    with Archive(db) as archive:
        archive.add(SEEDS[:2])
        with archive.engine.begin() as conn:  # as version 1 wrote it: no stored extractions
            for column in ("extraction", "extractor"):
                conn.exec_driver_sql(f"ALTER TABLE articles DROP COLUMN {column}")
            conn.exec_driver_sql("UPDATE schema_version SET version = 1")
    with Archive(db) as archive:
        with archive.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version FROM schema_version").scalar() == 2
            assert conn.exec_driver_sql("SELECT extraction FROM articles").all() == [(None,)] * 2
        assert archive.stats()["versions"] == 2  # what was there is still there
        checked = archive.check(SEEDS[2:])  # the old articles are read again
        assert checked.groups
        assert _typed(checked.groups, SEEDS[2].name) == _typed(compare(SEEDS).groups, SEEDS[2].name)
        archive.add(SEEDS[2:])
        with archive.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT extraction FROM articles ORDER BY id").all()
        assert [row[0] is not None for row in stored] == [False, False, True]


def test_a_check_reads_stored_extractions_back_with_the_result_of_reading_again(
    tmp_path, monkeypatch
):
    import quotecheck.archive as archive_module
    import quotecheck.pipeline as pipeline_module

    read = []
    attributed = pipeline_module.attributed
    monkeypatch.setattr(pipeline_module, "attributed", lambda a: read.append(a.id) or attributed(a))
    with Archive(str(tmp_path / "a.sqlite")) as archive:
        archive.add(SEEDS[:2])
        stored = archive.check(SEEDS[2:])
        assert read == []  # neither the archived articles nor the new one read twice
        monkeypatch.setattr(archive_module, "extractor", lambda: "other code")
        again = archive.check(SEEDS[2:])
        assert read and set(read) <= {p.name for p in SEEDS[:2]}  # the archived ones read
        assert stored == again
        assert archive.compare() == replace(compare(SEEDS[:2]), files=())  # report --db


@settings(max_examples=30, deadline=None)
@given(articles())
def test_stored_quotes_read_back_as_they_were_found(article):
    from quotecheck.archive import _packed, _unpacked, extractor
    from quotecheck.pipeline import attributed

    found = attributed(parse_article(article.text, "a.txt", "a.txt"))
    assert _unpacked({"extraction": _packed(found), "extractor": extractor()}) == found


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40))
def test_quote_keys_never_depend_on_case_or_typography(text):
    assume(text.upper().lower() == text.lower())  # "İ" lowers to two characters
    assert quote_keys(text) == quote_keys(text.upper())
    assert quote_keys(text.replace("’", "'")) == quote_keys(text.replace("'", "’"))


def test_the_command_line_adds_checks_searches_and_counts(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert main(["archive", "add", *map(str, SEEDS[:2]), "--db", db, "--quiet"]) == 0
    assert main(["archive", "add", *map(str, SEEDS[:2]), "--db", db]) == 0
    assert "0 added, 0 new versions, 2 unchanged" in capsys.readouterr().out
    assert main(["archive", "check", str(SEEDS[2]), "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["groups"] and all(
        SEEDS[2].name in {m["file"] for m in g["members"]} for g in data["groups"]
    )
    assert main(["archive", "check", str(SEEDS[2]), "--db", db, "--fail-on", "style"]) == 1
    capsys.readouterr()
    assert main(["archive", "check", str(SEEDS[2]), "--db", db, "--add", "--format", "json"]) == 0
    assert "1 added" in capsys.readouterr().err  # the report on standard output stays JSON
    assert main(["archive", "stats", "--db", db, "--format", "json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["articles"] == 3 and set(numbers) >= {"articles", "quotes", "outlets"}
    assert main(["archive", "search", "closest", "partners", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["archive", "add", str(tmp_path / "missing.txt"), "--db", db]) == 2
    assert "missing.txt" in capsys.readouterr().err
    out = tmp_path / "reports"
    assert main(["report", "--db", db, "--out", str(out), "--quiet"]) == 0
    assert (out / "index.html").stat().st_size > 0
    assert main(["report", "--db", db, "--since", "2999-01-01", "--out", str(out)]) == 2
    assert "no article printed on or after 2999-01-01" in capsys.readouterr().err
    assert main(["report", "--out", str(out)]) == 2  # neither articles nor --db
    assert "--db" in capsys.readouterr().err


def test_a_check_compares_with_the_closest_earlier_versions_earliest_first(tmp_path, monkeypatch):
    import quotecheck.archive as archive_module

    said = '"The harbour bridge will reopen in the spring of next year," said Mayor Lena Okafor.'
    other = '"The spring fair will reopen the old market," said Councillor Tom Brell.'
    versions = [
        parse_article(LEAD + said, f"v{n}.txt", f"v{n}.txt", date=f"2024-05-0{n}")
        for n in (4, 2, 3)
    ]
    unrelated = parse_article(LEAD + other, "u.txt", "u.txt", date="2024-05-01")
    monkeypatch.setattr(archive_module, "MAX_EARLIER", 2)
    with Archive(str(tmp_path / "a.sqlite")) as archive:
        archive.add([*versions, unrelated])
        new = parse_article(LEAD + said.replace("spring", "summer"), "new.txt", "new.txt")
        checked = archive.check([new])
    compared = {a.id for a in checked.articles} - {"new.txt"}
    assert compared == {"v2.txt", "v3.txt"}  # the two earliest of the three closest
    (group,) = [g for g in checked.groups if "new.txt" in g.articles]
    assert [e.kind for e in group.edits if e.files[1] == "new.txt"] == ["substitution"]


def test_a_check_finds_an_earlier_cut_down_version_of_a_long_quote(tmp_path):
    short = 'Mayor Lena Okafor said the bridge "will reopen in the spring".'
    full = (
        '"The harbour bridge will reopen in the spring, once the inspectors have signed off '
        'every cable and the council has paid the last invoice," said Mayor Lena Okafor.'
    )
    with Archive(str(tmp_path / "a.sqlite")) as archive:
        archive.add([parse_article(LEAD + short, "short.txt", "short.txt", date="2024-05-01")])
        checked = archive.check([parse_article(LEAD + full, "full.txt", "full.txt")])
    (group,) = [g for g in checked.groups if "full.txt" in g.articles]
    assert set(group.articles) == {"short.txt", "full.txt"}


def test_a_new_version_is_checked_against_the_archived_one_of_the_same_name(tmp_path):
    first = LEAD + '"The bridge will reopen in the spring," said Mayor Lena Okafor.'
    second = LEAD + '"The bridge will reopen in the summer," said Mayor Lena Okafor.'
    with Archive(str(tmp_path / "a.sqlite")) as archive:
        archive.add([parse_article(first, "story.txt", "story.txt", date="2024-05-01")])
        checked = archive.check([parse_article(second, "story.txt", "story.txt")])
    (group,) = checked.groups
    assert sorted(group.articles) == ["story.txt", "story.txt (2024-05-01)"]
    assert [(e.kind, e.reference, e.variant) for e in group.edits] == [
        ("substitution", "spring", "summer")
    ]


def test_an_integrity_error_other_than_a_text_stored_meanwhile_is_not_hidden(tmp_path, monkeypatch):
    import sqlalchemy as sa

    import quotecheck.archive as archive_module

    with Archive(str(tmp_path / "a.sqlite")) as archive:

        def clash(_conn, _article, _quotes, _found):
            raise sa.exc.IntegrityError("INSERT …", {}, Exception("articles.id is taken"))

        monkeypatch.setattr(archive_module, "_insert", clash)
        with pytest.raises(sa.exc.IntegrityError):
            archive.add(SEEDS[:2])  # nothing stored them: not "unchanged", an error
