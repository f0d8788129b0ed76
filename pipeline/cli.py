"""The `adrisk` command line. Commands are thin: parse options, build settings, call a function.

Heavy libraries (scikit-learn, MLflow, torch) are imported inside the commands that need
them, so `adrisk --help` stays instant.
"""

from __future__ import annotations

import json
import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.outputs import sibling
from pipeline.settings import Settings

app = typer.Typer(
    help="Scores online ads for indicators of human trafficking and explains every score.\n\n"
    "A score is a lead for human review, never a verdict.",
    epilog="Example: adrisk train data/samples/train.jsonl && "
    "adrisk score data/samples/dump.jsonl -o outputs/scores.jsonl",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

Inputs = Annotated[
    list[str],
    typer.Argument(help="Files (JSONL, CSV, TSV, Parquet; .gz/.zst), directories, globs or '-'."),
]
ColumnMap = Annotated[
    list[str] | None,
    typer.Option(
        "--map", help="FIELD=COLUMN pairs for columns with other names, e.g. body=ad_text."
    ),
]


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show progress logs.")] = False,
) -> None:
    """Scores online ads for indicators of human trafficking and explains every score."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=console, show_path=False)],
    )


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} ads"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def _fail(message: str) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}")
    return typer.Exit(code=1)


@app.command(epilog="Example: adrisk synth --n 100000 --out data/interim/synth.parquet")
def synth(
    n: Annotated[int, typer.Option(help="Number of ads to generate.")] = 10_000,
    seed: Annotated[
        int, typer.Option(help="Random seed; the same seed gives the same corpus.")
    ] = 0,
    out: Annotated[
        Path | None, typer.Option(help="Output file: .jsonl, .jsonl.gz or .parquet.")
    ] = None,
    truth: Annotated[
        Path | None, typer.Option(help="Ground-truth JSONL (labels, operators, contacts).")
    ] = None,
    unlabelled: Annotated[bool, typer.Option(help="Drop labels: a dump to score.")] = False,
    samples: Annotated[
        Path | None, typer.Option(help="Write the small sample set into this directory instead.")
    ] = None,
) -> None:
    """Generate a synthetic, labelled ad corpus with ground-truth operators and contacts."""
    from pipeline.synth import write_corpus, write_samples

    if samples is not None:
        for path in write_samples(samples, seed=seed):
            console.print(f"wrote {path}")
        return
    if out is None:
        raise _fail("give --out FILE or --samples DIR")
    count = write_corpus(out, n, seed, truth_out=truth, labelled=not unlabelled)
    console.print(
        f"wrote {count:,} synthetic ads to {out}" + (f", ground truth to {truth}" if truth else "")
    )


@app.command(epilog="Example: adrisk ingest raw/ --out data/interim/ads.parquet --map body=ad_text")
def ingest(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", "-o", help="Parquet file of the valid ads.")],
    column_map: ColumnMap = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes; default: one per core; 1: this process."),
    ] = None,
) -> None:
    """Read dumps, validate every record, write the valid ads and quarantine the rest."""
    from pipeline.ingest import IngestReport, ingest_to_parquet, parse_column_map

    settings = Settings()
    report = IngestReport()
    quarantine_path = sibling(out, ".quarantine.jsonl")
    out.parent.mkdir(parents=True, exist_ok=True)
    with quarantine_path.open("w", encoding="utf-8") as quarantine, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        ingest_to_parquet(
            inputs,
            out,
            column_map=parse_column_map(column_map or []),
            max_field_chars=settings.data.max_field_chars,
            chunk_size=settings.score.chunk_size,
            workers=workers,
            report=report,
            quarantine=quarantine,
            on_chunk=lambda size: progress.advance(task, size),
        )
    summary = report.as_dict() | {"output": str(out), "quarantine": str(quarantine_path)}
    report_path = sibling(out, ".report.json")
    report_path.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    console.print_json(data=summary)
    if report.valid == 0:
        raise _fail("nothing could be read")


@app.command(epilog="Example: adrisk extract data/samples/dump.jsonl -o outputs/extractions.jsonl")
def extract(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Extractions as JSONL, one per ad.")
    ],
    reveal: Annotated[
        bool, typer.Option(help="Also write raw contact values. Handle the output as evidence.")
    ] = False,
    column_map: ColumnMap = None,
) -> None:
    """Extract contacts, ages and prices per ad: keyed hashes and masked forms by default."""
    from pipeline.frame import extract_ad
    from pipeline.ingest import IngestReport, load_ads, parse_column_map
    from pipeline.normalise import ad_text
    from pipeline.pseudonymise import extraction_record

    settings = Settings()
    key = settings.contact_key()
    report = IngestReport()
    output.parent.mkdir(parents=True, exist_ok=True)
    quarantine_path = sibling(output, ".quarantine.jsonl")
    if reveal:
        console.print(
            "[bold yellow]--reveal: raw contacts will be written to the output[/bold yellow]"
        )
    with ExitStack() as stack, _progress() as progress:
        sink = stack.enter_context(output.open("w", encoding="utf-8"))
        quarantine = stack.enter_context(quarantine_path.open("w", encoding="utf-8"))
        task = progress.add_task("extracting", total=None)
        mapping = parse_column_map(column_map or [])
        for ad in load_ads(inputs, column_map=mapping, report=report, quarantine=quarantine):
            text = ad_text(ad.title, ad.body)
            found = extract_ad(ad, text, settings.data.default_country)
            record = extraction_record(ad.ad_id, found, key, reveal=reveal)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            progress.advance(task)
    console.print(
        f"extracted {report.valid:,} of {report.read:,} records; quarantined "
        f"{report.quarantined_total:,}\noutput: {output}\nquarantine: {quarantine_path}"
    )
    if report.valid == 0:
        raise _fail("no ad could be read")


@app.command(epilog="Example: adrisk train data/samples/train.jsonl")
def train(
    inputs: Inputs,
    column_map: ColumnMap = None,
    embeddings: Annotated[
        bool,
        typer.Option(
            "--embeddings",
            help="Add sentence embeddings (all-MiniLM-L6-v2, bundled; slower). "
            "Also ADRISK_TRAIN__EMBEDDINGS=true.",
        ),
    ] = False,
) -> None:
    """Train a model on labelled ads, log it to MLflow and register it."""
    from models.registry import register
    from models.train import CHALLENGER_MODEL
    from models.train import train as train_model
    from pipeline.ingest import IngestReport, load_ads, parse_column_map

    settings = Settings()
    report = IngestReport()
    ads = list(
        load_ads(
            inputs, labelled=True, column_map=parse_column_map(column_map or []), report=report
        )
    )
    if report.quarantined_total:
        skipped = f"{report.quarantined_total:,} records skipped"
        console.print(f"[yellow]{skipped}:[/yellow] {dict(report.quarantined)}")
    try:
        trained = train_model(
            ads,
            settings.train.model_copy(
                update={"embeddings": settings.train.embeddings or embeddings}
            ),
            hash_key=settings.contact_key(),
            default_region=settings.data.default_country,
            score_settings=settings.score,
        )
    except ValueError as error:
        raise _fail(str(error)) from error
    registration = register(trained, settings.mlflow)
    _print_evaluations(
        trained.evaluations,
        f"held out: {int(trained.metrics['ads']):,} ads in operator groups never trained on",
    )
    console.print(
        f"registered [bold]{registration.name}[/bold] version {registration.version} "
        f"as [bold]{registration.alias}[/bold] (run {registration.run_id}); "
        f"{CHALLENGER_MODEL} was compared on the same split, not registered"
    )


def _print_evaluations(evaluations: dict, title: str) -> None:
    """Held-out metrics side by side for each model, then the first model's by slice."""
    from models.evaluate import MIN_SLICE, OPERATING_THRESHOLD, TOP_K

    shown = ("roc_auc", "pr_auc", *(f"precision_at_{k}" for k in TOP_K), "f1", "brier", "ece")
    nan = float("nan")
    table = Table(title=title, caption=f"f1 at risk ≥ {OPERATING_THRESHOLD}; ece: calibration")
    table.add_column("metric")
    for name in evaluations:
        table.add_column(name, justify="right")
    for metric in (*shown, "positive_rate"):
        table.add_row(metric, *(f"{e.metrics.get(metric, nan):.3f}" for e in evaluations.values()))
    console.print(table)
    name, first = next(iter(evaluations.items()))
    rows = [
        (f"{slicing}={value}", metrics)
        for slicing, slices in first.by_slice.items()
        for value, metrics in slices.items()
    ]
    if rows:
        sliced = Table(title=f"{name} by ad kind and language")
        sliced.add_column("slice", no_wrap=True)
        per_slice = [metric for metric in shown if metric != f"precision_at_{TOP_K[-1]}"]
        for column in ("ads", *per_slice):
            sliced.add_column(column.replace("precision_at_", "p@"), justify="right")
        for label, metrics in rows:
            cells = (f"{metrics.get(metric, nan):.3f}" for metric in per_slice)
            sliced.add_row(label, f"{int(metrics['ads']):,}", *cells)
        console.print(sliced)
    else:
        console.print(f"no ad kind or language has {MIN_SLICE} ads or more to report apart")
    bias = first.bias
    mentioning = int(bias.with_mention.get("ads", 0))
    if mentioning and bias.without_mention.get("ads"):
        within = ", ".join(
            f"label {label}: {bias.labelled_gap.get(f'label_{label}_mean_gap', nan):+.3f}"
            for label in (0, 1)
        )
        console.print(
            f"bias report: {mentioning:,} ads mention ethnicity or nationality; their mean "
            f"risk minus the others' {bias.mean_gap:+.3f} ({within})"
        )
    else:
        console.print("bias report: no ads both with and without an ethnicity mention")
    console.print(
        "[dim]on synthetic data (the bundled samples) these figures describe the generator, "
        "not real ads; plots, bias report and model card are in the MLflow run[/dim]"
    )


@app.command(
    epilog="Example: adrisk score data/samples/dump.jsonl -o outputs/scores.jsonl  "
    "(or -o scores.parquet, --dask for a local Dask cluster)"
)
def score(
    inputs: Inputs,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Scores, one ScoredAd per ad: .jsonl, or .parquet."),
    ],
    model: Annotated[
        str | None, typer.Option(help="Model URI; default: the registry alias in mlflow.yml.")
    ] = None,
    column_map: ColumnMap = None,
    top: Annotated[int, typer.Option(help="How many of the riskiest ads to show.")] = 5,
    dask: Annotated[
        bool, typer.Option("--dask", help="Run the chunks on a local Dask cluster.")
    ] = False,
    dask_scheduler: Annotated[
        str | None,
        typer.Option(help="Run the chunks on the Dask cluster at this address (tcp://host:port)."),
    ] = None,
    restart: Annotated[
        bool, typer.Option(help="Discard an unfinished earlier run instead of continuing it.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, help="Worker processes without Dask; default: one per core; 1: this process."
        ),
    ] = None,
) -> None:
    """Score a dump, linking every ad to the whole dump; bad records go to quarantine.

    Killed midway, the same command continues where it stopped. Beside the output it writes
    a manifest (inputs with SHA-256, counts, model, times) and the quarantine.
    """
    from models.registry import load_serving_model
    from pipeline.batch import RunConflict, RunPaths, score_dump
    from pipeline.batch_dask import LOCAL, dask_executor
    from pipeline.batch_processes import ProcessExecutor, WorkerDied
    from pipeline.ingest import parse_column_map

    settings = Settings()
    try:
        scoring_model = load_serving_model(settings, model)
    except Exception as error:  # MLflow raises many types for "no such model"
        raise _fail(f"could not load the model ({error}); train one with `adrisk train`") from error
    output.parent.mkdir(parents=True, exist_ok=True)
    scheduler = dask_scheduler or (LOCAL if dask else None)
    with ExitStack() as stack, _progress() as progress:
        if scheduler:
            executor = stack.enter_context(dask_executor(scheduler))
        else:
            executor = ProcessExecutor(workers) if workers != 1 else None
        tasks = {stage: progress.add_task(stage, total=None) for stage in ("prepare", "score")}
        try:
            result = score_dump(
                inputs,
                output,
                scoring_model,
                settings.score,
                model_uri=model or settings.serve.model_uri or settings.mlflow.alias_uri,
                column_map=parse_column_map(column_map or []),
                executor=executor,
                restart=restart,
                top=top,
                on_ads=lambda stage, n: progress.advance(tasks[stage], n),
            )
        except (RunConflict, ValueError) as error:
            raise _fail(str(error)) from error
        except WorkerDied as error:
            raise _fail(f"{error}; the same command continues from the chunks done") from error
    paths = RunPaths(output)
    _print_summary(
        result.report,
        result.bands,
        result.riskiest,
        output,
        paths.quarantine,
        scoring_model.model_version,
    )
    console.print(f"manifest: {paths.manifest}")
    if result.report.valid == 0:
        raise _fail("no ad could be scored")


def _print_summary(
    report, bands, riskiest, output: Path, quarantine_path: Path, model_version: str
) -> None:
    console.print(
        f"\nscored [bold]{report.valid:,}[/bold] of {report.read:,} records with {model_version}; "
        f"quarantined {report.quarantined_total:,}"
    )
    console.print(
        "  ".join(f"{band}: {bands.get(band, 0):,}" for band in ("high", "medium", "low"))
    )
    table = Table(title=f"top {len(riskiest)} ads for review (leads, not verdicts)")
    for column in ("ad", "risk", "band", "top reasons"):
        table.add_column(column)
    for item in riskiest:
        reasons = "\n".join(f"{r.contribution:+.2f} {r.description}" for r in item.reasons[:3])
        table.add_row(item.ad_id, f"{item.risk:.3f}", item.band, reasons)
    console.print(table)
    console.print(f"scores: {output}\nquarantine: {quarantine_path}")


@app.command(
    epilog="Example: adrisk evaluate data/samples/dump.jsonl --truth data/samples/dump_truth.jsonl"
)
def evaluate(
    inputs: Inputs,
    truth: Annotated[
        Path | None, typer.Option(help="JSONL with ad_id and label per ad, for unlabelled inputs.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="Model URI; default: the registry alias in mlflow.yml.")
    ] = None,
    column_map: ColumnMap = None,
) -> None:
    """Score labelled ads with the registered model; print and log (as an MLflow run) ranking,
    calibration and operating-point metrics by ad kind and language, plots, a bias report
    and a model card."""
    from models.build import with_batch_linkage
    from models.evaluate import evaluate_models, held_out_set, mentions_protected
    from models.registry import load_serving_model, log_evaluation
    from pipeline.frame import ads_to_frame
    from pipeline.ingest import load_ads, parse_column_map
    from pipeline.score import score_frame

    settings = Settings()
    mapping = parse_column_map(column_map or [])
    if truth is None:
        ads = list(load_ads(inputs, labelled=True, column_map=mapping))
        labels = {ad.ad_id: ad.label for ad in ads}
    else:
        ads = list(load_ads(inputs, column_map=mapping))
        labels = _labels_from_truth(truth)
    ads = [ad for ad in ads if ad.ad_id in labels]
    if not ads:
        raise _fail("no labelled ads to evaluate")
    try:
        scoring_model = load_serving_model(settings, model)
    except Exception as error:  # MLflow raises many types for "no such model"
        raise _fail(f"could not load the model ({error}); train one with `adrisk train`") from error
    frame = ads_to_frame(
        ads, hash_key=scoring_model.hash_key, default_region=scoring_model.default_region
    )
    # Linked to each other, as `adrisk score` links a dump and `adrisk train` its held-out ads.
    linked = with_batch_linkage(scoring_model.pipeline, frame)
    scores = score_frame(scoring_model, frame, settings.score, linked)
    evaluated = held_out_set(
        [labels[ad.ad_id] for ad in ads],
        metas=frame["meta"].tolist(),
        languages=frame["language"].tolist(),
        mentions=mentions_protected([e.indicator for e in s.evidence] for s in scores),
        risks={scoring_model.model_version: [s.risk for s in scores]},
        description=f"{len(ads):,} labelled ads ({sum(labels[ad.ad_id] for ad in ads):,} "
        f"positive), labels from {'a truth file' if truth else 'the ads'}, scored by "
        f"{scoring_model.model_version} and linked to each other as a dump is.",
    )
    evaluations = evaluate_models(evaluated, settings.score.high_from)
    run_id = log_evaluation(evaluated, evaluations, settings.mlflow, scoring_model)
    _print_evaluations(evaluations, f"{len(ads):,} labelled ads")
    console.print(f"logged as MLflow run {run_id}")


def _labels_from_truth(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return {r["ad_id"]: int(r["label"]) for r in records if r.get("label") is not None}


@app.command(epilog="Example: adrisk report outputs/scores.jsonl -o outputs/report.html")
def report(
    scores: Annotated[
        Path, typer.Argument(help="Scores written by `adrisk score`: .jsonl(.gz) or .parquet.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML report to write.")],
    groups: Annotated[int, typer.Option(help="How many operator groups to show.")] = 25,
    ads: Annotated[int, typer.Option(help="How many ads to show per group.")] = 6,
) -> None:
    """Write one self-contained HTML page of the riskiest operator groups, for human review.

    Reads the run manifest beside the scores (scores.manifest.json), if there is one, for
    quarantine counts and provenance. The page loads nothing from the network.
    """
    from pipeline.batch import RunPaths
    from pipeline.report import ReportLimits, write_report

    manifest = RunPaths(scores).manifest
    if not scores.is_file():
        raise _fail(f"no scores file at {scores}")
    try:
        written = write_report(
            scores,
            output,
            manifest if manifest.is_file() else None,
            ReportLimits(groups=groups, ads_per_group=ads),
        )
    except ValueError as error:
        raise _fail(str(error)) from error
    console.print(
        f"report on {written.ads:,} ads, {written.shown_groups} of {written.groups:,} operator "
        f"groups shown: {written.path}"
    )


@app.command(epilog="Example: ADRISK_SERVE__PORT=9000 adrisk serve")
def serve() -> None:
    """Start the scoring API (uvicorn) with the model under the configured alias."""
    import uvicorn

    from serve.auth import LOOPBACK_HOSTS

    settings = Settings()
    if not settings.serve.api_keys:
        if settings.serve.host not in LOOPBACK_HOSTS:
            raise _fail(
                f"refusing to serve on {settings.serve.host} without API keys; "
                "configure ADRISK_SERVE__API_KEYS (see `adrisk key --help`)"
            )
        console.print(
            "[bold yellow]WARNING: no API keys configured — serving this machine only "
            "(loopback), without authentication.[/bold yellow]"
        )
    console.print(f"serving on http://{settings.serve.host}:{settings.serve.port} (docs at /docs)")
    uvicorn.run(
        "serve.app:create_app",
        factory=True,
        host=settings.serve.host,
        port=settings.serve.port,
        workers=settings.serve.workers,
        http="serve.http:NoDelayHttpToolsProtocol",
        # Each worker loads the model and warms up before it answers its health check.
        timeout_worker_healthcheck=300,
    )


@app.command(epilog="Example: adrisk key --id platform-a --scope score")
def key(
    key_id: Annotated[
        str, typer.Option("--id", help="A name for the client, shown in audit logs.")
    ],
    scope: Annotated[list[str] | None, typer.Option(help="score and/or admin.")] = None,
) -> None:
    """Create an API key: prints the key once, and the entry to configure (its hash only)."""
    from pipeline.settings import ApiKey
    from serve.auth import key_hash, new_key

    raw = new_key()
    entry = ApiKey(id=key_id, sha256=key_hash(raw), scopes=frozenset(scope or ["score"]))
    typer.echo(f"key (give it to the client; it is not stored): {raw}")
    typer.echo("add to ADRISK_SERVE__API_KEYS (a JSON list):")
    typer.echo(entry.model_dump_json())
