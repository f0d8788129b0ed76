"""Batch scoring of whole dumps: ingest → prepare → link the whole dump → score → write.

Two passes, so that linkage spans the whole dump and not just one chunk of it:

1. *prepare*: ads stream from the inputs a chunk at a time; each chunk becomes an ad frame
   (normalised text, language, pseudonymised contacts) saved in the run folder, and its
   ads join a copy of the model's reuse tables (contacts and templates);
2. *score*: each prepared chunk is scored against the tables of the whole dump plus the
   model's own, and its ScoredAds are saved in the run folder.

Only when every chunk is scored is the output assembled (written aside, then moved into
place), followed by the run manifest. A run that is killed leaves its finished chunks in
the run folder; the same command continues from them, so the output holds every ad exactly
once. The run folder holds ad text and is removed once the output is complete.

Both passes map plain functions over chunks through an `Executor`: in this process, or on a
Dask cluster (`pipeline.batch_dask`), with the same functions and the same results.
"""

from __future__ import annotations

import copy
import hashlib
import heapq
import hmac
import json
import os
import pickle
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

import pandas as pd
import zstandard

from models.build import LinkageKeys, add_keys_to_linkage, linkage_keys
from models.registry import ScoringModel
from pipeline.frame import ads_to_frame
from pipeline.ingest import IngestReport, expand_inputs, load_ads
from pipeline.language import load_language_models, release_language_models
from pipeline.outputs import sibling
from pipeline.pseudonymise import key_id
from pipeline.schema import Ad, ScoredAd
from pipeline.score import ad_view, score_frame
from pipeline.settings import ScoreSettings

FORMATS = (".jsonl", ".parquet")
# Frame columns holding tuples, dicts or lists: saved as JSON text in the run folder.
_STATE = "run.json"
_PREPARED = "prepared.json"


class RunConflict(Exception):
    """The run folder holds an unfinished run of other inputs, another model or settings."""


class Executor(Protocol):
    """Maps a function over items, yielding results in the items' order.

    `shares_files`: whether the function runs where this process's files can be read
    (worker processes here), so it can be handed a saved chunk's path rather than the
    chunk itself.
    """

    name: str
    shares_files: bool

    def map(
        self, function: Callable[..., Any], items: Iterable[Any], **shared: Any
    ) -> Iterator[Any]: ...


class LocalExecutor:
    """Everything in this process."""

    name = "local"
    shares_files = True

    def map(
        self, function: Callable[..., Any], items: Iterable[Any], **shared: Any
    ) -> Iterator[Any]:
        return (function(item, **shared) for item in items)


@dataclass(frozen=True)
class RunPaths:
    """Where a batch run writes: the output and, beside it, its quarantine, manifest and run
    folder (`scores.jsonl` → `scores.quarantine.jsonl`, `scores.manifest.json`, `scores.run/`)."""

    output: Path

    @property
    def quarantine(self) -> Path:
        return sibling(self.output, ".quarantine.jsonl")

    @property
    def manifest(self) -> Path:
        return sibling(self.output, ".manifest.json")

    @property
    def run_dir(self) -> Path:
        return sibling(self.output, ".run")

    def frame(self, chunk: int) -> Path:
        return self.run_dir / "frames" / f"chunk-{chunk:06d}.pickle.zst"

    def part(self, chunk: int) -> Path:
        return self.run_dir / "scores" / f"chunk-{chunk:06d}.jsonl"


@dataclass
class BatchResult:
    """What a finished run reports: its manifest, and the riskiest ads for a summary."""

    manifest: dict[str, Any]
    report: IngestReport
    bands: Counter[str] = field(default_factory=Counter)
    riskiest: list[ScoredAd] = field(default_factory=list)


def file_digest(path: str | Path) -> dict[str, Any]:
    """SHA-256 and size of an input file, read in blocks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
            size += len(block)
    return {"path": str(Path(path).resolve()), "sha256": digest.hexdigest(), "bytes": size}


def score_dump(
    inputs: Iterable[str | Path],
    output: Path,
    model: ScoringModel,
    settings: ScoreSettings,
    *,
    model_uri: str,
    column_map: Mapping[str, str] | None = None,
    executor: Executor | None = None,
    restart: bool = False,
    top: int = 5,
    on_ads: Callable[[str, int], None] = lambda stage, n: None,
) -> BatchResult:
    """Score every ad of a dump against the whole dump's linkage; resumable (module doc).

    `on_ads(stage, n)` is told as each chunk of `n` ads is prepared or scored.
    Raises `RunConflict` when the run folder belongs to other inputs or another model,
    unless `restart` discards it.
    """
    if output.suffix not in FORMATS:
        raise ValueError(f"output must end in {' or '.join(FORMATS)}, got {output.name}")
    executor = executor or LocalExecutor()
    paths = RunPaths(output)
    sources = expand_inputs(inputs)
    if "-" in sources:
        raise ValueError("batch scoring reads files (it needs them twice to resume), not stdin")
    state = _identity(sources, model, model_uri, settings, column_map, paths)
    state = _open_run(paths, state, restart)

    report = IngestReport()
    # Loaded here, once, workers forked from this process share the models rather than each
    # loading its own; each pass loads only what it needs, so that less is held at a time.
    load_language_models()
    linked, chunks = _prepare(sources, paths, model, settings, column_map, executor, report, on_ads)
    release_language_models()
    if chunks:
        # Scoring a few ads here loads the indicator matchers and builds the tables' lookup
        # indexes once, in memory that the forked workers share.
        score_frame(model, read_frame(paths.frame(0), model.hash_key).head(8), settings, linked)
    bands, riskiest, scored = _score(paths, model, linked, settings, executor, chunks, top, on_ads)
    if scored != report.valid:
        raise RuntimeError(f"scored {scored} ads but ingestion passed {report.valid}")
    _assemble(paths, chunks)
    manifest = _manifest(state, paths, report, bands, executor)
    _write_atomically(paths.manifest, json.dumps(manifest, indent=2, default=str))
    shutil.rmtree(paths.run_dir)
    return BatchResult(manifest=manifest, report=report, bands=bands, riskiest=riskiest)


# --- run identity and state -----------------------------------------------------------


def _identity(
    sources: list[str],
    model: ScoringModel,
    model_uri: str,
    settings: ScoreSettings,
    column_map: Mapping[str, str] | None,
    paths: RunPaths,
) -> dict[str, Any]:
    return {
        "inputs": [file_digest(source) for source in sources],
        "model": {
            "uri": model_uri,
            "version": model.model_version,
            "lexicon_version": model.lexicon_version,
            "hash_key_id": key_id(model.hash_key),
        },
        "settings": settings.model_dump(),
        "column_map": dict(column_map or {}),
        "output": str(paths.output.resolve()),
    }


def _open_run(paths: RunPaths, identity: dict[str, Any], restart: bool) -> dict[str, Any]:
    """The state of this run: a fresh one, or the unfinished one it continues."""
    state_path = paths.run_dir / _STATE
    now = datetime.now(UTC).isoformat()
    if state_path.exists() and not restart:
        state = json.loads(state_path.read_text(encoding="utf-8"))
        if {key: state.get(key) for key in identity} != identity:
            raise RunConflict(
                f"{paths.run_dir} holds an unfinished run of other inputs, another model or "
                "other settings; give the same command as before to continue it, or "
                "--restart to discard it"
            )
        state["resumed_at"].append(now)
    else:
        shutil.rmtree(paths.run_dir, ignore_errors=True)
        state = {**identity, "started_at": now, "resumed_at": []}
    for folder in ("frames", "scores"):
        (paths.run_dir / folder).mkdir(parents=True, exist_ok=True)
    _write_atomically(state_path, json.dumps(state, indent=2))
    return state


@contextmanager
def _aside(path: Path) -> Iterator[Path]:
    """A file to write in place of `path`, moved onto it only once written in full: a run
    killed midway never leaves a half-written file under the final name."""
    partial = path.with_name(path.name + ".partial")
    yield partial
    os.replace(partial, path)


def _write_atomically(path: Path, text: str) -> None:
    with _aside(path) as partial:
        partial.write_text(text, encoding="utf-8")


# --- pass 1: prepare and link ---------------------------------------------------------


def _prepare(
    sources: list[str],
    paths: RunPaths,
    model: ScoringModel,
    settings: ScoreSettings,
    column_map: Mapping[str, str] | None,
    executor: Executor,
    report: IngestReport,
    on_ads: Callable[[str, int], None],
) -> tuple[Any, int]:
    """Ingest every input once, save each chunk's frame, and link the whole dump.

    Ingestion always reruns (it is cheap, and rewrites the quarantine and the counts);
    chunks whose frame was saved by an earlier attempt are read back, not prepared again.
    """
    linked = copy.deepcopy(model.pipeline)
    with paths.quarantine.open("w", encoding="utf-8") as quarantine:
        ads = load_ads(sources, column_map=column_map, report=report, quarantine=quarantine)
        work = (
            _prepare_item(paths, number, chunk, executor.shares_files, model.hash_key)
            for number, chunk in enumerate(_chunks(ads, settings.chunk_size))
        )
        chunks = 0
        with _PendingLinkage(linked) as pending:
            for prepared in executor.map(prepare_chunk, work, model=model):
                if prepared.unsaved is not None:
                    write_frame(prepared.unsaved, paths.frame(chunks), model.hash_key)
                pending.add(prepared)
                on_ads("prepare", len(prepared.keys))
                chunks += 1
            pending.flush()
    # Every ad to score is in the tables now: what linking further ads needs can go.
    linked.named_steps["features"].named_transformers_["templates"][0].for_indexed_ads_only()
    return linked, chunks


def _prepare_item(
    paths: RunPaths, number: int, chunk: list[Ad], shares_files: bool, key: bytes
) -> tuple[list[Ad] | pd.DataFrame | Path, Path | None]:
    """What `prepare_chunk` gets for a chunk: its ads and where to save their frame, or the
    frame an earlier attempt saved (its path, if the worker can read this machine's files)."""
    saved = paths.frame(number)
    if saved.exists():
        return (saved if shares_files else read_frame(saved, key)), None
    return chunk, saved if shares_files else None


@dataclass
class PreparedChunk:
    """What the parent needs of a prepared chunk: its ads' keys for the reuse tables
    (`linkage_keys`, most of the cost of linking them) and its frame if it has still to be
    saved in the run folder."""

    keys: LinkageKeys
    unsaved: pd.DataFrame | None = None


def prepare_chunk(
    item: tuple[list[Ad] | pd.DataFrame | Path, Path | None], *, model: ScoringModel
) -> PreparedChunk:
    """Prepare a chunk (the expensive, parallel part of a run): `item` is its ads and where
    to save their frame (None: the parent saves it), or a frame saved by an earlier attempt
    (or its path)."""
    work, save_to = item
    unsaved = None
    if isinstance(work, Path):
        frame = read_frame(work, model.hash_key)
    elif isinstance(work, pd.DataFrame):
        frame = work
    else:
        frame = _plain_strings(
            ads_to_frame(work, hash_key=model.hash_key, default_region=model.default_region)
        )
        if save_to is None:
            unsaved = frame
        else:
            write_frame(frame, save_to, model.hash_key)
    return PreparedChunk(linkage_keys(model.pipeline, frame), unsaved)


class _PendingLinkage:
    """Prepared ads waiting to join the reuse tables.

    Each addition costs time in proportion to the tables' size (they are merged, re-sorted
    and renumbered) as well as to the ads added: added a chunk at a time, a dump of n ads
    would cost n² / chunk size. Ads wait until they number at least `LINK_BATCH` and
    `GROWTH` times the ads in the tables, so the tables grow geometrically and the whole
    dump costs a few times n; waiting ads are held as their keys, about 0.5 KB an ad.

    Ads are linked in a thread, one batch at a time, while this process goes on handing
    chunks to the workers: a batch takes up to tens of seconds, and the workers would
    otherwise run out of chunks to prepare. Tables do not depend on how ads are batched.
    """

    LINK_BATCH = 50_000
    GROWTH = 0.5

    def __init__(self, linked: Any) -> None:
        self.linked = linked
        self.keys: list[LinkageKeys] = []
        self.rows = self.linked_rows = 0
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="adrisk-linking")
        self.linking: Future | None = None

    def add(self, chunk: PreparedChunk) -> None:
        self.keys.append(chunk.keys)
        self.rows += len(chunk.keys)
        if self.linking is not None and self.linking.done():
            self.linking = self.linking.result()  # None, or the linking thread's error
        if self.linking is None and self.rows >= max(
            self.LINK_BATCH, self.GROWTH * self.linked_rows
        ):
            self.linking = self.thread.submit(add_keys_to_linkage, self.linked, self._take())

    def flush(self) -> None:
        """Link every waiting ad, and wait until they are all in the tables."""
        if self.linking is not None:
            self.linking, running = None, self.linking
            running.result()
        if self.keys:
            add_keys_to_linkage(self.linked, self._take())

    def __enter__(self) -> _PendingLinkage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Also when the run fails: the linking thread ends before the error goes on.
        self.thread.shutdown(wait=True, cancel_futures=True)

    def _take(self) -> LinkageKeys:
        keys = LinkageKeys.concat(self.keys)
        self.linked_rows += self.rows
        self.keys, self.rows = [], 0
        return keys


def _chunks(ads: Iterator[Ad], size: int) -> Iterator[list[Ad]]:
    while chunk := list(islice(ads, size)):
        yield chunk


# --- pass 2: score --------------------------------------------------------------------


@dataclass
class ScoredChunk:
    """One scored chunk: its ScoredAds as JSON lines, their bands and the riskiest few."""

    lines: str
    bands: Counter[str]
    riskiest: list[ScoredAd]

    @classmethod
    def of(cls, scored: list[ScoredAd], top: int, lines: str | None = None) -> ScoredChunk:
        return cls(
            lines=lines if lines is not None else "".join(_json_line(ad) for ad in scored),
            bands=Counter(ad.band for ad in scored),
            riskiest=heapq.nlargest(top, scored, key=lambda ad: ad.risk),
        )

    @property
    def count(self) -> int:
        return sum(self.bands.values())


def score_chunk(
    frame: pd.DataFrame | Path,
    *,
    model: ScoringModel,
    linked: Any,
    settings: ScoreSettings,
    top: int,
) -> ScoredChunk:
    """One prepared chunk (its frame, or the file it was saved to) scored against the
    whole dump's reuse tables."""
    if isinstance(frame, Path):
        frame = read_frame(frame, model.hash_key)
    scores = score_frame(model, frame, settings, linked)
    scored = [
        ScoredAd(**dict(score), ad=ad_view(row, score.evidence))
        for score, row in zip(scores, frame.itertuples(index=False), strict=True)
    ]
    return ScoredChunk.of(scored, top)


def _json_line(ad: ScoredAd) -> str:
    return ad.model_dump_json() + "\n"


def _score(
    paths: RunPaths,
    model: ScoringModel,
    linked: Any,
    settings: ScoreSettings,
    executor: Executor,
    chunks: int,
    top: int,
    on_ads: Callable[[str, int], None],
) -> tuple[Counter[str], list[ScoredAd], int]:
    """Score every prepared chunk not scored yet; count bands over all of them."""
    bands: Counter[str] = Counter()
    riskiest: list[ScoredAd] = []

    def tally(chunk: ScoredChunk) -> None:
        nonlocal riskiest
        bands.update(chunk.bands)
        riskiest = heapq.nlargest(top, [*riskiest, *chunk.riskiest], key=lambda r: r.risk)

    for number in range(chunks):
        if paths.part(number).exists():
            text = paths.part(number).read_text(encoding="utf-8")
            scored = [ScoredAd.model_validate_json(line) for line in text.splitlines()]
            tally(ScoredChunk.of(scored, top, lines=text))
    todo = [number for number in range(chunks) if not paths.part(number).exists()]
    frames = (
        paths.frame(number)
        if executor.shares_files
        else read_frame(paths.frame(number), model.hash_key)
        for number in todo
    )
    results = executor.map(
        score_chunk, frames, model=model, linked=linked, settings=settings, top=top
    )
    for number, chunk in zip(todo, results, strict=True):
        _write_atomically(paths.part(number), chunk.lines)
        tally(chunk)
        on_ads("score", chunk.count)
    return bands, riskiest, sum(bands.values())


# --- output and manifest --------------------------------------------------------------


def _assemble(paths: RunPaths, chunks: int) -> None:
    """The output from the scored chunks, in order, written aside and moved into place."""
    parts = [paths.part(number) for number in range(chunks)]
    with _aside(paths.output) as partial:
        if paths.output.suffix == ".jsonl":
            with partial.open("wb") as sink:
                for part in parts:
                    with part.open("rb") as source:
                        shutil.copyfileobj(source, sink)
        else:
            write_parquet(parts, partial)


def write_parquet(parts: list[Path], path: Path) -> None:
    """ScoredAd JSONL parts as one Parquet file: a column per top-level field, nested
    values (reasons, evidence, contacts, linkage, ad) as JSON text; a row group per part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(name, pa.float64() if name == "risk" else pa.string()) for name in ScoredAd.model_fields]
    )
    with pq.ParquetWriter(path, schema) as writer:
        for part in parts:
            with part.open(encoding="utf-8") as lines:
                records = [json.loads(line) for line in lines]
            columns = {
                name: [_flat(record[name]) for record in records] for name in ScoredAd.model_fields
            }
            writer.write_table(pa.table(columns, schema=schema))


def _flat(value: Any) -> Any:
    return value if isinstance(value, str | float | int) else json.dumps(value, ensure_ascii=False)


def _manifest(
    state: dict[str, Any],
    paths: RunPaths,
    report: IngestReport,
    bands: Counter[str],
    executor: Executor,
) -> dict[str, Any]:
    """What the output came from: inputs with SHA-256, counts, model, settings, times."""
    return {
        "adrisk_version": _version(),
        "started_at": state["started_at"],
        "resumed_at": state["resumed_at"],
        "finished_at": datetime.now(UTC).isoformat(),
        "backend": executor.name,
        "inputs": state["inputs"],
        "column_map": state["column_map"],
        "model": state["model"],
        "settings": state["settings"],
        "counts": {**report.as_dict(), "scored": sum(bands.values()), "bands": dict(bands)},
        "output": file_digest(paths.output),
        "quarantine": file_digest(paths.quarantine),
    }


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("adrisk")
    except PackageNotFoundError:
        return "unknown"


# --- frames in the run folder ---------------------------------------------------------


def write_frame(frame: pd.DataFrame, path: Path, key: bytes) -> None:
    """Save an ad frame in the run folder: pickled (a fifth of the time of Parquet with its
    nested columns as JSON), compressed, and signed with a key derived from `key` (the
    model's hash key) so that `read_frame` unpickles only what a run with that key wrote."""
    payload = zstandard.ZstdCompressor(level=3).compress(pickle.dumps(frame, protocol=5))
    with _aside(path) as partial:
        partial.write_bytes(_FRAME_MAGIC + _frame_tag(payload, key) + payload)


def read_frame(path: Path, key: bytes) -> pd.DataFrame:
    """An ad frame saved by `write_frame`, as `ads_to_frame` made it (string columns as
    Python objects). Raises RunConflict for a file it did not write with this key."""
    data = path.read_bytes()
    tag, payload = data[len(_FRAME_MAGIC) : _FRAME_HEADER], data[_FRAME_HEADER:]
    if not data.startswith(_FRAME_MAGIC) or not hmac.compare_digest(tag, _frame_tag(payload, key)):
        raise RunConflict(
            f"{path} was not written by this run (another hash key, or altered); "
            "--restart discards the run folder"
        )
    return pickle.loads(zstandard.ZstdDecompressor().decompress(payload))


_FRAME_MAGIC = b"adrisk-frame-1\n"
_FRAME_HEADER = len(_FRAME_MAGIC) + hashlib.sha256().digest_size


def _frame_tag(payload: bytes, key: bytes) -> bytes:
    signing_key = hmac.digest(key, b"adrisk run folder frames", "sha256")
    return hmac.digest(signing_key, payload, "sha256")


def _plain_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its string columns as Python objects: scoring and linking read them a
    value at a time, which Arrow-backed strings make about twenty times slower."""
    strings = [c for c in frame.columns if isinstance(frame[c].dtype, pd.StringDtype)]
    if not strings:
        return frame
    return frame.assign(**{c: frame[c].astype(object) for c in strings})
