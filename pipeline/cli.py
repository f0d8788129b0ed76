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
) -> None:
    """Train a model on labelled ads, log it to MLflow and register it."""
    from models.registry import register
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
            settings.train,
            hash_key=settings.contact_key(),
            default_region=settings.data.default_country,
        )
    except ValueError as error:
        raise _fail(str(error)) from error
    registration = register(trained, settings.mlflow)
    table = Table(title=f"held-out metrics ({int(trained.metrics['ads'])} ads, grouped split)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in sorted(trained.metrics.items()):
        table.add_row(name, f"{value:.4f}")
    console.print(table)
    console.print(
        f"registered [bold]{registration.name}[/bold] version {registration.version} "
        f"as [bold]{registration.alias}[/bold] (run {registration.run_id})"
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
) -> None:
    """Score a dump, linking every ad to the whole dump; bad records go to quarantine.

    Killed midway, the same command continues where it stopped. Beside the output it writes
    a manifest (inputs with SHA-256, counts, model, times) and the quarantine.
    """
    from models.registry import load_serving_model
    from pipeline.batch import RunConflict, RunPaths, score_dump
    from pipeline.batch_dask import LOCAL, dask_executor
    from pipeline.ingest import parse_column_map

    settings = Settings()
    try:
        scoring_model = load_serving_model(settings, model)
    except Exception as error:  # MLflow raises many types for "no such model"
        raise _fail(f"could not load the model ({error}); train one with `adrisk train`") from error
    output.parent.mkdir(parents=True, exist_ok=True)
    scheduler = dask_scheduler or (LOCAL if dask else None)
    with ExitStack() as stack, _progress() as progress:
        executor = stack.enter_context(dask_executor(scheduler)) if scheduler else None
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
    """Score labelled ads with the registered model and print ranking and calibration metrics."""
    import numpy as np

    from models.evaluate import evaluate_risk
    from models.registry import load_serving_model
    from pipeline.ingest import load_ads, parse_column_map
    from pipeline.score import score_stream

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
    scoring_model = load_serving_model(settings, model)
    risks = np.array([s.risk for s in score_stream(scoring_model, ads, settings.score)])
    metrics = evaluate_risk(np.array([labels[ad.ad_id] for ad in ads]), risks)
    console.print_json(data=metrics)


def _labels_from_truth(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return {r["ad_id"]: int(r["label"]) for r in records if r.get("label") is not None}


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
        "serve.app:create_app", factory=True, host=settings.serve.host, port=settings.serve.port
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
