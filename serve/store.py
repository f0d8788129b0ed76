"""The reuse store: what the scoring service remembers of the ads it scored, as hashes.

Per scored ad the store keeps its contact pairs (`ContactKeys`: 64-bit hashes of the ad id,
of each keyed contact hash and of its place, site, poster and country, and the posting
time) and its template keys (`TemplateKeys`: LSH band keys and the bottom-k sketch of its
shingles, 32-bit hashes), with the time it was scored. Never text, never a raw contact.

Copies of one template mostly hash alike (names, places and numbers are slots), so a
template's band keys and sketch are stored once (`template_sketches`, found by band key in
`sketch_bands`) and each ad refers to its own (`sketched_ads`): reading the ads of a
template copied thousands of times reads its band keys and sketch once. Stores made before
this layout kept them per ad, in `template_ads` and `template_bands`: opening such a store
migrates those rows into this layout (the rows `remember` would have written, each ad keeping
its `scored_at`) and drops the old tables, in one transaction under the schema lock, so one
opener migrates, once.

One schema, two engines:

- `sqlite:///path/to/reuse.db` (the default): one file in WAL mode, shared by the worker
  processes of one machine; writers take the database lock in turn (`BEGIN IMMEDIATE`).
- `postgresql://...`: one database shared by several replicas; the writers of one ad take
  its advisory lock, in ad order, so that they neither interleave nor deadlock.

Rescoring an ad replaces what the store holds for it (a sketch once stored stays, for later
copies; it names no ad). Reads are capped per contact and per template lookup (`max_rows`
ads): a contact or template seen that often is generic anyway.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from features.contacts import ContactKeys
from features.templates import TemplateKeys

SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
CONTACT_COLUMNS = ("ad", "contact", "kind", "location", "site", "poster", "country", "posted")
TEMPLATE_COLUMNS = ("ad", "sketch_key", "location", "site", "poster")
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS reuse_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS contact_pairs ("
    " contact BIGINT NOT NULL, ad BIGINT NOT NULL, kind SMALLINT NOT NULL,"
    " location BIGINT NOT NULL, site BIGINT NOT NULL, poster BIGINT NOT NULL,"
    " country BIGINT NOT NULL, posted BIGINT NOT NULL, scored_at BIGINT NOT NULL,"
    " PRIMARY KEY (contact, ad))",
    "CREATE INDEX IF NOT EXISTS contact_pairs_ad ON contact_pairs (ad)",
    "CREATE TABLE IF NOT EXISTS template_sketches ("
    " sketch_key BIGINT PRIMARY KEY, band_keys {blob} NOT NULL, sketch {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sketch_bands ("
    " band_key BIGINT NOT NULL, sketch_key BIGINT NOT NULL, PRIMARY KEY (band_key, sketch_key))",
    "CREATE TABLE IF NOT EXISTS sketched_ads ("
    " ad BIGINT PRIMARY KEY, sketch_key BIGINT NOT NULL,"
    " location BIGINT NOT NULL, site BIGINT NOT NULL, poster BIGINT NOT NULL,"
    " scored_at BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS sketched_ads_sketch ON sketched_ads (sketch_key)",
)
TABLES = ("contact_pairs", "sketched_ads", "template_sketches")
OLD_TEMPLATE_TABLES = ("template_ads", "template_bands")  # the layout before sketched_ads
MIGRATION_BATCH = 500  # old rows read at a time; keeps SQLite under 999 bound parameters

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The reuse store cannot be read or written, or holds keys of another kind."""


class ReuseStore:
    """Contacts and templates of scored ads, in SQLite or PostgreSQL (see the module doc).

    Thread-safe: each call borrows one of at most `pool_size` connections.
    """

    def __init__(self, url: str, *, max_rows: int = 1_000, pool_size: int = 4) -> None:
        self.url = url
        self.max_rows = max_rows
        self._engine = _engine(url)
        self._idle: queue.LifoQueue = queue.LifoQueue()
        self._slots = queue.Queue(maxsize=pool_size)
        for _ in range(pool_size):
            self._slots.put(None)
        with self._connection() as connection, self._engine.writing(connection, []):
            for statement in _SCHEMA:
                connection.execute(statement.format(blob=self._engine.blob))
            # Under the schema lock: of replicas opening an old store at once, one migrates.
            migrated = self._migrate_template_ads(connection)
        if migrated is not None:
            log.info("reuse store: migrated the templates of %d ads to sketched_ads", migrated)

    # --- what the store holds --------------------------------------------------------------

    def check(self, name: str, value: str) -> None:
        """Records `value` under `name` on first use; raises StoreError if it differs later.

        The service records the contact hash key's id and the template hashing scheme: keys
        made otherwise would never match the store's.
        """
        with self._connection() as connection, self._engine.writing(connection, []):
            connection.execute(
                self._engine.sql(
                    "INSERT INTO reuse_meta (name, value) VALUES (%s, %s) "
                    "ON CONFLICT (name) DO NOTHING"
                ),
                (name, value),
            )
            (stored,) = connection.execute(
                self._engine.sql("SELECT value FROM reuse_meta WHERE name = %s"), (name,)
            ).fetchone()
        if stored != value:
            raise StoreError(
                f"the reuse store holds keys made with {name} {stored}, not {value}: "
                "use another store, or the settings it was filled with"
            )

    def contacts_sharing(self, keys: ContactKeys) -> ContactKeys:
        """The stored pairs of other ads carrying any contact of `keys`."""
        # A contact's key hashes its kind too: rows need not repeat either. The rows become
        # one array at once: a contact reposted for weeks is hundreds of them.
        kinds = dict(zip(_signed(keys.contact), keys.kind.tolist(), strict=True))
        sql = self._engine.sql(
            f"SELECT {', '.join(_PAIR_VALUES)} FROM contact_pairs WHERE contact = %s LIMIT %s"
        )
        contacts = sorted(kinds)
        rows: list[tuple] = []
        counts = []
        with self._connection() as connection:
            for contact in contacts:
                found = connection.execute(sql, (contact, self.max_rows)).fetchall()
                rows += found
                counts.append(len(found))
        table = np.array(rows, dtype=np.int64).reshape(len(rows), len(_PAIR_VALUES))
        other = ~np.isin(table[:, 0], np.asarray(_signed(keys.ad), dtype=np.int64))
        columns = {name: table[other, i] for i, name in enumerate(_PAIR_VALUES)}
        columns["contact"] = np.repeat(np.array(contacts, dtype=np.int64), counts)[other]
        columns["kind"] = np.repeat(np.array([kinds[c] for c in contacts], np.int8), counts)[other]
        return ContactKeys.from_columns(
            {
                name: values.view(np.uint64) if name in _HASHED else values
                for name, values in columns.items()
            },
            int(other.sum()),
        )

    def templates_sharing(self, keys: TemplateKeys) -> TemplateKeys:
        """The stored templates of other ads sharing an LSH band key with any of `keys`."""
        bands = keys.band_keys.shape[1]
        band_keys = sorted({int(k) for k in keys.band_keys.ravel() if k})
        if not band_keys:
            return TemplateKeys.empty(bands)
        own = set(_signed(keys.ad))
        matching, parameters = self._engine.any_of("band_key", band_keys)
        sql = self._engine.sql(
            f"SELECT {', '.join(TEMPLATE_COLUMNS)} FROM sketched_ads WHERE sketch_key IN "
            f"(SELECT DISTINCT sketch_key FROM sketch_bands WHERE {matching}) LIMIT %s"
        )
        with self._connection() as connection:
            rows = connection.execute(sql, (*parameters, self.max_rows)).fetchall()
            rows = [row for row in rows if row[0] not in own]
            if not rows:
                return TemplateKeys.empty(bands)
            wanted = sorted({row[1] for row in rows})
            matching, parameters = self._engine.any_of("sketch_key", wanted)
            sketches = connection.execute(
                self._engine.sql(
                    f"SELECT sketch_key, band_keys, sketch FROM template_sketches WHERE {matching}"
                ),
                parameters,
            ).fetchall()
        # Each distinct sketch decoded once, in one go, then one row per ad.
        key, band_blobs, sketch_blobs = zip(*sketches, strict=True)
        distinct = TemplateKeys(
            ad=np.zeros(len(key), dtype=np.uint64),
            band_keys=_u32(band_blobs).reshape(len(key), bands),
            sketch_values=_u32(sketch_blobs),
            sketch_offsets=np.concatenate(
                [[0], np.cumsum([len(blob) // 4 for blob in sketch_blobs], dtype=np.int64)]
            ),
            **{column: np.zeros(len(key), dtype=np.uint64) for column in _PLACE},
        )
        position = {k: i for i, k in enumerate(key)}
        rows = [row for row in rows if row[1] in position]
        ad, sketch_key, *places = zip(*rows, strict=True)
        ads = distinct.take(np.array([position[k] for k in sketch_key], dtype=np.int64))
        return replace(
            ads,
            ad=_unsigned(ad),
            **{column: _unsigned(values) for column, values in zip(_PLACE, places, strict=True)},
        )

    def remember(self, contacts: ContactKeys, templates: TemplateKeys) -> None:
        """Stores (or replaces) what the store keeps of the ads behind `contacts` and
        `templates`, in one transaction."""
        scored_at = int(time.time())
        ads = sorted(set(_signed(contacts.ad)) | set(_signed(templates.ad)))
        if not ads:
            return
        pairs = _distinct(
            zip(*(_signed_or_plain(contacts, name) for name in CONTACT_COLUMNS), strict=True),
            key=lambda row: (row[1], row[0]),
        )
        kept = [i for i in _first_positions(_signed(templates.ad)) if templates.band_keys[i].any()]
        sketches: dict[int, tuple[bytes, bytes, list[int]]] = {}
        sketched_ads = []
        for i, ad, *places in zip(
            kept,
            _signed(templates.ad[kept]),
            *(_signed(getattr(templates, name)[kept]) for name in _PLACE),
            strict=True,
        ):
            band_blob = np.ascontiguousarray(templates.band_keys[i], dtype="<u4").tobytes()
            sketch_blob = np.ascontiguousarray(templates.sketch(i), dtype="<u4").tobytes()
            key = _sketch_key(band_blob, sketch_blob)
            sketches[key] = (band_blob, sketch_blob, templates.band_keys[i].tolist())
            sketched_ads.append((ad, key, *places, scored_at))
        engine = self._engine
        with self._connection() as connection, engine.writing(connection, ads):
            for table in ("contact_pairs", "sketched_ads"):
                engine.executemany(
                    connection, f"DELETE FROM {table} WHERE ad = %s", [(ad,) for ad in ads]
                )
            engine.executemany(
                connection,
                f"INSERT INTO contact_pairs ({', '.join(CONTACT_COLUMNS)}, scored_at) "
                f"VALUES ({', '.join(['%s'] * (len(CONTACT_COLUMNS) + 1))}) "
                "ON CONFLICT (contact, ad) DO NOTHING",
                [(*row, scored_at) for row in pairs],
            )
            self._write_sketches(connection, sketches)
            engine.executemany(
                connection,
                f"INSERT INTO sketched_ads ({', '.join(TEMPLATE_COLUMNS)}, scored_at) "
                f"VALUES ({', '.join(['%s'] * (len(TEMPLATE_COLUMNS) + 1))}) "
                "ON CONFLICT (ad) DO NOTHING",
                sketched_ads,
            )

    def _write_sketches(
        self, connection: Any, sketches: dict[int, tuple[bytes, bytes, list[int]]]
    ) -> None:
        """Stores the sketches (key: band keys blob, sketch blob, band keys) not yet stored,
        with their non-zero band keys."""
        if not sketches:
            return
        # A template's band keys and sketch are written by its first copy only.
        engine = self._engine
        matching, parameters = engine.any_of("sketch_key", sorted(sketches))
        known = connection.execute(
            engine.sql(f"SELECT sketch_key FROM template_sketches WHERE {matching}"),
            parameters,
        ).fetchall()
        new = sorted(set(sketches) - {row[0] for row in known})
        engine.executemany(
            connection,
            "INSERT INTO template_sketches (sketch_key, band_keys, sketch) "
            "VALUES (%s, %s, %s) ON CONFLICT (sketch_key) DO NOTHING",
            [(key, *sketches[key][:2]) for key in new],
        )
        engine.executemany(
            connection,
            "INSERT INTO sketch_bands (band_key, sketch_key) VALUES (%s, %s) "
            "ON CONFLICT (band_key, sketch_key) DO NOTHING",
            sorted({(band, key) for key in new for band in sketches[key][2] if band}),
        )

    def _migrate_template_ads(self, connection: Any) -> int | None:
        """Moves the templates of a store made before `sketched_ads` into it and drops the
        old tables, in the caller's transaction: how many ads moved (None: no old tables).

        An ad already in `sketched_ads` keeps whichever row was scored later.
        """
        engine = self._engine
        if not connection.execute(engine.sql(engine.table_exists), ("template_ads",)).fetchone():
            return None
        columns = (*TEMPLATE_COLUMNS, "scored_at")
        insert = (
            f"INSERT INTO sketched_ads ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))}) ON CONFLICT (ad) DO UPDATE SET "
            + ", ".join(f"{column} = excluded.{column}" for column in columns[1:])
            + " WHERE sketched_ads.scored_at < excluded.scored_at"
        )
        select = engine.sql(
            "SELECT ad, band_keys, sketch, location, site, poster, scored_at FROM template_ads "
            "WHERE ad >= %s ORDER BY ad LIMIT %s"
        )
        migrated, start = 0, -(2**63)
        while True:  # in ad order, a batch at a time: an old store may hold millions
            rows = connection.execute(select, (start, MIGRATION_BATCH)).fetchall()
            sketches: dict[int, tuple[bytes, bytes, list[int]]] = {}
            sketched_ads = []
            for ad, band_blob, sketch_blob, *places, scored_at in rows:
                band_blob, sketch_blob = bytes(band_blob), bytes(sketch_blob)
                band_keys = np.frombuffer(band_blob, dtype="<u4").tolist()
                if any(band_keys):  # as `remember`: an ad too short to link is not kept
                    key = _sketch_key(band_blob, sketch_blob)
                    sketches[key] = (band_blob, sketch_blob, band_keys)
                    sketched_ads.append((ad, key, *places, scored_at))
            self._write_sketches(connection, sketches)
            engine.executemany(connection, insert, sketched_ads)
            migrated += len(sketched_ads)
            if len(rows) < MIGRATION_BATCH or rows[-1][0] == 2**63 - 1:
                break
            start = rows[-1][0] + 1
        for table in OLD_TEMPLATE_TABLES:
            connection.execute(f"DROP TABLE IF EXISTS {table}")
        return migrated

    @property
    def engine_name(self) -> str:
        """`sqlite` or `postgresql`: which engine, never the address or credentials."""
        return "sqlite" if isinstance(self._engine, _Sqlite) else "postgresql"

    def counts(self) -> dict[str, int]:
        """Rows per table: contact pairs, template ads, distinct template sketches."""
        with self._connection() as connection:
            return {
                table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in TABLES
            }

    def close(self) -> None:
        """Closes the idle connections."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

    # --- connections ---------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        self._slots.get()
        try:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                connection = self._engine.connect()
        except self._engine.errors as error:
            self._slots.put(None)
            raise StoreError(f"cannot open the reuse store: {type(error).__name__}") from error
        try:
            yield connection
        except self._engine.errors as error:
            connection.close()
            connection = None
            raise StoreError(f"reuse store error: {type(error).__name__}") from error
        finally:
            if connection is not None:
                self._idle.put(connection)
            self._slots.put(None)


def open_store(url: str, *, max_rows: int = 1_000) -> ReuseStore:
    """The reuse store at `url` (`sqlite:///…` or `postgresql://…`), its schema created."""
    return ReuseStore(url, max_rows=max_rows)


# --- engines ---------------------------------------------------------------------------------


class _Sqlite:
    blob = "BLOB"
    table_exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        self.path = path

    def connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            self.path, timeout=30, isolation_level=None, check_same_thread=False
        )
        connection.execute("PRAGMA journal_mode=WAL")
        # WAL with NORMAL sync: a crash may lose the last scores' rows, never corrupt.
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    @staticmethod
    def sql(statement: str) -> str:
        return statement.replace("%s", "?")

    @staticmethod
    def any_of(column: str, values: Sequence[int]) -> tuple[str, tuple]:
        return f"{column} IN ({', '.join('?' * len(values))})", tuple(values)

    def executemany(self, connection: Any, statement: str, rows: list[tuple]) -> None:
        if rows:
            connection.executemany(self.sql(statement), rows)

    @contextmanager
    def writing(self, connection: Any, ads: Sequence[int]) -> Iterator[None]:
        connection.execute("BEGIN IMMEDIATE")  # the write lock now, not on first write
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


class _Postgres:
    blob = "BYTEA"
    table_exists = "SELECT 1 WHERE to_regclass(%s) IS NOT NULL"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.psycopg = psycopg
        self.errors: tuple[type[Exception], ...] = (psycopg.Error,)

    def connect(self) -> Any:
        return self.psycopg.connect(self.url, autocommit=True)

    @staticmethod
    def sql(statement: str) -> str:
        return statement

    @staticmethod
    def any_of(column: str, values: Sequence[int]) -> tuple[str, tuple]:
        return f"{column} = ANY(%s)", (list(values),)

    def executemany(self, connection: Any, statement: str, rows: list[tuple]) -> None:
        if rows:
            with connection.cursor() as cursor:
                cursor.executemany(statement, rows)

    @contextmanager
    def writing(self, connection: Any, ads: Sequence[int]) -> Iterator[None]:
        with connection.transaction():
            if not ads:  # schema and metadata: one writer at a time
                connection.execute("SELECT pg_advisory_xact_lock(0)")
            for ad in ads:  # sorted: writers of overlapping ads cannot deadlock
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (ad,))
            yield


def _engine(url: str) -> _Sqlite | _Postgres:
    if url.startswith(SQLITE_PREFIX):
        return _Sqlite(Path(url.removeprefix(SQLITE_PREFIX)))
    if url.startswith(POSTGRES_PREFIXES):
        return _Postgres(url)
    raise ValueError(
        f"the reuse store must be a sqlite:///path or postgresql:// URL, got {url.split(':')[0]}:…"
    )


# --- hashes in signed columns ----------------------------------------------------------------

_HASHED = frozenset({"ad", "contact", "location", "site", "poster", "country"})
_PLACE = ("location", "site", "poster")  # a template's value hashes besides its ad
_PAIR_VALUES = tuple(name for name in CONTACT_COLUMNS if name not in ("contact", "kind"))


def _sketch_key(band_blob: bytes, sketch_blob: bytes) -> int:
    """A signed 64-bit key of a template's band keys and sketch."""
    digest = hashlib.blake2b(band_blob + b"/" + sketch_blob, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _signed(values: Any) -> list[int]:
    """64-bit hashes as the signed integers SQL stores."""
    return np.asarray(values, dtype=np.uint64).view(np.int64).tolist()


def _unsigned(values: Any) -> np.ndarray:
    return np.asarray(values, dtype=np.int64).view(np.uint64)


def _u32(blobs: Sequence[bytes]) -> np.ndarray:
    """32-bit little-endian blobs, joined, as one writable uint32 array."""
    return np.frombuffer(b"".join(blobs), dtype="<u4").astype(np.uint32)


def _signed_or_plain(keys: ContactKeys, name: str) -> list[int]:
    values = getattr(keys, name)
    return _signed(values) if name in _HASHED else values.tolist()


def _distinct(rows: Any, key: Callable[[tuple], tuple]) -> list[tuple]:
    """The first row per key, ordered by key."""
    first: dict[tuple, tuple] = {}
    for row in rows:
        first.setdefault(key(row), row)
    return [first[k] for k in sorted(first)]


def _first_positions(values: list[int]) -> list[int]:
    seen: set[int] = set()
    positions = []
    for i, value in enumerate(values):
        if value not in seen:
            seen.add(value)
            positions.append(i)
    return positions
