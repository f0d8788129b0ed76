"""The analyst report: read scores, group operators, render one safe, self-contained page."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from features.indicators import load_catalogue
from models.build import with_batch_linkage
from pipeline.batch import file_digest, write_parquet
from pipeline.cli import app
from pipeline.contacts import extract
from pipeline.frame import ads_to_frame
from pipeline.normalise import ad_text
from pipeline.report import (
    ReportLimits,
    build_report,
    highlight,
    operator_groups,
    read_scored,
    render_report,
    write_report,
)
from pipeline.schema import Ad, Evidence, ScoredAd
from pipeline.score import ad_view, score_frame
from pipeline.settings import ScoreSettings

ARTEFACTS = Path(__file__).parents[2] / "outputs" / "artefacts"
SCRIPT = '\n<script>alert("owned")</script><img src=https://evil.example/t.png onerror=alert(1)>'
HOSTILE = Ad(
    ad_id="x1",
    title='New girl <script>alert("owned")</script>',
    body=(
        'Young and new in town. <img src="https://evil.example/t.png" onerror="alert(1)"> '
        "Call my manager 702-555-0143. </textarea></pre><script src=//evil.example/x.js></script>"
    ),
    site='nightlist.example" onmouseover="alert(2)',
    location="<marquee>Las Vegas</marquee>",
    country="US",
    posted_at="2026-03-02T10:00:00Z",
)


@pytest.fixture(scope="module")
def scored(fitted_model, ads) -> list[ScoredAd]:
    """The hand-written ads and one hostile ad, scored as the batch job scores them."""
    batch = [Ad(**ad.model_dump(exclude={"label", "label_ordinal"})) for ad in ads] + [HOSTILE]
    frame = ads_to_frame(batch, hash_key=fitted_model.hash_key, default_region="US")
    linked = with_batch_linkage(fitted_model.pipeline, frame)
    scores = score_frame(fitted_model, frame, ScoreSettings(), linked)
    scored = [
        ScoredAd(**dict(score), ad=ad_view(row, score.evidence))
        for row, score in zip(frame.itertuples(), scores, strict=True)
    ]
    # Normalisation strips markup from ad text; a tampered scores file need not.
    hostile = scored[-1]
    text = hostile.ad.text + SCRIPT
    return [
        *scored[:-1],
        hostile.model_copy(update={"ad": hostile.ad.model_copy(update={"text": text})}),
    ]


def _write(scored: list[ScoredAd], folder: Path, fmt: str) -> Path:
    """Scores as the batch job writes them: JSONL, or Parquet made from JSONL parts."""
    jsonl = folder / "scores.jsonl"
    jsonl.write_text("".join(s.model_dump_json() + "\n" for s in scored), encoding="utf-8")
    if fmt == "jsonl":
        return jsonl
    parquet = folder / "scores.parquet"
    write_parquet([jsonl], parquet)
    return parquet


@pytest.fixture(scope="module")
def page(scored, tmp_path_factory) -> str:
    path = _write(scored, tmp_path_factory.mktemp("scores"), "jsonl")
    return render_report(build_report(path))


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_read_scored_reads_what_the_batch_job_writes(scored, tmp_path, fmt):
    assert list(read_scored(_write(scored, tmp_path, fmt))) == scored


@pytest.mark.parametrize(
    ("line", "message"), [("{broken\n", "scores.jsonl:2"), ('{"ad_id": "a"}\n', "scores.jsonl:2")]
)
def test_read_scored_names_the_line_that_is_not_a_scored_ad(scored, tmp_path, line, message):
    path = tmp_path / "scores.jsonl"
    path.write_text(scored[0].model_dump_json() + "\n" + line, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        list(read_scored(path))


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([["phone:a"], ["phone:a", "email:b"], ["email:b"], ["phone:c"]], [0, 0, 0, 1]),
        ([["template:t"], [], ["phone:a", "template:t"], []], [0, 1, 0, 2]),
        ([], []),
    ],
)
def test_operator_groups_join_ads_sharing_a_contact_or_template(keys, expected):
    pairs = [(ad, key) for ad, ad_keys in enumerate(keys) for key in ad_keys]
    groups = operator_groups([a for a, _ in pairs], [k for _, k in pairs], len(keys))
    numbering: dict[int, int] = {}
    assert [numbering.setdefault(g, len(numbering)) for g in groups.tolist()] == expected


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_report_ranks_the_riskiest_group_first_and_renders_it(scored, tmp_path, fmt):
    report = build_report(_write(scored, tmp_path, fmt))
    html = render_report(report)

    top = report.groups[0]
    assert top.max_risk == max(s.risk for s in scored)
    assert [g.rank for g in report.groups] == list(range(1, len(report.groups) + 1))
    assert report.ads == len(scored) and sum(report.bands.values()) == len(scored)
    assert 'id="group-1"' in html and top.shown[0].ad_id in html
    assert "leads for human review, not verdicts" in html


def test_report_groups_ads_sharing_a_phone(scored, tmp_path):
    """t01, t02, t03 and the hostile ad give one phone, written three ways."""
    report = build_report(_write(scored, tmp_path, "jsonl"), limits=ReportLimits(groups=100))
    group_of = {card.ad_id: g.rank for g in report.groups for card in g.shown}
    assert len({group_of[ad_id] for ad_id in ("t01", "t02", "t03", "x1")}) == 1


def test_report_shows_contacts_masked_never_raw(page, ads):
    for ad in [*ads, HOSTILE]:
        text = ad_text(ad.title, ad.body)
        for contact in extract(text, country=ad.country, default_region="US").contacts:
            assert contact.value not in page
            assert text[contact.start : contact.end] not in page
    assert "+1 702 ••• ••43" in page


class _Tags(HTMLParser):
    """The tags and attributes a browser would see in a page."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_report_escapes_hostile_ad_text(page):
    tags = _Tags(page).tags
    assert not {"script", "img", "marquee"} & {tag for tag, _ in tags}
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page
    assert "&lt;marquee&gt;Las Vegas&lt;/marquee&gt;" in page


def test_report_loads_nothing_from_the_network(page):
    tags = _Tags(page).tags
    assert not {"script", "img", "link", "iframe", "object", "embed"} & {tag for tag, _ in tags}
    for _, attrs in tags:
        for name in ("src", "href", "action", "srcset"):
            assert "//" not in (attrs.get(name) or ""), attrs
    assert not re.search(r"url\(|@import", page, re.I)
    assert "default-src 'none'" in page


def test_report_highlights_evidence_with_its_name_and_grade(scored, page):
    evidence = next(e for s in scored for e in s.ad.evidence if e.indicator == "new_in_town")
    assert (
        f'<mark class="{evidence.grade}" title="new in town ({evidence.grade} indicator): ' in page
    )


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_report_on_an_empty_scores_file(tmp_path, fmt):
    written = write_report(_write([], tmp_path, fmt), tmp_path / "report.html")
    assert (written.ads, written.groups, written.shown_groups) == (0, 0, 0)
    assert "holds no ads" in written.path.read_text(encoding="utf-8")


def test_report_caps_what_it_shows(scored, tmp_path):
    limits = ReportLimits(groups=1, ads_per_group=1, text_chars=20)
    report = build_report(_write(scored, tmp_path, "jsonl"), limits=limits)
    html = render_report(report)
    assert len(report.groups) == 1 and len(report.groups[0].shown) == 1
    assert html.count('class="ad"') == 1 and "more not shown" in html
    assert "more characters not shown" in html


def test_report_reads_quarantine_and_provenance_from_the_manifest(scored, tmp_path):
    scores = _write(scored, tmp_path, "jsonl")
    manifest = tmp_path / "scores.manifest.json"
    counts = {"quarantined": 3, "quarantined_by_reason": {"not JSON": 3}}
    inputs = [{"path": "/data/dump.jsonl", "sha256": "ab" * 32}]
    manifest.write_text(
        json.dumps({"counts": counts, "inputs": inputs, "output": file_digest(scores)}),
        encoding="utf-8",
    )
    html = write_report(scores, tmp_path / "report.html", manifest).path.read_text()
    assert "records set aside" in html and "not JSON" in html
    assert "dump.jsonl · SHA-256 " + "ab" * 32 in html
    assert "SHA-256 matches the run manifest" in html


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "new in town tonight",
            [(0, 11, "new_in_town"), (7, 19, "leaving_soon")],
            [("new in ", 1), ("town", 2), (" tonight", 1)],
        ),
        ("plain", [], [("plain", 0)]),
    ],
)
def test_highlight_cuts_the_text_at_every_evidence_boundary(text, spans, expected):
    evidence = [
        Evidence(
            indicator=i, category="movement", start=a, end=b, text=text[a:b], grade="contested"
        )
        for a, b, i in spans
    ]
    segments = highlight(text, evidence, load_catalogue())
    assert [(s.text, len(s.marks)) for s in segments] == expected


def test_report_command_writes_the_page(scored, tmp_path):
    runner = CliRunner()
    assert "Example:" in runner.invoke(app, ["report", "--help"]).output
    scores = _write(scored, tmp_path, "parquet")
    result = runner.invoke(app, ["report", str(scores), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert f"report on {len(scored)} ads" in result.output
    assert 'id="group-1"' in (tmp_path / "r.html").read_text(encoding="utf-8")


def _chromium() -> str | None:
    return next(
        (shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)),
        None,
    )


@pytest.mark.slow
@pytest.mark.skipif(
    _chromium() is None,
    reason="Chromium is not installed (apt-get install chromium); the browser test needs it",
)
def test_report_renders_the_top_group_in_a_browser(scored, tmp_path):
    path = tmp_path / "report.html"
    report = build_report(_write(scored, tmp_path, "jsonl"))
    path.write_text(render_report(report), encoding="utf-8")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTEFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    browser = [_chromium(), "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars"]
    env = {**os.environ, "HOME": str(tmp_path)}  # Chromium writes its profile under HOME

    dom = subprocess.run(
        [*browser, "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    subprocess.run(
        [*browser, "--window-size=1280,3600", f"--screenshot={screenshot}", path.as_uri()],
        capture_output=True,
        timeout=120,
        env=env,
        check=True,
    )

    top = report.groups[0]
    assert 'id="group-1"' in dom and top.shown[0].ad_id in dom
    assert "<script" not in dom.lower()  # the hostile ad's script stayed text
    assert screenshot.stat().st_size > 10_000
    print(f"screenshot: {screenshot}")
