"""The `digitize` command. Bad input: one line on stderr and exit code 2. No PHI on the console
unless --show-phi."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path

from config import __version__
from config.settings import ConfigError, load_settings
from pipeline.errors import BadInput, StoreError
from pipeline.exitcodes import Exit


def _settings(args: argparse.Namespace, programs: bool = True):
    """The settings (flags over DIGITIZE_* over config/defaults.yaml), validated, and the
    external programs they need checked: both before any work starts."""
    overrides: dict = {}
    if getattr(args, "workers", None) is not None:
        overrides.setdefault("processing", {})["workers"] = args.workers
    settings = _known_types(load_settings(overrides))
    if programs:
        from pipeline import programs as external

        external.check(settings)
    return settings


def _progress(enabled: bool):
    """A progress bar on a terminal; silence in pipes and CI logs."""
    if not enabled or not sys.stderr.isatty():
        return None, None
    from tqdm import tqdm

    bar = {}

    def start(total: int) -> None:
        bar["t"] = tqdm(total=total, unit="page", file=sys.stderr, leave=False)

    def step() -> None:
        bar["t"].update(1)

    return start, step


def _store(dest: str | None, settings):
    """The store named by --store (or storage.url), checked before any work starts."""
    from pipeline.storage.store import open_store

    store = open_store(dest or settings.storage.url, settings.storage)
    store.check()
    return store


def _names(patients: Path) -> dict[str, str]:
    from pipeline.decisions.patients import PatientIndex

    idx = PatientIndex.load(patients)
    return {p.mrn: f"{p.family}, {p.given}" for p in idx}


def _run_flow(source: Path, patients: Path, dest: str | None, settings, progress):
    """The one runner (flows/runner.py), with the store checked here first. Returns the batch
    manifest."""
    from flows.runner import run_batch

    store = _store(dest, settings)
    start, step = _progress(progress)
    return run_batch(
        source,
        patients,
        store,
        settings,
        on_start=start,
        on_page=(lambda done, total: step()) if step else None,
    )


def cmd_process(args: argparse.Namespace) -> int:
    from digitize import summary
    from pipeline.storage import manifest

    settings = _settings(args)
    result = _run_flow(
        Path(args.source),
        Path(args.patients),
        args.store,
        settings,
        not args.quiet,
    )
    if args.report:
        manifest.write_report(result, Path(args.report))
    if not args.quiet:
        names = _names(Path(args.patients)) if args.show_phi else None
        print(summary.table(result, args.show_phi, names))
    return Exit.OK


def _prefect_server_configured() -> bool:
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def cmd_watch(args: argparse.Namespace) -> int:
    from flows.watch import Watcher, serve
    from pipeline.decisions.patients import PatientIndex

    settings = _settings(args)
    store = _store(args.store, settings)
    PatientIndex.load(Path(args.patients))
    if not _prefect_server_configured():
        print(
            "digitize: no Prefect server is configured (PREFECT_API_URL), so flow runs go to a "
            "temporary server that lives only as long as this command; set PREFECT_API_URL to a "
            "Prefect server (prefect server start) to follow runs in the Prefect UI",
            file=sys.stderr,
        )
    watcher = Watcher(Path(args.root), Path(args.patients), store, settings, args.settle_seconds)
    if args.command == "serve":
        serve(watcher, args.poll_seconds)
        return Exit.OK
    if settings.ehr.host and not args.once:  # the EHR outbox, sent beside intake
        import threading

        from flows.deliver_flow import beside

        beside(settings, args.poll_seconds, threading.Event())
    counts = watcher.run(once=args.once, poll_seconds=args.poll_seconds)
    if settings.ehr.host:
        from flows.deliver_flow import run

        run(settings)
    print(
        f"{counts.done} batches done, {counts.failed} failed, {counts.duplicates} already "
        f"processed, {counts.deferred} waiting for the store"
    )
    return Exit.OK


def cmd_deliver(args: argparse.Namespace) -> int:
    """Send the EHR outbox's due messages: once (cron), or every --every seconds."""
    import time

    from appdb import outbox
    from appdb.database import engine_for
    from flows.deliver_flow import run

    settings = _db_settings(args)
    if not settings.ehr.host:
        raise BadInput("no EHR receiver is configured: set ehr.host (DIGITIZE_EHR__HOST)")
    engine = engine_for(settings.database.resolved_url)
    if args.retry_failed:
        print(f"{outbox.retry_failed(engine)} failed messages queued again")
    from flows import server

    server.ready()  # the temporary Prefect server, when none is configured
    while True:
        row = run(settings)
        print(
            f"{row['acknowledged now']} acknowledged, {row['to retry']} to retry, "
            f"{row['failed now']} failed; outbox: {row['pending']} pending, {row['sent']} sent, "
            f"{row['acknowledged']} acknowledged, {row['failed']} failed"
        )
        if args.once:
            return Exit.OK
        time.sleep(args.every)


def cmd_correct(args: argparse.Namespace) -> int:
    """Correct a filed document from the shell (bulk fixes): move it to another patient, found
    by MRN and a second identifier, or change its type. Recorded under a supervisor's account."""
    from appdb.database import engine_for
    from review.accounts import RANK, Accounts
    from review.corrections import REASONS, CorrectionRefused, Corrections

    settings = _db_settings(args)
    if args.reason not in REASONS:
        raise BadInput(f"--reason must be one of: {', '.join(REASONS)}")
    if args.to_mrn is None and args.type is None:
        raise BadInput("name what changes: --to-mrn (with --to-name or --to-dob) or --type")
    engine = engine_for(settings.database.resolved_url)
    account = Accounts(engine, settings).get(args.by)
    if account is None or not account.active or RANK[account.role] < RANK["supervisor"]:
        raise BadInput(f"--by must name an active supervisor account ({args.by!r} is not one)")
    corrections = Corrections(engine, settings)
    doc = corrections.find(args.document_id)
    if doc is None:
        raise BadInput("no filed document has that id")
    if args.to_mrn is not None:
        if not (args.to_name or args.to_dob):
            raise BadInput("a second identifier is required: --to-name or --to-dob")
        found = corrections.patient_index(doc).search(args.to_name, args.to_mrn, args.to_dob)
        if [p.mrn for p in found] != [args.to_mrn]:
            raise BadInput("the identifiers given do not agree on one patient")
    try:
        new_id = corrections.correct(
            args.document_id,
            account.username,
            args.reason,
            to_mrn=args.to_mrn,
            to_type=args.type,
            user=account,
        )
    except CorrectionRefused as exc:
        raise BadInput(str(exc).rstrip(".")) from None
    print(f"{args.document_id} replaced by {new_id} ({REASONS[args.reason].lower()})")
    return Exit.OK


def cmd_barcodes(args: argparse.Namespace) -> int:
    from pipeline.intake import Batch
    from pipeline.pages import barcodes, imaging
    from pipeline.pages.coversheet import CoverGrammar

    settings = _settings(args)
    cs = settings.cover_sheet
    grammar = CoverGrammar(cs.pattern, cs.symbologies, cs.title_words)
    b = Batch(Path(args.file), settings.intake.default_dpi, settings.intake.max_page_pixels)
    for page in b.pages():
        page = imaging.square_pixels(page)
        for read in barcodes.read(page.pixels, cs.symbologies):
            value = read.value
            if not args.show_phi and grammar.parse(read) is not None:
                value = "<cover sheet: use --show-phi to see the identifiers>"
            if args.json:
                print(json.dumps({"page": page.index, "format": read.format, "value": value}))
            else:
                print(f"page {page.index}\t{read.format}\t{value}")
    return Exit.OK


def cmd_demo(args: argparse.Namespace) -> int:
    """The sample batches through the same flow as `process`, into a local store."""
    from digitize import summary
    from pipeline.storage import manifest

    samples = Path(__file__).resolve().parent.parent / "sample_scans" / "batches"
    patients = samples / "patients.csv"
    out = Path(args.out)
    settings = _settings(args)
    names = _names(patients) if args.show_phi else None
    sources = sorted(p for p in samples.iterdir() if p.suffix in (".pdf", ".tif") or p.is_dir())
    waiting = 0
    for source in sources:
        result = _run_flow(source, patients, str(out / "store"), settings, True)
        waiting += result["summary"]["review"]
        manifest.write_report(result, out / "reports" / f"{source.stem}.json")
        print(f"\n{source.name}")
        print(summary.table(result, args.show_phi, names))
    print(f"\nfiled documents: {(out / 'store' / 'documents').resolve()}")
    print(f"batch manifests (hold PHI, owner-readable only): {out / 'reports'}")
    if waiting:
        print(
            f"{waiting} pages wait for review: add an account (digitize users add NAME "
            "--role reviewer), then open the queue with `digitize review`"
        )
    return Exit.OK


def cmd_verify(args: argparse.Namespace) -> int:
    from pipeline.storage.verify import verify

    store = _store(args.store, _settings(args))
    report = verify(store, pdfa=args.pdfa)
    for line in report.lines():
        print(line)
    return report.exit_code


def cmd_hold(args: argparse.Namespace) -> int:
    from pipeline.storage.keys import keys_of_document

    store = _store(args.store, _settings(args))
    try:
        keys = keys_of_document(args.document_id)
    except ValueError:
        raise BadInput("that is not a document id (see the manifest's documents)") from None
    for key in keys:
        if not store.exists(key):
            raise BadInput("no filed document has that id")
        store.legal_hold(key, not args.off)
    print(f"legal hold {'removed from' if args.off else 'placed on'} {args.document_id}")
    return Exit.OK


def cmd_classifier(args: argparse.Namespace) -> int:
    """Train or evaluate, always leave-one-source-out (classifiers/training.py)."""
    from classifiers import evaluate, training
    from classifiers.model import MODEL_DIR, MODEL_FILE, DocTypeModel

    reviewed = Path(args.include_reviewed) if args.include_reviewed else None
    if reviewed and not reviewed.is_file():
        raise BadInput("the reviewed-examples file does not exist")
    if args.action == "train" and args.site:
        raise BadInput(
            "--site is for `classifier evaluate`: a site's model learns from its reviews"
        )
    if args.action == "train":
        out = Path(args.out or MODEL_FILE)
        try:
            replaces = None if args.accept_worse else out
            model, table = training.train(out, reviewed, replaces=replaces)
        except training.ModelRefused as exc:
            raise BadInput(f"{exc}; the current model is kept") from None
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        print(table.text(per_type=False))
        print(
            f"\ntrained {model.version} on {', '.join(model.trained_on)} "
            f"(data sha256 {model.data_hash[:16]}..., temperature {model.temperature:.2f})"
        )
        return Exit.OK
    if not MODEL_FILE.is_file():  # evaluate also measures the shipped model's cost
        raise BadInput("no trained model: run `digitize classifier train` first")
    site = _site(args.site) if args.site else None
    try:
        before, digest = training.evaluate_sources(site=site)
        after = training.evaluate_sources(reviewed, site)[0] if reviewed else None
        shipped = DocTypeModel.load(MODEL_FILE)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    text = before.text()
    if shipped.data_hash != digest:
        text = (
            "The shipped model was trained on other text than the sources hold now: its "
            "recorded figures are not these. Run `digitize classifier train`.\n\n" + text
        )
    if site:
        reviewed_docs = ", ".join(f"{n} documents of {name}" for name, n in site)
        text = (
            f"As a site that has reviewed {reviewed_docs} (their pages taught as reviewers' "
            f"corrections); the row of each scores the rest.\n\n{text}"
        )
    if after is not None:
        text += "\n\nWith the reviewed examples (weighted above made-up text):\n" + after.text(
            per_type=False
        )
        text += "\n\n" + evaluate.before_after(before, after)
    text += "\n\n" + training.cost_line(shipped)
    print(text)
    if args.report:
        Path(args.report).write_text("```\n" + text + "\n```\n")
    if args.json:
        figures = {
            "before": before.summary(),
            "after": after.summary() if after else None,
            "data_hash": digest,
            "shipped_data_hash": shipped.data_hash,
        }
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n")
    if args.png or not site:  # a simulated site's figures never replace the shipped plot
        png = Path(args.png) if args.png else MODEL_DIR / "confusion.png"
        evaluate.confusion_png(after or before, png)
        print(f"where documents went wrong, per source: {png}")
    return Exit.OK


def _site(values: list[str]) -> list[tuple[str, int]]:
    """`--site SOURCE:N`, once per kind of paper the site has -> [(source, N)], checked
    against the scored sources."""
    from classifiers import training

    scored = sorted(training.scored_in_folds())
    site = []
    for value in values:
        name, _, count = value.partition(":")
        if name not in scored or not count.isdigit():
            raise BadInput(f"--site takes SOURCE:N with SOURCE one of {', '.join(scored)}")
        if name in dict(site):
            raise BadInput(f"--site names {name} twice")
        site.append((name, int(count)))
    return site


def _db_settings(args: argparse.Namespace):
    overrides = {"database": {"url": args.db}} if getattr(args, "db", None) else None
    return _known_types(load_settings(overrides))


def _known_types(settings):
    """Settings keyed by document type, checked against the site's taxonomy at start."""
    from classifiers.taxonomy import Taxonomy

    Taxonomy.load().check_known(settings.ehr.txa_types, "ehr.txa_types")
    return settings


def cmd_doctor(args: argparse.Namespace) -> int:
    """What the settings need from the machine, found or not, with versions."""
    from pipeline import programs as external

    settings = _settings(args, programs=False)
    missing = 0
    for f in external.survey(settings):
        state = f.version or f"MISSING: {f.fix}"
        missing += f.version is None
        print(f"{f.name:<24} {f.needed_for:<28} {state}")
    print(f"digitize {__version__}, settings valid; {missing} missing")
    return Exit.BAD_INPUT if missing else Exit.OK


def cmd_review(args: argparse.Namespace) -> int:
    """Serve the review web page (uvicorn); only sign-in works without an account."""
    import uvicorn

    from review.app import create_app

    settings = _db_settings(args)
    from pipeline import programs as external

    external.check(settings)  # page images are rendered for reviewers
    app = create_app(settings)
    print(f"review queue on http://{args.host}:{args.port} (Ctrl-C stops)")
    proxies = settings.review.trusted_proxies  # X-Forwarded-* believed from these only
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        proxy_headers=bool(proxies),
        forwarded_allow_ips=",".join(proxies) or None,
    )
    return Exit.OK


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise BadInput("the two passwords differ")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    from appdb.database import engine_for
    from review.accounts import AccountError, Accounts

    settings = _db_settings(args)
    accounts = Accounts(engine_for(settings.database.resolved_url), settings)
    try:
        if args.action == "list":
            for name, role, active in accounts.list():
                print(f"{name}\t{role}\t{'active' if active else 'disabled'}")
            return Exit.OK
        if not args.username:
            raise BadInput(f"users {args.action} needs a user name")
        if args.action == "add":
            accounts.add(args.username, args.role or "reviewer", _password(args))
        elif args.action == "disable":
            accounts.disable(args.username)
        else:
            accounts.reset(args.username, _password(args), args.role)
    except AccountError as exc:
        raise BadInput(str(exc)) from None
    print(f"user {args.username}: {args.action} done")
    return Exit.OK


def cmd_labels(args: argparse.Namespace) -> int:
    """Reviewers' type decisions as labelled examples, in the format
    `digitize classifier train --include-reviewed` reads (holds page text: owner-only file)."""
    from appdb.database import engine_for
    from review.type_labels import export_labels

    settings = _db_settings(args)
    n = export_labels(engine_for(settings.database.resolved_url), Path(args.out))
    print(f"{n} labelled pages written")
    return Exit.OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="digitize", description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="version", version=f"digitize {__version__}")
    ap.add_argument(
        "-v", "--verbose", action="count", default=0, help="log progress, -vv in detail (no PHI)"
    )
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("process", help="process one scanned batch and file its documents")
    p.add_argument("source", help="a PDF, a multi-page TIFF or a folder of page images")
    p.add_argument("--patients", required=True, help="master patient index CSV")
    p.add_argument(
        "--store", help="where documents are filed: a folder or s3://bucket/prefix (storage.url)"
    )
    p.add_argument("--report", help="write the batch manifest (holds PHI) to this file")
    p.add_argument("--workers", type=int, help="pages analysed at once (default: CPU cores)")
    p.add_argument("--show-phi", action="store_true", help="show patient identifiers")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary, no progress bar")
    p.set_defaults(func=cmd_process)

    for name, text in (
        ("watch", "watch ROOT/inbox and process every ready batch"),
        ("serve", "watch ROOT/inbox and serve the flow as a Prefect deployment"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("root", help="folder holding inbox/, processing/, done/ and failed/")
        p.add_argument("--patients", required=True, help="master patient index CSV")
        p.add_argument("--store", help="a folder or s3://bucket/prefix (default: storage.url)")
        p.add_argument(
            "--settle-seconds",
            type=float,
            default=15.0,
            help="a file is ready once unchanged this long (default 15)",
        )
        p.add_argument("--poll-seconds", type=float, default=5.0)
        p.add_argument("--workers", type=int)
        if name == "watch":
            p.add_argument("--once", action="store_true", help="process what is ready, then exit")
        p.set_defaults(func=cmd_watch)

    p = sub.add_parser("deliver", help="send filed documents and corrections to the EHR (MDM)")
    p.add_argument("--once", action="store_true", help="one pass, then exit (for cron)")
    p.add_argument("--every", type=float, default=30.0, help="seconds between passes (30)")
    p.add_argument("--retry-failed", action="store_true", help="queue failed messages again")
    p.add_argument("--db", help="app database URL (default: database.url, else SQLite)")
    p.set_defaults(func=cmd_deliver)

    p = sub.add_parser(
        "correct", help="move a filed document to another patient or change its type"
    )
    p.add_argument("document_id")
    p.add_argument("--to-mrn", help="the right patient's MRN")
    p.add_argument("--to-name", help="second identifier: the right patient's 'Family, Given'")
    p.add_argument("--to-dob", help="second identifier: the right patient's birth date")
    p.add_argument("--type", help="the right document type (config/document_types.yaml key)")
    p.add_argument("--reason", required=True, help="why (README, 'Corrections'): a listed code")
    p.add_argument("--by", required=True, help="the supervisor account making the correction")
    p.add_argument("--db", help="app database URL (default: database.url, else SQLite)")
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser("barcodes", help="list the barcodes a scan holds")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--show-phi", action="store_true", help="show cover-sheet identifiers")
    p.set_defaults(func=cmd_barcodes)

    p = sub.add_parser("verify", help="check every filed object against the batch manifests")
    p.add_argument("--store", help="a folder or s3://bucket/prefix (default: storage.url)")
    p.add_argument(
        "--pdfa", action="store_true", help="also validate each filed PDF as the PDF/A it declares"
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("hold", help="place (or with --off remove) a legal hold on a document")
    p.add_argument("document_id")
    p.add_argument("--store", help="s3://bucket/prefix (default: storage.url)")
    p.add_argument("--off", action="store_true", help="remove the legal hold")
    p.set_defaults(func=cmd_hold)

    p = sub.add_parser("classifier", help="train or evaluate the document-type classifier")
    p.add_argument("action", choices=["train", "evaluate"])
    p.add_argument("--include-reviewed", help="JSONL of reviewer corrections to learn from")
    p.add_argument("--out", help="where to write the trained model (default: shipped model)")
    p.add_argument("--png", help="confusion plot per source (default: next to the model)")
    p.add_argument("--report", help="also write the evaluation to this file")
    p.add_argument("--json", help="also write the per-source figures to this JSON file")
    p.add_argument(
        "--site",
        metavar="SOURCE:N",
        action="append",
        help="evaluate as a site that has reviewed N documents of SOURCE: they teach the "
        "model as reviewers' corrections, and SOURCE's row scores the rest; repeat it for a "
        "site with several kinds of paper",
    )
    p.add_argument(
        "--accept-worse",
        action="store_true",
        help="replace the model even where held-out text shows the new one files more "
        "documents under a wrong type (a deliberate change of the routing or the sources)",
    )
    p.set_defaults(func=cmd_classifier)

    p = sub.add_parser("doctor", help="check the programs and languages the settings need")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("review", help="serve the review queue web page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--db", help="app database URL (default: database.url, else SQLite)")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("users", help="review page accounts: add, disable, reset, list")
    p.add_argument("action", choices=["add", "disable", "reset", "list"])
    p.add_argument("username", nargs="?")
    p.add_argument("--role", choices=["reviewer", "supervisor", "admin"])
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--db", help="app database URL (default: database.url, else SQLite)")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("labels", help="export reviewers' type decisions for classifier training")
    p.add_argument("out", help="JSONL file to write (holds page text: owner-readable only)")
    p.add_argument("--db", help="app database URL (default: database.url, else SQLite)")
    p.set_defaults(func=cmd_labels)

    p = sub.add_parser("demo", help="process the sample batches into a local store")
    p.add_argument("--out", default="var", help="folder for the store and reports")
    p.add_argument("--workers", type=int)
    p.add_argument("--show-phi", action="store_true")
    p.set_defaults(func=cmd_demo)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import os

    # Prefect: no telemetry from a hospital network; its console chatter only with --verbose.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # With no Prefect server configured, Prefect starts a temporary one, which creates its
    # database on its first start: on a busy 2-core machine that takes longer than Prefect's
    # own 20 s default, and the first run on a new machine failed. Give it the time it needs.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")
    if not args.verbose and args.command in ("process", "demo", "deliver"):
        # Warnings and errors still reach the Prefect UI; the console gets our one line only.
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    # Library warnings (PIL on odd TIFF tags) are not for scanning staff; they may name files.
    warnings.simplefilter("ignore")
    logging.captureWarnings(True)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command in ("process", "demo", "deliver"):
        # With no Prefect server configured, a temporary one boots on the other core from the
        # first moment, while the batch is opened and checked; it is stopped when the command
        # ends (a refused batch stops it at once, having loaded nothing of Prefect here).
        from flows import server

        server.start_if_none_configured()
    try:
        return args.func(args)
    except (BadInput, ConfigError) as exc:
        print(f"digitize: error: {exc}", file=sys.stderr)
        return Exit.BAD_INPUT
    except StoreError as exc:
        print(f"digitize: error: {exc}", file=sys.stderr)
        return Exit.STORE
    except Exception as exc:  # the message may hold paths or PHI: name the type only
        if args.verbose:  # where it happened, without the message (it may quote a file name)
            import traceback

            print("".join(traceback.format_tb(exc.__traceback__)), end="", file=sys.stderr)
        print(
            f"digitize: internal error ({type(exc).__name__}); nothing was half filed"
            + ("" if args.verbose else ", rerun with --verbose for details"),
            file=sys.stderr,
        )
        return Exit.FAILED
    except KeyboardInterrupt:
        print("digitize: interrupted; nothing was half filed, run again to finish", file=sys.stderr)
        return Exit.INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
