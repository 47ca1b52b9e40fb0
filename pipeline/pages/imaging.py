"""Image clean-up before OCR: square pixels, orientation, skew, and the blank-page check."""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from pipeline.models import PageImage


def square_pixels(page: PageImage) -> PageImage:
    """Fax pages come at 204x98 dpi; Tesseract and the deskew want square pixels."""
    dx, dy = page.dpi
    if abs(dx - dy) / max(dx, dy) < 0.03:
        return page
    target = max(dx, dy)
    w, h = page.size
    size = (int(round(w * target / dx)), int(round(h * target / dy)))
    pixels = cv2.resize(page.pixels, size, interpolation=cv2.INTER_CUBIC)
    if page.bilevel:
        pixels = np.where(pixels > 127, 255, 0).astype(np.uint8)
    return replace(page, pixels=pixels, dpi=(target, target))  # the scan's bytes go with it


def rotate_quarter(pixels: np.ndarray, clockwise_degrees: int) -> np.ndarray:
    turns = {0: None, 90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180}
    turns[270] = cv2.ROTATE_90_COUNTERCLOCKWISE
    code = turns[clockwise_degrees % 360]
    return pixels if code is None else cv2.rotate(pixels, code)


def ink_mask(pixels: np.ndarray, darkness: float) -> np.ndarray:
    """Pixels clearly darker than the paper: faint bleed-through from the back is not ink."""
    paper = float(np.percentile(pixels[::4, ::4], 95))
    return pixels < max(paper * darkness, 1.0)


def estimate_skew(pixels: np.ndarray, darkness: float, max_degrees: float) -> float:
    """Skew in degrees (positive: text runs uphill, counter-clockwise) by maximising the sharpness
    of the horizontal projection profile of ink pixels, coarse then fine."""
    small = cv2.resize(pixels, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    ys, xs = np.nonzero(ink_mask(small, darkness))
    if len(xs) < 200:
        return 0.0
    if len(xs) > 60_000:
        pick = np.random.default_rng(0).choice(len(xs), 60_000, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs = xs.astype(np.float64) - xs.mean()
    ys = ys.astype(np.float64)

    def score(angle: float) -> float:
        t = np.deg2rad(angle)
        proj = ys * np.cos(t) + xs * np.sin(t)
        hist = np.bincount((proj - proj.min()).astype(np.int64))
        return float(np.sum(hist.astype(np.float64) ** 2))

    coarse = np.arange(-max_degrees, max_degrees + 1e-9, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    return float(round(max(fine, key=score), 2))


# A smaller skew is left alone: the page is read and filed as scanned.
MIN_DESKEW_DEGREES = 0.1


def deskewed(angle: float) -> bool:
    return abs(angle) >= MIN_DESKEW_DEGREES


def deskew(pixels: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by -angle around the centre, filling with white; the page keeps its size."""
    if not deskewed(angle):
        return pixels
    h, w = pixels.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    return cv2.warpAffine(
        pixels, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


@dataclass(frozen=True)
class InkReport:
    ink_per_sq_inch: float
    ink_ratio: float


def measure_ink(pixels: np.ndarray, dpi: float, darkness: float, margin: float) -> InkReport:
    """Ink inside the margins that belongs to marks bigger than scanner specks."""
    h, w = pixels.shape
    my, mx = int(h * margin), int(w * margin)
    inner = pixels[my : h - my, mx : w - mx]
    sq_inches = (inner.shape[0] * inner.shape[1]) / (dpi * dpi)
    # A page of text has ink far above any blank threshold: a sparse sample settles it without
    # labelling every speck (the exact count only matters near the threshold).
    sample = ink_mask(inner[::4, ::4], darkness)
    rough = float(sample.mean())
    if rough > 0.002:
        return InkReport(rough * dpi * dpi, rough)
    mask = ink_mask(inner, darkness).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    min_area = max(3, int(12 * (dpi / 300.0) ** 2))
    areas = stats[1:, cv2.CC_STAT_AREA]
    ink = int(areas[areas >= min_area].sum())
    return InkReport(ink / max(sq_inches, 1e-6), ink / max(inner.size, 1))
