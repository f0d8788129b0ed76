import gzip
import json

import pytest

from pipeline.ingest import IngestReport, expand_inputs, load_ads, parse_column_map

GOOD = {"ad_id": "g1", "title": "t", "body": "hello"}


def _run(path, **kwargs):
    report, quarantine = IngestReport(), []

    class Sink:
        def write(self, line):
            quarantine.append(json.loads(line))

    ads = list(load_ads([path], report=report, quarantine=Sink(), **kwargs))
    return ads, report, quarantine


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "record is not a JSON object"),
        (b'{"ad_id": "x", "body": "a\\u0000b"}', "contains NUL bytes"),
        (b'{"ad_id": "x", "body": "caf\xe9"}', "invalid UTF-8 bytes"),
        (b'{"ad_id": "x"}', "missing field 'body'"),
        (b'{"ad_id": "x", "body": 12}', "field 'body'"),
        (b'{"ad_id": "x", "body": "' + b"a" * 200 + b'"}', "field 'body' has 200 characters"),
        (
            b'{"ad_id": "x", "body": "b", "meta": ' + b'{"a": ' * 40 + b"1" + b"}" * 40 + b"}",
            "JSON nested deeper than",
        ),
    ],
)
def test_load_ads_quarantines_bad_records_with_reason(tmp_path, line, reason):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + line + b"\n")
    ads, report, quarantine = _run(path, max_field_chars=100)
    assert [ad.ad_id for ad in ads] == ["g1"]
    assert report.read == report.valid + report.quarantined_total == 2
    assert quarantine[0]["reason"].startswith(reason)
    assert quarantine[0]["line"] == 2 and quarantine[0]["source"] == str(path)


def test_load_ads_reads_csv_tsv_gzip_and_parquet_alike(tmp_path):
    import pandas as pd

    records = [
        {"id": "a", "text": "one", "city": "Rome"},
        {"id": "b", "text": "two", "city": "Oslo"},
    ]
    frame = pd.DataFrame(records)
    frame.to_csv(tmp_path / "d.csv", index=False)
    frame.to_csv(tmp_path / "d.tsv", index=False, sep="\t")
    frame.to_parquet(tmp_path / "d.parquet")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)
    for name in ("d.csv", "d.tsv", "d.parquet", "d.jsonl.gz"):
        ads, report, _ = _run(tmp_path / name)
        assert [(ad.ad_id, ad.body, ad.location) for ad in ads] == [
            ("a", "one", "Rome"),
            ("b", "two", "Oslo"),
        ]


def test_load_ads_reports_truncated_gzip(tmp_path):
    payload = gzip.compress(
        b"".join(json.dumps({**GOOD, "ad_id": str(i)}).encode() + b"\n" for i in range(500))
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(payload[: len(payload) // 2])
    ads, report, quarantine = _run(path)
    assert report.read == report.valid + report.quarantined_total
    assert quarantine[-1]["reason"].startswith("compressed file is truncated")


def test_load_ads_applies_column_map(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"post": "p1", "ad_text": "hi"}) + "\n")
    ads, _, _ = _run(path, column_map=parse_column_map(["ad_id=post,body=ad_text"]))
    assert ads[0].ad_id == "p1" and ads[0].body == "hi"


def test_load_ads_empty_file_reads_nothing(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    ads, report, _ = _run(path)
    assert ads == [] and report.read == 0


def test_expand_inputs_finds_files_in_directories_and_globs(tmp_path):
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / "b.csv").write_text("")
    (tmp_path / "notes.txt").write_text("")
    assert expand_inputs([tmp_path]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")]
    assert expand_inputs([str(tmp_path / "*.jsonl")]) == [str(tmp_path / "a.jsonl")]
    with pytest.raises(FileNotFoundError):
        expand_inputs([tmp_path / "missing.jsonl"])


@pytest.mark.parametrize("bad", ["body", "=x", "body="])
def test_parse_column_map_rejects_malformed_pairs(bad):
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_column_map([bad])


def test_load_ads_keeps_unknown_columns_in_meta(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "hi", "phone_field": "x", "meta": {"k": 1}}) + "\n"
    )
    ads, _, _ = _run(path)
    assert ads[0].meta == {"phone_field": "x", "k": 1}


def test_load_ads_reads_a_trafficking_10k_style_csv(tmp_path):
    path = tmp_path / "t10k.csv"
    path.write_text(
        "post_id,text,ordinal,extra\n1,first ad,5,x\n2,second ad,1,y\n3,bad ordinal,9,z\n"
    )
    report, quarantine = IngestReport(), []

    class Sink:
        def write(self, line):
            quarantine.append(json.loads(line))

    mapping = parse_column_map(["ad_id=post_id,body=text,label_ordinal=ordinal"])
    ads = list(
        load_ads([path], labelled=True, column_map=mapping, report=report, quarantine=Sink())
    )
    assert [(ad.ad_id, ad.label) for ad in ads] == [("1", 1), ("2", 0)]
    assert quarantine[0]["reason"].startswith("field 'label_ordinal'")


@pytest.mark.parametrize("ads_in_memory", [100_000, 1])  # 1: every earlier ad is on disk
def test_load_ads_handles_duplicates_without_losing_records(tmp_path, monkeypatch, ads_in_memory):
    monkeypatch.setattr("pipeline.ingest.ADS_IN_MEMORY", ads_in_memory)
    lines = [
        {"ad_id": "a", "body": "same text"},
        {"ad_id": "a", "body": "same text"},  # exact duplicate: once is enough
        {"ad_id": "a", "body": "other text"},  # conflicting content under one id
        {"ad_id": "b", "body": "same text"},  # repost under a new id: kept, marked
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    ads, report, quarantine = _run(path)
    assert [(ad.ad_id, ad.meta.get("duplicate_of")) for ad in ads] == [("a", None), ("b", "a")]
    assert [q["reason"].split(" (")[0].split(" of the")[0] for q in quarantine] == [
        "exact duplicate",
        "duplicate ad_id with different content",
    ]
    assert report.read == report.valid + report.quarantined_total == 4
    assert report.as_dict()["exact_duplicates"] == 1 and report.reposts == 1
