"""Intake: open a batch (PDF, multi-page TIFF or folder of page images), check it, then stream its
pages one at a time so memory does not grow with batch length."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, UnidentifiedImageError

from pipeline.errors import BadInput
from pipeline.models import PageImage

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
IGNORED_NAMES = {".ready", "thumbs.db", "desktop.ini"}
_MAGIC = {
    b"%PDF": "pdf",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"\x89PNG": "image",
    b"\xff\xd8\xff": "image",
}


def _kind(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        raise BadInput("the batch file is empty (0 bytes)")
    for magic, kind in _MAGIC.items():
        if head.startswith(magic) or (kind == "pdf" and magic in head[:1024]):
            return kind
    raise BadInput("not a PDF, TIFF or page image (unrecognised file content)")


def natural_key(name: str) -> list:
    """Sort page_2 before page_10, as a person would."""
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def batch_id(source: Path) -> str:
    """A content hash: the same scan always gets the same id, whatever its file name."""
    digest = hashlib.sha256()
    files = [source] if source.is_file() else _folder_files(source)
    for f in files:
        if source.is_dir():
            digest.update(f.name.encode() + b"\0")
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return "b" + digest.hexdigest()[:20]


def _folder_files(folder: Path) -> list[Path]:
    files = [
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name.lower() not in IGNORED_NAMES
    ]
    return sorted(files, key=lambda p: natural_key(p.name))


@dataclass
class _PdfPagePlan:
    number: int
    width: int
    height: int
    dpi: tuple[float, float]
    extract: bool  # one full-page image we can take as is, instead of rendering


class Batch:
    """An opened, checked batch. `pages()` yields PageImage values one at a time."""

    def __init__(self, source: Path, default_dpi: int = 300, max_page_pixels: int = 150_000_000):
        self.source = Path(source)
        self.default_dpi = default_dpi
        self.max_page_pixels = max_page_pixels
        if not self.source.exists():
            raise BadInput("the batch does not exist")
        if self.source.is_dir():
            self.kind = "folder"
            self.files = _folder_files(self.source)
            if not self.files:
                raise BadInput("the batch folder holds no page images")
            self.page_count = sum(self._check_image(f) for f in self.files)
        else:
            self.kind = _kind(self.source)
            if self.kind == "pdf":
                self._pdf_plan = self._check_pdf()
                self.page_count = len(self._pdf_plan)
            else:
                self.page_count = self._check_image(self.source)
        if self.page_count == 0:
            raise BadInput("the batch holds no pages")
        self.batch_id = batch_id(self.source)

    # -- checks -------------------------------------------------------------------------------
    def _too_large(self, w: int, h: int, where: str) -> None:
        if w * h > self.max_page_pixels:
            raise BadInput(
                f"{where} is too large to process safely ({w}x{h} pixels, "
                f"limit {self.max_page_pixels:,} pixels)"
            )

    def _check_image(self, path: Path) -> int:
        where = "page image" if self.source.is_dir() else "the batch"
        if path.suffix.lower() not in IMAGE_SUFFIXES and self.source.is_dir():
            raise BadInput(
                f"the batch folder holds a file that is not a page image ({path.suffix})"
            )
        if path.stat().st_size == 0:
            raise BadInput(f"{where} is empty (0 bytes)")
        try:
            with Image.open(path) as im:
                frames = getattr(im, "n_frames", 1)
                for i in range(frames):
                    im.seek(i)
                    self._too_large(im.width, im.height, f"page {i + 1}")
                return frames
        except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
            if isinstance(exc, Image.DecompressionBombError):
                raise BadInput("a page is too large to process safely") from None
            raise BadInput(f"{where} is not a readable image") from None
        except Exception:  # PIL raises many types on damaged files (TypeError, struct.error...)
            raise BadInput(f"{where} is damaged or truncated") from None

    def _check_pdf(self) -> list[_PdfPagePlan]:
        with self.source.open("rb") as fh:
            fh.seek(max(0, self.source.stat().st_size - 2048))
            if b"%%EOF" not in fh.read():
                raise BadInput("the PDF is truncated (no end-of-file marker)")
        try:
            pdf = pikepdf.open(self.source)
        except pikepdf.PasswordError:
            raise BadInput("the PDF is encrypted; scan or export it without a password") from None
        except pikepdf.PdfError:
            raise BadInput("the PDF is damaged and cannot be read") from None
        with pdf:
            if pdf.is_encrypted:
                raise BadInput("the PDF is encrypted; scan or export it without a password")
            plans = []
            try:
                for n, page in enumerate(pdf.pages):
                    plans.append(self._plan_pdf_page(n, page))
            except pikepdf.PdfError:
                raise BadInput("the PDF is damaged and cannot be read") from None
            return plans

    def _plan_pdf_page(self, n: int, page: pikepdf.Page) -> _PdfPagePlan:
        box = [float(v) for v in page.mediabox]
        pw, ph = abs(box[2] - box[0]) / 72.0, abs(box[3] - box[1]) / 72.0
        if pw <= 0 or ph <= 0:
            raise BadInput(f"page {n + 1} of the PDF has no size")
        images = _page_images(page)
        if len(images) == 1:
            img = pikepdf.PdfImage(images[0])
            w, h = int(img.width), int(img.height)
            self._too_large(w, h, f"page {n + 1}")
            rot = int(page.obj.get("/Rotate", 0)) % 180
            dpi = (w / pw, h / ph) if rot == 0 else (w / ph, h / pw)
            return _PdfPagePlan(n, w, h, (round(dpi[0], 1), round(dpi[1], 1)), True)
        dpi = float(self.default_dpi)
        w, h = int(pw * dpi), int(ph * dpi)
        self._too_large(w, h, f"page {n + 1}")
        return _PdfPagePlan(n, w, h, (dpi, dpi), False)

    # -- streaming ----------------------------------------------------------------------------
    def pages(self) -> Iterator[PageImage]:
        if self.kind == "pdf":
            yield from self._pdf_pages()
        elif self.kind == "folder":
            index = 0
            for f in self.files:
                for page in self._image_pages(f, index):
                    yield page
                    index += 1
        else:
            yield from self._image_pages(self.source, 0)

    def _image_pages(self, path: Path, first_index: int) -> Iterator[PageImage]:
        try:
            with Image.open(path) as im:
                for i in range(getattr(im, "n_frames", 1)):
                    im.seek(i)
                    yield _to_page(first_index + i, im, self.default_dpi)
        except BadInput:
            raise
        except Exception:
            raise BadInput(f"page {first_index + 1} is damaged or truncated") from None

    def _pdf_pages(self) -> Iterator[PageImage]:
        with pikepdf.open(self.source) as pdf:
            for plan in self._pdf_plan:
                page = pdf.pages[plan.number]
                rotate = int(page.obj.get("/Rotate", 0)) % 360
                im = None
                if plan.extract:
                    try:
                        im = pikepdf.PdfImage(_page_images(page)[0]).as_pil_image()
                    except Exception:  # unusual encodings: let poppler render the page instead
                        im = None
                if im is None:
                    page_image = self._render(plan)
                else:
                    if rotate:
                        im = im.rotate(-rotate, expand=True)
                    page_image = _to_page(plan.number, im, self.default_dpi, plan.dpi)
                yield page_image

    def _render(self, plan: _PdfPagePlan) -> PageImage:
        from pdf2image import convert_from_path

        dpi = int(round(plan.dpi[0]))
        try:
            images = convert_from_path(
                str(self.source),
                dpi=dpi,
                first_page=plan.number + 1,
                last_page=plan.number + 1,
                grayscale=True,
            )
        except Exception:
            raise BadInput(f"page {plan.number + 1} of the PDF cannot be rendered") from None
        return _to_page(plan.number, images[0], dpi, (dpi, dpi))


def _page_images(page: pikepdf.Page) -> list[pikepdf.Object]:
    """Images the page draws directly; a scanner's page is one full-page image."""
    return list(page.get_images(recursive=False).values())


def _to_page(
    index: int, im: Image.Image, default_dpi: int, dpi: tuple[float, float] | None = None
) -> PageImage:
    bilevel = im.mode == "1"
    if dpi is None:
        raw = im.info.get("dpi")
        dpi = (float(raw[0]), float(raw[1])) if raw and raw[0] and raw[0] > 1 else None
        dpi = dpi or (float(default_dpi), float(default_dpi))
    gray = im.convert("L")
    return PageImage(index=index, pixels=np.asarray(gray).copy(), dpi=dpi, bilevel=bilevel)
