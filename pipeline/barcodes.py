"""Barcode reading: zxing-cpp first (rotated, low-contrast and fax-quality codes), pyzbar as a
second opinion and a 2x upscale retry, only for cover-like pages that gave nothing."""

from __future__ import annotations

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
    """The fast path run on every page: full resolution (a missed cover sheet would let the
    next patient's pages follow the previous packet, so no downscaled-only search), dark codes
    on light paper only; inverted codes are left to the slow path."""
    return _dedupe(_zxing(pixels, formats, try_invert=False))


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
