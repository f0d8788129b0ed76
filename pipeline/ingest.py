"""Reading scraped dumps: every record read becomes an `Ad` or a quarantine entry.

Readers stream (line by line, CSV row by row, Parquet batch by batch), so memory stays
bounded whatever the dump size. Counts reconcile: `read == valid + quarantined`.
"""

from __future__ import annotations

import csv
import glob
import gzip
import hashlib
import io
import json
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

import zstandard
from pydantic import ValidationError

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
_AD_KEYS = set(Ad.model_fields) | set(FIELD_ALIASES)
_LABEL_KEYS = {"label", "label_ordinal"}
_AD_AND_LABEL_KEYS = _AD_KEYS | _LABEL_KEYS


@dataclass(frozen=True)
class RawRecord:
    """One record as read, before validation; `problem` is set when it could not be parsed."""

    source: str
    line: int
    record: dict[str, Any] | None
    raw: str
    problem: str | None = None
    digest: bytes = b""


@dataclass(frozen=True)
class Quarantined:
    """A record that did not become an `Ad`, with the reason in plain words."""

    source: str
    line: int
    reason: str
    raw: str

    def to_json(self) -> str:
        return json.dumps(
            {"source": self.source, "line": self.line, "reason": self.reason, "raw": self.raw},
            ensure_ascii=False,
        )


@dataclass
class IngestReport:
    """Counts that reconcile: read == valid + quarantined."""

    read: int = 0
    valid: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    reposts: int = 0
    languages: Counter[str] = field(default_factory=Counter)
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
    name = Path(source).name.lower()
    base = name.removesuffix(".gz").removesuffix(".zst")
    suffix = Path(base).suffix or ".jsonl"
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
    except (EOFError, zlib.error, gzip.BadGzipFile, zstandard.ZstdError) as error:
        yield RawRecord(source, -1, None, "", f"compressed file is truncated or corrupt: {error}")


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
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            preview = line[:RAW_PREVIEW_CHARS].decode("utf-8", "replace")
            yield RawRecord(
                source, number, None, preview, f"invalid UTF-8 bytes at byte {error.start}"
            )
            continue
        yield _parse_json_line(source, number, text)


def _parse_json_line(source: str, number: int, text: str) -> RawRecord:
    preview = text[:RAW_PREVIEW_CHARS]
    if "\x00" in text or "\\u0000" in text:
        return RawRecord(source, number, None, preview.replace("\x00", "\\0"), "contains NUL bytes")
    try:
        record = json.loads(text)
    except RecursionError:
        return RawRecord(source, number, None, preview, f"JSON nested deeper than {MAX_NESTING}")
    except json.JSONDecodeError as error:
        return RawRecord(source, number, None, preview, f"not valid JSON: {error.msg}")
    if not isinstance(record, dict):
        return RawRecord(source, number, None, preview, "record is not a JSON object")
    # Counting brackets first keeps the recursive walk off the common, shallow record.
    if text.count("{") + text.count("[") > MAX_NESTING and _depth(record) > MAX_NESTING:
        return RawRecord(source, number, None, preview, f"JSON nested deeper than {MAX_NESTING}")
    return RawRecord(source, number, record, preview, digest=_digest(text))


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
            yield RawRecord(source, number, record, preview, digest=_digest(json.dumps(row)))


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
            yield RawRecord(source, number, record, full[:RAW_PREVIEW_CHARS], digest=_digest(full))


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
    for key, value in record.items():
        if type(value) is str and len(value) > max_field_chars:
            reason = (
                f"field '{key}' has {len(value):,} characters, over the limit {max_field_chars:,}"
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
    duplicates = _DuplicateIndex()
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
    """Compact digests of records and texts seen so far (about 100 bytes per ad)."""

    def __init__(self) -> None:
        self.record_by_id: dict[str, bytes] = {}
        self.first_seen: dict[str, str] = {}
        self.id_by_text: dict[bytes, str] = {}

    def check(self, ad: Ad, raw: RawRecord) -> Ad | Quarantined:
        record = raw.digest
        known = self.record_by_id.get(ad.ad_id)
        if known is not None:
            where = self.first_seen[ad.ad_id]
            if known == record:
                reason = f"{EXACT_DUPLICATE} of the record at {where}"
            else:
                reason = f"{ID_CONFLICT} (first seen at {where})"
            return Quarantined(raw.source, raw.line, reason, raw.raw)
        self.record_by_id[ad.ad_id] = record
        self.first_seen[ad.ad_id] = f"{raw.source}:{raw.line}"
        # A repost: the same title and text under another id (another day, city or site).
        original = self.id_by_text.setdefault(_digest(ad.title + "\x1f" + ad.body), ad.ad_id)
        if original != ad.ad_id:
            return ad.model_copy(update={"meta": {**ad.meta, "duplicate_of": original}})
        return ad


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()


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
    report: IngestReport,
    quarantine: IO[str] | None = None,
    on_chunk: Callable[[int], None] = lambda size: None,
) -> None:
    """Validated ads to Parquet in chunks (one column per Ad field; `meta` as JSON text)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.language import detect_languages
    from pipeline.normalise import ad_text

    ads = load_ads(
        inputs,
        column_map=column_map,
        max_field_chars=max_field_chars,
        report=report,
        quarantine=quarantine,
    )
    with pq.ParquetWriter(out, _AD_SCHEMA(pa)) as writer:
        while chunk := list(islice(ads, chunk_size)):
            rows = [ad.model_dump(mode="json") for ad in chunk]
            for row in rows:
                row["meta"] = json.dumps(row["meta"], ensure_ascii=False)
            writer.write_table(pa.Table.from_pylist(rows, schema=_AD_SCHEMA(pa)))
            texts = [ad_text(ad.title, ad.body) for ad in chunk]
            report.languages.update(lang or "unknown" for lang in detect_languages(texts))
            on_chunk(len(chunk))


def _AD_SCHEMA(pa: Any) -> Any:  # noqa: N802 - a schema, built lazily with pyarrow
    text = pa.string()
    fields = [(name, text) for name in Ad.model_fields]
    fields[[name for name, _ in fields].index("images")] = ("images", pa.list_(text))
    return pa.schema(fields)
