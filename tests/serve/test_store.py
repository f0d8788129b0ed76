"""The reuse store: SQLite (always) and PostgreSQL (when its binaries are installed)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from features.contacts import ContactKeys
from features.templates import TemplateKeys
from pipeline.settings import ServeSettings
from serve.store import ReuseStore, StoreError, open_store

BANDS = 4


def _contacts(ad: int, contacts: list[int], posted: int = 1_700_000_000) -> ContactKeys:
    n = len(contacts)
    return ContactKeys.from_columns(
        {
            "ad": [ad] * n,
            "contact": contacts,
            "kind": [0] * n,
            "location": [11] * n,
            "site": [12] * n,
            "poster": [13] * n,
            "country": [14] * n,
            "posted": [posted] * n,
        },
        n,
    )


def _templates(ad: int, band_keys: list[int], sketch: list[int] | None = None) -> TemplateKeys:
    return TemplateKeys.from_ads(
        [
            {
                "ad": ad,
                "band_keys": band_keys,
                "sketch": sketch or [1, 2, 3],
                "location": 11,
                "site": 12,
                "poster": 13,
            }
        ],
        BANDS,
    )


# --- PostgreSQL, started for the session when its binaries are there -----------------------


def _postgres_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server on a unix socket; skipped where none is installed."""
    pytest.importorskip("psycopg")
    initdb, pg_ctl = _postgres_binary("initdb"), _postgres_binary("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    prefix: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="adrisk-pg-"))
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    try:
        subprocess.run(
            [*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "adrisk", "--no-sync"],
            check=True,
            capture_output=True,
        )
        options = f"-k {folder} -c listen_addresses='' -F"
        subprocess.run(
            [
                *prefix,
                pg_ctl,
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-l",
                str(folder / "log"),
                "start",
            ],
            check=True,
            capture_output=True,
            input=b"",
        )
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {error}")
    try:
        yield f"postgresql://adrisk@/postgres?host={folder}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_database(postgres_url):
    """A fresh database on the session's PostgreSQL server."""
    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres_url.replace("/postgres?", f"/{name}?")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store of each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'reuse.db'}"
    return request.getfixturevalue("postgres_database")


# --- behaviour --------------------------------------------------------------------------------


def test_store_returns_other_ads_sharing_a_contact(store_url):
    store = open_store(store_url)
    store.remember(_contacts(1, [100, 101]), _templates(1, [0] * BANDS))
    store.remember(_contacts(2, [101]), _templates(2, [0] * BANDS))
    found = store.contacts_sharing(_contacts(3, [101, 999]))
    assert sorted(found.ad.tolist()) == [1, 2] and set(found.contact.tolist()) == {101}
    assert found.location.tolist() == [11, 11] and found.posted.tolist() == [1_700_000_000] * 2
    # An ad never counts itself.
    assert store.contacts_sharing(_contacts(2, [101])).ad.tolist() == [1]


def test_store_returns_other_ads_sharing_a_band_key_with_their_sketches(store_url):
    store = open_store(store_url)
    store.remember(_contacts(1, []), _templates(1, [5, 6, 7, 8], sketch=[9, 10, 11]))
    store.remember(_contacts(2, []), _templates(2, [50, 60, 70, 80]))
    found = store.templates_sharing(_templates(3, [0, 6, 0, 0]))
    assert found.ad.tolist() == [1] and found.band_keys.tolist() == [[5, 6, 7, 8]]
    assert found.sketch(0).tolist() == [9, 10, 11] and found.poster.tolist() == [13]
    assert len(store.templates_sharing(_templates(3, [0] * BANDS))) == 0


def test_templates_read_back_are_the_keys_stored(store_url):
    """Ads with sketches of different lengths, read back column by column: the same keys,
    field for field and dtype for dtype, as `TemplateKeys.from_ads` made them."""
    stored = TemplateKeys.concat(
        [
            _templates(ad, [length, 2, 3, 4], sketch=list(range(length, 2 * length)))
            for ad, length in ((7, 1), (3, 5), (2**64 - 2, 3), (9, 2))
        ]
    )
    store = open_store(store_url)
    store.remember(ContactKeys.empty(), stored)
    found = store.templates_sharing(_templates(1, [0, 2, 0, 0]))
    expected = stored.take(np.argsort(stored.ad))
    found = found.take(np.argsort(found.ad))
    for name in TemplateKeys.__dataclass_fields__:
        np.testing.assert_array_equal(getattr(found, name), getattr(expected, name))
        assert getattr(found, name).dtype == getattr(expected, name).dtype, name


@pytest.mark.parametrize("big", [2**63 + 5, 2**64 - 1])
def test_store_round_trips_full_64_bit_hashes(store_url, big):
    store = open_store(store_url)
    store.remember(_contacts(big, [big]), _templates(big, [2**32 - 1] * BANDS))
    assert store.contacts_sharing(_contacts(7, [big])).ad.tolist() == [big]
    assert store.templates_sharing(_templates(7, [2**32 - 1] * BANDS)).ad.tolist() == [big]


def test_rescoring_an_ad_replaces_what_the_store_holds_for_it(store_url):
    store = open_store(store_url)
    store.remember(_contacts(1, [100]), _templates(1, [5, 6, 7, 8]))
    store.remember(_contacts(1, [100]), _templates(1, [5, 6, 7, 8]))
    store.remember(_contacts(1, [200]), _templates(1, [50, 60, 70, 80]))
    assert len(store.contacts_sharing(_contacts(2, [100]))) == 0
    assert store.contacts_sharing(_contacts(2, [200])).ad.tolist() == [1]
    assert len(store.templates_sharing(_templates(2, [5, 6, 7, 8]))) == 0
    # The first version's sketch stays, for later copies of its template; no ad refers to it.
    assert store.counts() == {"contact_pairs": 1, "sketched_ads": 1, "template_sketches": 2}


def test_copies_of_a_template_keep_one_sketch_and_read_back_per_ad(store_url):
    store = open_store(store_url)
    for ad in (1, 2, 3):
        store.remember(_contacts(ad, []), _templates(ad, [5, 6, 7, 8], sketch=[9, 10, 11]))
    store.remember(_contacts(4, []), _templates(4, [5, 60, 70, 80]))
    assert store.counts() == {"contact_pairs": 0, "sketched_ads": 4, "template_sketches": 2}
    found = store.templates_sharing(_templates(9, [5, 0, 0, 0]))
    found = found.take(np.argsort(found.ad))
    assert found.ad.tolist() == [1, 2, 3, 4]
    assert found.band_keys.tolist() == [[5, 6, 7, 8]] * 3 + [[5, 60, 70, 80]]
    assert [found.sketch(i).tolist() for i in range(4)] == [[9, 10, 11]] * 3 + [[1, 2, 3]]


def test_reads_are_capped(store_url):
    store = ReuseStore(store_url, max_rows=3)
    for ad in range(10):
        store.remember(_contacts(ad, [100]), _templates(ad, [5, 6, 7, 8]))
    assert len(store.contacts_sharing(_contacts(99, [100]))) == 3
    assert len(store.templates_sharing(_templates(99, [5, 6, 7, 8]))) == 3


def test_store_refuses_keys_made_another_way(store_url):
    open_store(store_url).check("hash_key_id", "aaaa")
    store = open_store(store_url)
    store.check("hash_key_id", "aaaa")
    with pytest.raises(StoreError, match="hash_key_id aaaa, not bbbb"):
        store.check("hash_key_id", "bbbb")


def test_threads_write_and_read_at_once(store_url):
    store = ReuseStore(store_url, pool_size=4)

    def work(ad: int) -> int:
        store.remember(_contacts(ad, [100, 1_000 + ad]), _templates(ad, [5, 6, 7, ad + 10]))
        return len(store.contacts_sharing(_contacts(999_999, [100])))

    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(work, range(40)))
    assert all(1 <= n <= 40 for n in seen)
    assert store.counts()["contact_pairs"] == 80 and store.counts()["sketched_ads"] == 40


def _write_from_a_process(url: str, worker: int) -> None:
    store = open_store(url)
    for i in range(25):
        ad = worker * 1_000 + i
        store.remember(_contacts(ad, [100, ad]), _templates(ad, [5, 6, 7, 8]))
        # Every process also rescores one shared ad with its own contact.
        store.remember(_contacts(42, [100, 7_000 + worker]), _templates(42, [5, 6, 7, 8]))
    store.close()


def test_processes_write_one_store_at_once(store_url):
    open_store(store_url).close()
    context = multiprocessing.get_context("fork")
    processes = [
        context.Process(target=_write_from_a_process, args=(store_url, w)) for w in range(3)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0, 0, 0]
    store = open_store(store_url)
    sharing = store.contacts_sharing(_contacts(999_999, [100]))
    assert len(sharing) == 3 * 25 + 1
    # The shared ad holds one version: its last writer's contacts, not a mix.
    shared = store.contacts_sharing(_contacts(999_999, [7_000, 7_001, 7_002])).contact.tolist()
    assert len(shared) == 1


# --- stores made before sketched_ads -----------------------------------------------------------

# The schema and the template writes of `serve/store.py` before sketched_ads, as they were.
_OLD_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS reuse_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS contact_pairs ("
    " contact BIGINT NOT NULL, ad BIGINT NOT NULL, kind SMALLINT NOT NULL,"
    " location BIGINT NOT NULL, site BIGINT NOT NULL, poster BIGINT NOT NULL,"
    " country BIGINT NOT NULL, posted BIGINT NOT NULL, scored_at BIGINT NOT NULL,"
    " PRIMARY KEY (contact, ad))",
    "CREATE INDEX IF NOT EXISTS contact_pairs_ad ON contact_pairs (ad)",
    "CREATE TABLE IF NOT EXISTS template_ads ("
    " ad BIGINT PRIMARY KEY, band_keys {blob} NOT NULL, sketch {blob} NOT NULL,"
    " location BIGINT NOT NULL, site BIGINT NOT NULL, poster BIGINT NOT NULL,"
    " scored_at BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS template_bands ("
    " band_key BIGINT NOT NULL, ad BIGINT NOT NULL, PRIMARY KEY (band_key, ad))",
    "CREATE INDEX IF NOT EXISTS template_bands_ad ON template_bands (ad)",
)
_OLD_TEMPLATES = TemplateKeys.from_ads(
    [
        # Three copies of one template, then two templates of their own.
        *(
            {"ad": ad, "band_keys": [5, 6, 7, 8], "sketch": [9, 10, 11]}
            | {"location": ad, "site": 12, "poster": 13}
            for ad in (1, 2, 2**64 - 1)
        ),
        {"ad": 4, "band_keys": [5, 0, 70, 0], "sketch": list(range(20, 40))}
        | {"location": 2**63 + 7, "site": 2**64 - 3, "poster": 0},
        {"ad": 2**63, "band_keys": [50, 60, 70, 2**32 - 1], "sketch": [1]}
        | {"location": 11, "site": 12, "poster": 2**64 - 1},
        # Too short to link: neither layout keeps it.
        {"ad": 6, "band_keys": [0] * BANDS, "sketch": [1, 2]}
        | {"location": 1, "site": 2, "poster": 3},
    ],
    BANDS,
)
_LOOKUPS = [
    _templates(99, [5, 0, 0, 0]),
    _templates(1, [5, 0, 70, 0]),  # an ad never finds itself
    _templates(99, [0, 0, 0, 2**32 - 1]),
    _templates(99, [0, 0, 0, 1_234]),
]


def _signed_int(value: int) -> int:
    return value - 2**64 if value >= 2**63 else value


def _raw_connection(url: str):
    """A plain autocommit connection to the store at `url`, and its placeholder."""
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        return connection, "?"
    import psycopg

    return psycopg.connect(url, autocommit=True), "%s"


def _remember_the_old_way(url: str, templates: TemplateKeys, scored_at: int) -> None:
    """Writes `templates` into the old tables as `remember` did before sketched_ads."""
    connection, mark = _raw_connection(url)
    blob = "BLOB" if mark == "?" else "BYTEA"
    with closing(connection):
        for statement in _OLD_SCHEMA:
            connection.execute(statement.format(blob=blob))
        for i in range(len(templates)):
            ad = _signed_int(int(templates.ad[i]))
            for table in ("template_bands", "template_ads"):
                connection.execute(f"DELETE FROM {table} WHERE ad = {mark}", (ad,))
            if not templates.band_keys[i].any():
                continue
            connection.execute(
                "INSERT INTO template_ads"
                " (ad, band_keys, sketch, location, site, poster, scored_at)"
                f" VALUES ({', '.join([mark] * 7)}) ON CONFLICT (ad) DO NOTHING",
                (
                    ad,
                    np.ascontiguousarray(templates.band_keys[i], dtype="<u4").tobytes(),
                    np.ascontiguousarray(templates.sketch(i), dtype="<u4").tobytes(),
                    *(
                        _signed_int(int(getattr(templates, n)[i]))
                        for n in ("location", "site", "poster")
                    ),
                    scored_at,
                ),
            )
            for key in sorted({k for k in templates.band_keys[i].tolist() if k}):
                connection.execute(
                    f"INSERT INTO template_bands (band_key, ad) VALUES ({mark}, {mark}) "
                    "ON CONFLICT (band_key, ad) DO NOTHING",
                    (key, ad),
                )


def _old_templates_sharing(url: str, keys: TemplateKeys, max_rows: int = 1_000) -> TemplateKeys:
    """What `templates_sharing` answered before sketched_ads, by the query it ran then."""
    band_keys = sorted({int(k) for k in keys.band_keys.ravel() if k})
    own = {_signed_int(int(ad)) for ad in keys.ad}
    connection, mark = _raw_connection(url)
    with closing(connection):
        rows = connection.execute(
            "SELECT ad, band_keys, sketch, location, site, poster FROM template_ads WHERE ad IN"
            " (SELECT DISTINCT ad FROM template_bands"
            f" WHERE band_key IN ({', '.join([mark] * len(band_keys))}) LIMIT {mark})",
            (*band_keys, max_rows),
        ).fetchall()
    return TemplateKeys.from_ads(
        [
            {
                "ad": ad % 2**64,
                "band_keys": np.frombuffer(band_blob, dtype="<u4"),
                "sketch": np.frombuffer(sketch_blob, dtype="<u4"),
                "location": location % 2**64,
                "site": site % 2**64,
                "poster": poster % 2**64,
            }
            for ad, band_blob, sketch_blob, location, site, poster in rows
            if ad not in own
        ],
        BANDS,
    )


def _rows(url: str, table: str) -> list[tuple]:
    connection, _ = _raw_connection(url)
    with closing(connection):
        return sorted(tuple(row) for row in connection.execute(f"SELECT * FROM {table}"))


def _tables(url: str) -> set[str]:
    connection, mark = _raw_connection(url)
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        if mark == "?"
        else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    )
    with closing(connection):
        return {row[0] for row in connection.execute(sql)}


def _assert_same_templates(found: TemplateKeys, expected: TemplateKeys) -> None:
    found, expected = found.take(np.argsort(found.ad)), expected.take(np.argsort(expected.ad))
    for name in TemplateKeys.__dataclass_fields__:
        np.testing.assert_array_equal(getattr(found, name), getattr(expected, name), name)
        assert getattr(found, name).dtype == getattr(expected, name).dtype, name


def test_an_old_store_is_migrated_once_and_answers_as_before(store_url, caplog):
    caplog.set_level(logging.INFO, logger="serve.store")
    _remember_the_old_way(store_url, _OLD_TEMPLATES.take(np.arange(3)), scored_at=1_600_000_000)
    _remember_the_old_way(store_url, _OLD_TEMPLATES.take(np.arange(3, 6)), scored_at=1_600_000_500)
    before = [_old_templates_sharing(store_url, keys) for keys in _LOOKUPS]
    assert [len(found) for found in before] == [4, 4, 1, 0]

    store = open_store(store_url)
    for keys, expected in zip(_LOOKUPS, before, strict=True):
        _assert_same_templates(store.templates_sharing(keys), expected)
    assert not {"template_ads", "template_bands"} & _tables(store_url)
    assert [r.getMessage() for r in caplog.records] == [
        "reuse store: migrated the templates of 5 ads to sketched_ads"
    ]
    # One sketch per template, its non-zero band keys, each ad's own scoring time.
    assert store.counts() == {"contact_pairs": 0, "sketched_ads": 5, "template_sketches": 3}
    assert len(_rows(store_url, "sketch_bands")) == 4 + 2 + 4
    scored_at = {row[0] % 2**64: row[-1] for row in _rows(store_url, "sketched_ads")}
    assert scored_at == {1: 1_600_000_000, 2: 1_600_000_000, 2**64 - 1: 1_600_000_000} | {
        4: 1_600_000_500,
        2**63: 1_600_000_500,
    }

    # Opening again changes nothing.
    migrated = {
        t: _rows(store_url, t) for t in ("sketched_ads", "template_sketches", "sketch_bands")
    }
    caplog.clear()
    open_store(store_url).close()
    assert {t: _rows(store_url, t) for t in migrated} == migrated and not caplog.records

    # The rows are those `remember` writes: rescoring the same keys adds no sketch.
    store.remember(ContactKeys.empty(), _OLD_TEMPLATES)
    assert _rows(store_url, "template_sketches") == migrated["template_sketches"]
    assert _rows(store_url, "sketch_bands") == migrated["sketch_bands"]
    assert [row[:-1] for row in _rows(store_url, "sketched_ads")] == [
        row[:-1] for row in migrated["sketched_ads"]
    ]


def test_a_migration_keeps_the_later_row_of_an_ad_in_both_layouts(store_url):
    """A store opened by the new code before it migrated, or by old and new replicas at
    once, holds some ads in both layouts: the later scoring wins."""
    store = open_store(store_url)
    for ad in (1, 3):
        store.remember(ContactKeys.empty(), _templates(ad, [5, 6, 7, 8], sketch=[9, 10, 11]))
    _remember_the_old_way(store_url, _templates(1, [50, 60, 70, 80]), scored_at=1_600_000_000)
    _remember_the_old_way(store_url, _templates(2, [5, 0, 0, 0]), scored_at=1_600_000_000)
    _remember_the_old_way(store_url, _templates(3, [5, 0, 0, 9]), scored_at=2**40)
    store = open_store(store_url)
    found = store.templates_sharing(_templates(99, [5, 60, 0, 0]))
    found = found.take(np.argsort(found.ad))
    assert found.ad.tolist() == [1, 2, 3]
    assert found.band_keys.tolist() == [[5, 6, 7, 8], [5, 0, 0, 0], [5, 0, 0, 9]]


def test_stores_opening_an_old_store_at_once_migrate_it_once(store_url, caplog):
    caplog.set_level(logging.INFO, logger="serve.store")
    _remember_the_old_way(store_url, _OLD_TEMPLATES, scored_at=1_600_000_000)
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: ReuseStore(store_url, pool_size=1), range(4)))
    assert len([r for r in caplog.records if "migrated" in r.getMessage()]) == 1
    for store in stores:
        assert store.counts()["sketched_ads"] == 5
        store.close()


def test_sqlite_store_is_in_wal_mode_and_holds_no_text(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'reuse.db'}")
    store.remember(_contacts(1, [100]), _templates(1, [5, 6, 7, 8]))
    with sqlite3.connect(tmp_path / "reuse.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = {
            table: [c[1] for c in connection.execute(f"PRAGMA table_info({table})")]
            for table in ("contact_pairs", "sketched_ads", "template_sketches", "sketch_bands")
        }
    assert columns["contact_pairs"] == [
        "contact", "ad", "kind", "location", "site", "poster", "country", "posted", "scored_at"
    ]  # fmt: skip
    assert not any("text" in c or "body" in c for cs in columns.values() for c in cs)


def test_relative_sqlite_store_paths_are_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert ServeSettings(store="sqlite:///data/reuse.db").store == (
        f"sqlite:///{tmp_path / 'data' / 'reuse.db'}"
    )
    assert ServeSettings(store="postgresql://host/db").store == "postgresql://host/db"


def test_unknown_store_urls_are_refused():
    with pytest.raises(ValueError, match="sqlite:///path or postgresql://"):
        open_store("mysql://host/db")


def test_an_unreachable_postgres_is_a_store_error(tmp_path):
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot open"):
        open_store(f"postgresql://nobody@/db?host={tmp_path}&connect_timeout=1")


def test_contact_keys_arrays_are_taken_and_joined():
    keys = ContactKeys.concat([_contacts(1, [5, 6]), _contacts(2, [7])])
    assert keys.take(np.array([0, 2])).contact.tolist() == [5, 7] and len(keys) == 3
    assert keys.row.tolist() == [-1, -1, -1] and len(ContactKeys.empty()) == 0


def test_the_api_links_ads_through_a_postgres_store(fitted_model, postgres_database, tmp_path):
    from fastapi.testclient import TestClient

    from pipeline.settings import Settings
    from serve.app import create_app, get_model_loader, get_settings

    settings = Settings(
        serve=ServeSettings(audit_log=tmp_path / "audit.jsonl", store=postgres_database)
    )
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[get_model_loader] = lambda: lambda s: fitted_model
    ad = {"title": "Massage", "body": "Call 415 555 0123 tonight", "country": "US"}
    with TestClient(app, client=("127.0.0.1", 5000)) as client:
        client.post("/v1/score", json={**ad, "ad_id": "pg1"})
        second = client.post("/v1/score", json={**ad, "ad_id": "pg2"}).json()
    assert [c["ads"] for c in second["linkage"]["contacts"]] == [1]
