"""Imaginary site: Boreal Lakes Health Authority / Régie de la santé des Lacs-Boréaux,
Health Records / Dossiers de santé (a fictitious Canadian provincial health authority).

Renders the site's bilingual "Scanning Requisition / Réquisition de numérisation" cover
sheet (DataMatrix code, identity block, requesting unit, page count, signature line) and
ordinary clinical pages that carry an addressograph imprint of the patient card in the
top right corner.  All names, units, physicians and clinical content are fictitious.

Written independently by a helper that saw neither the project's code nor other sites'
layouts; it is based only on general knowledge of how such sheets and pages look.

Licensed under the Apache License, Version 2.0.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

import zxingcpp

SITE = "Boreal Lakes Health Authority"
SYMBOLOGY = "DataMatrix"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi (Canada uses Letter)
DPI = 300

_DV = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONTS = {
    "sans": _LB + "LiberationSans-Regular.ttf",
    "sansb": _LB + "LiberationSans-Bold.ttf",
    "sansi": _LB + "LiberationSans-Italic.ttf",
    "narrow": _LB + "LiberationSansNarrow-Regular.ttf",
    "narrowb": _LB + "LiberationSansNarrow-Bold.ttf",
    "serif": _LB + "LiberationSerif-Regular.ttf",
    "serifb": _LB + "LiberationSerif-Bold.ttf",
    "mono": _DV + "DejaVuSansMono.ttf",
    "monob": _DV + "DejaVuSansMono-Bold.ttf",
    "lmono": _LB + "LiberationMono-Regular.ttf",
    "lmonob": _LB + "LiberationMono-Bold.ttf",
    "hand": _DV + "DejaVuSans-Oblique.ttf",
    "hand2": _DV + "DejaVuSansCondensed-Oblique.ttf",
    "hand3": _LB + "LiberationSansNarrow-Italic.ttf",
    "dvb": _DV + "DejaVuSans-Bold.ttf",
    "dv": _DV + "DejaVuSans.ttf",
}


@lru_cache(maxsize=256)
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONTS[name], size)


def _pt(points: float) -> int:
    return int(round(points * DPI / 72.0))


# ----------------------------------------------------------------------------
# small drawing helpers
# ----------------------------------------------------------------------------

def _text(d, xy, s, font, size, fill=0, anchor="la"):
    d.text(xy, s, font=_font(font, size), fill=fill, anchor=anchor)


def _tw(s, font, size):
    return _font(font, size).getlength(s)


def _box(d, x0, y0, x1, y1, w=3, fill=None):
    d.rectangle([x0, y0, x1, y1], outline=0, width=w, fill=fill)


def _checkbox(d, x, y, size, checked=False, rng=None):
    d.rectangle([x, y, x + size, y + size], outline=0, width=3)
    if checked:
        j = (lambda: rng.randint(-4, 4)) if rng else (lambda: 0)
        d.line([x + 6 + j(), y + 6 + j(), x + size - 6 + j(), y + size - 6 + j()], fill=20, width=6)
        d.line([x + size - 6 + j(), y + 6 + j(), x + 6 + j(), y + size - 6 + j()], fill=20, width=6)


def _hand(d, xy, s, rng, size=46, fill=25, font=None):
    """Pseudo-handwriting: oblique font, per-word jitter of baseline, size and ink."""
    font = font or rng.choice(["hand", "hand2", "hand3"])
    x, y = xy
    for word in s.split(" "):
        sz = size + rng.randint(-1, 1)
        yy = y + rng.randint(-3, 3)
        ink = max(0, min(90, fill + rng.randint(-15, 15)))
        d.text((x, yy), word, font=_font(font, sz), fill=ink)
        x += _font(font, sz).getlength(word + " ") + rng.randint(-3, 6)
    return x


def _scribble(d, x, y, w, h, rng, fill=30, width=5):
    """A signature-like scribble inside the box (x, y, w, h)."""
    pts = []
    n = rng.randint(5, 9)
    cx = x
    for i in range(n):
        seg_w = w / n
        loops = rng.randint(1, 2)
        for k in range(10 * loops):
            t = k / (10.0 * loops)
            ang = t * 2 * math.pi * loops
            px = cx + seg_w * t + math.cos(ang) * seg_w * 0.25
            py = y + h * 0.55 - math.sin(ang) * h * rng.uniform(0.15, 0.45)
            pts.append((px, py))
        cx += seg_w
    d.line(pts, fill=fill, width=width, joint="curve")
    if rng.random() < 0.6:
        d.line([(x - 10, y + h * 0.8), (x + w * rng.uniform(0.6, 1.0), y + h * 0.7)], fill=fill, width=4)


def _logo(d, x, y, r):
    """Authority mark: circle with three stylised spruce trees over a lake line."""
    d.ellipse([x - r, y - r, x + r, y + r], outline=0, width=max(3, r // 14))
    for dx, s in ((-0.42, 0.55), (0.0, 0.75), (0.42, 0.5)):
        cx = x + dx * r
        top = y - s * r
        base = y + 0.22 * r
        for lvl in range(3):
            ty = top + (base - top) * lvl / 3.0
            by = top + (base - top) * (lvl + 1) / 3.0 + r * 0.04
            hw = r * 0.12 * (lvl + 1) * s / 0.6
            d.polygon([(cx, ty), (cx - hw, by), (cx + hw, by)], fill=0)
    for k in range(3):
        yy = y + r * (0.38 + 0.14 * k)
        half = math.sqrt(max(0.0, r * r - (yy - y) ** 2)) * 0.8
        d.line([(x - half, yy), (x + half, yy)], fill=0, width=max(2, r // 18))


def _letterhead(d, ox, oy, rng, small=False):
    r = 70 if small else 95
    _logo(d, ox + 150 + r, oy + 40 + r, r)
    tx = ox + 150 + 2 * r + 40
    fs = _pt(13) if small else _pt(15)
    _text(d, (tx, oy + 55), "Boreal Lakes Health Authority", "sansb", fs)
    _text(d, (tx, oy + 55 + int(fs * 1.2)), "Régie de la santé des Lacs-Boréaux", "sansb", fs)
    if not small:
        _text(d, (tx, oy + 55 + int(fs * 2.5)), "Health Records  |  Dossiers de santé", "sans", _pt(10))
    return oy + 40 + 2 * r


def _finish(img: Image.Image, rng: random.Random, rotate: bool) -> Image.Image:
    """Printing / copying degradation: toner noise, faint speckles, tiny skew."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    a = np.asarray(img, dtype=np.int16)
    if rotate:
        ang = rng.uniform(-0.35, 0.35)
        img2 = Image.fromarray(a.astype(np.uint8)).rotate(ang, resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(img2, dtype=np.int16)
    paper = 250 + nrng.integers(-1, 2, size=(1, W), dtype=np.int16)
    noise = nrng.normal(0, 4.0, size=a.shape).astype(np.int16)
    out = np.where(a > 200, np.minimum(a, paper), a + nrng.integers(0, 18, size=a.shape, dtype=np.int16) // 2)
    out = out + noise
    # sparse speckles
    nsp = nrng.integers(40, 200)
    ys = nrng.integers(0, H, size=nsp)
    xs = nrng.integers(0, W, size=nsp)
    out[ys, xs] = nrng.integers(60, 180, size=nsp)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


# ----------------------------------------------------------------------------
# barcode
# ----------------------------------------------------------------------------

def _code_image(payload: str) -> tuple[Image.Image, int]:
    """Return (1 px/module image incl. quiet zone, modules across)."""
    fmt = getattr(zxingcpp.BarcodeFormat, SYMBOLOGY)
    if hasattr(zxingcpp, "create_barcode") and hasattr(zxingcpp, "write_barcode_to_image"):
        try:  # printed as a square symbol at this site
            bc = zxingcpp.create_barcode(payload, fmt, forceSquare=True)
        except Exception:  # pragma: no cover - older 2.x bindings
            bc = zxingcpp.create_barcode(payload, fmt)
        arr = np.array(zxingcpp.write_barcode_to_image(bc, scale=1), dtype=np.uint8)
    else:  # zxing-cpp 1.x / early 2.x
        arr = np.array(zxingcpp.write_barcode(fmt, payload, 0, 0), dtype=np.uint8)
    if arr.ndim == 3:
        arr = arr[..., 0]
    arr = np.where(arr < 128, 0, 255).astype(np.uint8)
    # trim to the dark modules, then add our own 2-module quiet zone later
    ys, xs = np.nonzero(arr == 0)
    arr = arr[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1]
    return Image.fromarray(arr, "L"), arr.shape[1]


def _place_code(img: Image.Image, payload: str, cx: int, cy: int, max_side: int, rng: random.Random):
    code, n = _code_image(payload)
    # module of roughly 0.8-1.2 mm; very large modules are avoided (they upset
    # local-threshold decoders on a tight crop)
    mod = max(7, min(14, max_side // max(n, 1)))
    mod += rng.choice([0, 0, 1, -1]) if mod > 8 else 0
    big = code.resize((code.width * mod, code.height * mod), Image.NEAREST)
    x0 = int(cx - big.width // 2)
    y0 = int(cy - big.height // 2)
    q = 3 * mod
    ImageDraw.Draw(img).rectangle([x0 - q, y0 - q, x0 + big.width + q, y0 + big.height + q], fill=255)
    # slight toner spread: darken modules a touch unevenly
    img.paste(big, (x0, y0))
    return (x0 - q, y0 - q, x0 + big.width + q, y0 + big.height + q)


# ----------------------------------------------------------------------------
# fictitious reference data
# ----------------------------------------------------------------------------

_UNITS = [
    ("4 West Medicine", "Médecine 4 Ouest"),
    ("Emergency Department", "Service d'urgence"),
    ("Surgical Day Care", "Chirurgie d'un jour"),
    ("Maternity / Labour & Delivery", "Maternité / Salle d'accouchement"),
    ("Mental Health Inpatient", "Santé mentale - hospitalisation"),
    ("Ambulatory Care Clinic", "Clinique de soins ambulatoires"),
    ("Intensive Care Unit", "Unité de soins intensifs"),
    ("Rehabilitation 2 North", "Réadaptation 2 Nord"),
    ("Diagnostic Imaging", "Imagerie diagnostique"),
    ("Long Term Care - Pinegrove", "Soins de longue durée - Pinegrove"),
]
_UNIT_CODES = ["4W", "ED", "SDC", "L&D", "MHU", "ACC", "ICU", "2N", "DI", "LTC"]
_FACILITIES = [
    "Lac-Boréal Regional Hospital / Hôpital régional de Lac-Boréal",
    "Spruce Narrows Health Centre / Centre de santé de Spruce Narrows",
    "Rivière-aux-Brochets Community Hospital / Hôpital communautaire de Rivière-aux-Brochets",
    "Moose Portage General Hospital / Hôpital général de Moose Portage",
]
_FAC_SHORT = ["LBRH", "SNHC", "RABCH", "MPGH"]
_DOCTORS = ["R. TREMBLAY", "A. SINGH", "K. LAVOIE", "J. MCALLISTER", "S. BEAULIEU",
            "P. NAKAMURA", "D. GAUTHIER", "L. OKONKWO", "M. FORTIN", "T. WHITEHORSE"]
_CLERKS = ["J. Paquette", "S. Morin", "L. Desjardins", "K. Hébert", "B. Campbell", "N. Ouellette"]


def _rand_date(rng, year0=2022, year1=2025):
    y = rng.randint(year0, year1)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    return f"{y:04d}-{m:02d}-{dd:02d}"


def _rand_time(rng):
    return f"{rng.randint(0, 23):02d}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"


# ----------------------------------------------------------------------------
# cover sheet
# ----------------------------------------------------------------------------

def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    ox = rng.randint(-18, 18)
    oy = rng.randint(-18, 18)
    L = 150 + ox
    R = W - 150 + ox

    # form number / revision (top corners)
    _text(d, (L, 70 + oy), "HR-0417 (Rév./Rev. 2021-09)", "sans", _pt(8))
    _text(d, (R, 70 + oy), "DOSSIERS DE SANTÉ / HEALTH RECORDS", "sansb", _pt(8), anchor="ra")

    # letterhead
    r = 95
    _logo(d, L + r, 210 + oy + r // 2, r)
    tx = L + 2 * r + 45
    _text(d, (tx, 175 + oy), "Boreal Lakes Health Authority", "sansb", _pt(15))
    _text(d, (tx, 250 + oy), "Régie de la santé des Lacs-Boréaux", "sansb", _pt(15))
    fac_i = rng.randrange(len(_FACILITIES))
    _text(d, (tx, 330 + oy), _FACILITIES[fac_i], "sans", _pt(9))

    # title bar
    ty = 430 + oy
    d.rectangle([L, ty, R, ty + 150], fill=0)
    title = "RÉQUISITION DE NUMÉRISATION / SCANNING REQUISITION"
    tsz = _pt(19)
    while _tw(title, "sansb", tsz) > (R - L) - 80:
        tsz -= 2
    _text(d, ((L + R) // 2, ty + 75), title, "sansb", tsz, fill=255, anchor="mm")

    # instructions
    iy = ty + 185
    instr = [
        "Placer cette feuille sur le dessus des documents de chaque patient. Une réquisition par patient, par visite.",
        "Place this sheet on top of each patient's documents. One requisition per patient, per visit.",
        "Ne pas agrafer, ne pas plier, ne pas écrire sur le code.  /  Do not staple, fold or write on the code.",
    ]
    for k, line in enumerate(instr):
        _text(d, (L, iy + k * 52), line, "sansi" if k != 2 else "sansb", _pt(9.5))

    # identity block (left) and code (right)
    by0 = iy + 200
    by1 = by0 + 720
    code_w = 760
    cx0 = R - code_w
    _box(d, L, by0, R, by1, w=5)
    d.line([cx0, by0, cx0, by1], fill=0, width=4)
    _text(d, (L + 20, by0 + 14), "IDENTIFICATION DU PATIENT / PATIENT IDENTIFICATION", "sansb", _pt(10))
    rows = [
        ("Nom / Name", f"{patient['family'].upper()}, {patient['given']}"),
        ("NIP / PHN", str(patient["mrn"])),
        ("Date de naissance / Date of birth", str(patient["dob"])),
        ("N° de visite / Encounter no.", str(patient.get("encounter", ""))),
    ]
    rh = (by1 - by0 - 80) // len(rows)
    for k, (lab, val) in enumerate(rows):
        ry = by0 + 80 + k * rh
        d.line([L, ry, cx0, ry], fill=0, width=2)
        _text(d, (L + 20, ry + 12), lab, "sans", _pt(8.5))
        if k == 2:
            _text(d, (cx0 - 20, ry + 12), "AAAA-MM-JJ / YYYY-MM-DD", "sans", _pt(7.5), anchor="ra")
        vs = _pt(17) if k != 0 else _pt(18)
        font = "lmonob" if k != 0 else "sansb"
        while _tw(val, font, vs) > cx0 - L - 60 and vs > 30:
            vs -= 2
        _text(d, (L + 40 + rng.randint(-4, 4), ry + 60 + rng.randint(-3, 3)), val, font, vs)

    # code area
    box = None
    ccx = cx0 + code_w // 2
    ccy = by0 + (by1 - by0) // 2 - 20
    if payload is not None:
        box = _place_code(img, payload, ccx + rng.randint(-10, 10), ccy + rng.randint(-10, 10), 340, rng)
        d = ImageDraw.Draw(img)
    _text(d, (ccx, by1 - 62), "Ne pas couvrir / Do not cover", "sansi", _pt(8), anchor="mm")

    # requesting unit
    y = by1 + 60
    _text(d, (L, y), "Unité requérante / Requesting unit", "sansb", _pt(10))
    ui = rng.randrange(len(_UNITS))
    d.line([L + 900, y + 62, R, y + 62], fill=0, width=2)
    if rng.random() < 0.93:
        _text(d, (L + 920, y - 6), f"{_UNITS[ui][0]} / {_UNITS[ui][1]}", "sans", _pt(11))
    y += 110
    _text(d, (L, y), "Poste / Local:", "sans", _pt(9))
    d.line([L + 320, y + 50, L + 800, y + 50], fill=0, width=2)
    if rng.random() < 0.6:
        _hand(d, (L + 340, y - 8), str(rng.randint(2200, 7899)), rng, size=48)
    _text(d, (L + 900, y), "Médecin traitant / Attending physician:", "sans", _pt(9))
    d.line([L + 1560, y + 50, R, y + 50], fill=0, width=2)
    if rng.random() < 0.7:
        _hand(d, (L + 1580, y - 8), "Dr " + rng.choice(_DOCTORS).title(), rng, size=48)

    # document type checkboxes
    y += 120
    _text(d, (L, y), "Type de documents / Document type", "sansb", _pt(10))
    y += 70
    types = [
        "Dossier d'hospitalisation / Inpatient record",
        "Urgence / Emergency",
        "Clinique externe / Outpatient clinic",
        "Chirurgie d'un jour / Day surgery",
        "Documents en vrac / Loose reports",
        "Correspondance / Correspondence",
    ]
    checked = rng.randrange(len(types)) if rng.random() < 0.85 else -1
    cs = 50
    for k, t in enumerate(types):
        col = k % 2
        row = k // 2
        x = L + 20 + col * 1130
        yy = y + row * 80
        _checkbox(d, x, yy, cs, checked == k, rng)
        _text(d, (x + cs + 25, yy + 2), t, "sans", _pt(10))

    # priority
    y += 3 * 80 + 30
    _text(d, (L, y), "Priorité / Priority:", "sansb", _pt(10))
    pri = rng.choice([0, 0, 0, 1, -1])
    for k, t in enumerate(["Routine", "Urgent (< 24 h)"]):
        x = L + 520 + k * 520
        _checkbox(d, x, y, cs, pri == k, rng)
        _text(d, (x + cs + 25, y + 2), t, "sans", _pt(10))

    # number of pages / date
    y += 130
    _box(d, L, y, R, y + 230, w=3)
    mid = (L + R) // 2
    d.line([mid, y, mid, y + 230], fill=0, width=3)
    _text(d, (L + 20, y + 14), "Nombre de pages / Number of pages", "sans", _pt(9))
    _text(d, (L + 20, y + 60), "(excluant cette feuille / excluding this sheet)", "sansi", _pt(7.5))
    if rng.random() < 0.8:
        _hand(d, (L + 420, y + 110), str(rng.randint(1, 64)), rng, size=80)
    _text(d, (mid + 20, y + 14), "Date de la demande / Date requested", "sans", _pt(9))
    _text(d, (mid + 20, y + 60), "AAAA-MM-JJ / YYYY-MM-DD", "sansi", _pt(7.5))
    if rng.random() < 0.8:
        _hand(d, (mid + 200, y + 120), _rand_date(rng, 2023, 2025), rng, size=64)

    # signature lines
    y += 330
    _text(d, (L, y), "Demandé par (lettres moulées) / Requested by (print):", "sans", _pt(9))
    d.line([L + 1100, y + 50, R, y + 50], fill=0, width=2)
    if rng.random() < 0.75:
        _hand(d, (L + 1140, y - 12), rng.choice(_CLERKS), rng, size=52)
    y += 130
    _text(d, (L, y), "Signature:", "sans", _pt(9))
    d.line([L + 260, y + 50, L + 1300, y + 50], fill=0, width=2)
    if rng.random() < 0.7:
        _scribble(d, L + 320, y - 50, rng.randint(420, 700), 100, rng)
    _text(d, (L + 1380, y), "Tél. / Tel.:", "sans", _pt(9))
    d.line([L + 1620, y + 50, R, y + 50], fill=0, width=2)

    # health-records use only
    y += 150
    d.rectangle([L, y, R, y + 230], outline=0, width=2, fill=238)
    _text(d, (L + 20, y + 14), "RÉSERVÉ AUX DOSSIERS DE SANTÉ / HEALTH RECORDS USE ONLY", "sansb", _pt(8.5))
    for k, t in enumerate(["Reçu / Received", "Numérisé par / Scanned by", "Vérifié / QA"]):
        x = L + 20 + k * 760
        _text(d, (x, y + 80), t, "sans", _pt(8.5))
        d.line([x, y + 190, x + 680, y + 190], fill=0, width=2)

    # footer
    _text(d, (L, H - 150 + oy), "CONFIDENTIEL / CONFIDENTIAL", "sansb", _pt(8))
    _text(d, ((L + R) // 2, H - 150 + oy), "HR-0417", "sans", _pt(8), anchor="ma")
    _text(d, (R, H - 150 + oy), "Page 1 de/of 1", "sans", _pt(8), anchor="ra")

    img = _finish(img, rng, rotate=False)  # no skew: the returned box stays exact
    return img, box


# ----------------------------------------------------------------------------
# content pages
# ----------------------------------------------------------------------------

def _addressograph(img: Image.Image, patient: dict, x: int, y: int, rng: random.Random):
    """Imprint of the embossed plastic patient card: uneven uppercase mono ink."""
    layer = Image.new("L", (1000, 360), 0)
    ld = ImageDraw.Draw(layer)
    fac = rng.choice(_FAC_SHORT)
    sex = rng.choice(["", "", " F", " M"])
    lines = [
        f"{patient['family'].upper()}, {patient['given'].upper()}",
        f"PHN {patient['mrn']}{sex}",
        f"DOB {patient['dob']}  ENC {patient.get('encounter', '')}",
        f"DR {rng.choice(_DOCTORS)}",
        f"{fac} {rng.choice(_UNIT_CODES)}  ADM {_rand_date(rng, 2023, 2025)}",
    ]
    size = rng.choice([38, 40, 42])
    font = rng.choice(["lmonob", "monob"])
    for k, s in enumerate(lines):
        f = _font(font, size)
        while f.getlength(s) > 980 and size > 28:
            size -= 2
            f = _font(font, size)
        ld.text((8, 8 + k * (size + 22)), s, font=f, fill=255)
    a = np.asarray(layer, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.getrandbits(32))
    # uneven ribbon ink: horizontal density gradient + blotches + dropouts
    grad = np.linspace(rng.uniform(0.6, 1.0), rng.uniform(0.6, 1.0), a.shape[1])[None, :]
    blot = nrng.random((a.shape[0] // 12 + 1, a.shape[1] // 12 + 1))
    blot = np.kron(blot, np.ones((12, 12)))[: a.shape[0], : a.shape[1]]
    dens = a * grad * (0.65 + 0.45 * blot)
    dens *= nrng.random(a.shape) > 0.06
    ink = np.clip(dens, 0, 1)
    region = img.crop((x, y, x + layer.width, y + layer.height))
    r = np.asarray(region, dtype=np.float32)
    out = r * (1 - ink) + 35 * ink
    # faint card-edge impression
    img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L"), (x, y))
    if rng.random() < 0.5:
        d = ImageDraw.Draw(img)
        d.rounded_rectangle([x - 14, y - 12, x + 990, y + 350], radius=30, outline=205, width=2)


def _id_area(img, d, patient, rng, ox, oy):
    """Top right area reserved for the addressograph imprint."""
    x0, y0, x1, y1 = 1460 + ox, 110 + oy, 2440 + ox, 520 + oy
    d.rectangle([x0, y0, x1, y1], outline=0, width=3)
    if patient is None:
        _text(d, ((x0 + x1) // 2, (y0 + y1) // 2 - 30), "Identification du patient", "sansi", _pt(9), fill=110, anchor="mm")
        _text(d, ((x0 + x1) // 2, (y0 + y1) // 2 + 30), "Patient identification", "sansi", _pt(9), fill=110, anchor="mm")
    else:
        _addressograph(img, patient, x0 + 15 + rng.randint(-20, 30), y0 + 25 + rng.randint(-15, 25), rng)
    return y1


def _form_header(img, d, title_fr, title_en, form_no, patient, rng, ox, oy):
    _logo(d, 200 + ox, 200 + oy, 70)
    _text(d, (300 + ox, 140 + oy), "Boreal Lakes Health Authority", "sansb", _pt(11))
    _text(d, (300 + ox, 195 + oy), "Régie de la santé des Lacs-Boréaux", "sansb", _pt(11))
    tsz = _pt(16)
    while max(_tw(title_fr, "sansb", tsz), _tw(title_en, "sansb", tsz)) > 1290 and tsz > 40:
        tsz -= 2
    _text(d, (130 + ox, 330 + oy), title_fr, "sansb", tsz)
    _text(d, (130 + ox, 410 + oy), title_en, "sansb", tsz)
    _text(d, (130 + ox, 490 + oy), form_no, "sans", _pt(7.5))
    return max(_id_area(img, d, patient, rng, ox, oy), 540 + oy) + 40


def _footer(d, form_no, rng, ox, oy, page=None):
    y = H - 130 + oy
    d.line([130 + ox, y - 20, W - 130 + ox, y - 20], fill=0, width=2)
    _text(d, (130 + ox, y), form_no, "sans", _pt(7.5))
    if page:
        _text(d, (W - 130 + ox, y), page, "sans", _pt(7.5), anchor="ra")
    _text(d, (W // 2 + ox, y), "Dossier permanent / Permanent record", "sans", _pt(7.5), anchor="ma")


_NOTES = [
    "Pt. seen at bedside. Alert, oriented x3. Slept well overnight.",
    "c/o mild incisional pain 3/10, settled with acetaminophen.",
    "Afebrile. Vitals stable. Chest clear bilaterally, no edema.",
    "Abdomen soft, non-tender. BS present. Tolerating full fluids.",
    "Plan: advance diet as tolerated, mobilize with PT, d/c IV.",
    "Family updated by phone. Questions answered.",
    "Wound dressing dry & intact. No signs of infection.",
    "Glucose 7.8 this AM. Continue current insulin regimen.",
    "Patient anxious re: discharge. SW referral placed.",
    "Hgb 102 stable. Repeat CBC in AM.",
    "Patiente vue au chevet. Douleur bien contrôlée.",
    "Ambule avec marchette, aide x1. Risque de chute élevé.",
    "Suivi en clinique dans 2 semaines. Ordonnance remise.",
    "Resp. unlaboured on 2L NP, SpO2 95%. Wean O2 as tolerated.",
    "Urine output adequate. Foley removed 0600, voided x2.",
    "Reviewed by IM. Agree with plan. Hold metoprolol if HR < 55.",
]


def _page_progress(img, d, patient, rng, ox, oy):
    fno = "HR-2203 (Rév./Rev. 2019-04)"
    y = _form_header(img, d, "NOTES D'ÉVOLUTION INTERDISCIPLINAIRES", "INTERDISCIPLINARY PROGRESS NOTES", fno, patient, rng, ox, oy)
    L, R = 130 + ox, W - 130 + ox
    c1, c2 = L + 330, L + 560
    _box(d, L, y, R, H - 200 + oy, w=3)
    _text(d, (L + 15, y + 12), "Date / Heure", "sansb", _pt(8))
    _text(d, (L + 15, y + 52), "Date / Time", "sansb", _pt(8))
    _text(d, (c1 + 15, y + 12), "Disc.", "sansb", _pt(8))
    _text(d, (c2 + 15, y + 30), "Notes (signer chaque entrée / sign each entry)", "sansb", _pt(8))
    top = y + 110
    d.line([L, top, R, top], fill=0, width=3)
    d.line([c1, y, c1, H - 200 + oy], fill=0, width=2)
    d.line([c2, y, c2, H - 200 + oy], fill=0, width=2)
    lh = 78
    nlines = (H - 200 + oy - top) // lh
    for k in range(1, nlines + 1):
        d.line([L, top + k * lh, R, top + k * lh], fill=150, width=1)
    filled = rng.randint(6, nlines - 2) if rng.random() < 0.9 else 0
    k = 0
    date = _rand_date(rng)
    pool = _NOTES[:]
    rng.shuffle(pool)
    while k < filled:
        yy = top + k * lh + 12
        writer = rng.choice(["hand", "hand2", "hand3"])
        wsize = rng.randint(40, 46)
        _hand(d, (L + 12, yy), date[5:] + " " + _rand_time(rng), rng, size=40, font=writer)
        _hand(d, (c1 + 20, yy), rng.choice(["RN", "MD", "PT", "SW", "RT", "IA"]), rng, size=42, font=writer)
        n = rng.randint(2, 5)
        for j in range(n):
            if k >= filled:
                break
            if not pool:
                pool = _NOTES[:]
                rng.shuffle(pool)
            _hand(d, (c2 + 20, top + k * lh + 12), pool.pop(), rng, size=wsize, font=writer)
            k += 1
        if k < nlines:
            _scribble(d, c2 + 1100, top + k * lh + 5, 380, 60, rng, width=4)
            k += 1
    _footer(d, fno, rng, ox, oy, page=rng.choice(["", "Page ___ de/of ___"]))


_LABS = [
    ("HÉMATOLOGIE / HEMATOLOGY", [
        ("WBC / Leucocytes", 4.0, 11.0, "x10^9/L", 1), ("RBC / Érythrocytes", 4.2, 5.4, "x10^12/L", 2),
        ("Hemoglobin / Hémoglobine", 120, 160, "g/L", 0), ("Hematocrit / Hématocrite", 0.36, 0.48, "L/L", 2),
        ("MCV / VGM", 80, 100, "fL", 0), ("Platelets / Plaquettes", 150, 400, "x10^9/L", 0)]),
    ("BIOCHIMIE / CHEMISTRY", [
        ("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.0, "mmol/L", 1),
        ("Chloride / Chlorure", 98, 107, "mmol/L", 0), ("Glucose (random)", 3.3, 11.0, "mmol/L", 1),
        ("Creatinine / Créatinine", 50, 110, "umol/L", 0), ("eGFR / DFGe", 60, 120, "mL/min/1.73m2", 0),
        ("Urea / Urée", 2.5, 8.0, "mmol/L", 1), ("ALT", 0, 40, "U/L", 0)]),
    ("COAGULATION", [("INR", 0.9, 1.2, "", 1), ("PTT / TCA", 25, 38, "s", 0)]),
]


def _page_lab(img, d, patient, rng, ox, oy):
    fno = "LAB-1001 (Rapport cumulatif / Cumulative report)"
    L, R = 130 + ox, W - 130 + ox
    y = _form_header(img, d, "RAPPORT DE LABORATOIRE", "LABORATORY REPORT", fno, patient, rng, ox, oy)
    _text(d, (L, y), f"Prélevé / Collected: {_rand_date(rng)} {_rand_time(rng)}", "lmono", _pt(9))
    _text(d, (L + 1200, y), f"Reçu / Received: {_rand_date(rng)} {_rand_time(rng)}", "lmono", _pt(9))
    y += 55
    _text(d, (L, y), f"Demandé par / Ordered by: DR {rng.choice(_DOCTORS)}", "lmono", _pt(9))
    _text(d, (L + 1200, y), f"Accession: {rng.choice('HCB')}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}", "lmono", _pt(9))
    y += 90
    d.line([L, y, R, y], fill=0, width=3)
    cols = [L, L + 900, L + 1250, L + 1400, L + 1800]
    for c, t in zip(cols, ["Analyse / Test", "Résultat / Result", "Indic.", "Réf. / Ref.", "Unités / Units"]):
        _text(d, (c, y + 15), t, "sansb", _pt(9))
    y += 75
    d.line([L, y, R, y], fill=0, width=2)
    y += 20
    sections = _LABS[:]
    rng.shuffle(sections)
    for title, tests in sections[: rng.randint(2, 3)]:
        _text(d, (L, y), title, "lmonob", _pt(9.5))
        y += 60
        for name, lo, hi, unit, dec in tests:
            if rng.random() < 0.15:
                continue
            span = hi - lo
            v = rng.uniform(lo - 0.25 * span, hi + 0.25 * span)
            flag = "H" if v > hi else ("L" if v < lo else "")
            fmt = f"{{:.{dec}f}}"
            _text(d, (cols[0] + 30, y), name, "lmono", _pt(9))
            _text(d, (cols[1], y), fmt.format(v), "lmonob" if flag else "lmono", _pt(9))
            _text(d, (cols[2], y), flag, "lmonob", _pt(9))
            _text(d, (cols[3], y), f"{fmt.format(lo)}-{fmt.format(hi)}", "lmono", _pt(9))
            _text(d, (cols[4], y), unit, "lmono", _pt(9))
            y += 52
        y += 40
    if rng.random() < 0.6:
        _text(d, (L, y + 20), "Commentaire / Comment: Specimen slightly hemolyzed; potassium may be falsely elevated.", "lmono", _pt(8.5))
        y += 80
    _text(d, (L, y + 40), "*** FIN DU RAPPORT / END OF REPORT ***", "lmonob", _pt(9))
    _text(d, (L, y + 120), "Lac-Boréal Regional Laboratory / Laboratoire régional de Lac-Boréal - Medical Director: Dr H. Vasquez", "sans", _pt(7.5))
    _footer(d, fno, rng, ox, oy, page="Page 1 de/of 1")


_MEDS = [
    ("Acetaminophen 650 mg PO q6h PRN", ["06", "12", "18", "24"]),
    ("Enoxaparin 40 mg SC daily", ["09"]),
    ("Pantoprazole 40 mg PO daily AC", ["08"]),
    ("Metoprolol 25 mg PO BID", ["09", "21"]),
    ("Furosemide 40 mg IV BID", ["08", "16"]),
    ("Insulin lispro per scale SC AC", ["08", "12", "17"]),
    ("Cefazolin 2 g IV q8h", ["06", "14", "22"]),
    ("Hydromorphone 1 mg PO q4h PRN", ["PRN"]),
    ("Senna 8.6 mg 2 tabs PO HS", ["22"]),
    ("Ondansetron 4 mg IV q8h PRN", ["PRN"]),
]


def _page_mar(img, d, patient, rng, ox, oy):
    fno = "PH-3310 (Rév./Rev. 2020-11)"
    L, R = 130 + ox, W - 130 + ox
    y = _form_header(img, d, "FEUILLE D'ADMINISTRATION DES MÉDICAMENTS", "MEDICATION ADMINISTRATION RECORD", fno, patient, rng, ox, oy)
    _text(d, (L, y), "Allergies:", "sansb", _pt(10))
    d.rectangle([L + 230, y - 5, L + 1100, y + 55], outline=0, width=2)
    if rng.random() < 0.8:
        _hand(d, (L + 250, y - 2), rng.choice(["NKDA", "Penicillin - rash", "Sulfa, codeine", "Latex"]), rng, size=46)
    _text(d, (L + 1180, y), "Poids / Weight: ______ kg", "sans", _pt(10))
    y += 100
    day0 = _rand_date(rng)
    ndays = 7
    mc = L + 760
    tc = mc + 150
    dw = (R - tc) // ndays
    d.rectangle([L, y, R, y + 90], fill=225, outline=0, width=3)
    _text(d, (L + 15, y + 22), "Médicament / Medication", "sansb", _pt(9))
    _text(d, (mc + 10, y + 22), "Heure", "sansb", _pt(8))
    for k in range(ndays):
        _text(d, (tc + k * dw + dw // 2, y + 45), f"{day0[5:7]}-{int(day0[8:]) + k:02d}", "sans", _pt(8), anchor="mm")
    y += 90
    meds = rng.sample(_MEDS, rng.randint(5, 8))
    bottom = H - 260 + oy
    rowh = 58
    for name, times in meds:
        blk = max(2, len(times)) * rowh
        if y + blk > bottom:
            break
        d.rectangle([L, y, R, y + blk], outline=0, width=2)
        _text(d, (L + 15, y + 12), name, "sans", _pt(9))
        _text(d, (L + 15, y + 62), f"Début / Start {day0}", "sansi", _pt(7.5))
        for j, t in enumerate(times):
            ry = y + j * rowh
            if j:
                d.line([mc, ry, R, ry], fill=0, width=1)
            _text(d, (mc + 20, ry + 10), t, "sans", _pt(9))
            for k in range(ndays):
                cx = tc + k * dw
                d.line([cx, y, cx, y + blk], fill=0, width=1)
                if rng.random() < 0.75 and t != "PRN":
                    _hand(d, (cx + 30 + rng.randint(-8, 8), ry + 6), rng.choice(["JP", "SM", "KL", "AB", "NO", "LD"]), rng, size=38)
                elif t == "PRN" and rng.random() < 0.25:
                    _hand(d, (cx + 10, ry + 6), _rand_time(rng), rng, size=30)
        d.line([mc, y, mc, y + blk], fill=0, width=2)
        y += blk
    d.rectangle([L, bottom - 10, R, bottom + 100], outline=0, width=2)
    _text(d, (L + 15, bottom + 5), "Initiales / Initials  -  Signature  -  Désignation", "sans", _pt(8))
    _footer(d, fno, rng, ox, oy, page="Page 1 de/of 1")


_CONSULT = [
    "Thank you for referring this patient for assessment of exertional dyspnea and bilateral ankle swelling of about six weeks' duration.",
    "On examination the patient was comfortable at rest. Blood pressure 148/86, heart rate 88 and regular, oxygen saturation 94% on room air. JVP was elevated at 4 cm above the sternal angle with mild pitting edema to mid-shin.",
    "The ECG shows sinus rhythm with left ventricular hypertrophy by voltage criteria. Chest X-ray demonstrates mild cardiomegaly and small bilateral effusions.",
    "Impression: new heart failure, likely hypertensive heart disease; ischemia to be excluded.",
    "Recommendations: start furosemide 40 mg daily, ramipril 2.5 mg daily with renal function and potassium in one week, echocardiogram and outpatient stress test. Daily weights and 2 g sodium restriction were reviewed.",
    "I will see the patient again in the Heart Function Clinic in four weeks. Please do not hesitate to contact me in the meantime.",
]


def _page_letter(img, d, patient, rng, ox, oy):
    L, R = 200 + ox, W - 200 + ox
    _letterhead(d, ox, oy + 40, rng, small=True)
    _text(d, (L, 330 + oy), "Internal Medicine / Médecine interne  ·  Lac-Boréal Regional Hospital", "sans", _pt(8.5))
    _text(d, (L, 375 + oy), "Tél. 555-0142  ·  Téléc./Fax 555-0199", "sans", _pt(8.5))
    if patient is not None:
        _addressograph(img, patient, 1480 + ox + rng.randint(-10, 20), 120 + oy + rng.randint(-10, 20), rng)
    y = 620 + oy
    _text(d, (L, y), _rand_date(rng), "serif", _pt(11))
    y += 110
    doc = rng.choice(_DOCTORS).title()
    for line in [f"Dr {doc}", "Lakeside Family Practice", "212 Portage Ave.", "Lac-Boréal"]:
        _text(d, (L, y), line, "serif", _pt(11))
        y += 58
    y += 60
    if patient is not None:
        _text(d, (L, y), f"RE: {patient['family'].upper()}, {patient['given']}    PHN {patient['mrn']}    DOB {patient['dob']}", "serifb", _pt(11))
    else:
        _text(d, (L, y), "RE: Consultation - Heart Function Clinic", "serifb", _pt(11))
    y += 110
    _text(d, (L, y), f"Dear Dr {doc.split()[-1].title()},", "serif", _pt(11))
    y += 90
    font = _font("serif", _pt(11))
    paras = _CONSULT[:]
    if rng.random() < 0.5:
        paras.pop(rng.randrange(1, len(paras) - 1))
    for p in paras:
        words = p.split()
        line = ""
        for w_ in words:
            t = (line + " " + w_).strip()
            if font.getlength(t) > R - L:
                d.text((L, y), line, font=font, fill=0)
                y += 58
                line = w_
            else:
                line = t
        if line:
            d.text((L, y), line, font=font, fill=0)
            y += 58
        y += 40
    y += 40
    _text(d, (L, y), "Sincerely, / Veuillez agréer mes salutations distinguées,", "serif", _pt(11))
    _scribble(d, L + 20, y + 80, 500, 110, rng)
    who = rng.choice(["Dr C. Arsenault, FRCPC", "Dr N. Bhattacharya, FRCPC", "Dr E. Lindqvist, FRCPC"])
    _text(d, (L, y + 230), who, "serif", _pt(11))
    _text(d, (L, y + 290), f"D: {_rand_date(rng)}  T: {_rand_date(rng)}  Job {rng.randint(100000, 999999)}", "serif", _pt(8))
    _text(d, (L, y + 340), "cc: Chart / Dossier", "serif", _pt(8))
    if rng.random() < 0.5:
        _text(d, (W // 2 + ox, H - 130 + oy), "CONFIDENTIAL / CONFIDENTIEL", "sans", _pt(7.5), anchor="ma")


def _page_vitals(img, d, patient, rng, ox, oy):
    fno = "NU-1120 (Rév./Rev. 2018-06)"
    L, R = 130 + ox, W - 130 + ox
    y = _form_header(img, d, "FEUILLE GRAPHIQUE DES SIGNES VITAUX", "VITAL SIGNS GRAPHIC RECORD", fno, patient, rng, ox, oy)
    gx0 = L + 300
    cols = 18
    cw = (R - gx0) // cols
    d.rectangle([L, y, R, y + 70], fill=225, outline=0, width=2)
    _text(d, (L + 10, y + 15), "Date / Heure", "sansb", _pt(8))
    day = _rand_date(rng)
    for c in range(cols):
        _text(d, (gx0 + c * cw + cw // 2, y + 35), ["04", "08", "12", "16", "20", "24"][c % 6], "sans", _pt(7.5), anchor="mm")
    y += 70
    gtop = y
    rows = 40
    rh = 32
    gbot = gtop + rows * rh
    for r_ in range(rows + 1):
        d.line([gx0, gtop + r_ * rh, R, gtop + r_ * rh], fill=0 if r_ % 5 == 0 else 170, width=2 if r_ % 5 == 0 else 1)
    for c in range(cols + 1):
        d.line([gx0 + c * cw, gtop, gx0 + c * cw, gbot], fill=0 if c % 6 == 0 else 170, width=3 if c % 6 == 0 else 1)
    d.rectangle([L, gtop, R, gbot], outline=0, width=3)
    for r_ in range(5, rows + 1, 5):
        t = 41 - r_ * 0.125
        p = 180 - r_ * 3.5
        _text(d, (L + 20, gtop + r_ * rh - 18), f"{t:.1f}", "sans", _pt(7.5))
        _text(d, (L + 160, gtop + r_ * rh - 18), f"{int(p)}", "sans", _pt(7.5))
    _text(d, (L + 10, gbot + 10), "T °C   Pouls/Pulse", "sans", _pt(7))
    if patient is not None or rng.random() < 0.3:
        n = rng.randint(6, cols)
        tp, pp = [], []
        t = rng.uniform(36.6, 38.6)
        p = rng.uniform(70, 110)
        for c in range(n):
            t = min(40.5, max(36.0, t + rng.uniform(-0.35, 0.3)))
            p = min(150, max(55, p + rng.uniform(-8, 7)))
            x = gx0 + c * cw + cw // 2
            tp.append((x, gtop + (41 - t) / 0.125 * rh))
            pp.append((x, gtop + (180 - p) / 3.5 * rh))
        d.line(tp, fill=30, width=4)
        d.line(pp, fill=60, width=3)
        for x_, y_ in tp:
            d.ellipse([x_ - 10, y_ - 10, x_ + 10, y_ + 10], fill=20)
        for x_, y_ in pp:
            d.line([x_ - 10, y_ - 10, x_ + 10, y_ + 10], fill=40, width=4)
            d.line([x_ - 10, y_ + 10, x_ + 10, y_ - 10], fill=40, width=4)
    y = gbot + 70
    labels = ["Resp. / min", "TA / BP", "SpO2 %", "O2 L/min", "Douleur / Pain 0-10", "Glycémie / Glucose", "Ingesta / Intake mL", "Excreta / Output mL", "Initiales / Initials"]
    for lab in labels:
        d.rectangle([L, y, R, y + 70], outline=0, width=2)
        _text(d, (L + 10, y + 18), lab, "sans", _pt(7.5))
        for c in range(cols + 1):
            d.line([gx0 + c * cw, y, gx0 + c * cw, y + 70], fill=0, width=1)
        if patient is not None:
            for c in range(cols):
                if rng.random() < 0.45:
                    v = {"Resp. / min": str(rng.randint(14, 24)), "TA / BP": f"{rng.randint(100, 160)}/{rng.randint(55, 95)}",
                         "SpO2 %": str(rng.randint(90, 99)), "O2 L/min": rng.choice(["RA", "2", "1", "3"]),
                         "Douleur / Pain 0-10": str(rng.randint(0, 7)), "Glycémie / Glucose": f"{rng.uniform(4, 13):.1f}",
                         "Ingesta / Intake mL": str(rng.randrange(0, 600, 50)), "Excreta / Output mL": str(rng.randrange(0, 500, 25)),
                         "Initiales / Initials": rng.choice(["JP", "SM", "KL", "AB"])}[lab]
                    _hand(d, (gx0 + c * cw + 8, y + 14), v, rng, size=26 if "/" in v and len(v) > 5 else 34)
        y += 70
        if y > H - 300 + oy:
            break
    _footer(d, fno, rng, ox, oy, page=f"Semaine du / Week of {day}")


def _page_consent(img, d, patient, rng, ox, oy):
    fno = "HR-0550 (Rév./Rev. 2022-02)"
    L, R = 130 + ox, W - 130 + ox
    y = _form_header(img, d, "CONSENTEMENT À UNE INTERVENTION", "CONSENT TO TREATMENT / PROCEDURE", fno, patient, rng, ox, oy)
    paras = [
        "J'autorise le Dr _______________________ et les personnes qu'il ou elle désigne à effectuer l'intervention suivante :",
        "I authorize Dr _______________________ and such assistants as may be designated to perform the following procedure:",
    ]
    font = _font("sans", _pt(10))
    for p in paras:
        d.text((L, y), p, font=font, fill=0)
        y += 70
    d.line([L, y + 60, R, y + 60], fill=0, width=2)
    d.line([L, y + 150, R, y + 150], fill=0, width=2)
    if patient is not None:
        _hand(d, (L + 40, y + 5), rng.choice(["Laparoscopic cholecystectomy", "Colonoscopy +/- biopsy", "Total knee arthroplasty (R)", "Cesarean section"]), rng, size=54)
    y += 220
    body = [
        "La nature de l'intervention, ses risques, ses avantages et les autres options m'ont été expliqués. J'ai eu l'occasion de poser des questions et j'ai reçu des réponses satisfaisantes.",
        "The nature of the procedure, its risks, benefits and alternatives have been explained to me. I have had the opportunity to ask questions and have received satisfactory answers.",
        "Je consens à l'administration de l'anesthésie et, si nécessaire, de produits sanguins.  /  I consent to the administration of anesthesia and, if necessary, blood products.",
    ]
    for p in body:
        line = ""
        for w_ in p.split():
            t = (line + " " + w_).strip()
            if font.getlength(t) > R - L:
                d.text((L, y), line, font=font, fill=0)
                y += 56
                line = w_
            else:
                line = t
        d.text((L, y), line, font=font, fill=0)
        y += 100
    y += 40
    for lab in ["Signature du patient ou mandataire / Patient or substitute signature", "Lien / Relationship (si mandataire / if substitute)",
                "Témoin / Witness", "Médecin / Physician"]:
        d.line([L, y + 70, L + 1300, y + 70], fill=0, width=2)
        d.line([L + 1450, y + 70, R, y + 70], fill=0, width=2)
        _text(d, (L, y + 82), lab, "sans", _pt(8))
        _text(d, (L + 1450, y + 82), "Date (AAAA-MM-JJ / YYYY-MM-DD)", "sans", _pt(8))
        if patient is not None and rng.random() < 0.75 and not lab.startswith("Lien"):
            _scribble(d, L + 60, y - 20, rng.randint(380, 600), 90, rng)
            _hand(d, (L + 1500, y), _rand_date(rng, 2024, 2025), rng, size=46)
        y += 220
    d.rectangle([L, y, R, y + 200], outline=0, width=2)
    _text(d, (L + 20, y + 20), "Interprète utilisé / Interpreter used:   ☐ Oui / Yes   ☐ Non / No", "dv", _pt(9))
    _text(d, (L + 20, y + 100), "Langue / Language: ____________________   Nom / Name: ____________________", "sans", _pt(9))
    _footer(d, fno, rng, ox, oy, page="Page 1 de/of 1")


def _page_handout(img, d, patient, rng, ox, oy):
    """Patient education handout - no patient identity by design."""
    L, R = 160 + ox, W - 160 + ox
    _letterhead(d, ox, oy + 30, rng, small=True)
    topic = rng.choice([
        ("Preparing for your colonoscopy", "Préparation à votre coloscopie",
         ["Buy the bowel preparation kit at your pharmacy.", "Stop iron pills 7 days before the test.",
          "Clear fluids only the day before.", "Drink the preparation as instructed.",
          "Arrange a driver to take you home.", "Bring your health card and medication list."],
         ["Achetez la préparation intestinale à la pharmacie.", "Cessez le fer 7 jours avant l'examen.",
          "Liquides clairs seulement la veille.", "Buvez la préparation selon les directives.",
          "Prévoyez un conducteur pour le retour.", "Apportez votre carte santé et votre liste de médicaments."]),
        ("Caring for your incision at home", "Soins de votre incision à domicile",
         ["Keep the dressing dry for 48 hours.", "You may shower after 2 days; pat dry.",
          "Do not soak in a bath for 2 weeks.", "Watch for redness, swelling or pus.",
          "Call if you have a fever over 38.5 °C.", "Staples are removed in 10 to 14 days."],
         ["Gardez le pansement sec pendant 48 heures.", "Douche permise après 2 jours; épongez.",
          "Pas de bain pendant 2 semaines.", "Surveillez rougeur, enflure ou pus.",
          "Appelez si fièvre de plus de 38,5 °C.", "Retrait des agrafes dans 10 à 14 jours."]),
    ])
    y = 420 + oy
    d.rectangle([L, y, R, y + 230], fill=40)
    _text(d, (L + 40, y + 30), topic[0], "sansb", _pt(20), fill=255)
    _text(d, (L + 40, y + 130), topic[1], "sansb", _pt(17), fill=235)
    y += 320
    mid = (L + R) // 2
    _text(d, (L, y), "What you need to know", "sansb", _pt(13))
    _text(d, (mid + 30, y), "Ce que vous devez savoir", "sansb", _pt(13))
    y += 110
    font = _font("sans", _pt(11))
    colw = mid - L - 60
    for en, fr in zip(topic[2], topic[3]):
        yy = y
        for x, txt in ((L, en), (mid + 30, fr)):
            d.ellipse([x, yy + 18, x + 22, yy + 40], fill=0)
            line, ly = "", yy
            for w_ in txt.split():
                t = (line + " " + w_).strip()
                if font.getlength(t) > colw - 50:
                    d.text((x + 50, ly), line, font=font, fill=0)
                    ly += 62
                    line = w_
                else:
                    line = t
            d.text((x + 50, ly), line, font=font, fill=0)
            yy = max(yy, ly)
        y = max(yy, y) + 110
    d.line([mid, 860 + oy, mid, y], fill=120, width=2)
    y += 60
    d.rectangle([L, y, R, y + 260], outline=0, width=4)
    _text(d, (L + 40, y + 40), "Questions? Call Health Link 811 (24 h) or your clinic.", "sansb", _pt(11))
    _text(d, (L + 40, y + 130), "Des questions? Composez Info-Santé 811 (24 h) ou votre clinique.", "sansb", _pt(11))
    _text(d, (L, H - 140 + oy), f"PE-{rng.randint(100, 999)}  Patient Education / Éducation des patients  {rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}", "sans", _pt(7.5))


_KINDS_WITH_PATIENT = [_page_progress, _page_lab, _page_mar, _page_letter, _page_vitals, _page_consent]
_KINDS_NO_PATIENT = [_page_progress, _page_mar, _page_vitals, _page_consent, _page_handout, _page_handout]


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    ox = rng.randint(-20, 20)
    oy = rng.randint(-20, 20)
    kind = rng.choice(_KINDS_WITH_PATIENT if patient is not None else _KINDS_NO_PATIENT)
    kind(img, d, patient, rng, ox, oy)
    return _finish(img, rng, rotate=True)


__all__ = ["SITE", "SYMBOLOGY", "PRINTS_IDENTITY", "cover_sheet", "content_page"]
