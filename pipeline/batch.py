"""One batch end to end: intake -> page analysis (parallel, streaming) -> packets -> documents ->
filing. Nothing is filed until every page has been analysed, so a bad page fails the batch with
nothing half filed; filing is write-once, so a re-run after a crash files nothing twice."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from classifiers.model import DocTypeModel
from config.settings import Settings
from pipeline import documents, filing, manifest, packets
from pipeline.analysis import PageAnalyser
from pipeline.doctypes import Taxonomy
from pipeline.errors import BadInput
from pipeline.intake import Batch
from pipeline.models import OcrResult, PageAnalysis, PageImage
from pipeline.ocr import OcrError
from pipeline.patients import PatientIndex
from pipeline.store import ObjectStore

log = logging.getLogger("digitize.batch")
WORKDIR_PREFIX = "digitize-work-"


@dataclass
class BatchResult:
    manifest: dict
    filed_new: int  # documents written by this run (0 on a re-run)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_workdirs(parent: Path) -> int:
    """Remove page images a killed run left behind (they hold PHI)."""
    removed = 0
    for d in parent.glob(WORKDIR_PREFIX + "*"):
        try:
            pid = int((d / "pid").read_text())
        except (OSError, ValueError):
            pid = -1
        if pid <= 0 or not _alive(pid):
            shutil.rmtree(d, ignore_errors=True)
            removed += 1
    return removed


def make_workdir(parent: Path | None) -> Path:
    parent = Path(parent or tempfile.gettempdir())
    sweep_stale_workdirs(parent)
    d = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=parent))  # mode 0700
    (d / "pid").write_text(str(os.getpid()))
    return d


def analyse_pages(
    pages: Iterator[PageImage],
    analyser: PageAnalyser,
    workers: int,
    on_page: Callable[[], None] | None = None,
) -> list[PageAnalysis]:
    """Analyse pages in parallel threads (Tesseract runs outside the GIL), keeping at most a few
    decoded pages in memory at once, and return the results in page order."""
    results: list[PageAnalysis] = []
    inflight: list[Future] = []

    def run(page: PageImage) -> PageAnalysis:
        try:
            return analyser.analyse(page)
        except OcrError:
            return PageAnalysis(
                index=page.index,
                rotation=0,
                skew=0.0,
                blank=False,
                ink_ratio=0.0,
                barcodes=[],
                cover=None,
                cover_like=False,
                ocr=OcrResult("", [], 0.0),
                dpi=page.dpi,
                size=page.size,
                error="ocr_failed",
            )

    def drain(keep: int) -> None:
        while len(inflight) > keep:
            results.append(inflight.pop(0).result())
            if on_page:
                on_page()

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="page") as pool:
        try:
            for page in pages:
                inflight.append(pool.submit(run, page))
                drain(workers * 2)
            drain(0)
        except BaseException:
            for f in inflight:
                f.cancel()
            raise
    return results


def process(
    source: Path,
    patients_csv: Path,
    store: ObjectStore,
    settings: Settings,
    *,
    on_start: Callable[[int], None] | None = None,
    on_page: Callable[[], None] | None = None,
) -> BatchResult:
    batch = Batch(source, settings.intake.default_dpi, settings.intake.max_page_pixels)
    index = PatientIndex.load(patients_csv)
    taxonomy = Taxonomy.load()
    model = DocTypeModel.load()
    log.info("batch %s: %d pages", batch.batch_id, batch.page_count)
    if on_start:
        on_start(batch.page_count)
    workdir = make_workdir(settings.processing.work_dir)
    try:
        analyser = PageAnalyser(settings, workdir)
        analyses = analyse_pages(batch.pages(), analyser, settings.worker_count, on_page)
        if len(analyses) != batch.page_count:
            raise BadInput("the batch changed while it was read")
        decisions, pkts, confirmed = packets.assign(
            analyses,
            index,
            settings.identity.mrn_text_pattern,
            settings.ocr.min_mean_confidence,
        )
        docs = documents.group(
            decisions,
            pkts,
            confirmed,
            taxonomy,
            model,
            batch.batch_id,
            settings.review.min_type_confidence,
        )
        pdf_of = {a.index: a.ocr.pdf_path for a in analyses}
        created = 0
        for doc in docs:
            before = store.exists(filing.object_keys(batch.batch_id, doc.document_id)[0])
            filing.file_document(
                doc,
                [pdf_of[i] for i in doc.pages],
                batch.batch_id,
                store,
                taxonomy,
                settings.identity.mrn_system,
                model.version,
            )
            created += 0 if before else 1
        result = manifest.build(
            batch.batch_id, source.name, batch.page_count, decisions, docs, pkts, model.version
        )
        # Written last and once: its presence says the batch was filed completely.
        store.put_once(
            manifest.manifest_key(batch.batch_id), manifest.to_bytes(result), "application/json"
        )
        log.info(
            "batch %s: %d filed, %d review, %d discarded, %d new documents",
            batch.batch_id,
            result["summary"]["filed"],
            result["summary"]["review"],
            result["summary"]["discarded"],
            created,
        )
        return BatchResult(result, created)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
