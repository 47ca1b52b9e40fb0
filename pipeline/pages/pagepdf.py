"""The filed page: the scan's image with Tesseract's invisible text layer over it, one PDF page.

The scan replaces the paper, so the image is the scanner's own bytes wherever the page needed no
turn or deskew. Only a page that was changed is encoded again: bilevel as CCITT G4 (lossless,
never JBIG2 symbol matching, whose 6/8 swaps are the known danger in records), gray as JPEG at
the configured quality, or losslessly when the site asks. Built with pikepdf, no Ghostscript
round trip that would re-encode every image."""

from __future__ import annotations

import contextlib
import io
import os
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pikepdf
from PIL import Image, TiffImagePlugin

from pipeline.intake import tiff_g4
from pipeline.models import EncodedImage


def jpeg(pixels: np.ndarray, quality: int) -> EncodedImage:
    ok, data = cv2.imencode(".jpg", pixels, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("could not encode the page as JPEG")
    h, w = pixels.shape[:2]
    return EncodedImage(data.tobytes(), w, h, "/DeviceGray", 8, "/DCTDecode")


def g4(pixels: np.ndarray) -> EncodedImage:
    """CCITT Group 4 through libtiff (Pillow), one strip for the whole page, taken out of the
    TIFF as intake takes a scanner's."""
    h = pixels.shape[0]
    buf = io.BytesIO()
    Image.fromarray(pixels > 127).save(
        buf, "TIFF", compression="group4", tiffinfo={TiffImagePlugin.ROWSPERSTRIP: h}
    )
    raw = buf.getvalue()
    with Image.open(io.BytesIO(raw)) as tif:
        image = tiff_g4(tif, lambda offset, length: raw[offset : offset + length])
    if image is None:
        raise ValueError("could not encode the page as CCITT G4")
    return image


def flate(pixels: np.ndarray) -> EncodedImage:
    """Lossless: PNG's row filters (through OpenCV) and its deflate stream, as PDF's Flate with
    the PNG predictor, which is how a PDF holds a PNG without decoding it."""
    h, w = pixels.shape[:2]
    ok, png = cv2.imencode(".png", pixels, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    if not ok:
        raise ValueError("could not encode the page losslessly")
    data = _png_idat(png.tobytes())
    parms = {"/Predictor": 15, "/Colors": 1, "/BitsPerComponent": 8, "/Columns": w}
    zlib.decompressobj().decompress(data[:64])  # a broken stream fails here, not in a viewer
    return EncodedImage(data, w, h, "/DeviceGray", 8, "/FlateDecode", parms)


def _png_idat(png: bytes) -> bytes:
    chunks, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            chunks.append(png[pos + 8 : pos + 8 + length])
        pos += 12 + length
    return b"".join(chunks)


# A changed gray page is not filed at a lower JPEG quality than this to meet its size budget.
MIN_JPEG_QUALITY = 50


def encode(
    pixels: np.ndarray, bilevel: bool, quality: int, lossless: bool, budget: int | None = None
) -> EncodedImage:
    """A page the pipeline changed (turned, deskewed, rendered), or one whose scan bytes are not
    kept: bilevel stays bilevel (G4), gray is JPEG unless the site files losslessly. `budget`:
    the bytes the scan itself took for the page, plus 10%; a JPEG of a scan that was
    compressed harder than the configured quality steps down to fit, as the archive should
    not grow past what the scanner stored."""
    if bilevel:
        return g4(pixels)
    if lossless:
        return flate(pixels)
    image = jpeg(pixels, quality)
    while budget is not None and len(image.data) > budget and quality > MIN_JPEG_QUALITY:
        quality = max(MIN_JPEG_QUALITY, quality - 10)
        image = jpeg(pixels, quality)
    return image


def _xobject(pdf: pikepdf.Pdf, image: EncodedImage) -> pikepdf.Stream:
    xobj = pikepdf.Stream(pdf, image.data)
    xobj.Type = pikepdf.Name.XObject
    xobj.Subtype = pikepdf.Name.Image
    xobj.Width, xobj.Height = image.width, image.height
    xobj.ColorSpace = pikepdf.Name(image.colour)
    xobj.BitsPerComponent = image.bits
    xobj.Filter = pikepdf.Name(image.filter)
    parms = dict(image.parms or {})
    if image.globals_ is not None:
        parms["/JBIG2Globals"] = pdf.make_indirect(pikepdf.Stream(pdf, image.globals_))
    if parms:
        xobj.DecodeParms = pikepdf.Dictionary(parms)
    if image.decode is not None:
        xobj.Decode = pikepdf.Array(image.decode)
    return xobj


def compose(
    image: EncodedImage, size_pt: tuple[float, float], text_pdf: Path | None, out: Path
) -> Path:
    """One page of `size_pt` (points) showing `image` edge to edge, with the text layer's page
    laid over it at the same size so a search hit highlights the word on the scan."""
    w, h = size_pt
    with pikepdf.new() as pdf, contextlib.ExitStack() as stack:
        page = pdf.add_blank_page(page_size=(w, h))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=_xobject(pdf, image)))
        page.Contents = pdf.make_stream(f"q {w:.4f} 0 0 {h:.4f} 0 0 cm /Im0 Do Q".encode())
        if text_pdf is not None:
            # Open until saved: qpdf copies a foreign stream's data when writing.
            text = stack.enter_context(pikepdf.open(text_pdf))
            page.add_overlay(text.pages[0], pikepdf.Rectangle(0, 0, w, h))
        pdf.save(out, compress_streams=True, deterministic_id=True)
    os.chmod(out, 0o600)
    return out
