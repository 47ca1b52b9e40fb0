"""Barcode reading: zxing-cpp first (rotated, low-contrast and fax-quality codes), pyzbar as a
second opinion and a 2x upscale retry, only for cover-like pages that gave nothing."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from pipeline.models import BarcodeRead

_ZXING_FORMATS = {
    "Code128": zxingcpp.BarcodeFormat.Code128,
    "Code39": zxingcpp.BarcodeFormat.Code39,
    "QRCode": zxingcpp.BarcodeFormat.QRCode,
    "DataMatrix": zxingcpp.BarcodeFormat.DataMatrix,
    "PDF417": zxingcpp.BarcodeFormat.PDF417,
}
# What zxing finds only near the direction it scans: bars, and Data Matrix's finder edges.
# QR codes' finder squares are found at any angle.
_TURN_TOO = frozenset({"Code128", "Code39", "PDF417", "DataMatrix"})
_PYZBAR_NAMES = {"CODE128": "Code128", "CODE39": "Code39", "QRCODE": "QRCode", "PDF417": "PDF417"}


def canonical_format(name: str) -> str:
    """zxing says 'Code 39 Extended' or 'QR Code'; the product says Code39 and QRCode."""
    compact = name.replace(" ", "")
    for canon in _ZXING_FORMATS:
        if compact.lower().startswith(canon.lower()):
            return canon
    return compact


def _zxing(pixels: np.ndarray, formats: list[str], **kwargs) -> list[BarcodeRead]:
    wanted = [_ZXING_FORMATS[f] for f in formats]
    found = zxingcpp.read_barcodes(pixels, formats=wanted, **kwargs)
    return [BarcodeRead(canonical_format(str(b.format)), b.text, "zxing") for b in found if b.valid]


def _pyzbar(pixels: np.ndarray, formats: list[str]) -> list[BarcodeRead]:
    from pyzbar import pyzbar

    out = []
    for sym in pyzbar.decode(pixels):
        fmt = _PYZBAR_NAMES.get(sym.type)
        if fmt in formats:
            out.append(BarcodeRead(fmt, sym.data.decode("utf-8", "replace"), "pyzbar"))
    return out


def read(pixels: np.ndarray, formats: list[str]) -> list[BarcodeRead]:
    """The fast path run on every page, dark codes on light paper (inverted codes are left to
    the slow path), all at full resolution: a missed cover sheet would let the next patient's
    pages follow the previous packet, and narrow Code 39 bars are lost at 80% scale. zxing's
    own search at every quarter turn cost 1.8x reading the page as it is and, for what is
    found only near the direction scanned, a quarter turn of it. A page that looks
    like a cover but gave no code still gets the slow path's full search."""
    found = _zxing(pixels, formats, try_invert=False, try_rotate=False)
    turn_too = [f for f in formats if f in _TURN_TOO]
    if turn_too:
        turned = cv2.rotate(pixels, cv2.ROTATE_90_CLOCKWISE)
        found += _zxing(turned, turn_too, try_invert=False, try_rotate=False)
    return _dedupe(found)


def read_hard(pixels: np.ndarray, formats: list[str]) -> list[BarcodeRead]:
    """The slow path for a page that looks like a cover sheet but gave no code: another
    binariser, a 2x upscale, a despeckled copy, then ZBar's opinion."""
    attempts = (
        lambda: _zxing(pixels, formats),  # inverted codes too
        lambda: _zxing(pixels, formats, binarizer=zxingcpp.Binarizer.GlobalHistogram),
        lambda: _zxing(cv2.medianBlur(pixels, 3), formats),
        lambda: _zxing(
            cv2.resize(pixels, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), formats
        ),
        lambda: _pyzbar(pixels, formats),
    )
    for attempt in attempts:
        found = attempt()
        if found:
            return _dedupe(found)
    return []


def _dedupe(reads: list[BarcodeRead]) -> list[BarcodeRead]:
    seen, out = set(), []
    for r in reads:
        if (r.format, r.value) not in seen:
            seen.add((r.format, r.value))
            out.append(r)
    return out


# A code region, in inches: at least this tall and wide, and dense like printed modules.
_REGION_MIN_SIDE_IN, _REGION_MIN_AREA_IN2 = 0.25, 0.12
_REGION_DENSITY = (0.22, 0.88)
# Bars: edges across them far outnumber edges along them. Text is masked out beforehand.
_LINEAR_EDGE_RATIO = 3.0


@dataclass(frozen=True)
class CodeRegion:
    box: tuple[int, int, int, int]  # pixels
    linear: bool  # bars (1-D codes, PDF417, patch codes); else square like a 2-D code or logo


def code_regions(
    pixels: np.ndarray, dpi: float, text_boxes: list[tuple[int, int, int, int]] = ()
) -> list[CodeRegion]:
    """Where a page shows a printed symbol, decodable or not: blocks of dense, fine-grained ink
    that text lines (masked out by the words OCR read), rules and solid blocks are not. A
    damaged cover-sheet code still counts, so a sheet is known as a separator without its
    value. Square regions are weak evidence: a logo looks much like a small 2-D code."""
    scale = 150.0 / dpi
    if len(text_boxes):
        pixels = pixels.copy()
        for x0, y0, x1, y1 in text_boxes:  # words OCR read are text, whatever their weight
            pixels[max(0, y0 - 4) : y1 + 4, max(0, x0 - 4) : x1 + 4] = 255
    small = cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    cell = 8  # px at 150 dpi: about 0.05 in
    h, w = (ink.shape[0] // cell) * cell, (ink.shape[1] // cell) * cell
    if h == 0 or w == 0:
        return []
    ink = ink[:h, :w].astype(np.float32)

    def per_cell(a: np.ndarray) -> np.ndarray:
        return a.reshape(h // cell, cell, w // cell, cell).mean(axis=(1, 3))

    density = per_cell(ink)
    tx = per_cell(np.abs(np.diff(ink, axis=1, append=ink[:, -1:])))
    ty = per_cell(np.abs(np.diff(ink, axis=0, append=ink[-1:, :])))
    # A code's cells are dense with ink and with edges; a solid block has density but no edges.
    dense = (density >= _REGION_DENSITY[0]) & (density <= _REGION_DENSITY[1]) & (tx + ty >= 0.12)
    mask = cv2.morphologyEx(dense.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    cell_in = cell / 150.0
    out = []
    for i in range(1, n):
        x, y, cw, ch, area = (int(v) for v in stats[i])
        if min(cw, ch) * cell_in < _REGION_MIN_SIDE_IN or area * cell_in**2 < _REGION_MIN_AREA_IN2:
            continue
        block = labels[y : y + ch, x : x + cw] == i
        if block.mean() < 0.55:
            continue  # ragged: text, not a printed symbol
        if density[y : y + ch, x : x + cw][block].mean() < 0.3:
            continue
        ex = tx[y : y + ch, x : x + cw][block].mean()
        ey = ty[y : y + ch, x : x + cw][block].mean()
        f = cell / scale
        box = (int(x * f), int(y * f), int((x + cw) * f), int((y + ch) * f))
        out.append(CodeRegion(box, bool(ex >= _LINEAR_EDGE_RATIO * max(ey, 1e-3))))
    return out
