"""Synthetic ad corpus: service, recruitment and decoy ads from simulated operators, with
ground truth, streamed to JSONL or Parquet.

No labelled real data is public, so this corpus trains and tests adrisk. Operators
(`pipeline.synth_world`) are independent posters (label 0), trafficking operations (label 1)
and ordinary classified posters (decoys, label 0). Operations post many ads across cities
and sites, reusing contacts and text templates with variation. Labels follow the operator,
never one phrase; `LABEL_NOISE` of service and recruitment ads carry a wrong label, as
annotated data does. Ordinals follow the Trafficking-10k scale (0-6, positive from 4).

A record is an `Ad` plus `label` and `label_ordinal`; `meta` holds `price` (amount,
currency, duration; null when the ad names none) and `kind`, the site section it was
scraped from ("escorts", "jobs-abroad", "rooms", ...). Its ground truth is a separate record,
so a dump to score stays unlabelled:

    ad_id, label, label_ordinal, label_noise   the label and whether it is a planted error
    kind, subtype                              service | recruitment | decoy; room, car, ...
    language, operator_id, template_id
    contacts   [{kind: phone|email|handle, value: E.164 | lower-case email |
                 "platform:handle", written: the exact substring in title or body,
                 obfuscation: plain | international | international_00 | spelled |
                 homophone | letter_digit | emoji | fullwidth | separators | filler |
                 mixed | spelled_email | handle}]
    obfuscation                                the styles used, sorted
    indicators                                 indicator categories the text carries

No contact reaches anyone: phones come from the ranges regulators keep for fiction (NANPA
555-01xx, Ofcom's drama numbers, ARCEP's fiction blocks, the Bundesnetzagentur's media
numbers) or, for countries without one, phonenumbers' documented service-number examples and
borrowed foreign fiction numbers; e-mails use example.com/.org/.net (RFC 2606); handles end
in "_synth". Each contact belongs to one operator (`synth_contacts.PhoneBook`).

Output depends on (n, seed, languages): the operator pools and the posting dates scale
with n.
"""

from __future__ import annotations

import gc
import gzip
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from pipeline.synth_world import KINDS, LABEL_NOISE, MIX, World

__all__ = ["KINDS", "LABEL_NOISE", "LANGUAGES", "generate", "write_corpus", "write_samples"]

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "ro", "nl", "pl")


def generate(
    n: int, seed: int = 0, languages: Sequence[str] = LANGUAGES
) -> Iterator[tuple[dict, dict]]:
    """Yields (record, truth): record validates as pipeline.schema.LabelledAd (Ad fields +
    label + label_ordinal); truth holds kind, operator, template and contacts as written."""
    langs = tuple(dict.fromkeys(languages))
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown or not langs:
        raise ValueError(f"languages must be a non-empty subset of {LANGUAGES}, got {unknown}")
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    return _stream(n, seed, langs)


def _stream(n: int, seed: int, langs: tuple[str, ...]) -> Iterator[tuple[dict, dict]]:
    if n == 0:
        return
    world = World(seed, langs, n)
    # Bounded pools of active operators, one per operator type: each ad draws a type by its
    # share of ads, then an active operator of that type. An operation's ads so spread
    # through the stream instead of arriving in one block, and memory stays flat for any n.
    total = max(20, min(2_000, n // 40))
    pools = [
        [world.new_operator(i) for _ in range(max(4, round(total * share)))]
        for i, (_kind, _label, share, _mean) in enumerate(MIX)
    ]
    cumulative = [sum(share for *_x, share, _m in MIX[: i + 1]) for i in range(len(MIX))]
    rnd = world.rng.random
    for index in range(n):
        roll = rnd() * cumulative[-1]
        mix_index = 0
        while roll > cumulative[mix_index]:
            mix_index += 1
        pool = pools[mix_index]
        slot = int(rnd() * len(pool))
        op = pool[slot]
        yield world.render(op, index)
        op.remaining -= 1
        if op.remaining <= 0:
            world.retire(op)
            pool[slot] = world.new_operator(mix_index)


def _unlabel(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("label", "label_ordinal")}


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_quote = json.encoder.encode_basestring  # C-accelerated; keeps non-ASCII text readable


def _record_line(record: dict) -> str:
    """A record as one JSON line, byte-identical to `_dumps` but about 40% faster: at a
    million records the generic encoder's per-call set-up costs seconds."""
    meta = record["meta"]
    price = meta["price"]
    price_json = (
        "null"
        if price is None
        else (
            f'{{"amount":{price["amount"]},"currency":{_quote(price["currency"])},'
            f'"duration":{_quote(price["duration"])}}}'
        )
    )
    line = (
        f'{{"ad_id":{_quote(record["ad_id"])},"title":{_quote(record["title"])},'
        f'"body":{_quote(record["body"])},"site":{_quote(record["site"])},'
        f'"url":{_quote(record["url"])},"posted_at":{_quote(record["posted_at"])},'
        f'"location":{_quote(record["location"])},"country":{_quote(record["country"])},'
        f'"poster":{_quote(record["poster"])},'
        f'"images":[{",".join(map(_quote, record["images"]))}],'
        f'"meta":{{"price":{price_json},"kind":{_quote(meta["kind"])}}}'
    )
    if "label" in record:
        return f'{line},"label":{record["label"]},"label_ordinal":{record["label_ordinal"]}}}'
    return line + "}"


def write_corpus(
    out: Path,
    n: int,
    seed: int = 0,
    *,
    truth_out: Path | None = None,
    labelled: bool = True,
    languages: Sequence[str] = LANGUAGES,
) -> int:
    """Writes records to out (.jsonl, .jsonl.gz or .parquet by suffix); truth to truth_out
    (JSONL); labelled=False drops label fields (a dump to score). Returns count."""
    out = Path(out)
    name = out.name.lower()
    if not name.endswith((".jsonl", ".jsonl.gz", ".parquet")):
        raise ValueError(f"expected an output ending .jsonl, .jsonl.gz or .parquet, got {out}")
    out.parent.mkdir(parents=True, exist_ok=True)
    pairs = generate(n, seed, languages)
    truth_file = None
    if truth_out is not None:
        Path(truth_out).parent.mkdir(parents=True, exist_ok=True)
        truth_file = open(truth_out, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    # The stream builds no reference cycles, so reference counting frees everything and the
    # cyclic collector would only rescan millions of short-lived dicts (about 10% of the run).
    collecting = gc.isenabled()
    gc.disable()
    try:
        records = _tee_truth(pairs, truth_file, labelled)
        if name.endswith(".parquet"):
            return _write_parquet(out, records, labelled)
        return _write_jsonl(out, records, gz=name.endswith(".gz"))
    finally:
        if collecting:
            gc.enable()
        if truth_file is not None:
            truth_file.close()


def _tee_truth(pairs: Iterable[tuple[dict, dict]], truth_file, labelled: bool) -> Iterator[dict]:
    buffer: list[str] = []
    for record, truth in pairs:
        if truth_file is not None:
            buffer.append(_dumps(truth))
            if len(buffer) >= 2_000:
                truth_file.write("\n".join(buffer) + "\n")
                buffer.clear()
        yield record if labelled else _unlabel(record)
    if truth_file is not None and buffer:
        truth_file.write("\n".join(buffer) + "\n")


def _write_jsonl(out: Path, records: Iterable[dict], gz: bool) -> int:
    count = 0
    with open(out, "wb") as raw:
        # mtime=0 keeps gzip output byte-identical between runs.
        sink = (
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6)
            if gz
            else raw
        )
        buffer: list[str] = []
        for record in records:
            buffer.append(_record_line(record))
            count += 1
            if len(buffer) >= 2_000:
                sink.write(("\n".join(buffer) + "\n").encode("utf-8"))
                buffer.clear()
        if buffer:
            sink.write(("\n".join(buffer) + "\n").encode("utf-8"))
        if gz:
            sink.close()
    return count


def _write_parquet(
    out: Path, records: Iterable[dict], labelled: bool, batch_size: int = 10_000
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    price = pa.struct(
        [("amount", pa.int64()), ("currency", pa.string()), ("duration", pa.string())]
    )
    fields = [
        ("ad_id", pa.string()),
        ("title", pa.string()),
        ("body", pa.string()),
        ("site", pa.string()),
        ("url", pa.string()),
        ("posted_at", pa.timestamp("s", tz="UTC")),
        ("location", pa.string()),
        ("country", pa.string()),
        ("poster", pa.string()),
        ("images", pa.list_(pa.string())),
        ("meta", pa.struct([("price", price), ("kind", pa.string())])),
    ]
    if labelled:
        fields += [("label", pa.int8()), ("label_ordinal", pa.int8())]
    schema = pa.schema(fields)
    count = 0
    iterator = iter(records)
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(iterator, batch_size)):
            columns = {
                name: pa.array([r[name] for r in batch], type=type_)
                for name, type_ in fields
                if name != "posted_at"
            }
            # Arrow parses the ISO 8601 strings itself, far faster than per-row Python.
            columns["posted_at"] = pa.array([r["posted_at"] for r in batch]).cast(
                schema.field("posted_at").type
            )
            writer.write_table(pa.table(columns, schema=schema))
            count += len(batch)
    return count


# The dump's seed differs from the training seed, so it has other operators.
_DUMP_SEED_OFFSET = 7_919


def write_samples(samples_dir: Path, seed: int = 0) -> list[Path]:
    """Writes the committed samples: train.jsonl (~3,000 labelled ads), train_truth.jsonl,
    dump.jsonl (~1,000 unlabelled ads from a different seed/operators), dump_truth.jsonl."""
    samples_dir = Path(samples_dir)
    paths = [
        samples_dir / name
        for name in ("train.jsonl", "train_truth.jsonl", "dump.jsonl", "dump_truth.jsonl")
    ]
    write_corpus(paths[0], 3_000, seed, truth_out=paths[1])
    write_corpus(paths[2], 1_000, seed + _DUMP_SEED_OFFSET, truth_out=paths[3], labelled=False)
    return paths
