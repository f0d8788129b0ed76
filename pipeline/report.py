"""The analyst report: one self-contained HTML page of the riskiest operator groups and why.

The input is the batch output, one `ScoredAd` per JSONL line or Parquet row, read by
`read_scored`. Ads sharing a contact (phone, e-mail, handle, URL) or a template cluster are
one operator group: the connected components of both links, where `features.contacts`
operator clusters follow contacts only. Groups are ranked by their highest risk, then by
size. Each shown ad appears as its masked text with the evidence highlighted; each template
cluster as its shared words with the varying parts marked.

The file is read twice, so memory holds a few numbers per ad plus the ads shown, whatever
the size of the batch. The page loads nothing: CSS is inline, a Content-Security-Policy
forbids every network request and script, no image is embedded, and every value from an
ad is escaped (Jinja2 autoescaping), because ad text is hostile input.
"""

from __future__ import annotations

import gzip
import json
from array import array
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from pipeline.schema import Evidence, ScoredAd

BANDS: tuple[str, ...] = ("high", "medium", "low")
# Nested ScoredAd fields, stored as JSON text in a Parquet column (structs are read too).
JSON_COLUMNS: tuple[str, ...] = ("reasons", "evidence", "contacts", "linkage", "ad")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_PARQUET_SUFFIXES = (".parquet",)
_HISTOGRAM_BINS = 20
_TEMPLATE_TEXTS = 50  # ads per template cluster whose texts make its summary


@dataclass(frozen=True)
class ReportLimits:
    """How much the report shows, so that its size stays bounded on any batch."""

    groups: int = 25
    ads_per_group: int = 6
    templates_per_group: int = 3
    text_chars: int = 2_500
    listed_values: int = 10  # languages, sites, cities, contacts listed before "N more"


# --- reading --------------------------------------------------------------------------------


def read_scored(path: str | Path) -> Iterator[ScoredAd]:
    """The ScoredAds of a batch output, a JSONL (.gz too) or Parquet file, in file order.

    Parquet columns are the ScoredAd top-level fields; nested values (`JSON_COLUMNS`) are
    JSON text or structs (`pipeline.batch.write_parquet`). A record that is not a ScoredAd
    raises ValueError with its place.
    """
    path = Path(path)
    if path.name.endswith(_PARQUET_SUFFIXES):
        yield from _read_parquet(path)
    elif path.name.endswith(_JSONL_SUFFIXES):
        yield from _read_jsonl(path)
    else:
        raise ValueError(f"expected scores as .jsonl, .jsonl.gz or .parquet, got {path.name}")


def _read_jsonl(path: Path) -> Iterator[ScoredAd]:
    with _open_text(path) as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield ScoredAd.model_validate_json(line)
                except ValueError as error:
                    raise ValueError(f"{path}:{number}: not a scored ad: {error}") from error


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _read_parquet(path: Path) -> Iterator[ScoredAd]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=2_000):
        for row in batch.to_pylist():
            number += 1
            try:
                yield ScoredAd.model_validate(
                    {
                        key: json.loads(value)
                        if key in JSON_COLUMNS and isinstance(value, str)
                        else value
                        for key, value in row.items()
                    }
                )
            except ValueError as error:
                raise ValueError(f"{path}: row {number}: not a scored ad: {error}") from error


# --- operator groups ------------------------------------------------------------------------


def linkage_keys(scored: ScoredAd) -> list[str]:
    """What links an ad to others: its contacts (kind and keyed hash) and template cluster.

    Contacts that the scoring model flagged generic (a site's own number) link nothing.
    """
    generic = {link.hash for link in scored.linkage.contacts if link.generic}
    keys = [f"{c.kind}:{c.hash}" for c in scored.contacts if c.hash not in generic]
    if scored.linkage.template_cluster is not None:
        keys.append(f"template:{scored.linkage.template_cluster}")
    return keys


def operator_groups(ads: Sequence[int], keys: Sequence[Hashable], n: int) -> np.ndarray:
    """A group number per ad `0 … n-1` from (ad, linkage key) pairs: ads sharing any key are
    one group, transitively; an ad in no pair is a group of its own.

    The connected components of the ad–key graph, as `features.contacts.join_clusters`
    finds them, on integer arrays: naming each component by its smallest label, as that
    function does, takes minutes on a million ads.
    """
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    codes, uniques = pd.factorize(np.asarray(keys))
    size = n + len(uniques)
    graph = coo_matrix(
        (np.ones(len(codes), dtype=np.int8), (np.asarray(ads, dtype=np.int64), n + codes)),
        shape=(size, size),
    )
    return connected_components(graph, directed=False)[1][:n]


# --- the report's content -------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """An evidence span as the page shows it: the indicator's name, grade and meaning."""

    name: str
    grade: str
    meaning: str


@dataclass(frozen=True)
class Segment:
    """A piece of an ad's text and the evidence marks covering it (none: plain text)."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def grade(self) -> str:
        """The strongest grade among the marks, which sets the highlight colour."""
        grades = {m.grade for m in self.marks}
        return next((g for g in ("validated", "practitioner", "contested") if g in grades), "")

    @property
    def title(self) -> str:
        """The hover text: each indicator's name, grade and meaning."""
        return "\n".join(f"{m.name} ({m.grade} indicator): {m.meaning}" for m in self.marks)


@dataclass(frozen=True)
class AdCard:
    """One ad as shown: where and when, its risk and reasons, its highlighted masked text."""

    ad_id: str
    risk: float
    band: str
    site: str | None
    location: str | None
    posted_at: datetime | None
    language: str | None
    segments: tuple[Segment, ...]
    hidden_chars: int
    reasons: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class TemplateView:
    """A template cluster's shared text: per line, pieces that are words or a varying slot."""

    ads: int
    size: int
    lines: tuple[tuple[tuple[str, bool], ...], ...]  # (text, is_slot)


@dataclass
class GroupView:
    """One operator group: its ads' places, times, contacts, indicators and shown ads."""

    rank: int
    ads: int
    max_risk: float
    name: str = ""  # the smallest ad id: the same group has the same name in every report
    bands: Counter[str] = field(default_factory=Counter)
    cities: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    days: Counter[date] = field(default_factory=Counter)
    contacts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, masked)
    indicators: Counter[tuple[str, str]] = field(default_factory=Counter)  # (name, grade): ads
    reasons: Counter[str] = field(default_factory=Counter)
    shown: list[AdCard] = field(default_factory=list)
    templates: list[TemplateView] = field(default_factory=list)

    @property
    def band(self) -> str:
        """The band of the group's riskiest ad."""
        return next((band for band in BANDS if self.bands[band]), "low")

    @property
    def first_seen(self) -> date | None:
        return min(self.days) if self.days else None

    @property
    def last_seen(self) -> date | None:
        return max(self.days) if self.days else None

    @property
    def timeline(self) -> list[tuple[float, int]]:
        """Per posting day, its position in [0, 1] between the first and last day, and ads."""
        if not self.days:
            return []
        first, span = self.first_seen, max((self.last_seen - self.first_seen).days, 1)
        return [((day - first).days / span, n) for day, n in sorted(self.days.items())]


@dataclass
class Report:
    """Everything the page shows."""

    source: str
    generated_at: datetime
    ads: int = 0
    bands: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    sites: Counter[str] = field(default_factory=Counter)
    model_versions: Counter[str] = field(default_factory=Counter)
    lexicon_versions: Counter[str] = field(default_factory=Counter)
    histogram: list[Counter[str]] = field(
        default_factory=lambda: [Counter() for _ in range(_HISTOGRAM_BINS)]
    )
    first_posted: datetime | None = None
    last_posted: datetime | None = None
    groups_total: int = 0
    linked_groups: int = 0
    groups: list[GroupView] = field(default_factory=list)
    quarantined: int | None = None
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    provenance: list[tuple[str, str]] = field(default_factory=list)
    scores_unchanged: bool | None = None  # the scores file's SHA-256 equals the manifest's
    grades: dict[str, str] = field(default_factory=dict)
    limits: ReportLimits = field(default_factory=ReportLimits)

    @property
    def histogram_max(self) -> int:
        return max((sum(b.values()) for b in self.histogram), default=0)


@dataclass(frozen=True)
class ReportSummary:
    """What `write_report` wrote: for the command line's last words."""

    path: Path
    ads: int
    groups: int
    shown_groups: int


def build_report(
    path: str | Path,
    manifest: dict[str, Any] | None = None,
    limits: ReportLimits | None = None,
) -> Report:
    """The report's content from a batch output, in two passes over it."""
    from features.indicators import load_catalogue

    limits = limits or ReportLimits()
    catalogue = load_catalogue()
    report = Report(source=Path(path).name, generated_at=datetime.now(UTC), limits=limits)
    report.grades = dict(catalogue.grades)
    if manifest:
        _read_manifest(report, manifest, Path(path))

    risks, pair_ads, pair_keys = array("d"), array("q"), array("q")
    for index, scored in enumerate(read_scored(path)):
        _count(report, scored)
        risks.append(scored.risk)
        for key in linkage_keys(scored):
            pair_ads.append(index)
            pair_keys.append(hash(key))  # 64 bits: collisions are negligible
    risk = np.frombuffer(risks, dtype=np.float64) if risks else np.zeros(0)
    groups = operator_groups(pair_ads, pair_keys, report.ads)
    del pair_ads, pair_keys

    count = int(groups.max()) + 1 if report.ads else 0
    sizes = np.bincount(groups, minlength=count)
    max_risk = np.zeros(count)
    np.maximum.at(max_risk, groups, risk)
    first = np.full(count, report.ads)
    np.minimum.at(first, groups, np.arange(report.ads))
    report.groups_total = count
    report.linked_groups = int((sizes > 1).sum())
    # Risk as shown (two decimals), then size: equal-looking risks put bigger groups first.
    ranked = np.lexsort((first, -sizes, -np.round(max_risk, 2)))[: limits.groups]
    rank_of_group = np.zeros(count, dtype=np.int64)
    rank_of_group[ranked] = np.arange(1, len(ranked) + 1)
    rank_of_ad = rank_of_group[groups]
    views = {
        rank: GroupView(rank=rank, ads=int(sizes[group]), max_risk=float(max_risk[group]))
        for rank, group in enumerate(ranked.tolist(), start=1)
    }
    members = np.flatnonzero(rank_of_ad)
    riskiest = pd.DataFrame(
        {"rank": rank_of_ad[members], "risk": risk[members], "index": members}
    ).sort_values(["rank", "risk", "index"], ascending=[True, False, True])
    shown = set(riskiest.groupby("rank").head(limits.ads_per_group)["index"].tolist())
    if views:
        _describe_groups(path, rank_of_ad, views, shown, limits, catalogue)
    report.groups = list(views.values())
    return report


def _count(report: Report, scored: ScoredAd) -> None:
    report.ads += 1
    report.bands[scored.band] += 1
    report.languages[scored.ad.language or "unknown"] += 1
    report.sites[scored.ad.site or "unknown"] += 1
    report.model_versions[scored.model_version] += 1
    report.lexicon_versions[scored.lexicon_version] += 1
    report.histogram[min(int(scored.risk * _HISTOGRAM_BINS), _HISTOGRAM_BINS - 1)][scored.band] += 1
    posted = scored.ad.posted_at
    if posted is not None:
        if report.first_posted is None or posted < report.first_posted:
            report.first_posted = posted
        if report.last_posted is None or posted > report.last_posted:
            report.last_posted = posted


def _read_manifest(report: Report, manifest: dict[str, Any], scores: Path) -> None:
    """Quarantine counts and provenance from the run manifest (`pipeline.batch`), and
    whether the scores file is still the one the run wrote."""
    from pipeline.batch import file_digest

    counts = manifest.get("counts", {})
    if counts.get("quarantined") is not None:
        report.quarantined = int(counts["quarantined"])
        report.quarantined_by_reason = {
            str(k): int(v) for k, v in counts.get("quarantined_by_reason", {}).items()
        }
    for source in manifest.get("inputs", []):
        name = Path(str(source.get("path", "?"))).name
        report.provenance.append(("input", f"{name} · SHA-256 {source.get('sha256', '?')}"))
    model = manifest.get("model") or {}
    if model:
        report.provenance.append(
            (
                "model",
                f"{model.get('uri')} · version {model.get('version')} · "
                f"lexicon {model.get('lexicon_version')}",
            )
        )
    for key, label in (("started_at", "run started"), ("finished_at", "run finished")):
        if manifest.get(key):
            report.provenance.append((label, str(manifest[key])))
    expected = (manifest.get("output") or {}).get("sha256")
    if expected:
        report.scores_unchanged = file_digest(scores)["sha256"] == expected


def _describe_groups(
    path: str | Path,
    rank_of_ad: np.ndarray,
    views: dict[int, GroupView],
    shown: set[int],
    limits: ReportLimits,
    catalogue: Any,
) -> None:
    """The second pass: details of the ranked groups' ads, and cards of the shown ones."""
    from features.templates import summarise_template

    template_texts: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    template_sizes: dict[str, int] = {}
    for index, scored in enumerate(read_scored(path)):
        rank = int(rank_of_ad[index])
        if not rank:
            continue
        view, ad = views[rank], scored.ad
        view.name = min(view.name or scored.ad_id, scored.ad_id)
        view.bands[scored.band] += 1
        view.cities[ad.location or "unknown"] += 1
        view.sites[ad.site or "unknown"] += 1
        if ad.posted_at is not None:
            view.days[ad.posted_at.date()] += 1
        for contact in scored.contacts:
            view.contacts[(contact.kind, contact.masked)] += 1
        for indicator in {(_name(e.indicator), e.grade) for e in ad.evidence}:
            view.indicators[indicator] += 1
        for reason in scored.reasons:
            if reason.contribution > 0:
                view.reasons[reason.description] += 1
        cluster = scored.linkage.template_cluster
        if cluster is not None:
            texts = template_texts[view.rank][cluster]
            template_sizes[cluster] = scored.linkage.template_size
            if len(texts) < _TEMPLATE_TEXTS:
                texts.append(ad.text)
        if index in shown:
            view.shown.append(_card(scored, limits, catalogue))
    for view in views.values():
        view.shown.sort(key=lambda card: (-card.risk, card.ad_id))
        clusters = sorted(template_texts[view.rank].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for cluster, texts in clusters[: limits.templates_per_group]:
            if len(texts) < 2:
                continue
            summary = summarise_template(texts)
            if summary:
                view.templates.append(
                    TemplateView(
                        ads=len(texts), size=template_sizes[cluster], lines=_slots(summary)
                    )
                )


def _card(scored: ScoredAd, limits: ReportLimits, catalogue: Any) -> AdCard:
    ad = scored.ad
    text = ad.text[: limits.text_chars]
    return AdCard(
        ad_id=scored.ad_id,
        risk=scored.risk,
        band=scored.band,
        site=ad.site,
        location=ad.location,
        posted_at=ad.posted_at,
        language=ad.language,
        segments=tuple(highlight(text, ad.evidence, catalogue)),
        hidden_chars=len(ad.text) - len(text),
        reasons=tuple((r.description, r.contribution) for r in scored.reasons),
    )


def highlight(text: str, evidence: Iterable[Evidence], catalogue: Any) -> list[Segment]:
    """The text cut at every evidence boundary; each piece carries the evidence covering it,
    so overlapping spans show all their indicators."""
    spans = [e for e in evidence if 0 <= e.start < e.end <= len(text)]
    cuts = sorted({0, len(text), *(e.start for e in spans), *(e.end for e in spans)})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        marks = tuple(
            dict.fromkeys(_mark(e, catalogue) for e in spans if e.start <= start and end <= e.end)
        )
        if segments and segments[-1].marks == marks:
            segments[-1] = Segment(segments[-1].text + text[start:end], marks)
        else:
            segments.append(Segment(text[start:end], marks))
    return segments


def _mark(evidence: Evidence, catalogue: Any) -> Mark:
    entry = catalogue.indicators.get(evidence.indicator)
    meaning = entry.meaning if entry else catalogue.categories.get(evidence.category, "")
    return Mark(_name(evidence.indicator), evidence.grade, " ".join(meaning.split()))


def _name(indicator: str) -> str:
    return indicator.replace("_", " ")


def _slots(summary: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    from features.templates import SLOT

    lines = []
    for line in summary.splitlines():
        pieces: list[tuple[str, bool]] = []
        for number, part in enumerate(line.split(SLOT)):
            if number:
                pieces.append(("varies", True))
            if part.strip():
                pieces.append((part.strip(), False))
        lines.append(tuple(pieces))
    return tuple(lines)


# --- the page -------------------------------------------------------------------------------


def render_report(report: Report) -> str:
    """The report as one HTML page (Jinja2, every value escaped)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("report.html").render(report=report, bands=BANDS)


def write_report(
    scores: str | Path,
    output: str | Path,
    manifest: str | Path | None = None,
    limits: ReportLimits | None = None,
) -> ReportSummary:
    """Read a batch output (and its run manifest, if given) and write the HTML report."""
    loaded = json.loads(Path(manifest).read_text(encoding="utf-8")) if manifest else None
    report = build_report(scores, loaded, limits)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_report(report), encoding="utf-8")
    return ReportSummary(output, report.ads, report.groups_total, len(report.groups))
