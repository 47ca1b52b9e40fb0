"""Page rendering and scanner degradation for generated batches: what a 300 dpi office scanner
produces, including skew, upside-down feeds, noise, duplex blank backs with bleed-through and
fax-quality pages."""

from __future__ import annotations

import io
import random
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 300
PAGE_W, PAGE_H = int(8.5 * DPI), int(11 * DPI)
MARGIN = int(0.75 * DPI)
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu")]


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return ImageFont.truetype(str(p), size)
    raise RuntimeError(f"font {name} not found: install fonts-dejavu-core (make setup)")


BODY = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"


@dataclass
class Rendered:
    image: Image.Image  # mode L, upright, 300 dpi
    text: str  # what is printed, line by line, in reading order


class Canvas:
    def __init__(self) -> None:
        self.image = Image.new("L", (PAGE_W, PAGE_H), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = MARGIN
        self.lines: list[str] = []

    def line(self, text: str, size: int = 42, bold: bool = False, gap: int = 22) -> None:
        font = _font(BOLD if bold else BODY, size)
        self.draw.text((MARGIN, self.y), text, fill=0, font=font)
        self.y += size + gap
        self.lines.append(text)

    def paragraph(self, text: str, width: int = 78) -> None:
        for part in textwrap.wrap(text, width):
            self.line(part)
        self.y += 18

    def space(self, px: int) -> None:
        self.y += px

    def paste(self, img: Image.Image, x: int | None = None) -> None:
        x = (PAGE_W - img.width) // 2 if x is None else x
        self.image.paste(img, (x, self.y))
        self.y += img.height + 40

    def footer(self, text: str) -> None:
        font = _font(BODY, 36)
        self.draw.text((MARGIN, PAGE_H - MARGIN), text, fill=0, font=font)
        self.lines.append(text)

    def done(self) -> Rendered:
        return Rendered(self.image, "\n".join(self.lines))


def barcode_image(value: str, symbology: str) -> Image.Image:
    fmt = {"Code39": "Code39Ext"}.get(symbology, symbology)
    code = zxingcpp.create_barcode(value, getattr(zxingcpp.BarcodeFormat, fmt))
    scale = {"Code128": 3, "Code39": 2, "QRCode": 10, "DataMatrix": 12, "PDF417": 4}[symbology]
    img = Image.fromarray(np.asarray(zxingcpp.write_barcode_to_image(code, scale=scale)))
    if symbology in ("Code128", "Code39"):
        img = img.resize((img.width, 220), Image.NEAREST)
    return img.convert("L")


def damage(img: Image.Image, rng: random.Random) -> Image.Image:
    """A coffee stain and a tear: most of the code is gone, as after a bad photocopy."""
    img = img.copy()
    d = ImageDraw.Draw(img)
    w, h = img.size
    d.rectangle([int(w * 0.15), 0, int(w * 0.85), h], fill=255)
    for _ in range(40):
        x, y = rng.randrange(w), rng.randrange(h)
        d.ellipse([x, y, x + 14, y + 14], fill=0)
    return img


def blank_back(rng: random.Random, bleed: Image.Image | None) -> Image.Image:
    """The back of a one-sided sheet: off-white paper, specks, faint mirrored bleed-through."""
    paper = Image.new("L", (PAGE_W, PAGE_H), 246)
    if bleed is not None:
        mirrored = bleed.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(2))
        faint = Image.eval(mirrored, lambda v: 246 - int((255 - v) * 0.12))
        paper = Image.fromarray(np.minimum(np.asarray(paper), np.asarray(faint)))
    arr = np.asarray(paper).astype(np.int16)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nprng.normal(0, 2.0, arr.shape).astype(np.int16)
    for _ in range(25):  # dust specks
        y, x = nprng.integers(0, PAGE_H - 3), nprng.integers(0, PAGE_W - 3)
        arr[y : y + 2, x : x + 2] = 60
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def degrade(
    img: Image.Image,
    rng: random.Random,
    *,
    skew: float = 0.0,
    rotation: int = 0,
    noise: float = 1.5,
    blur: float = 0.0,
) -> Image.Image:
    """Scanner effects. rotation is how the sheet was fed (clockwise degrees); skew in degrees."""
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=250)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.93 + 250 * 0.07 - 6  # paper is not pure white, toner not pure black
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nprng.normal(0, noise, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rotation:
        img = img.rotate(-rotation, expand=True)
    return img


def fax(img: Image.Image) -> tuple[Image.Image, tuple[int, int]]:
    """Group 3 fine mode: 204x196 dpi, one bit per pixel."""
    w, h = int(8.5 * 204), int(11 * 196)
    small = img.resize((w, h), Image.BILINEAR)
    return small.point(lambda v: 255 if v > 150 else 0).convert("1"), (204, 196)


def jpeg_bytes(img: Image.Image, quality: int = 70) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(DPI, DPI))
    return buf.getvalue()
