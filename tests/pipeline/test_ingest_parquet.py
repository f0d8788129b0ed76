"""`ingest_to_parquet` (`adrisk ingest`): what `load_ads` gives, in Parquet, on worker processes."""

import io
import json
from collections import Counter
from functools import partial

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import ingest
from pipeline.ingest import IngestReport, ingest_to_parquet, load_ads
from pipeline.language import detect_languages
from pipeline.normalise import ad_text
from pipeline.synth import write_corpus

HAND_WRITTEN = [
    {"ad_id": "h1", "body": "naive date", "posted_at": "2024-05-01 10:00"},
    {"ad_id": "h2", "body": "offset", "posted_at": "2024-05-01T10:00:00.250+02:00"},
    {"ad_id": "h3", "body": "meta", "meta": {"é": ["ü", 1.5, None, {"deep": True}]}},
    {"id": "h4", "text": "aliases", "city": "Łódź", "images": ["a.jpg", "b.jpg"]},
    {"ad_id": "h1", "body": "naive date", "posted_at": "2024-05-01 10:00"},  # exact duplicate
    {"ad_id": "h2", "body": "another text"},  # conflicting id
    {"ad_id": "h5", "body": "meta", "meta": {"duplicate_of": "kept in place"}},  # repost of h3
    {"ad_id": "h6", "body": 12},  # wrong type
]


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    """Synthetic ads in eight languages (reposts among them), then hand-written edge cases."""
    path = tmp_path_factory.mktemp("ingest") / "dump.jsonl"
    write_corpus(path, 80, seed=3, labelled=False)
    with path.open("a", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in HAND_WRITTEN)
        handle.write("{not json\n")
    return path


def _ingest(dump, out, **kwargs):
    report, quarantine = IngestReport(), io.StringIO()
    ingest_to_parquet([dump], out, report=report, quarantine=quarantine, **kwargs)
    return report, quarantine.getvalue()


def _without_languages(report):
    return {k: v for k, v in report.as_dict().items() if not k.startswith("languages")}


@pytest.mark.parametrize(("workers", "chunk_size"), [(1, 5_000), (2, 7), (2, 5_000)])
def test_ingest_to_parquet_writes_what_load_ads_reads(dump, tmp_path, workers, chunk_size):
    expected_report, expected_quarantine = IngestReport(), io.StringIO()
    ads = load_ads([dump], report=expected_report, quarantine=expected_quarantine)
    expected = [ad.model_dump(mode="json") for ad in ads]

    out = tmp_path / "ads.parquet"
    report, quarantine = _ingest(dump, out, workers=workers, chunk_size=chunk_size)

    rows = pq.read_table(out).to_pylist()
    assert [{**row, "meta": json.loads(row["meta"])} for row in rows] == expected
    assert quarantine == expected_quarantine.getvalue()
    assert _without_languages(report) == _without_languages(expected_report)
    assert report.read == report.valid + report.quarantined_total
    assert report.reposts >= 1 and report.as_dict()["exact_duplicates"] >= 1


def test_ingest_to_parquet_output_reads_back_as_the_same_ads(dump, tmp_path):
    out = tmp_path / "ads.parquet"
    _ingest(dump, out)
    assert list(load_ads([out])) == list(load_ads([dump]))


def test_ingest_to_parquet_counts_every_language_of_a_small_dump(dump, tmp_path):
    report, _ = _ingest(dump, tmp_path / "ads.parquet")
    texts = [ad_text(ad.title, ad.body) for ad in load_ads([dump])]
    languages = detect_languages(texts, low_accuracy=True)
    expected = Counter(language or "unknown" for language in languages)
    assert report.languages == expected
    assert report.as_dict()["languages_estimated"] is False
    assert report.languages_sample == report.valid


def test_ingest_to_parquet_estimates_languages_from_a_sample_and_says_so(
    dump, tmp_path, monkeypatch
):
    monkeypatch.setattr("pipeline.ingest.LANGUAGE_SAMPLE_SIZE", 20)
    report, _ = _ingest(dump, tmp_path / "ads.parquet")
    summary = report.as_dict()
    assert summary["languages_estimated"] is True and summary["languages_sample"] == 20
    assert sum(summary["languages"].values()) == report.valid


def test_language_sample_draws_from_the_whole_stream():
    sample = ingest._LanguageSample(100)
    for start in range(0, 10_000, 1_000):
        titles = [str(i) for i in range(start, start + 1_000)]
        sample.add(pa.table({"title": titles, "body": ["text"] * 1_000}))
    picked = [int(title) for title, _ in sample._texts]
    assert sample.size == len(set(picked)) == 100
    assert 4_000 < sum(picked) / len(picked) < 6_000


def test_checked_batch_refuses_a_worker_with_another_hash_seed():
    batch = ingest._Batch("dump.jsonl", [(1, b'{"ad_id": "a", "body": "b"}')], [])
    check = partial(ingest._checked_batch, column_map=None, max_field_chars=100)
    assert check(batch, parent_hash=hash(ingest._HASH_PROBE)).table.num_rows == 1
    with pytest.raises(RuntimeError, match="hash seed"):
        check(batch, parent_hash=hash(ingest._HASH_PROBE) + 1)
