"""A kept review page (a one-page PDF: the scan plus its invisible text) as a PNG for the
browser, made in memory: page images never touch the disk here."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image

MAX_WIDTH = 1400


def page_png(pdf: bytes, max_width: int = MAX_WIDTH) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        images = list(page.get_images().values())
        if not images:
            raise ValueError("the kept page holds no image")
        # The scan is the largest image on the page.
        raw = max(images, key=lambda im: int(im.Width) * int(im.Height))
        img = pikepdf.PdfImage(raw).as_pil_image()
    if img.mode not in ("L", "1", "RGB"):
        img = img.convert("RGB")
    if img.width > max_width:
        img = img.convert("L") if img.mode == "1" else img
        img = img.resize((max_width, round(img.height * max_width / img.width)), Image.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False, compress_level=3)
    return out.getvalue()
