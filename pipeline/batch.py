"""One batch's stages: intake -> page analysis -> packets -> documents -> filing. Nothing is
filed until every page has been analysed, so a bad page fails the batch with nothing half filed;
filing is write-once, so a re-run after a crash files nothing twice. The order in which the
stages run, and the review queue the flagged pages go to, belong to flows/ (the one runner)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from classifiers.model import DocTypeModel
from classifiers.taxonomy import Taxonomy
from config.settings import Settings
from pipeline.decisions import documents, packets, review_items
from pipeline.decisions.patients import PatientIndex
from pipeline.decisions.review_items import ReviewItemProposal
from pipeline.errors import BadInput
from pipeline.intake import Batch
from pipeline.models import OCR_FAILED, Document, OcrResult, PageAnalysis, PageImage
from pipeline.pages import pagepdf
from pipeline.pages.analysis import PageAnalyser
from pipeline.pages.ocr import OcrError
from pipeline.storage import filing, keys, manifest
from pipeline.storage.store import ObjectStore
from pipeline.timing import StageTimer

log = logging.getLogger("digitize.batch")
WORKDIR_PREFIX = "digitize-work-"


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
    fd = os.open(d / "pid", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner only
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return d


def _raise(exc: Exception) -> Iterator[PageImage]:
    raise exc
    yield  # a generator: raises when the flow reaches this point of the batch


class BatchJob:
    """One batch run's inputs, opened and checked before any page is analysed (the batch is
    read and hashed once, by whoever opened it), and the stages that turn them into a filed
    batch."""

    def __init__(
        self,
        batch: Batch,
        patients_csv: Path,
        store: ObjectStore,
        settings: Settings,
        timer: StageTimer | None = None,
    ):
        self.batch, self.store, self.settings = batch, store, settings
        self.index = PatientIndex.load(patients_csv)
        self.taxonomy = Taxonomy.load()
        self.model = DocTypeModel.load()
        self.workdir: Path | None = None
        self.timer = timer or StageTimer()
        self._entered = 0
        self._decoded: Iterator[PageImage] | None = None
        self._ahead: deque[PageImage] = deque()
        self._ahead_results: dict[int, Future[PageAnalysis]] = {}
        self._ahead_pool: ThreadPoolExecutor | None = None

    @property
    def batch_id(self) -> str:
        return self.batch.batch_id

    def __enter__(self) -> BatchJob:
        """Re-entrant: the runner opens the job to analyse ahead, the flow opens it again."""
        if self._entered == 0:
            self.workdir = make_workdir(self.settings.processing.work_dir)
            self.analyser = PageAnalyser(self.settings, self.workdir, self.timer)
        self._entered += 1
        return self

    def __exit__(self, *exc) -> None:
        self._entered -= 1
        if self._entered > 0:
            return
        if self._ahead_pool is not None:  # nothing may still write into the work folder
            self._ahead_pool.shutdown(wait=True, cancel_futures=True)
            self._ahead_pool = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def analyse_ahead(self, pages: int) -> None:
        """Start analysing the first pages now, on the worker threads, while the flow is still
        being set up (Prefect's import, a temporary server's boot): nothing slow waits before
        the first page. The flow's analyse-page tasks take these results when they reach
        them; the pages are the same ones `pages()` then yields first."""
        if self._ahead_pool is not None or self._decoded is not None:
            return
        self._decoded = self._decode()
        self._ahead_pool = ThreadPoolExecutor(
            max_workers=self.settings.worker_count, thread_name_prefix="analyse-ahead"
        )
        for _ in range(pages):
            try:
                page = next(self._decoded, None)
            except Exception as exc:  # a damaged page: the flow meets it where it always did
                self._decoded = _raise(exc)
                break
            if page is None:
                break
            self._ahead.append(page)
            self._ahead_results[page.index] = self._ahead_pool.submit(self._analyse, page)

    def pages(self) -> Iterator[PageImage]:
        """The batch's pages, in order, each once: those analysed ahead first."""
        if self._decoded is None:
            self._decoded = self._decode()
        while self._ahead:
            yield self._ahead.popleft()
        yield from self._decoded

    def _decode(self) -> Iterator[PageImage]:
        """The batch's pages, decoding timed."""
        pages = self.batch.pages()
        while True:
            with self.timer.stage("decode"):
                page = next(pages, None)
            if page is None:
                return
            yield page

    def analyse(self, page: PageImage) -> PageAnalysis:
        """A page Tesseract fails on goes to review; it does not fail the batch."""
        ahead = self._ahead_results.pop(page.index, None)
        if ahead is not None:
            return ahead.result()
        return self._analyse(page)

    def _analyse(self, page: PageImage) -> PageAnalysis:
        try:
            return self.analyser.analyse(page)
        except OcrError:
            # The reviewer still needs to see the page: keep it as an image-only PDF.
            pdf = self.workdir / f"p{page.index:06d}-unread.pdf"
            image = page.encoded or pagepdf.encode(page.pixels, page.bilevel, 100, lossless=True)
            pagepdf.compose(image, page.size_pt, None, pdf)
            return PageAnalysis(
                index=page.index,
                rotation=0,
                skew=0.0,
                blank=False,
                ink_ratio=0.0,
                barcodes=[],
                cover=None,
                cover_like=False,
                ocr=OcrResult("", [], 0.0, pdf_path=pdf),
                dpi=page.dpi,
                size=page.size,
                error=OCR_FAILED,
            )

    def conclude(self, analyses: list[PageAnalysis]):
        """Pages -> packets -> documents: pure decisions, nothing written yet."""
        if [a.index for a in analyses] != list(range(self.batch.page_count)):
            raise BadInput("the batch changed while it was read")
        s = self.settings
        decisions, pkts = packets.assign(
            analyses, self.index, s.identity.mrn_text_pattern, s.ocr.min_mean_confidence
        )
        with self.timer.stage("classify"):
            docs = documents.group(
                decisions,
                pkts,
                self.taxonomy,
                self.model,
                self.batch_id,
                self.model.routing(s.review.type_error_target, s.review.min_familiarity),
            )
        return decisions, pkts, docs

    def file(self, doc: Document, analyses: list[PageAnalysis]) -> bool:
        """File one document (write-once); True when this run wrote it."""
        before = self.store.exists(keys.document_keys(self.batch_id, doc.document_id)[0])
        filing.file_document(
            doc,
            [analyses[i].ocr.pdf_path for i in doc.pages],  # in page order (see conclude)
            self.batch_id,
            self.store,
            self.taxonomy,
            self.settings,
            self.model.version,
            self.timer,
        )
        return not before

    def for_review(self, decisions, pkts, analyses: list[PageAnalysis]) -> list[ReviewItemProposal]:
        """Keep every flagged page's searchable PDF in the store (write-once, key without PHI)
        so a reviewer can see it after the temporary files are gone; return the review items
        the batch proposes. The caller queues them, hidden until the manifest is written."""
        filing.keep_review_pages(self.store, self.batch_id, decisions, analyses)
        return review_items.build(
            decisions, pkts, analyses, self.index, self.settings.identity.mrn_text_pattern
        )

    def write_manifest(self, decisions, pkts, docs) -> dict:
        """Written last, once: its presence says the batch is filed."""
        result = manifest.build(
            self.batch_id,
            self.batch.label,  # not the file name, which may name the patient
            self.batch.page_count,
            decisions,
            docs,
            pkts,
            self.model.version,
        )
        self.store.put_once(
            keys.manifest_key(self.batch_id), manifest.to_bytes(result), "application/json"
        )
        log.info(
            "batch %s: %d filed, %d review, %d discarded",
            self.batch_id,
            result["summary"]["filed"],
            result["summary"]["review"],
            result["summary"]["discarded"],
        )
        return result
