"""Writers for the three batch forms a scanner produces: image-only PDF (JPEG, CCITT G4 or Flate
page images), multi-page TIFF (G4) and a folder of page images."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image

from sample_scans.render import jpeg_bytes


@dataclass
class ScanPage:
    image: Image.Image  # mode L or 1
    dpi: tuple[int, int] = (300, 300)
    encoding: str = "jpeg"  # jpeg | g4 | flate | png


def bilevel(img: Image.Image) -> Image.Image:
    """Threshold, as a scanner's bilevel mode does (convert("1") would dither)."""
    return img if img.mode == "1" else img.point(lambda v: 255 if v > 140 else 0, mode="1")


def _g4_strip(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    bilevel(img).save(buf, "TIFF", compression="group4", tiffinfo={278: img.height})
    data = buf.getvalue()
    tiff = Image.open(io.BytesIO(data))
    offsets, counts = tiff.tag_v2[273], tiff.tag_v2[279]
    if len(offsets) != 1:
        raise RuntimeError("expected a single-strip G4 image")
    return data[offsets[0] : offsets[0] + counts[0]]


def write_pdf(pages: list[ScanPage], path: Path) -> None:
    pdf = pikepdf.new()
    for page in pages:
        w, h = page.image.size
        if page.encoding == "jpeg":
            xobj = pikepdf.Stream(pdf, jpeg_bytes(page.image.convert("L")))
            xobj.Filter, bpc = pikepdf.Name.DCTDecode, 8
        elif page.encoding == "g4":
            xobj = pikepdf.Stream(pdf, _g4_strip(page.image))
            xobj.Filter, bpc = pikepdf.Name.CCITTFaxDecode, 1
            # PIL writes G4 as min-is-black, so black pixels are the 1 bits.
            xobj.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=True)
        else:
            xobj = pikepdf.Stream(pdf, zlib.compress(page.image.convert("L").tobytes(), 6))
            xobj.Filter, bpc = pikepdf.Name.FlateDecode, 8
        xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, bpc
        xobj.ColorSpace = pikepdf.Name.DeviceGray
        pw, ph = w * 72.0 / page.dpi[0], h * 72.0 / page.dpi[1]
        pdf.add_blank_page(page_size=(pw, ph))
        pg = pdf.pages[-1]
        pg.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
        pg.Contents = pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
    pdf.save(path, deterministic_id=True)


def write_tiff(pages: list[ScanPage], path: Path) -> None:
    frames = [bilevel(p.image) for p in pages]
    frames[0].save(
        path, save_all=True, append_images=frames[1:], compression="group4", dpi=(300, 300)
    )


def write_folder(pages: list[ScanPage], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, page in enumerate(pages, start=1):
        if page.encoding == "png":
            page.image.save(folder / f"page_{n}.png", dpi=page.dpi)
        else:
            (folder / f"page_{n}.jpg").write_bytes(jpeg_bytes(page.image.convert("L")))
