"""Reading scraped dumps: every record read becomes an `Ad` or a quarantine entry.

Readers stream (line by line, CSV row by row, Parquet batch by batch) and the index of
duplicates keeps only its latest ads in memory, so memory stays bounded whatever the dump
size. Counts reconcile: `read == valid + quarantined`.
"""

from __future__ import annotations

import csv
import gc
import glob
import gzip
import io
import json
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import zlib
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar

import zstandard
from pydantic import ValidationError
from pydantic_core import from_json, to_json, to_jsonable_python
from rbloom import Bloom

from pipeline.batch_processes import die_with_parent
from pipeline.schema import FIELD_ALIASES, Ad, LabelledAd

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
COMPRESSION_SUFFIXES = {".gz", ".zst"}
MAX_NESTING = 32
RAW_PREVIEW_CHARS = 2_000
STDIN = "-"
EXACT_DUPLICATE = "exact duplicate"
ID_CONFLICT = "duplicate ad_id with different content"
INVALID_UNICODE = "invalid Unicode escape (a lone surrogate)"
# Ads whose ids and texts the duplicate index keeps in memory (about 30 MB) before it
# moves them to disk; its Bloom filters (12 MB) stay sharp up to the expected number of ads
# on disk, and past it only cost more disk look-ups.
ADS_IN_MEMORY = 100_000
ADS_ON_DISK_EXPECTED = 5_000_000
# Ads whose language `ingest_to_parquet` identifies to count languages (see _LanguageSample).
LANGUAGE_SAMPLE_SIZE = 5_000
CORRUPT_COMPRESSION = (EOFError, zlib.error, gzip.BadGzipFile, zstandard.ZstdError)
_AD_KEYS = set(Ad.model_fields) | set(FIELD_ALIASES)
_LABEL_KEYS = {"label", "label_ordinal"}
_AD_AND_LABEL_KEYS = _AD_KEYS | _LABEL_KEYS
T = TypeVar("T")
R = TypeVar("R")


class RawRecord(NamedTuple):
    """One record as read, before validation; `problem` is set when it could not be parsed."""

    source: str
    line: int
    record: dict[str, Any] | None
    raw: str
    problem: str | None = None
    # Python's hash of the record's content: keyed at random per process, which suits an
    # index of duplicates that lives as long as one `load_ads` call, and cheap.
    digest: int = 0


@dataclass(frozen=True)
class Quarantined:
    """A record that did not become an `Ad`, with the reason in plain words."""

    source: str
    line: int
    reason: str
    raw: str

    def to_json(self) -> str:
        entry = {"source": self.source, "line": self.line, "reason": self.reason, "raw": self.raw}
        text = json.dumps(entry, ensure_ascii=False)
        # Undecodable bytes (a CSV cell, a file name) survive as lone surrogates, which no
        # UTF-8 file accepts: escape them, as JSON allows.
        return json.dumps(entry) if _has_surrogates(text) else text


@dataclass
class IngestReport:
    """Counts that reconcile: read == valid + quarantined."""

    read: int = 0
    valid: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    reposts: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    # Ads whose language was identified: when fewer than `valid`, `languages` is that
    # sample's count scaled to all valid ads, an estimate.
    languages_sample: int = 0
    files: list[str] = field(default_factory=list)

    @property
    def quarantined_total(self) -> int:
        return sum(self.quarantined.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "read": self.read,
            "valid": self.valid,
            "quarantined": self.quarantined_total,
            "quarantined_by_reason": dict(self.quarantined.most_common()),
            "exact_duplicates": self.quarantined.get(EXACT_DUPLICATE, 0),
            "reposts": self.reposts,
            "languages": dict(self.languages.most_common()),
            "languages_estimated": 0 < self.languages_sample < self.valid,
            "languages_sample": self.languages_sample,
        }


def expand_inputs(inputs: Iterable[str | Path]) -> list[str]:
    """Files named by paths, directories and globs, in a stable order; '-' is stdin."""
    found: list[str] = []
    for item in inputs:
        text = str(item)
        path = Path(text)
        if text == STDIN:
            found.append(STDIN)
        elif path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and _is_data(p))
        elif path.is_file():
            found.append(text)
        elif matches := sorted(glob.glob(text, recursive=True)):
            found.extend(m for m in matches if Path(m).is_file())
        else:
            raise FileNotFoundError(f"no such file, directory or glob match: {text}")
    return found


def _is_data(path: Path) -> bool:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSION_SUFFIXES:
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in (
        JSONL_SUFFIXES | set(CSV_SUFFIXES) | PARQUET_SUFFIXES
    )


def read_records(source: str) -> Iterator[RawRecord]:
    """Raw records of one file (or stdin), by its suffix; compression by .gz / .zst."""
    suffix = _format_suffix(source)
    if suffix in PARQUET_SUFFIXES:
        yield from _read_parquet(source)
        return
    if suffix not in JSONL_SUFFIXES and suffix not in CSV_SUFFIXES:
        raise ValueError(f"{source}: unknown format {suffix!r}; expected JSONL, CSV, TSV, Parquet")
    try:
        with _open_binary(source) as stream:
            if suffix in CSV_SUFFIXES:
                yield from _read_csv(source, stream, CSV_SUFFIXES[suffix])
            else:
                yield from _read_jsonl(source, stream)
    except CORRUPT_COMPRESSION as error:
        yield _corrupt_file(source, error)


def _format_suffix(source: str) -> str:
    """'.jsonl', '.csv', '.parquet', … of a file name, compression aside; stdin is JSONL."""
    base = Path(source).name.lower().removesuffix(".gz").removesuffix(".zst")
    return Path(base).suffix or ".jsonl"


def _corrupt_file(source: str, error: Exception) -> RawRecord:
    return RawRecord(source, -1, None, "", f"compressed file is truncated or corrupt: {error}")


def _open_binary(source: str) -> IO[bytes]:
    if source == STDIN:
        return sys.stdin.buffer
    if source.endswith(".gz"):
        return gzip.open(source, "rb")
    if source.endswith(".zst"):
        return zstandard.open(source, "rb")
    return open(source, "rb")  # noqa: SIM115 - closed by the caller's with-block


def _read_jsonl(source: str, stream: IO[bytes]) -> Iterator[RawRecord]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        yield _parse_json_line(source, number, line)


def _parse_json_line(source: str, number: int, line: bytes) -> RawRecord:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        preview = line[:RAW_PREVIEW_CHARS].decode("utf-8", "replace")
        problem = f"invalid UTF-8 bytes at byte {error.start}"
        return RawRecord(source, number, None, preview, problem)
    preview = text[:RAW_PREVIEW_CHARS]
    if "\x00" in text or "\\u0000" in text:
        return RawRecord(source, number, None, preview.replace("\x00", "\\0"), "contains NUL bytes")
    try:
        # pydantic-core's parser is twice as fast as json.loads and agrees with it on every
        # line it accepts; json.loads reads the others, so reasons keep its wording.
        record = from_json(line, cache_strings="keys")
    except ValueError:
        return _parse_json_leniently(source, number, line, text, preview)
    return _checked_record(source, number, line, record, preview)


def _parse_json_leniently(
    source: str, number: int, line: bytes, text: str, preview: str
) -> RawRecord:
    try:
        record = json.loads(text)
    except RecursionError:
        return RawRecord(source, number, None, preview, f"JSON nested deeper than {MAX_NESTING}")
    except json.JSONDecodeError as error:
        return RawRecord(source, number, None, preview, f"not valid JSON: {error.msg}")
    checked = _checked_record(source, number, line, record, preview)
    # json.loads lets escapes such as "\\ud800" through: text that no UTF-8 file can hold.
    if checked.record is not None and _has_surrogates(json.dumps(record, ensure_ascii=False)):
        return checked._replace(record=None, problem=INVALID_UNICODE, digest=0)
    return checked


def _checked_record(source: str, number: int, line: bytes, record: Any, preview: str) -> RawRecord:
    if type(record) is not dict:
        return RawRecord(source, number, None, preview, "record is not a JSON object")
    # Counting brackets first keeps the recursive walk off the common, shallow record.
    if line.count(b"{") + line.count(b"[") > MAX_NESTING and _depth(record) > MAX_NESTING:
        return RawRecord(source, number, None, preview, f"JSON nested deeper than {MAX_NESTING}")
    # The line terminator is not content: a last line without one still repeats a record.
    return RawRecord(source, number, record, preview, digest=hash(line.rstrip(b"\r\n")))


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_NESTING:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _read_csv(source: str, stream: IO[bytes], delimiter: str) -> Iterator[RawRecord]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(text, delimiter=delimiter)
    for number, row in enumerate(reader, start=2):
        preview = json.dumps(row, ensure_ascii=False, default=str)[:RAW_PREVIEW_CHARS]
        values = [v for v in row.values() if isinstance(v, str)]
        if any(_has_surrogates(v) for v in values):
            yield RawRecord(source, number, None, preview, "invalid UTF-8 bytes")
        elif any("\x00" in v for v in values):
            yield RawRecord(source, number, None, preview, "contains NUL bytes")
        elif None in row:
            yield RawRecord(source, number, None, preview, "more cells than header columns")
        else:
            record = {k: v for k, v in row.items() if v != ""}
            yield RawRecord(source, number, record, preview, digest=hash(json.dumps(row)))


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _read_parquet(source: str) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(source).iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            number += 1
            record = {k: v for k, v in row.items() if v is not None}
            full = json.dumps(record, ensure_ascii=False, default=str)
            meta = record.get("meta")
            if type(meta) is str and meta.startswith("{"):
                # `adrisk ingest` writes `meta` as JSON text: read back, it is a mapping again.
                with suppress(ValueError):
                    record["meta"] = from_json(meta)
            yield RawRecord(source, number, record, full[:RAW_PREVIEW_CHARS], digest=hash(full))


def apply_column_map(record: Mapping[str, Any], column_map: Mapping[str, str]) -> dict[str, Any]:
    """Renames dump columns to Ad fields; `column_map` is field → column, as in `--map`."""
    renamed = {column: field for field, column in column_map.items()}
    return {renamed.get(key, key): value for key, value in record.items()}


def validate_record(
    raw: RawRecord,
    *,
    labelled: bool = False,
    column_map: Mapping[str, str] | None = None,
    max_field_chars: int = 100_000,
) -> Ad | Quarantined:
    """An `Ad` (or `LabelledAd`) from a raw record, or a `Quarantined` with the reason."""
    if raw.record is None:
        return Quarantined(raw.source, raw.line, raw.problem or "unreadable record", raw.raw)
    record = apply_column_map(raw.record, column_map) if column_map else raw.record
    # A field is never longer than the whole record, which the preview holds when it is short.
    if len(raw.raw) >= min(max_field_chars, RAW_PREVIEW_CHARS):
        for key, value in record.items():
            if type(value) is str and len(value) > max_field_chars:
                reason = (
                    f"field '{key}' has {len(value):,} characters, "
                    f"over the limit {max_field_chars:,}"
                )
                return Quarantined(raw.source, raw.line, reason, raw.raw)
    record = _unknown_columns_to_meta(record, labelled)
    try:
        return (LabelledAd if labelled else Ad).model_validate(record)
    except ValidationError as error:
        return Quarantined(raw.source, raw.line, _plain_reason(error), raw.raw)


def _unknown_columns_to_meta(record: dict[str, Any], labelled: bool) -> dict[str, Any]:
    """Scraped fields adrisk has no name for are kept in `meta`, not rejected."""
    known = _AD_AND_LABEL_KEYS if labelled else _AD_KEYS
    if record.keys() <= known:
        return record
    kept = {k: v for k, v in record.items() if k in known}
    extra = {k: v for k, v in record.items() if k not in known and k not in _LABEL_KEYS}
    meta = kept.get("meta")
    if extra and (meta is None or isinstance(meta, dict)):
        kept["meta"] = {**extra, **(meta or {})}
    return kept


def _plain_reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    if first["type"] == "missing":
        return f"missing field '{where}'"
    if first["type"] == "extra_forbidden":
        return f"unknown field '{where}' (map it with --map or drop it)"
    return f"field '{where}': {first['msg']}"


def load_ads(
    inputs: Iterable[str | Path],
    *,
    labelled: bool = False,
    column_map: Mapping[str, str] | None = None,
    max_field_chars: int = 100_000,
    report: IngestReport | None = None,
    quarantine: IO[str] | None = None,
) -> Iterator[Ad]:
    """Valid ads from files, directories or globs; the rest goes to `quarantine` (JSONL).

    A record repeating an earlier one exactly (same id and content) is quarantined as an
    exact duplicate, so every ad comes out once; the same id with other content is
    quarantined as a conflict. The same content under another id is a repost: kept, and
    marked with `meta["duplicate_of"]`, the first id seen with that content.
    """
    report = report if report is not None else IngestReport()
    # One record at a time, start to finish: it stays in the CPU cache, which makes this
    # loop markedly faster than validating batches of records.
    with _DuplicateIndex() as duplicates:
        for source in expand_inputs(inputs):
            report.files.append(source)
            for raw in read_records(source):
                report.read += 1
                result = validate_record(
                    raw, labelled=labelled, column_map=column_map, max_field_chars=max_field_chars
                )
                if not isinstance(result, Quarantined):
                    result = duplicates.check(result, raw)
                if isinstance(result, Quarantined):
                    report.quarantined[_reason_kind(result.reason)] += 1
                    if quarantine is not None:
                        quarantine.write(result.to_json() + "\n")
                    continue
                report.valid += 1
                report.reposts += "duplicate_of" in result.meta
                yield result


class _DuplicateIndex:
    """The first record seen under each ad id, and the first id seen with each text.

    The latest `ADS_IN_MEMORY` ads are looked up in dicts. Older ones move to a temporary
    SQLite file (about 60 bytes per ad, under TMPDIR) with a Bloom filter in front, which
    spares a disk look-up for nearly every new ad; so memory stays bounded however many
    ads a dump holds.
    """

    def __enter__(self) -> _DuplicateIndex:
        self._first_record: dict[str, tuple[int, int, int]] = {}  # digest, source, line
        self._first_id: dict[int, str] = {}
        self._sources: list[str] = []
        self._source_numbers: dict[str, int] = {}
        self._directory: tempfile.TemporaryDirectory[str] | None = None
        self._db: sqlite3.Connection | None = None
        self._writer: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=True)
        if self._db is not None:
            self._db.close()
        if self._directory is not None:
            self._directory.cleanup()

    def check(self, ad: Ad, raw: RawRecord) -> Ad | Quarantined:
        """The ad; the ad marked as a repost; or a quarantine entry if it repeats an id."""
        reason, original = self.verdict(ad.ad_id, _text_key(ad), raw.digest, raw.source, raw.line)
        if reason is not None:
            return Quarantined(raw.source, raw.line, reason, raw.raw)
        if original is not None:
            return ad.model_copy(update={"meta": {**ad.meta, "duplicate_of": original}})
        return ad

    def verdict(
        self, ad_id: str, text_key: int, digest: int, source: str, line: int
    ) -> tuple[str | None, str | None]:
        """(Why the record is quarantined, if it repeats an id; for a repost, the first id
        seen with its text). `text_key` is `_text_key(ad)`, `digest` the record's."""
        known = self._record_of(ad_id)
        if known is not None:
            record, first_source, first_line = known
            where = f"{self._sources[first_source]}:{first_line}"
            if record == digest:
                return f"{EXACT_DUPLICATE} of the record at {where}", None
            return f"{ID_CONFLICT} (first seen at {where})", None
        number = self._source_numbers.get(source)
        if number is None:
            number = self._source_numbers[source] = len(self._sources)
            self._sources.append(source)
        self._first_record[ad_id] = (digest, number, line)
        # A repost: the same title and text under another id (another day, city or site).
        original = self._id_of(text_key)
        if original is None:
            self._first_id[text_key] = ad_id
        if len(self._first_record) >= ADS_IN_MEMORY:
            self._move_to_disk()
        return None, original

    def _record_of(self, ad_id: str) -> tuple[int, int, int] | None:
        known = self._first_record.get(ad_id)
        if known is None and self._db is not None and ad_id in self._ids_on_disk:
            self._written()
            query = "SELECT record, source, line FROM ids WHERE ad_id = ?"
            known = self._db.execute(query, (ad_id,)).fetchone()
        return known

    def _id_of(self, text: int) -> str | None:
        original = self._first_id.get(text)
        if original is None and self._db is not None and text in self._texts_on_disk:
            self._written()
            row = self._db.execute("SELECT ad_id FROM texts WHERE text = ?", (text,)).fetchone()
            original = row[0] if row is not None else None
        return original

    def _move_to_disk(self) -> None:
        if self._db is None:
            self._open_disk_index()
        self._written()
        ids = json.dumps([[ad_id, *known] for ad_id, known in self._first_record.items()])
        texts = json.dumps(list(self._first_id.items()))
        self._ids_on_disk.update(self._first_record)
        self._texts_on_disk.update(self._first_id)
        self._first_record.clear()
        self._first_id.clear()
        assert self._writer is not None
        self._writing = self._writer.submit(self._insert, ids, texts)

    def _open_disk_index(self) -> None:
        self._directory = tempfile.TemporaryDirectory(prefix="adrisk-ingest-")
        path = Path(self._directory.name) / "seen.sqlite"
        # Inserts run on a writer thread while reading goes on: each is one statement, and
        # SQLite releases the GIL while it runs. Reads wait for it (`_written`).
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="adrisk-ingest")
        # A scratch file: nothing to recover after a crash, so no journal and no fsync.
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -8000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute(
            "CREATE TABLE ids (ad_id TEXT PRIMARY KEY, record INTEGER, source INTEGER,"
            " line INTEGER) WITHOUT ROWID"
        )
        self._db.execute("CREATE TABLE texts (text INTEGER PRIMARY KEY, ad_id TEXT)")
        self._ids_on_disk = Bloom(ADS_ON_DISK_EXPECTED, 0.01)
        self._texts_on_disk = Bloom(ADS_ON_DISK_EXPECTED, 0.01)

    def _insert(self, ids: str, texts: str) -> None:
        assert self._db is not None
        with self._db:
            self._db.execute(
                "INSERT INTO ids SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                " json_extract(value, '$[2]'), json_extract(value, '$[3]')"
                " FROM json_each(?) ORDER BY 1",
                (ids,),
            )
            self._db.execute(
                "INSERT INTO texts SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')"
                " FROM json_each(?) ORDER BY 1",
                (texts,),
            )

    def _written(self) -> None:
        if self._writing is not None:
            self._writing.result()
            self._writing = None


def _reason_kind(reason: str) -> str:
    """The reason without record-specific details, for counting."""
    for fixed in (EXACT_DUPLICATE, ID_CONFLICT):
        if reason.startswith(fixed):
            return fixed
    return reason.split(":")[0].split(" at byte")[0].split(" has ")[0]


def parse_column_map(pairs: Iterable[str]) -> dict[str, str]:
    """`["body=text", "ad_id=post"]` → `{"body": "text", "ad_id": "post"}`."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        for item in pair.split(","):
            field_name, sep, column = item.partition("=")
            if not sep or not field_name.strip() or not column.strip():
                raise ValueError(f"expected FIELD=COLUMN in --map, got {item!r}")
            mapping[field_name.strip()] = column.strip()
    return mapping


def ingest_to_parquet(
    inputs: Iterable[str | Path],
    out: Path,
    *,
    column_map: Mapping[str, str] | None = None,
    max_field_chars: int = 100_000,
    chunk_size: int = 5_000,
    workers: int | None = None,
    report: IngestReport,
    quarantine: IO[str] | None = None,
    on_chunk: Callable[[int], None] = lambda size: None,
) -> None:
    """Validated ads to Parquet in chunks (one column per Ad field; `meta` as JSON text).

    The ads written, the quarantine entries and the counts are those `load_ads` gives, in
    the same order. Worker processes (`workers`, by default one per CPU) parse and validate
    chunks of `chunk_size` records and build their Parquet columns; this process looks up
    duplicates and writes, chunk after chunk, with a few chunks in flight. Languages are
    counted on a random sample of `LANGUAGE_SAMPLE_SIZE` ads and scaled to all valid ads (see
    `IngestReport.languages_sample`). `on_chunk` gets the number of ads of each chunk written.
    """
    import pyarrow.parquet as pq

    sources = expand_inputs(inputs)
    report.files.extend(sources)
    batches = (batch for source in sources for batch in _record_batches(source, chunk_size))
    check = partial(
        _checked_batch,
        column_map=column_map,
        max_field_chars=max_field_chars,
        parent_hash=hash(_HASH_PROBE),
    )
    sample = _LanguageSample(LANGUAGE_SAMPLE_SIZE)
    with (
        _ordered_map(_worker_count(workers)) as ordered_map,
        _DuplicateIndex() as duplicates,
        pq.ParquetWriter(out, _ad_schema()) as writer,
    ):
        for batch, checked in ordered_map(check, batches):
            table = _unique_ads(batch, checked, duplicates, report, quarantine)
            writer.write_table(table)
            sample.add(table)
            on_chunk(table.num_rows)
    report.languages.update(sample.estimate(report.valid))
    report.languages_sample = sample.size


@dataclass(frozen=True)
class _Batch:
    """Records of one file: JSONL lines not parsed yet (a worker parses them), or records."""

    source: str
    lines: list[tuple[int, bytes]]  # (line number, line)
    records: list[RawRecord]

    def __len__(self) -> int:
        return len(self.records or self.lines)

    def raws(self) -> list[RawRecord]:
        return self.records or [self.raw(position) for position in range(len(self.lines))]

    def raw(self, position: int) -> RawRecord:
        if self.records:
            return self.records[position]
        return _parse_json_line(self.source, *self.lines[position])

    def line_numbers(self) -> list[int]:
        return [raw.line for raw in self.records] or [number for number, _ in self.lines]


class _CheckedBatch(NamedTuple):
    """A batch validated: its valid ads' table, in order, and the rest by position.

    Columns and arrays rather than a Python object per record: they cross from the worker
    process at a fraction of the cost.
    """

    table: Any  # pyarrow.Table, one row per valid record
    quarantined: dict[int, Quarantined]  # position in the batch → entry
    text_keys: array[int]  # per valid record, `_text_key(ad)`
    digests: array[int]  # per valid record, `RawRecord.digest`


def _record_batches(source: str, size: int) -> Iterator[_Batch]:
    """One file's records in batches; JSONL lines stay unparsed, so that workers parse them."""
    if _format_suffix(source) not in JSONL_SUFFIXES:
        records = read_records(source)
        while batch := list(islice(records, size)):
            yield _Batch(source, [], batch)
        return
    lines: list[tuple[int, bytes]] = []
    corrupt: RawRecord | None = None
    try:
        with _open_binary(source) as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    lines.append((number, line))
                if len(lines) == size:
                    yield _Batch(source, lines, [])
                    lines = []
    except CORRUPT_COMPRESSION as error:
        corrupt = _corrupt_file(source, error)
    if lines:
        yield _Batch(source, lines, [])
    if corrupt is not None:
        yield _Batch(source, [], [corrupt])


# Ads are keyed by Python's `hash`, which is seeded per process: workers forked from this
# process share its seed, and `_checked_batch` checks they do.
_HASH_PROBE = "adrisk duplicate index"


def _checked_batch(
    batch: _Batch,
    *,
    column_map: Mapping[str, str] | None,
    max_field_chars: int,
    parent_hash: int,
) -> _CheckedBatch:
    """Parses and validates a batch (in a worker process) and builds its valid ads' table."""
    if hash(_HASH_PROBE) != parent_hash:
        raise RuntimeError("ingestion workers must be forked: they need the parent's hash seed")
    quarantined: dict[int, Quarantined] = {}
    ads: list[Ad] = []
    text_keys, digests = array("q"), array("q")
    with _cyclic_gc_paused():
        for position, raw in enumerate(batch.raws()):
            result = validate_record(raw, column_map=column_map, max_field_chars=max_field_chars)
            if isinstance(result, Quarantined):
                quarantined[position] = result
            else:
                ads.append(result)
                text_keys.append(_text_key(result))
                digests.append(raw.digest)
        return _CheckedBatch(_ads_to_table(ads), quarantined, text_keys, digests)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; a collection may follow it.

    A batch piles up tens of thousands of live objects (records, ads, their fields) that
    reference counting frees: collections scanning them as they pile up made a batch about
    15% slower to check, and any cycle left is collected once the batch is done.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _unique_ads(
    batch: _Batch,
    checked: _CheckedBatch,
    duplicates: _DuplicateIndex,
    report: IngestReport,
    quarantine: IO[str] | None,
) -> Any:
    """The batch's table without repeated ads, reposts marked; counts and quarantines the rest."""
    import pyarrow as pa

    entries = dict(checked.quarantined)
    valid = [p for p in range(len(batch)) if p not in entries] if entries else range(len(batch))
    ad_ids, lines = checked.table.column("ad_id").to_pylist(), batch.line_numbers()
    kept: list[int] = []
    reposts: list[tuple[int, str]] = []  # position in the kept rows, first id with the text
    for row, position in enumerate(valid):
        reason, original = duplicates.verdict(
            ad_ids[row], checked.text_keys[row], checked.digests[row], batch.source, lines[position]
        )
        if reason is not None:
            raw = batch.raw(position)
            entries[position] = Quarantined(raw.source, raw.line, reason, raw.raw)
            continue
        if original is not None:
            reposts.append((len(kept), original))
        kept.append(row)
    for position in sorted(entries):
        report.quarantined[_reason_kind(entries[position].reason)] += 1
        if quarantine is not None:
            quarantine.write(entries[position].to_json() + "\n")
    report.read += len(batch)
    report.valid += len(kept)
    report.reposts += len(reposts)
    table = checked.table
    if len(kept) < table.num_rows:
        table = table.take(pa.array(kept, pa.int64()))
    return _marked_as_reposts(table, reposts) if reposts else table


def _marked_as_reposts(table: Any, reposts: list[tuple[int, str]]) -> Any:
    import pyarrow as pa

    metas = table.column("meta").to_pylist()
    for position, original in reposts:
        metas[position] = _meta_json({**json.loads(metas[position]), "duplicate_of": original})
    index = table.schema.get_field_index("meta")
    return table.set_column(index, "meta", pa.array(metas, pa.string()))


def _text_key(ad: Ad) -> int:
    """Equal for ads with the same title and text: reposts share it."""
    return hash((ad.title, ad.body))


def _ads_to_table(ads: list[Ad]) -> Any:
    """A pyarrow table of ads, column by column, as `Ad.model_dump(mode="json")` gives them."""
    import pyarrow as pa

    schema = _ad_schema()
    rows = map(attrgetter(*schema.names), ads)
    by_column = list(zip(*rows, strict=True)) or [()] * len(schema.names)  # rows transposed
    columns = []
    for name, values in zip(schema.names, by_column, strict=True):
        if name == "posted_at":
            values = to_jsonable_python(values)
        elif name == "meta":
            values = [_meta_json(meta) for meta in values]
        # Column by column: pa.table on a dict of lists takes eight times as long.
        columns.append(pa.array(values, schema.field(name).type))
    return pa.Table.from_arrays(columns, schema=schema)


def _meta_json(meta: dict[str, Any]) -> str:
    return to_json(meta).decode() if meta else "{}"


@lru_cache(maxsize=1)
def _ad_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    fields = [(name, text) for name in Ad.model_fields]
    fields[[name for name, _ in fields].index("images")] = ("images", pa.list_(text))
    return pa.schema(fields)


def _worker_count(workers: int | None) -> int:
    if workers is not None:
        return workers
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_worker(parent: int) -> None:
    die_with_parent(parent)
    # A worker inherits this process's objects, all long-lived: frozen, the garbage collector
    # stops scanning them at every collection, which made validating a third slower.
    gc.freeze()


@contextmanager
def _ordered_map(
    workers: int,
) -> Iterator[Callable[[Callable[[T], R], Iterable[T]], Iterator[tuple[T, R]]]]:
    """A `map` on `workers` forked processes giving (item, result) in order, a few items in
    flight at a time. One worker, or a system other than Linux (where forking a process that
    runs threads is unsafe or impossible), maps in this process.
    """
    if workers <= 1 or not sys.platform.startswith("linux"):
        yield lambda function, items: ((item, function(item)) for item in items)
        return
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )

    def ordered_map(function: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
        pending: deque[tuple[T, Future[R]]] = deque()
        for item in items:
            pending.append((item, pool.submit(function, item)))
            if len(pending) > 2 * workers:
                done, result = pending.popleft()
                yield done, result.result()
        while pending:
            done, result = pending.popleft()
            yield done, result.result()

    try:
        yield ordered_map
    finally:
        pool.shutdown(cancel_futures=True)  # on an error, items not started yet never run


class _LanguageSample:
    """A uniform random sample of ads (reservoir sampling) whose languages stand for all.

    Identifying a language takes about a tenth of a millisecond, several times the rest of
    ingestion; a sample of 5,000 ads puts each language's share within about a percentage
    point (95%), which also dwarfs the rare ads on which lingua's low-accuracy mode, used
    here for its small memory, disagrees with its full models. A dump with no more valid
    ads than the sample size is counted in full.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.seen = 0
        self._texts: list[tuple[str, str]] = []
        self._random = random.Random(0)  # the same dump gives the same report

    @property
    def size(self) -> int:
        return len(self._texts)

    def add(self, table: Any) -> None:
        picked: dict[int, int] = {}  # slot in the sample → row of the table
        for row in range(table.num_rows):
            self.seen += 1
            slot = self.seen - 1
            if self.seen > self.capacity:
                slot = int(self._random.random() * self.seen)  # randrange, at a third the cost
            if slot < self.capacity:
                picked[slot] = row
        if not picked:
            return
        rows = table.take(list(picked.values()))
        pairs = zip(rows.column("title").to_pylist(), rows.column("body").to_pylist(), strict=True)
        for slot, pair in zip(picked, pairs, strict=True):
            if slot == len(self._texts):
                self._texts.append(pair)
            else:
                self._texts[slot] = pair

    def estimate(self, total: int) -> Counter[str]:
        """Ads per language among `total`, scaled from the sample (largest remainders)."""
        from pipeline.language import detect_languages
        from pipeline.normalise import ad_text

        if not self._texts:
            return Counter()
        texts = [ad_text(title, body) for title, body in self._texts]
        languages = detect_languages(texts, low_accuracy=True)
        counts = Counter(language or "unknown" for language in languages)
        shares = {language: count * total / len(texts) for language, count in counts.items()}
        scaled = Counter({language: int(share) for language, share in shares.items()})
        by_remainder = sorted(shares, key=lambda language: shares[language] % 1, reverse=True)
        for language in by_remainder[: total - sum(scaled.values())]:
            scaled[language] += 1
        return +scaled
