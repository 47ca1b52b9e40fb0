"""A corpus of bad and awkward input, built by the tests themselves and run through the real
`digitize process` command. Each case ends either in a processed batch (every page in the
manifest exactly once) or in a clean refusal (exit 2, one stderr line, no traceback, nothing
stored, the source untouched), within bounded memory and time."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from tests.conftest import ROOT, SAMPLES
from tests.phi import found

pytestmark = pytest.mark.usefixtures("prefect_server")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORD = "PROGRESS"  # a word every readable test page carries, to prove it decoded correctly
LINES = [f"{WORD} NOTE", "Patient seen today for", "follow up of blood pressure."]
MAX_RSS_BYTES = 1_500_000_000
PHI_NAME, PHI_MRN = "KOWALCZYK", "8015764"  # a patient of the sample index

# -- building blocks ------------------------------------------------------------------------


def _text_page(mode: str = "L", size: tuple[int, int] = (1275, 1650)) -> Image.Image:
    """A letter page at 150 dpi with a few lines of large, clear text."""
    im = Image.new("L", size, 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 48)
    for i, line in enumerate(LINES):
        draw.text((120, 200 + 90 * i), line, fill=0, font=font)
    return im if mode == "L" else im.convert(mode)


def _pdf_with_image(path: Path, stream: bytes, image: dict, size=(612, 792)) -> Path:
    """One page drawing one image over the whole page; `image` holds the image dictionary."""
    pdf = pikepdf.new()
    xobj = pikepdf.Stream(pdf, stream)
    xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    for key, value in image.items():
        xobj[f"/{key}"] = value
    w, h = size
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, w, h],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
        Contents=pikepdf.Stream(pdf, f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode()),
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


def _g4(im: Image.Image) -> bytes:
    """CCITT T.6 (Group 4) data of a page, by libtiff's encoder. CCITT codes runs of paper and
    ink, and libtiff codes 0 bits as paper: so the page goes in with paper as 0."""
    buf = io.BytesIO()
    paper_is_0 = ImageOps.invert(im.convert("L")).convert("1")
    paper_is_0.save(buf, "TIFF", compression="group4", tiffinfo={278: im.height})
    with Image.open(io.BytesIO(buf.getvalue())) as tif:
        offset, count = tif.tag_v2[273][0], tif.tag_v2[279][0]
    return buf.getvalue()[offset : offset + count]


def _jbig2_mmr(im: Image.Image) -> bytes:
    """An embedded JBIG2 stream (as PDF's JBIG2Decode takes it): a page information segment and
    one immediate generic region coded with MMR (T.6), which JBIG2 allows and libtiff writes."""

    def segment(number: int, kind: int, data: bytes) -> bytes:
        return struct.pack(">IBBBI", number, kind, 0, 1, len(data)) + data

    w, h = im.size
    page_info = struct.pack(">IIIIBH", w, h, 0, 0, 0, 0)
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + b"\x01" + _g4(im)  # flags: MMR
    return segment(0, 48, page_info) + segment(1, 38, region)


def _text_pdf(path: Path) -> Path:
    """A born-digital PDF: real text in Helvetica, no image at all."""
    pdf = pikepdf.new()
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )
    ops = ["BT", "/F1 20 Tf", "72 700 Td", "24 TL"]
    ops += [f"({line}) Tj T*" for line in LINES]
    ops.append("ET")
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 612, 792],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pikepdf.Stream(pdf, "\n".join(ops).encode()),
    )
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


def _png_chunks(data: bytes) -> list[tuple[int, bytes]]:
    """(offset, type) of each chunk of a PNG file."""
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        out.append((pos, data[pos + 4 : pos + 8]))
        pos += 12 + length
    return out


def _tiff_with_compression(path: Path, code: int) -> Path:
    """A valid TIFF whose Compression tag names a scheme (e.g. 34712, JPEG 2000) we cannot read."""
    buf = io.BytesIO()
    _text_page().save(buf, "TIFF")  # uncompressed; patch the tag value in place
    data = bytearray(buf.getvalue())
    (ifd,) = struct.unpack("<I", data[4:8])
    (count,) = struct.unpack("<H", data[ifd : ifd + 2])
    for i in range(count):
        entry = ifd + 2 + 12 * i
        if struct.unpack("<H", data[entry : entry + 2])[0] == 259:
            data[entry + 8 : entry + 10] = struct.pack("<H", code)
    path.write_bytes(bytes(data))
    return path


def _lying_flate_bomb(path: Path, gib: int = 1) -> Path:
    """A letter-size 1-bit image at 300 dpi (1 MB of pixels) whose Flate data, a megabyte long,
    inflates to a gibibyte: a decoder that trusts the stream rather than the size blows up."""
    z, chunk = zlib.compressobj(9), b"\xff" * (1 << 20)
    data = b"".join(z.compress(chunk) for _ in range(1024 * gib)) + z.flush()
    image = dict(Width=2550, Height=3300, BitsPerComponent=1, ColorSpace=pikepdf.Name.DeviceGray)
    image["Filter"] = pikepdf.Name.FlateDecode
    return _pdf_with_image(path, data, image)


def _flate_bomb(path: Path, side: int = 40_000) -> Path:
    """A 1-bit white image of side x side pixels whose Flate data is a few hundred kilobytes."""
    z = zlib.compressobj(9)
    row = b"\xff" * ((side + 7) // 8)
    data = b"".join(z.compress(row) for _ in range(side)) + z.flush()
    image = dict(Width=side, Height=side, BitsPerComponent=1, ColorSpace=pikepdf.Name.DeviceGray)
    image["Filter"] = pikepdf.Name.FlateDecode
    return _pdf_with_image(path, data, image)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_bomb(path: Path, side: int = 40_000) -> Path:
    """A 1-bit white PNG of side x side pixels, written row by row in a few hundred kilobytes."""
    z = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((side + 7) // 8)  # filter byte, then the row
    data = b"".join(z.compress(row) for _ in range(side)) + z.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", data)
    path.write_bytes(png + _png_chunk(b"IEND", b""))
    return path


# -- the corpus -----------------------------------------------------------------------------


@dataclass
class Case:
    source: Path
    pages: int | None = None  # processed: pages in the manifest; None: must be refused
    words: str = ""  # refused: words the one stderr line holds
    readable: bool = False  # processed: the first page's text must hold WORD


def _gray_pdf_image(im: Image.Image) -> tuple[bytes, dict]:
    image = dict(Width=im.width, Height=im.height, BitsPerComponent=8)
    image["ColorSpace"] = pikepdf.Name.DeviceGray
    image["Filter"] = pikepdf.Name.FlateDecode
    return zlib.compress(im.convert("L").tobytes()), image


def build(kind: str, d: Path) -> Case:
    """Make one kind of input in folder d: one flat branch per kind, to read as a list."""
    if kind == "empty":
        (d / "scan.pdf").write_bytes(b"")
        return Case(d / "scan.pdf", words="empty")
    if kind == "truncated_pdf":
        data = (SAMPLES / "batch1.pdf").read_bytes()
        (d / "scan.pdf").write_bytes(data[: len(data) // 2])
        return Case(d / "scan.pdf", words="truncated")
    if kind == "pdf_no_pages":
        pikepdf.new().save(d / "scan.pdf")
        return Case(d / "scan.pdf", words="no pages")
    if kind == "encrypted_pdf":
        _text_pdf(d / "plain.pdf")
        with pikepdf.open(d / "plain.pdf") as pdf:
            pdf.save(d / "scan.pdf", encryption=pikepdf.Encryption(user="pw", owner="pw"))
        (d / "plain.pdf").unlink()
        return Case(d / "scan.pdf", words="encrypted")
    if kind == "pdf_decompression_bomb":
        return Case(_flate_bomb(d / "scan.pdf"), words="too large")
    if kind == "pdf_lying_flate_bomb":
        return Case(_lying_flate_bomb(d / "scan.pdf"), words="too large to process safely")
    if kind == "png_decompression_bomb":
        return Case(_png_bomb(d / "scan.png"), words="too large")
    if kind == "jbig2_pdf":
        im = _text_page("1")
        image = dict(Width=im.width, Height=im.height, BitsPerComponent=1)
        image["ColorSpace"] = pikepdf.Name.DeviceGray
        image["Filter"] = pikepdf.Name.JBIG2Decode
        return Case(_pdf_with_image(d / "scan.pdf", _jbig2_mmr(im), image), 1, readable=True)
    if kind == "jbig2_garbage_pdf":
        image = dict(Width=1275, Height=1650, BitsPerComponent=1)
        image["ColorSpace"] = pikepdf.Name.DeviceGray
        image["Filter"] = pikepdf.Name.JBIG2Decode
        garbage = bytes(range(256)) * 40
        return Case(_pdf_with_image(d / "scan.pdf", garbage, image), words="damaged")
    if kind == "ccitt_g4_pdf":
        im = _text_page("1")
        image = dict(Width=im.width, Height=im.height, BitsPerComponent=1)
        image["ColorSpace"] = pikepdf.Name.DeviceGray
        image["Filter"] = pikepdf.Name.CCITTFaxDecode
        image["DecodeParms"] = pikepdf.Dictionary(
            K=-1, Columns=im.width, Rows=im.height, BlackIs1=False
        )
        return Case(_pdf_with_image(d / "scan.pdf", _g4(im), image), 1, readable=True)
    if kind == "tiff_alpha":
        im = _text_page("L")
        rgba = Image.new("RGBA", im.size, (0, 0, 0, 0))  # transparent *black* background
        rgba.putalpha(im.point(lambda v: 255 - v))  # only the text is opaque
        rgba.save(d / "scan.tif", compression="tiff_lzw")
        return Case(d / "scan.tif", 1, readable=True)
    if kind == "cmyk_jpeg":
        _text_page("CMYK").save(d / "scan.jpg", quality=90)
        return Case(d / "scan.jpg", 1, readable=True)
    if kind == "cmyk_jpeg_in_pdf":
        buf = io.BytesIO()
        _text_page("CMYK").save(buf, "JPEG", quality=90)  # Adobe APP14: stored inverted,
        image = dict(Width=1275, Height=1650, BitsPerComponent=8)  # so /Decode turns it back
        image["Decode"] = [1, 0, 1, 0, 1, 0, 1, 0]
        image["ColorSpace"] = pikepdf.Name.DeviceCMYK
        image["Filter"] = pikepdf.Name.DCTDecode
        return Case(_pdf_with_image(d / "scan.pdf", buf.getvalue(), image), 1, readable=True)
    if kind == "text_pdf":
        return Case(_text_pdf(d / "scan.pdf"), 1, readable=True)
    if kind == "tiff_named_pdf":
        _text_page().save(d / "scan.pdf", "TIFF", compression="tiff_deflate", dpi=(150, 150))
        return Case(d / "scan.pdf", 1, readable=True)
    if kind == "pdf_named_tif":
        stream, image = _gray_pdf_image(_text_page())
        return Case(_pdf_with_image(d / "scan.tif", stream, image), 1, readable=True)
    if kind == "folder_with_non_images":
        folder = d / "batch"
        folder.mkdir()
        _text_page().save(folder / "page_1.png", dpi=(150, 150))
        (folder / "notes.txt").write_text("not a page")
        (folder / "scan.pdf").write_bytes((SAMPLES / "batch1.pdf").read_bytes()[:2000])
        return Case(folder, words="not a page image")
    if kind == "symlink_loop_in_folder":
        folder = d / "batch"
        folder.mkdir()
        _text_page().save(folder / "page_1.png", dpi=(150, 150))
        os.symlink(folder / "page_3.png", folder / "page_2.png")
        os.symlink(folder / "page_2.png", folder / "page_3.png")
        return Case(folder, words="link")
    if kind == "broken_symlink_in_folder":
        folder = d / "batch"
        folder.mkdir()
        _text_page().save(folder / "page_1.png", dpi=(150, 150))
        os.symlink(d / "gone.png", folder / "page_2.png")
        return Case(folder, words="link")
    if kind == "phi_file_name":
        source = d / f"{PHI_NAME}_Walter_MRN{PHI_MRN}_1942-12-10.pdf"
        stream, image = _gray_pdf_image(_text_page())
        return Case(_pdf_with_image(source, stream, image), 1, readable=True)
    if kind == "zero_byte_image_in_folder":
        folder = d / "batch"
        folder.mkdir()
        _text_page().save(folder / "page_1.png", dpi=(150, 150))
        (folder / "page_2.png").write_bytes(b"")
        return Case(folder, words="empty")
    if kind == "truncated_jpeg_in_folder":
        folder = d / "batch"
        folder.mkdir()
        _text_page().save(folder / "page_1.png", dpi=(150, 150))
        buf = io.BytesIO()
        _text_page().save(buf, "JPEG", quality=90)
        (folder / "page_2.jpg").write_bytes(buf.getvalue()[: len(buf.getvalue()) * 2 // 3])
        return Case(folder, words="damaged or truncated")
    if kind == "png_bad_crc":
        buf = io.BytesIO()
        _text_page().save(buf, "PNG", dpi=(150, 150))
        data = bytearray(buf.getvalue())
        pos, _ = next(c for c in _png_chunks(bytes(data)) if c[1] == b"IDAT")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        data[pos + 8 + length] ^= 0xFF  # the first byte of the IDAT chunk's CRC
        (d / "scan.png").write_bytes(bytes(data))
        return Case(d / "scan.png", words="damaged")
    if kind == "tiff_unsupported_compression":
        return Case(_tiff_with_compression(d / "scan.tif", 34712), words="compression")
    if kind == "one_pixel_pdf_page":
        image = dict(Width=1, Height=1, BitsPerComponent=8, ColorSpace=pikepdf.Name.DeviceGray)
        return Case(_pdf_with_image(d / "scan.pdf", b"\xff", image), 1)
    if kind == "one_pixel_png":
        Image.new("L", (1, 1), 0).save(d / "scan.png")
        return Case(d / "scan.png", words="too small to be a scanned page")
    if kind == "png_16bit_gray":
        im = _text_page()
        wide = Image.frombytes(
            "I;16", im.size, b"".join(struct.pack("<H", v * 257) for v in im.tobytes())
        )
        wide.save(d / "scan.png", dpi=(150, 150))
        return Case(d / "scan.png", 1, readable=True)
    if kind == "tiff_16bit_gray":
        im = _text_page()
        wide = Image.frombytes(
            "I;16", im.size, b"".join(struct.pack("<H", v * 257) for v in im.tobytes())
        )
        wide.save(d / "scan.tif", compression="tiff_deflate", dpi=(150, 150))
        return Case(d / "scan.tif", 1, readable=True)
    if kind == "pdf_broken_xref":
        stream, image = _gray_pdf_image(_text_page())
        _pdf_with_image(d / "good.pdf", stream, image)
        data = bytearray((d / "good.pdf").read_bytes())
        start = data.rindex(b"xref")
        body = data[start:].replace(b"0000000", b"0000999")  # every offset now points wrong
        (d / "scan.pdf").write_bytes(bytes(data[:start] + body))
        (d / "good.pdf").unlink()
        return Case(d / "scan.pdf", 1, readable=True)
    raise AssertionError(kind)


KINDS = [
    "empty",
    "truncated_pdf",
    "pdf_no_pages",
    "encrypted_pdf",
    "pdf_decompression_bomb",
    "pdf_lying_flate_bomb",
    "png_decompression_bomb",
    "jbig2_pdf",
    "jbig2_garbage_pdf",
    "ccitt_g4_pdf",
    "tiff_alpha",
    "cmyk_jpeg",
    "cmyk_jpeg_in_pdf",
    "text_pdf",
    "tiff_named_pdf",
    "pdf_named_tif",
    "folder_with_non_images",
    "symlink_loop_in_folder",
    "broken_symlink_in_folder",
    "phi_file_name",
    "zero_byte_image_in_folder",
    "truncated_jpeg_in_folder",
    "png_bad_crc",
    "tiff_unsupported_compression",
    "one_pixel_pdf_page",
    "one_pixel_png",
    "png_16bit_gray",
    "tiff_16bit_gray",
    "pdf_broken_xref",
]


# -- running the real command ---------------------------------------------------------------


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    max_rss: int  # bytes, the command and the programs it waited for (pdftoppm, tesseract)
    seconds: float


# Runs a command and writes its peak memory (KiB, with the programs it waited for) to a file.
# The measured command must be a grandchild of the test process: Linux counts into a process's
# peak the memory of the process it was exec'd from, and that would be this test process.
_PEAK_RSS = """import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


def run_digitize(*args, prefix: list[str] | tuple = (), cwd: Path = ROOT) -> Run:
    """The real CLI in a subprocess, as `tests.conftest.digitize` runs it, with this one run's
    peak memory (RUSAGE_CHILDREN would be the peak of any child this process ever had)."""
    with tempfile.NamedTemporaryFile() as peak:
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-c", _PEAK_RSS, peak.name]
            + [*prefix, sys.executable, "-m", "digitize.cli", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd,
            timeout=600,
        )
        seconds = time.monotonic() - started
        max_rss = int(Path(peak.name).read_text() or 0) * 1024
    return Run(proc.returncode, proc.stdout, proc.stderr, max_rss, seconds)


def _digest(path: Path) -> dict[str, str]:
    """Every file under path (or path itself) and its hash; links as where they point."""
    paths = [path] if not path.is_dir() else sorted(path.iterdir())
    out = {}
    for p in paths:
        if p.is_symlink():
            out[p.name] = "-> " + os.readlink(p)
        else:
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() + oct(p.stat().st_mode)
    return out


def _process(source: Path, tmp: Path, prefix: list[str] | tuple = ()) -> Run:
    return run_digitize(
        "process",
        source,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        tmp / "store",
        "--report",
        tmp / "report.json",
        prefix=prefix,
    )


def assert_refused(run: Run, words: str, out: Path) -> None:
    """Exit 2, one line naming the problem, and nothing written: no store object, no report."""
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2, run.stderr
    assert len(lines) == 1 and words in lines[0], run.stderr
    assert "Traceback" not in run.stderr and not run.stdout.strip()
    assert not [p for p in (out / "store").rglob("*") if p.is_file()]
    assert not (out / "report.json").exists()


def assert_processed(run: Run, case: Case, report: Path) -> dict:
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    manifest = json.loads(report.read_text())
    assert manifest["page_count"] == case.pages
    assert [p["index"] for p in manifest["pages"]] == list(range(case.pages))
    assert sum(manifest["summary"].values()) == case.pages
    if case.readable:
        assert WORD in manifest["pages"][0]["text"].upper(), manifest["pages"][0]
    return manifest


@pytest.mark.parametrize("kind", KINDS)
def test_bad_or_awkward_input_is_processed_or_cleanly_refused(kind, tmp_path):
    case = build(kind, tmp_path)
    before = _digest(case.source)
    run = _process(case.source, tmp_path)
    assert run.max_rss < MAX_RSS_BYTES, f"peak memory {run.max_rss / 1e9:.2f} GB"
    if case.pages is None:
        assert_refused(run, case.words, tmp_path)
        assert run.seconds < 60, f"refusal took {run.seconds:.0f} s"
    else:
        assert_processed(run, case, tmp_path / "report.json")
    assert _digest(case.source) == before


def test_text_pdf_keeps_its_own_text(tmp_path):
    """A born-digital page is not OCR'd for its text: the PDF's words, exactly, confidence 1."""
    case = build("text_pdf", tmp_path)
    run = _process(case.source, tmp_path)
    page = assert_processed(run, case, tmp_path / "report.json")["pages"][0]
    assert page["text"] == "\n".join(LINES)
    assert page["confidence"]["ocr"] == 1.0


def _text_fields_removed(manifest: dict) -> dict:
    return dict(manifest, pages=[dict(p, text="") for p in manifest["pages"]])


def test_phi_in_the_file_name_goes_nowhere(tmp_path):
    case = build("phi_file_name", tmp_path)
    run = _process(case.source, tmp_path)
    manifest = assert_processed(run, case, tmp_path / "report.json")
    stored = [p.relative_to(tmp_path / "store").as_posix() for p in (tmp_path / "store").rglob("*")]
    fields = json.dumps(_text_fields_removed(manifest))
    secrets = [s.lower() for s in (PHI_NAME, PHI_MRN, "Walter", "1942-12-10")]
    for where in (run.stdout, run.stderr, fields, *stored):
        assert not found(where.lower(), secrets), "PHI from the file name leaked"


def _without_file_permission_override() -> list[str]:
    """A command prefix under which this user obeys file permissions. Root reads any file
    whatever its mode (capabilities DAC_OVERRIDE and DAC_READ_SEARCH): as root, the command runs
    as root still but with those two capabilities dropped (util-linux setpriv)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, which reads any file, and setpriv is not installed")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("where", ["batch", "page_in_folder"])
def test_unreadable_file_is_refused(where, tmp_path):
    prefix = _without_file_permission_override()
    if where == "batch":
        source = secret = tmp_path / "scan.png"
        _text_page().save(source)
    else:
        source = tmp_path / "batch"
        source.mkdir()
        _text_page().save(source / "page_1.png")
        _text_page().save(secret := source / "page_2.png")
    before, mode = _digest(source), secret.stat().st_mode
    os.chmod(secret, 0)
    try:
        probe = subprocess.run([*prefix, "cat", str(secret)], capture_output=True, check=False)
        if probe.returncode == 0:
            pytest.skip("this user reads files whatever their mode")
        run = _process(source, tmp_path, prefix=prefix)
        assert_refused(run, "cannot be read (permission denied)", tmp_path)
    finally:
        os.chmod(secret, mode)
    assert _digest(source) == before


def test_named_pipe_as_batch_is_refused(tmp_path):
    """A FIFO would block the first read forever."""
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)
    run = _process(fifo, tmp_path)
    assert_refused(run, "neither a regular file nor a folder", tmp_path)
