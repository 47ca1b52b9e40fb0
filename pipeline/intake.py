"""Intake: open a batch (PDF, multi-page TIFF or folder of page images), check it, then stream its
pages one at a time so memory does not grow with batch length."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image, TiffImagePlugin, UnidentifiedImageError

from pipeline.errors import BadInput
from pipeline.models import KEPT_COLOURS, KEPT_FILTERS, EncodedImage, PageImage

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# A page's one image drawn over the page is the scan only at a scan's resolution; below this it
# is a fill or a placeholder, and the page is rendered instead.
MIN_SCAN_DPI = 50.0
MIN_PAGE_SIDE = 16  # pixels: a smaller image is a thumbnail or a placeholder, not a page
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
INVISIBLE_TEXT = 3  # text rendering mode of an OCR layer: never trusted as the page's own text

IGNORED_NAMES = {".ready", "thumbs.db", "desktop.ini"}
_MAGIC = {
    b"%PDF": "pdf",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"\x89PNG": "image",
    b"\xff\xd8\xff": "image",
}


def _kind(path: Path) -> str:
    if not path.is_file():
        raise BadInput("the batch is neither a regular file nor a folder")
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except PermissionError:
        raise BadInput("the batch cannot be read (permission denied)") from None
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
    files = [source] if source.is_file() else page_files(source)
    for f in files:
        if source.is_dir():
            digest.update(f.name.encode() + b"\0")
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return "b" + digest.hexdigest()[:20]


def page_files(folder: Path) -> list[Path]:
    """The folder's page files, in page order. A link that leads nowhere may stand for a page
    that was never copied, so it refuses the batch rather than being skipped."""
    try:
        entries = [
            p
            for p in folder.iterdir()
            if not p.name.startswith(".") and p.name.lower() not in IGNORED_NAMES
        ]
    except PermissionError:
        raise BadInput("the batch folder cannot be read (permission denied)") from None
    if any(p.is_symlink() and not p.exists() for p in entries):
        raise BadInput("the batch folder holds a link that leads nowhere (a loop or a lost file)")
    return sorted((p for p in entries if p.is_file()), key=lambda p: natural_key(p.name))


def _tiff_compression(path: Path) -> int | None:
    """The first page's Compression tag, to name a scheme PIL cannot read; None if not a TIFF."""
    try:
        with path.open("rb") as fh:
            ifd = TiffImagePlugin.ImageFileDirectory_v2(fh.read(8))
            fh.seek(ifd.next)
            ifd.load(fh)
            return int(ifd.get(259, 1))
    except Exception:  # not a TIFF, or too damaged to tell
        return None


@dataclass
class _PdfPagePlan:
    number: int
    width: int
    height: int
    dpi: tuple[float, float]
    extract: bool  # one full-page image we can take as is, instead of rendering
    text: bool = False  # a born-digital page: visible text and no image at all


@dataclass
class TextPage(PageImage):
    """A rendered born-digital page and the text its PDF carries, which is what the page says:
    better than OCR of its own rendering."""

    text: str = ""


@dataclass
class _Drawing:
    """What a page's content stream draws: the share of the page each image covers, and whether
    any visible text is shown."""

    cover: dict[str, float]
    text: bool
    inline_image: bool


class Batch:
    """An opened, checked batch. `pages()` yields PageImage values one at a time."""

    def __init__(self, source: Path, default_dpi: int = 300, max_page_pixels: int = 150_000_000):
        self.source = Path(source)
        self.default_dpi = default_dpi
        self.max_page_pixels = max_page_pixels
        if not self.source.exists():
            raise BadInput("the batch does not exist (or is a link that leads nowhere)")
        if self.source.is_dir():
            self.kind = "folder"
            self.files = page_files(self.source)
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

    @classmethod
    def open(cls, source: Path, settings) -> Batch:
        """The batch checked with the site's limits (config `intake`)."""
        return cls(source, settings.intake.default_dpi, settings.intake.max_page_pixels)

    def moved_to(self, target: Path) -> None:
        """The same batch after a rename (the watched folder's claim), without reading it again."""
        target = Path(target)
        if self.kind == "folder":
            self.files = [target / f.relative_to(self.source) for f in self.files]
        self.source = target

    @property
    def label(self) -> str:
        """What the batch is, for the manifest. Never its file name: scanning staff often name a
        scan after the patient (name, MRN), and the name would carry that PHI along."""
        return {"folder": "folder of page images", "pdf": "PDF", "tiff": "TIFF"}.get(
            self.kind, "page image"
        )

    # -- checks -------------------------------------------------------------------------------
    def _too_large(self, w: int, h: int, where: str) -> None:
        if w * h > self.max_page_pixels:
            raise BadInput(
                f"{where} is too large to process safely ({w}x{h} pixels, "
                f"limit {self.max_page_pixels:,} pixels)"
            )

    def _check_size(self, w: int, h: int, where: str) -> None:
        """Before decoding: a page too large would exhaust memory, one too small is no scan."""
        self._too_large(w, h, where)
        if min(w, h) < MIN_PAGE_SIDE:
            raise BadInput(f"{where} is too small to be a scanned page ({w}x{h} pixels)")

    def _check_image(self, path: Path) -> int:
        where = "page image" if self.source.is_dir() else "the batch"
        if path.suffix.lower() not in IMAGE_SUFFIXES and self.source.is_dir():
            raise BadInput(
                "the batch folder holds a file that is not a page image (PNG, JPEG or TIFF)"
            )
        if path.stat().st_size == 0:
            raise BadInput(f"{where} is empty (0 bytes)")
        try:
            with Image.open(path) as im:
                frames = getattr(im, "n_frames", 1)
                for i in range(frames):
                    im.seek(i)
                    self._check_size(im.width, im.height, f"page {i + 1}")
                    if not _image_data_complete(im, path):
                        raise BadInput(f"{where} is damaged or truncated")
                if im.format == "PNG":
                    im.verify()  # every chunk's checksum: a PNG that fails it is damaged
                return frames
        except BadInput:
            raise
        except PermissionError:
            raise BadInput(f"{where} cannot be read (permission denied)") from None
        except Image.DecompressionBombError:
            raise BadInput("a page is too large to process safely") from None
        except UnidentifiedImageError:
            scheme = _tiff_compression(path)
            if scheme is not None and scheme not in TiffImagePlugin.COMPRESSION_INFO:
                raise BadInput(
                    f"{where} uses a TIFF compression that cannot be read (scheme {scheme})"
                ) from None
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
            except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError):
                raise BadInput("the PDF is damaged and cannot be read") from None
            return plans

    def _plan_pdf_page(self, n: int, page: pikepdf.Page) -> _PdfPagePlan:
        box = [float(v) for v in page.mediabox]
        pw, ph = abs(box[2] - box[0]) / 72.0, abs(box[3] - box[1]) / 72.0
        if pw <= 0 or ph <= 0:
            raise BadInput(f"page {n + 1} of the PDF has no size")
        every_image = page.get_images(recursive=True)
        for image in every_image.values():  # poppler would decode each of them to render
            self._too_large(*_declared_size(image), f"page {n + 1}")
            problem = _stream_problem(image)
            if problem:
                raise BadInput(f"page {n + 1} of the PDF holds {problem}")
        drawing = _survey(page, box)
        images = page.get_images(recursive=False)
        if len(images) == 1:
            name, image = next(iter(images.items()))
            w, h = _declared_size(image)
            rot = int(page.obj.get("/Rotate", 0)) % 180
            dpi = (w / pw, h / ph) if rot == 0 else (w / ph, h / pw)
            if drawing.cover.get(name, 0.0) >= 0.9 and min(dpi) >= MIN_SCAN_DPI:
                self._check_size(w, h, f"page {n + 1}")
                return _PdfPagePlan(n, w, h, (round(dpi[0], 1), round(dpi[1], 1)), True)
        dpi = float(self.default_dpi)
        w, h = int(pw * dpi), int(ph * dpi)
        self._check_size(w, h, f"page {n + 1}")
        born_digital = drawing.text and not every_image and not drawing.inline_image
        return _PdfPagePlan(n, w, h, (dpi, dpi), False, born_digital)

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
                    page = _to_page(first_index + i, im, self.default_dpi)
                    page.encoded = _file_bytes(path, im)
                    yield page
        except BadInput:
            raise
        except Exception:
            raise BadInput(f"page {first_index + 1} is damaged or truncated") from None

    def _pdf_pages(self) -> Iterator[PageImage]:
        with pikepdf.open(self.source) as pdf:
            for plan in self._pdf_plan:
                if plan.extract:
                    yield self._extract(plan, pdf.pages[plan.number])
                elif plan.text:
                    yield self._born_digital(plan)
                else:
                    yield self._render(plan)

    def _extract(self, plan: _PdfPagePlan, page: pikepdf.Page) -> PageImage:
        """The scan as it was stored. An image pikepdf cannot decode goes to poppler, which
        must then decode it without complaint: a damaged image is refused, never filed as a
        blank page."""
        try:
            image = next(iter(page.get_images(recursive=False).values()))
            im = pikepdf.PdfImage(image).as_pil_image()
        except Exception:  # unusual or damaged encodings
            return self._render(plan, strict=True)
        rotate = int(page.obj.get("/Rotate", 0)) % 360
        if rotate:
            im = im.rotate(-rotate, expand=True)
        out = _to_page(plan.number, im, self.default_dpi, plan.dpi)
        if not rotate:  # a turned page is filed upright, encoded again
            out.encoded = _stream_bytes(image, im)
        return out

    def _born_digital(self, plan: _PdfPagePlan) -> PageImage:
        """Rendered for filing like any page, and carrying the PDF's own text when it has some
        words: the page analysis takes that as the page's text instead of OCR."""
        page = self._render(plan)
        text = _pdf_text(self.source, plan.number)
        if len(re.findall(r"[^\W_]{2,}", text)) < 2:
            return page
        return TextPage(page.index, page.pixels, page.dpi, page.bilevel, text=text)

    def _render(self, plan: _PdfPagePlan, strict: bool = False) -> PageImage:
        from pdf2image import convert_from_path
        from pdf2image.exceptions import PDFSyntaxError

        dpi = int(round(plan.dpi[0]))
        try:
            images = convert_from_path(
                str(self.source),
                dpi=dpi,
                first_page=plan.number + 1,
                last_page=plan.number + 1,
                grayscale=True,
                strict=strict,
            )
        except PDFSyntaxError:
            raise BadInput(f"page {plan.number + 1} of the PDF holds a damaged image") from None
        except Exception:
            raise BadInput(f"page {plan.number + 1} of the PDF cannot be rendered") from None
        return _to_page(plan.number, images[0], dpi, (dpi, dpi))


def _image_data_complete(im: Image.Image, path: Path) -> bool:
    """Cheap checks, without decoding, that the current frame's data is all there, so that a
    truncated page is refused before any page is processed: a JPEG's last scan is followed by
    its end-of-image marker; a TIFF's strips or tiles lie within the file."""
    size = path.stat().st_size
    if im.format == "JPEG":
        return _jpeg_whole(path.read_bytes())
    if im.format == "TIFF":
        tags = im.tag_v2
        offsets, counts = tags.get(273) or tags.get(324), tags.get(279) or tags.get(325)
        if offsets and counts:
            return all(o + c <= size for o, c in zip(offsets, counts, strict=False))
    return True


def _stream_problem(image: pikepdf.Object) -> str | None:
    """The same for a PDF image stream, without decoding it into memory: a JPEG is whole (its
    end-of-image marker) and as large as the image says; a JBIG2 stream's segment headers chain
    to its end; Flate data inflates to no more than an image of the declared size can hold (a
    small stream that inflates to gigabytes is a decompression bomb). None when it looks sound."""
    filters = image.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        filters = filters[0] if len(filters) == 1 else None
    size = _declared_size(image)
    if filters == pikepdf.Name.DCTDecode:
        raw = image.read_raw_bytes()
        if not _jpeg_whole(raw) or _jpeg_size(raw) != size:
            return "a damaged image"
    elif filters == pikepdf.Name.JBIG2Decode:
        if not _jbig2_segments_chain(image.read_raw_bytes()):
            return "a damaged image"
    elif filters == pikepdf.Name.FlateDecode:
        # 4 components of 16 bits and a PNG predictor byte per row: more than any image holds
        limit = (size[0] * 8 + 1) * size[1] + (1 << 20)
        inflated = _inflated_size(image.read_raw_bytes(), limit)
        if inflated is None:
            return "a damaged image"
        if inflated > limit:
            return "an image whose data is too large to process safely"
    return None


def _jpeg_whole(data: bytes) -> bool:
    """An end-of-image marker after the last start-of-scan (entropy-coded data never holds one;
    anything may follow it, and an EXIF thumbnail has its own, earlier)."""
    return data.rfind(b"\xff\xd9") > data.rfind(b"\xff\xda") >= 0


def _jpeg_size(raw: bytes) -> tuple[int, int] | None:
    """The size a JPEG's own header gives, which is what its decoder allocates."""
    try:
        with Image.open(io.BytesIO(raw)) as im:
            return im.size
    except Exception:  # not a JPEG at all
        return None


def _inflated_size(raw: bytes, limit: int) -> int | None:
    """Inflate a megabyte at a time, keeping none of it, stopping once past `limit` bytes. None
    when the data is not Flate at all."""
    inflater, total = zlib.decompressobj(), 0
    try:
        while raw and not inflater.eof and total <= limit:
            total += len(inflater.decompress(raw, 1 << 20))
            raw = inflater.unconsumed_tail
    except zlib.error:
        return None
    return total


def _jbig2_segments_chain(data: bytes) -> bool:
    """An embedded JBIG2 stream (ISO 14492 7.2) is segments, each header giving the length of its
    data, and the first segment of the page is its page information (type 48), as poppler and
    jbig2dec require: walk the headers to the end of the stream."""
    pos, page_seen = 0, False
    while len(data) - pos >= 11:  # the smallest segment header
        number, flags = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4]
        pos += 5
        referred = data[pos] >> 5
        if referred == 7:  # long form: a 29-bit count, then its retain bits
            referred = int.from_bytes(data[pos : pos + 4], "big") & 0x1FFFFFFF
            pos += 4 + (referred + 8) // 8
        else:
            pos += 1
        pos += referred * (1 if number <= 256 else 2 if number <= 65536 else 4)
        width = 4 if flags & 0x40 else 1  # the page association field
        page = int.from_bytes(data[pos : pos + width], "big")
        pos += width
        if page and not page_seen:
            if flags & 0x3F != 48:
                return False
            page_seen = True
        if pos + 4 > len(data):
            return False
        length = int.from_bytes(data[pos : pos + 4], "big")
        if length == 0xFFFFFFFF:  # an immediate region of unknown length runs to the end
            return page_seen
        pos += 4 + length
    return page_seen and pos <= len(data)


def _declared_size(image: pikepdf.Object) -> tuple[int, int]:
    return int(image.get("/Width", 0)), int(image.get("/Height", 0))


def _survey(page: pikepdf.Page, box: list[float]) -> _Drawing:
    """Follow the content stream's transforms to learn how much of the page each image covers
    (a scanner draws its one image over the whole page; a letterhead logo covers a corner), and
    whether the page shows visible text (text of a born-digital page; an OCR layer is
    invisible)."""
    drawing = _Drawing(cover={}, text=False, inline_image=False)
    ctm, mode, saved = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0, []
    box = [min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])]
    area = (box[2] - box[0]) * (box[3] - box[1])
    forms = _forms(page.obj)
    try:
        instructions = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError:
        return drawing  # rendered, then, and poppler makes what it can of it
    for operands, operator in instructions:
        op = str(operator)
        if op == "q":
            saved.append((ctm, mode))
        elif op == "Q" and saved:
            ctm, mode = saved.pop()
        elif op == "cm" and (m := _numbers(operands, 6)):
            ctm = _concat(m, ctm)
        elif op == "Tr" and (tr := _numbers(operands, 1)):
            mode = int(tr[0])
        elif op in TEXT_SHOWING and mode != INVISIBLE_TEXT:
            drawing.text = True
        elif op == "INLINE IMAGE":
            drawing.inline_image = True
        elif op == "Do" and operands:
            name = str(operands[0])
            drawing.cover[name] = max(drawing.cover.get(name, 0.0), _covered(ctm, box) / area)
            drawing.text = drawing.text or (name in forms and _form_shows_text(forms[name]))
    return drawing


def _numbers(operands: list, count: int) -> tuple[float, ...] | None:
    """An operator's operands as numbers, or None when they are not `count` numbers (a damaged
    operator is skipped, as a renderer skips it)."""
    try:
        values = tuple(float(v) for v in operands)
    except (TypeError, ValueError):
        return None
    return values if len(values) == count else None


def _concat(m: tuple[float, ...], ctm: tuple[float, ...]) -> tuple[float, ...]:
    """m x ctm, PDF's `cm`."""
    a1, b1, c1, d1, e1, f1 = m
    a2, b2, c2, d2, e2, f2 = ctm
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _covered(ctm: tuple[float, ...], box: list[float]) -> float:
    """Area of the page that the unit square (an image) covers under ctm."""
    a, b, c, d, e, f = ctm
    xs = [e, a + e, c + e, a + c + e]
    ys = [f, b + f, d + f, b + d + f]
    w = min(max(xs), box[2]) - max(min(xs), box[0])
    h = min(max(ys), box[3]) - max(min(ys), box[1])
    return max(w, 0.0) * max(h, 0.0)


def _forms(obj: pikepdf.Object) -> dict[str, pikepdf.Object]:
    xobjects = obj.get("/Resources", {}).get("/XObject", {})
    return {str(k): v for k, v in xobjects.items() if v.get("/Subtype") == "/Form"}


def _form_shows_text(form: pikepdf.Object, depth: int = 0) -> bool:
    """Visible text inside a Form XObject (and forms it draws, a few levels deep)."""
    if depth > 3:
        return False
    mode, inner = 0, _forms(form)
    try:
        for operands, operator in pikepdf.parse_content_stream(form):
            op = str(operator)
            if op == "Tr" and (tr := _numbers(operands, 1)):
                mode = int(tr[0])
            elif op in TEXT_SHOWING and mode != INVISIBLE_TEXT:
                return True
            elif op == "Do" and operands and str(operands[0]) in inner:
                if _form_shows_text(inner[str(operands[0])], depth + 1):
                    return True
    except pikepdf.PdfError:
        return False
    return False


def _pdf_text(source: Path, number: int, timeout: int = 60) -> str:
    """The text of one page as poppler's pdftotext reads it; empty when it cannot."""
    page = str(number + 1)
    try:
        proc = subprocess.run(
            ["pdftotext", "-f", page, "-l", page, "-enc", "UTF-8", str(source), "-"],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return proc.stdout.decode("utf-8", "replace").strip() if proc.returncode == 0 else ""


def _gray(im: Image.Image) -> Image.Image:
    """8-bit gray. Transparent parts are paper, whatever colour they hide; samples wider than 8
    bits are scaled down, not clipped (PIL clips 32-bit integer pixels to 255)."""
    if im.mode == "I":
        wide = np.asarray(im)
        top = 65535 if wide.max() > 255 else 255
        return Image.fromarray((np.clip(wide, 0, top) * (255 / top)).astype(np.uint8), "L")
    if "A" in im.mode or "transparency" in im.info:
        paper = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(paper, im.convert("RGBA"))
    return im.convert("L")


def _to_page(
    index: int, im: Image.Image, default_dpi: int, dpi: tuple[float, float] | None = None
) -> PageImage:
    bilevel = im.mode == "1"
    if dpi is None:
        raw = im.info.get("dpi")
        dpi = (float(raw[0]), float(raw[1])) if raw and raw[0] and raw[0] > 1 else None
        dpi = dpi or (float(default_dpi), float(default_dpi))
    gray = _gray(im)
    return PageImage(index=index, pixels=np.asarray(gray).copy(), dpi=dpi, bilevel=bilevel)


def _stream_bytes(image: pikepdf.Object, im: Image.Image) -> EncodedImage | None:
    """The scanner's encoded image as the PDF holds it, when a filed page can carry it as is:
    one filter of the kinds scanners write, gray or RGB, and nothing else in its dictionary
    that a filed page would have to vouch for (masks, ICC profiles, alternates)."""
    if set(image.keys()) - _KEPT_KEYS:
        return None
    filters = image.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        filters = filters[0] if len(filters) == 1 else None
    parms = image.get("/DecodeParms")
    if isinstance(parms, pikepdf.Array):
        parms = parms[0] if len(parms) == 1 else None
    colour, bits = image.get("/ColorSpace"), int(image.get("/BitsPerComponent", 0))
    if (
        str(filters) not in KEPT_FILTERS
        or not isinstance(colour, pikepdf.Name)
        or str(colour) not in KEPT_COLOURS
        or bits not in (1, 8)
        or (int(image.Width), int(image.Height)) != im.size
    ):
        return None
    values, globals_ = {}, None
    for key, value in parms.items() if isinstance(parms, pikepdf.Dictionary) else []:
        if key == "/JBIG2Globals":
            globals_ = value.read_bytes()
        elif isinstance(value, bool | int | float):
            values[key] = value
        elif isinstance(value, pikepdf.Name):
            values[key] = value
        else:
            return None
    decode = image.get("/Decode")
    return EncodedImage(
        image.read_raw_bytes(),
        im.width,
        im.height,
        str(colour),
        bits,
        str(filters),
        values or None,
        globals_,
        tuple(float(v) for v in decode) if decode is not None else None,
    )


_KEPT_KEYS = {
    "/Type", "/Subtype", "/Width", "/Height", "/ColorSpace", "/BitsPerComponent", "/Filter",
    "/DecodeParms", "/Length", "/Decode", "/Interpolate", "/Name",
}  # fmt: skip


def _file_bytes(path: Path, im: Image.Image) -> EncodedImage | None:
    """A page file's own encoded image, when a PDF can hold it unchanged: a JPEG, gray or RGB,
    or one strip of CCITT G4 in a TIFF frame."""
    w, h = im.size
    if im.format == "JPEG" and im.mode in ("L", "RGB"):
        colour = "/DeviceGray" if im.mode == "L" else "/DeviceRGB"
        return EncodedImage(path.read_bytes(), w, h, colour, 8, "/DCTDecode")
    if im.format != "TIFF" or im.mode != "1":
        return None

    def read_at(offset: int, length: int) -> bytes:
        with path.open("rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    return tiff_g4(im, read_at)


def tiff_g4(im: Image.Image, read_at) -> EncodedImage | None:
    """A TIFF frame's CCITT G4 as a PDF holds it, when the frame is one strip (strips coded
    apart cannot be joined into one stream). `read_at(offset, length)` reads the TIFF's bytes."""
    w, h = im.size
    tags = im.tag_v2
    offsets, counts = tags.get(273), tags.get(279)
    if (
        tags.get(259) != 4  # CCITT Group 4
        or tags.get(266, 1) != 1  # bits in the usual order
        or tags.get(262) not in (0, 1)
        or not offsets
        or len(offsets) != 1
        or len(counts) != 1
    ):
        return None
    # Photometric 1 (min is black) means the code's white runs are the ink.
    parms = {"/K": -1, "/Columns": w, "/Rows": h, "/BlackIs1": tags.get(262) == 1}
    data = read_at(offsets[0], counts[0])
    return EncodedImage(data, w, h, "/DeviceGray", 1, "/CCITTFaxDecode", parms)
