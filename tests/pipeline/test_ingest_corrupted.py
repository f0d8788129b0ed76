"""One corrupted dump holding every bad case at once, mixed with good records."""

import gzip
import json
from functools import partial

import pytest

from pipeline.ingest import IngestReport, ingest_to_parquet, load_ads

MAX_FIELD_CHARS = 1_000


def _good(ad_id: str, body: str = "") -> bytes:
    record = {"ad_id": ad_id, "title": "Nice flat", "body": body or f"Ad {ad_id}, call today"}
    return json.dumps(record).encode()


# Each line of dump.jsonl with the reason it must be quarantined for (None: a valid ad).
LINES: list[tuple[bytes, str | None]] = [
    (_good("g1"), None),
    (b'{"ad_id": "u1", "body": "caf\xe9 \xff"}', "invalid UTF-8 bytes at byte 28"),
    (b'{"ad_id": "n1", "body": "a\x00b"}', "contains NUL bytes"),
    (b'{"ad_id": "n2", "body": "a\\u0000b"}', "contains NUL bytes"),
    (_good("g2"), None),
    (b'{"ad_id": "j1", "body": "unterminated', "not valid JSON"),
    (b"just some words", "not valid JSON: Expecting value"),
    (b'["a", "list"]', "record is not a JSON object"),
    (b'{"ad_id": "t1", "body": 12}', "field 'body': Input should be a valid string"),
    (b'{"ad_id": "t2", "body": "b", "posted_at": "soon"}', "field 'posted_at': Input should"),
    (b'{"ad_id": "t3", "body": "b", "images": "one.jpg"}', "field 'images': Input should"),
    (b'{"ad_id": "m1", "title": "no body"}', "missing field 'body'"),
    (_good("l1", "x" * 5_000), "field 'body' has 5,000 characters, over the limit 1,000"),
    (
        b'{"ad_id": "d1", "body": "b", "meta": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}",
        "JSON nested deeper than 32",
    ),
    (b'{"ad_id": "d2", "body": "b", "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "JSON nested"),
    (b'{"ad_id": "s1", "body": "b", "extra": "\\udce9"}', "invalid Unicode escape"),
    (_good("g1"), "exact duplicate of the record at {dump}:1"),
    (_good("g1", "other text"), "duplicate ad_id with different content (first seen at {dump}:1)"),
    (_good("r1", "Ad g2, call today"), None),  # a repost of g2's text under another id: kept
    (b"", None),  # blank lines are not records
    (_good("g3"), None),
    (_good("g3"), "exact duplicate of the record at {dump}:21"),  # the last line, no newline
]


@pytest.fixture
def corrupted_dump(tmp_path):
    """A directory: a JSONL of bad lines, a truncated gzip, an empty file and a bad CSV."""
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a.jsonl").write_bytes(b"\n".join(line for line, _ in LINES))
    whole = gzip.compress(b"".join(_good(f"z{i}") + b"\n" for i in range(2_000)))
    (dump / "b.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (dump / "c.jsonl").write_bytes(b"")
    (dump / "d.csv").write_bytes(b"id,text\nc1,fine\nc2,caf\xe9\n")
    return dump


def _expected_quarantine(dump) -> list[tuple[str, int, str]]:
    jsonl = str(dump / "a.jsonl")
    expected = [
        (jsonl, number, reason.format(dump=jsonl))
        for number, (_, reason) in enumerate(LINES, start=1)
        if reason is not None
    ]
    expected.append((str(dump / "b.jsonl.gz"), -1, "compressed file is truncated or corrupt"))
    expected.append((str(dump / "d.csv"), 3, "invalid UTF-8 bytes"))
    return expected


def _load_with_load_ads(dump, tmp_path, report, quarantine):
    ads = load_ads([dump], max_field_chars=MAX_FIELD_CHARS, report=report, quarantine=quarantine)
    return [(ad.ad_id, ad.meta.get("duplicate_of")) for ad in ads]


def _load_with_ingest_to_parquet(dump, tmp_path, report, quarantine, workers=1, chunk_size=5_000):
    import pandas as pd

    out = tmp_path / "ads.parquet"
    ingest_to_parquet(
        [dump],
        out,
        max_field_chars=MAX_FIELD_CHARS,
        workers=workers,
        chunk_size=chunk_size,
        report=report,
        quarantine=quarantine,
    )
    frame = pd.read_parquet(out)
    return [(row.ad_id, json.loads(row.meta).get("duplicate_of")) for row in frame.itertuples()]


@pytest.mark.parametrize(
    ("load", "ads_in_memory"),
    [
        (_load_with_load_ads, 100_000),
        (_load_with_load_ads, 2),  # earlier ads move to the on-disk index as it goes
        (_load_with_ingest_to_parquet, 100_000),
        # Two worker processes, batches of 5 records: order and counts hold across batches.
        (partial(_load_with_ingest_to_parquet, workers=2, chunk_size=5), 2),
    ],
)
def test_ingest_corrupted_dump_reconciles_with_a_reason_per_record(
    corrupted_dump, tmp_path, monkeypatch, load, ads_in_memory
):
    monkeypatch.setattr("pipeline.ingest.ADS_IN_MEMORY", ads_in_memory)
    report = IngestReport()
    quarantine_path = tmp_path / "quarantine.jsonl"
    with quarantine_path.open("w", encoding="utf-8") as quarantine:
        ads = load(corrupted_dump, tmp_path, report, quarantine)
    entries = [json.loads(line) for line in quarantine_path.read_text("utf-8").splitlines()]

    assert report.read == report.valid + report.quarantined_total == len(ads) + len(entries)
    expected = _expected_quarantine(corrupted_dump)
    assert len(entries) == len(expected)
    for entry, (source, line, reason) in zip(entries, expected, strict=True):
        assert (entry["source"], entry["line"]) == (source, line)
        assert entry["reason"].startswith(reason), (entry["reason"], reason)
        assert entry["raw"] or line == -1  # the record, or its first bytes, travel with it

    truncated = [ad_id for ad_id, _ in ads if ad_id.startswith("z")]
    assert 0 < len(truncated) < 2_000  # records before the cut are kept, the rest reported
    assert [a for a in ads if not a[0].startswith("z")] == [
        ("g1", None),
        ("g2", None),
        ("r1", "g2"),
        ("g3", None),
        ("c1", None),
    ]
    assert report.as_dict()["exact_duplicates"] == 2 and report.reposts == 1
    assert report.files == [
        str(corrupted_dump / n) for n in ("a.jsonl", "b.jsonl.gz", "c.jsonl", "d.csv")
    ]
