"""Keystone University Medical Center -- HIM Document Imaging Services (imaginary site).

Renders, for the fictitious "Keystone University Medical Center" (a US academic
medical centre), the Health Information Management "Document Scanning Cover"
sheet and ordinary clinical pages as 300 dpi US Letter greyscale page images.

The cover sheet is a generic pre-printed form (department banner, document-type
checkboxes, "DO NOT REMOVE" instructions, date/initials box).  The patient's
identity and the Code 128 barcode are on an adhesive label printed by a label
printer and stuck onto the form by hand, so it sits a little askew and at a
slightly different place each time.  Clinical pages carry the same kind of
adhesive label (identity text only, no barcode) in a corner.

All names, numbers, providers and clinical content are entirely fictitious.

This module was written independently by a helper that saw neither the
project's code nor other sites' layouts.

Licensed under the Apache License, Version 2.0.
"""

from __future__ import annotations

import functools
import random
from datetime import date, timedelta

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

try:
    import zxingcpp
except Exception:  # pragma: no cover
    zxingcpp = None

SITE = "Keystone University Medical Center"
SYMBOLOGY = "Code128"
PRINTS_IDENTITY = True

PAGE_W, PAGE_H = 2550, 3300  # US Letter at 300 dpi
DPI = 300

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {
    "sans": _LIB + "LiberationSans-Regular.ttf",
    "sans_b": _LIB + "LiberationSans-Bold.ttf",
    "sans_i": _LIB + "LiberationSans-Italic.ttf",
    "narrow": _LIB + "LiberationSansNarrow-Regular.ttf",
    "narrow_b": _LIB + "LiberationSansNarrow-Bold.ttf",
    "serif": _LIB + "LiberationSerif-Regular.ttf",
    "serif_b": _LIB + "LiberationSerif-Bold.ttf",
    "mono": _LIB + "LiberationMono-Regular.ttf",
    "mono_b": _LIB + "LiberationMono-Bold.ttf",
    "label": _DEJAVU + "DejaVuSansMono.ttf",
    "label_b": _DEJAVU + "DejaVuSansMono-Bold.ttf",
    "hand": _DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
    "hand2": _LIB + "LiberationSansNarrow-Italic.ttf",
    "dv": _DEJAVU + "DejaVuSans.ttf",
    "dv_b": _DEJAVU + "DejaVuSans-Bold.ttf",
}


@functools.lru_cache(maxsize=256)
def _font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONT_FILES[kind], size)


def _pt(points: float) -> int:
    """Font size in pixels for a point size at 300 dpi."""
    return max(8, int(round(points * DPI / 72.0)))


def _tw(draw: ImageDraw.ImageDraw, text: str, font) -> int:
    return int(draw.textlength(text, font=font))


def _wrap(draw, text: str, font, width: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        line = ""
        for w in words:
            cand = (line + " " + w).strip()
            if _tw(draw, cand, font) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _para(draw, x, y, text, font, width, fill=0, spacing=1.28) -> int:
    lh = int(font.size * spacing)
    for ln in _wrap(draw, text, font, width):
        draw.text((x, y), ln, font=font, fill=fill)
        y += lh
    return y


def _fmt_dob(iso: str) -> str:
    try:
        y, m, d = iso.split("-")
        return f"{int(m):02d}/{int(d):02d}/{int(y):04d}"
    except Exception:
        return iso


def _fmt_date(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"


def _age(iso: str, ref: date) -> str:
    try:
        y, m, d = (int(v) for v in iso.split("-"))
        a = ref.year - y - ((ref.month, ref.day) < (m, d))
        return f"{a}Y" if a >= 2 else f"{max(0, (ref - date(y, m, d)).days // 30)}M"
    except Exception:
        return ""


# ---------------------------------------------------------------- fictitious data
_PROV_LAST = ["Halvorsen", "Nakagawa", "Obiora", "Brightwater", "Castellano", "Vukovich",
              "Pemberton", "Adeyemi", "Lindqvist", "Marchetti", "Oyelaran", "Szabo",
              "Whitcombe", "Delacroix", "Tamura", "Renninger", "Kowalczyk", "Fairbanks"]
_PROV_FIRST = ["A.", "J.", "M.", "R.", "S.", "T.", "L.", "K.", "D.", "E.", "P.", "C."]
_UNITS = ["7 WEST MED/SURG", "5 NORTH CARDIAC", "MICU", "4 SOUTH ORTHO", "ED MAIN",
          "WOMEN'S 3E", "ONC INFUSION", "FAMILY MED CLIN", "8 EAST NEURO", "PACU",
          "SDS PREOP", "PEDS 6W"]
_ENC_TYPES = ["INPATIENT", "OUTPATIENT", "EMERGENCY", "OBSERVATION", "RECURRING", "DAY SURGERY"]
_SERVICES = ["Internal Medicine", "Cardiology", "General Surgery", "Orthopaedics",
             "Neurology", "Family Medicine", "Hospital Medicine", "Pulmonology"]


def _provider(rng: random.Random) -> str:
    return f"{rng.choice(_PROV_FIRST)} {rng.choice(_PROV_LAST)}"


def _ref_date(rng: random.Random) -> date:
    return date(2019, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))


# ---------------------------------------------------------------- barcode
def _code_image(payload: str, height_px: int):
    """Return (greyscale numpy array of the code incl. quiet zones)."""
    fmt = zxingcpp.BarcodeFormat.Code128
    if hasattr(zxingcpp, "create_barcode") and hasattr(zxingcpp, "write_barcode_to_image"):
        bc = zxingcpp.create_barcode(payload, fmt)
        arr = np.asarray(zxingcpp.write_barcode_to_image(bc, scale=1, add_quiet_zones=True))
    else:  # older zxing-cpp API
        arr = np.asarray(zxingcpp.write_barcode(fmt, payload, 0, 0, 0, -1))
    row = arr[arr.shape[0] // 2]
    # one row of modules at scale 1 -> choose a module width in pixels
    modules = row.shape[0]
    scale = 3 if modules * 3 <= 1500 else 2
    row = np.repeat(row, scale)
    return np.tile(row[None, :], (height_px, 1)).astype(np.uint8)


# ---------------------------------------------------------------- the adhesive label
def _label(patient: dict, payload: str | None, rng: random.Random, with_code: bool,
           small: bool = False):
    """Render the label-printer label.  Returns (label image L, mask of code or None)."""
    ref = _ref_date(rng)
    adm = ref - timedelta(days=rng.randrange(0, 9))
    fam = str(patient.get("family", "")).upper()
    giv = str(patient.get("given", "")).upper()
    mrn = str(patient.get("mrn", ""))
    fin = str(patient.get("encounter", ""))
    dob = _fmt_dob(str(patient.get("dob", "")))
    sex = rng.choice(["F", "M", ""]) if rng.random() < 0.3 else ""
    code = None
    if with_code and payload is not None:
        code = _code_image(payload, rng.randint(170, 200))

    if small:
        lw, lh = rng.choice([(780, 300), (810, 300), (750, 285)])  # ~2.6" x 1"
        fs, fb = 27, 31
    else:
        lw, lh = 1200, 600  # 4" x 2"
        fs, fb = 34, 40
        if code is not None:
            lw = max(lw, code.shape[1] + 70)
    lab = Image.new("L", (lw, lh), 251)
    d = ImageDraw.Draw(lab)
    fB = _font("label_b", fb)
    fR = _font("label", fs)
    # thermal printer start offset variation
    ox = 26 + rng.randint(-6, 6)
    oy = 18 + rng.randint(-5, 5)
    name = f"{fam}, {giv}"
    while _tw(d, name, fB) > lw - 2 * ox and fB.size > 18:
        fB = _font("label_b", fB.size - 2)
    d.text((ox, oy), name, font=fB, fill=0)
    y = oy + int(fb * 1.22)
    line2 = f"MRN: {mrn}"
    line2b = f"DOB: {dob}" + (f" {_age(patient.get('dob', ''), ref)}" if rng.random() < 0.6 else "")
    if sex:
        line2b += f" {sex}"
    line3 = f"FIN: {fin}"
    line3b = f"ADM: {_fmt_date(adm)}"
    if small:
        d.text((ox, y), line2, font=fR, fill=0)
        y += int(fs * 1.18)
        d.text((ox, y), line2b, font=fR, fill=0)
        y += int(fs * 1.18)
        d.text((ox, y), line3 + "  " + line3b, font=fR, fill=0)
        y += int(fs * 1.18)
        d.text((ox, y), f"ATT: {_provider(rng).upper()}", font=fR, fill=0)
    else:
        col2 = ox + 560
        d.text((ox, y), line2, font=fR, fill=0)
        d.text((col2, y), line2b, font=fR, fill=0)
        y += int(fs * 1.2)
        d.text((ox, y), line3, font=fR, fill=0)
        d.text((col2, y), line3b, font=fR, fill=0)
        y += int(fs * 1.2)
        d.text((ox, y), f"ATT: {_provider(rng).upper()}", font=fR, fill=0)
        d.text((col2, y), rng.choice(_ENC_TYPES), font=fR, fill=0)
        y += int(fs * 1.2)
        d.text((ox, y), f"LOC: {rng.choice(_UNITS)}", font=fR, fill=0)
        y += int(fs * 1.35)

    mask = None
    if not small:
        by = y + 4
        if code is not None:
            ch, cw = code.shape
            bx = (lw - cw) // 2 + rng.randint(-8, 8)
            bx = max(0, min(lw - cw, bx))
            by = min(by, lh - ch - 44)
            lab.paste(Image.fromarray(code), (bx, by))
            mask = Image.new("L", (lw, lh), 0)
            mask.paste(255, (bx, by, bx + cw, by + ch))
            # small human-readable line under the code, like many label formats
            hr = f"{mrn}  {fin}"
            fH = _font("label", 24)
            d.text(((lw - _tw(d, hr, fH)) // 2, by + ch + 6), hr, font=fH, fill=0)
        else:
            # label printed without the code: just the human-readable line
            fH = _font("label", 24)
            hr = f"{mrn}  {fin}"
            d.text((lw - ox - _tw(d, hr, fH), lh - 44), hr, font=fH, fill=0)
    # label die-cut corners (rounded) are outside the paste mask
    return lab, mask


def _stick_label(page: Image.Image, lab: Image.Image, mask: Image.Image | None,
                 cx: int, cy: int, angle: float):
    """Stick an adhesive label centred on (cx, cy), rotated by angle degrees.

    Returns bbox of the code region in page coordinates (or None)."""
    lw, lh = lab.size
    shape = Image.new("L", (lw, lh), 0)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, lw - 1, lh - 1), radius=22, fill=255)
    rl = lab.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    rs = shape.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    x0 = int(cx - rl.size[0] / 2)
    y0 = int(cy - rl.size[1] / 2)
    # faint edge/shadow of the label stock
    sh = rs.point(lambda v: 255 if v > 0 else 0)
    region = page.crop((x0 + 3, y0 + 4, x0 + 3 + rl.size[0], y0 + 4 + rl.size[1]))
    shadow = Image.new("L", rl.size, 200)
    region = Image.composite(ImageChops.darker(region, shadow), region, sh)
    page.paste(region, (x0 + 3, y0 + 4))
    page.paste(rl, (x0, y0), rs)
    if mask is None:
        return None
    rm = mask.rotate(angle, resample=Image.NEAREST, expand=True, fillcolor=0)
    bb = rm.getbbox()
    if bb is None:
        return None
    bx0, by0, bx1, by1 = bb
    box = (max(0, x0 + bx0), max(0, y0 + by0), min(page.size[0], x0 + bx1), min(page.size[1], y0 + by1))
    return box


# ---------------------------------------------------------------- pre-printed furniture
def _logo(d: ImageDraw.ImageDraw, x: int, y: int, s: int):
    """A simple keystone (trapezoid arch stone) logo."""
    d.polygon([(x, y), (x + s, y), (x + int(s * 0.8), y + s), (x + int(s * 0.2), y + s)], fill=0)
    d.polygon([(x + int(s * 0.28), y + int(s * 0.22)), (x + int(s * 0.72), y + int(s * 0.22)),
               (x + int(s * 0.62), y + int(s * 0.82)), (x + int(s * 0.38), y + int(s * 0.82))], fill=255)
    d.rectangle((x + int(s * 0.45), y + int(s * 0.32), x + int(s * 0.55), y + int(s * 0.72)), fill=0)
    d.rectangle((x + int(s * 0.36), y + int(s * 0.47), x + int(s * 0.64), y + int(s * 0.57)), fill=0)


def _header(d, ox, oy, subtitle: str | None = None, right: str | None = None):
    _logo(d, ox, oy, 120)
    d.text((ox + 150, oy - 2), "KEYSTONE", font=_font("serif_b", 64), fill=0)
    d.text((ox + 150, oy + 64), "UNIVERSITY MEDICAL CENTER", font=_font("sans", 40), fill=0)
    if subtitle:
        d.text((ox + 150, oy + 112), subtitle, font=_font("sans_i", 32), fill=40)
    if right:
        f = _font("sans_b", 44)
        tw = _tw(d, right, f)
        d.text((PAGE_W - ox - tw, oy + 30), right, font=f, fill=0)


def _checkbox(d, x, y, s=34, w=3):
    d.rectangle((x, y, x + s, y + s), outline=0, width=w)


def _hand_x(d, x, y, s, rng):
    """A hand-drawn check or X in a box."""
    j = lambda: rng.randint(-5, 5)
    wdt = rng.choice([4, 5, 6])
    if rng.random() < 0.6:
        d.line((x + 4 + j(), y + 4 + j(), x + s - 2 + j(), y + s - 2 + j()), fill=25, width=wdt)
        d.line((x + s - 3 + j(), y + 2 + j(), x + 3 + j(), y + s + j()), fill=25, width=wdt)
    else:
        d.line((x + 2 + j(), y + s // 2 + j(), x + s // 3 + j(), y + s + j()), fill=25, width=wdt)
        d.line((x + s // 3, y + s + j(), x + s + 8 + j(), y - 10 + j()), fill=25, width=wdt)


def _hand_text(page: Image.Image, x, y, text, rng, size=48):
    """Hand-writing imitation: oblique font, jittered baseline, ink grey."""
    d = ImageDraw.Draw(page)
    f = _font(rng.choice(["hand", "hand2"]), size + rng.randint(-4, 4))
    cx = x
    ink = rng.randint(15, 60)
    for ch in text:
        d.text((cx, y + rng.randint(-3, 3)), ch, font=f, fill=ink)
        cx += int(d.textlength(ch, font=f) * rng.uniform(0.95, 1.12))
    return cx


def _label_box(d, x, y, w, h, text="AFFIX PATIENT LABEL HERE"):
    """Dashed 'affix label' zone that is pre-printed on forms."""
    dash = 18
    for xx in range(x, x + w, dash * 2):
        d.line((xx, y, min(xx + dash, x + w), y), fill=110, width=3)
        d.line((xx, y + h, min(xx + dash, x + w), y + h), fill=110, width=3)
    for yy in range(y, y + h, dash * 2):
        d.line((x, yy, x, min(yy + dash, y + h)), fill=110, width=3)
        d.line((x + w, yy, x + w, min(yy + dash, y + h)), fill=110, width=3)
    f = _font("sans", 30)
    tw = _tw(d, text, f)
    d.text((x + (w - tw) // 2, y + h // 2 - 16), text, font=f, fill=150)


def _footer(d, ox, form_no, rev, page_txt=None):
    f = _font("sans", 28)
    y = PAGE_H - 150
    d.line((ox, y - 14, PAGE_W - ox, y - 14), fill=0, width=2)
    d.text((ox, y), f"{form_no} (Rev. {rev})", font=f, fill=0)
    t = "Keystone University Medical Center  \u2022  Health Information Management"
    d.text(((PAGE_W - _tw(d, t, f)) // 2, y), t, font=f, fill=0)
    if page_txt:
        d.text((PAGE_W - ox - _tw(d, page_txt, f), y), page_txt, font=f, fill=0)


# ---------------------------------------------------------------- cover sheet
_DOC_TYPES = [
    "History & Physical", "Progress Notes", "Consultations", "Physician Orders",
    "Medication Admin Record (MAR)", "Nursing Assessment / Flowsheets", "Laboratory Results",
    "Radiology / Imaging Reports", "Operative / Procedure Report", "Anesthesia Record",
    "Emergency Department Record", "Discharge Summary / Instructions", "Consents / Authorizations",
    "Advance Directives / POLST", "Outside Records (Received)", "Correspondence",
    "Therapy Notes (PT/OT/SLP)", "ECG / Cardiology Tracings", "Patient Belongings / Valuables",
    "Financial / Registration", "Other (specify): ______________",
]


def _page_variation(img: Image.Image, rng: random.Random) -> Image.Image:
    """Very light print/paper variation: slight toner density change."""
    if rng.random() < 0.5:
        a = np.asarray(img, dtype=np.int16)
        lift = rng.randint(0, 18)
        a = np.where(a < 128, np.minimum(a + lift, 255), a)
        img = Image.fromarray(a.astype(np.uint8), "L")
    return img


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    page = Image.new("L", (PAGE_W, PAGE_H), 255)
    d = ImageDraw.Draw(page)
    # pre-printed form, copier/printer registration offset
    ox = 150 + rng.randint(-12, 12)
    oy = 140 + rng.randint(-12, 12)
    _header(d, ox, oy, "Health Information Management \u2022 Document Imaging Services")
    f_title = _font("sans_b", 82)
    title = "DOCUMENT SCANNING COVER"
    y = oy + 200
    d.rectangle((ox, y, PAGE_W - ox, y + 120), fill=0)
    d.text(((PAGE_W - _tw(d, title, f_title)) // 2, y + 16), title, font=f_title, fill=255)
    y += 140
    warn = "DO NOT REMOVE \u2014 THIS SHEET MUST PRECEDE EACH PATIENT'S DOCUMENTS"
    fw = _font("sans_b", 44)
    d.text(((PAGE_W - _tw(d, warn, fw)) // 2, y), warn, font=fw, fill=0)
    y += 80

    # label zone
    zone_h = 700
    zx0, zy0 = ox + 280, y + 10
    zx1, zy1 = PAGE_W - ox - 280, y + 10 + zone_h
    _label_box(d, zx0, zy0, zx1 - zx0, zy1 - zy0, "PLACE PATIENT LABEL HERE (WITH BARCODE)")
    small = _font("sans_i", 28)
    d.text((zx0, zy1 + 10), "Label must include patient name, MRN, DOB and FIN barcode. "
                            "Do not cover label with tape.", font=small, fill=60)
    y = zy1 + 70

    # encounter type row
    fl = _font("sans_b", 38)
    fr = _font("sans", 36)
    d.text((ox, y), "ENCOUNTER TYPE:", font=fl, fill=0)
    x = ox + 380
    enc_boxes = []
    for et in ["Inpatient", "Outpatient", "Emergency", "Observation", "Day Surgery"]:
        _checkbox(d, x, y + 2)
        enc_boxes.append((x, y + 2))
        d.text((x + 48, y), et, font=fr, fill=0)
        x += 48 + _tw(d, et, fr) + 60
    y += 80

    # document type check boxes
    d.text((ox, y), "DOCUMENT TYPE(S) ENCLOSED  (check all that apply)", font=fl, fill=0)
    y += 62
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=3)
    y += 22
    col_w = (PAGE_W - 2 * ox) // 2
    rows = (len(_DOC_TYPES) + 1) // 2
    doc_boxes = []
    for i, dt in enumerate(_DOC_TYPES):
        c, r = divmod(i, rows)
        bx = ox + 20 + c * col_w
        by = y + r * 58
        _checkbox(d, bx, by + 2, 32)
        doc_boxes.append((bx, by + 2))
        d.text((bx + 50, by), dt, font=_font("sans", 34), fill=0)
    y += rows * 58 + 20
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=3)
    y += 30

    # instructions
    d.text((ox, y), "INSTRUCTIONS", font=fl, fill=0)
    y += 56
    fi = _font("sans", 32)
    instr = [
        "1. Use ONE cover sheet per patient per encounter. Affix the registration label squarely in the box above.",
        "2. Verify name, MRN, DOB and FIN on the label against every page before batching (two identifiers).",
        "3. Remove staples, paper clips and sticky notes. Flatten folded pages; tape small items to a full sheet.",
        "4. DO NOT REMOVE this sheet. It is the index page for the scanning system and is retained with the batch.",
        "5. Misfiled or unlabeled documents: return to HIM Document Imaging, Ground Floor, Room G-114, ext. 4-7720.",
    ]
    for s in instr:
        y = _para(d, ox + 10, y, s, fi, PAGE_W - 2 * ox - 20) + 6
    y += 20

    # date / initials box
    bh = 190
    d.rectangle((ox, y, PAGE_W - ox, y + bh), outline=0, width=4)
    cells = ["Date Prepared", "Prepared By (Initials)", "Date Scanned", "Scanned By", "QA Initials"]
    cw = (PAGE_W - 2 * ox) // len(cells)
    fc = _font("sans_b", 28)
    for i, c in enumerate(cells):
        cx = ox + i * cw
        if i:
            d.line((cx, y, cx, y + bh), fill=0, width=3)
        d.text((cx + 14, y + 10), c, font=fc, fill=0)
    box_y = y
    y += bh

    _footer(d, ox, "Form HIM-0147", "08/2019", "Page 1 of 1")
    d.text((ox, PAGE_H - 105), "Do not photocopy; order from Print Shop item #51-0147.",
           font=_font("sans", 24), fill=60)

    # --- manual filling -------------------------------------------------
    enc_pick = rng.randrange(len(enc_boxes))
    if rng.random() < 0.85:
        bx, by = enc_boxes[enc_pick]
        _hand_x(d, bx, by, 34, rng)
    n_doc = rng.choice([0, 1, 2, 3, 3, 4, 5, 6])
    for idx in rng.sample(range(len(doc_boxes)), n_doc):
        bx, by = doc_boxes[idx]
        _hand_x(d, bx, by, 32, rng)
    ref = _ref_date(rng)
    if rng.random() < 0.9:
        _hand_text(page, ox + 20, box_y + 90, f"{ref.month}/{ref.day}/{ref.year % 100:02d}", rng)
    if rng.random() < 0.85:
        ini = rng.choice("ABCDJKLMRST") + rng.choice("ABCDEGHJKLMNRSTW")
        _hand_text(page, ox + cw + 60, box_y + 90, ini, rng, 54)
    if rng.random() < 0.3:
        d2 = ref + timedelta(days=rng.randint(0, 3))
        _hand_text(page, ox + 2 * cw + 20, box_y + 90, f"{d2.month}/{d2.day}/{d2.year % 100:02d}", rng)

    # --- the label, stuck on by hand -----------------------------------
    lab, mask = _label(patient, payload, rng, with_code=True)
    zc_x = (zx0 + zx1) // 2 + rng.randint(-110, 110)
    zc_y = (zy0 + zy1) // 2 + rng.randint(-60, 60)
    angle = rng.uniform(-3.5, 3.5)
    page = _page_variation(page, rng)
    box = _stick_label(page, lab, mask, zc_x, zc_y, angle)
    return page, box


# ---------------------------------------------------------------- content pages
def _affix_small_label(page, patient, rng, corner_xy):
    lab, _ = _label(patient, None, rng, with_code=False, small=True)
    cx, cy = corner_xy
    _stick_label(page, lab, None, cx + rng.randint(-25, 25), cy + rng.randint(-20, 20),
                 rng.uniform(-4.0, 4.0))


def _form_frame(page, rng, title, form_no, rev, patient, label_zone=True):
    """Common top of a KUMC form: logo header, title, 'affix label' zone at top right."""
    d = ImageDraw.Draw(page)
    ox = 150 + rng.randint(-10, 10)
    oy = 130 + rng.randint(-10, 10)
    _header(d, ox, oy)
    zone = (PAGE_W - ox - 840, oy - 20, PAGE_W - ox, oy + 300)
    if label_zone:
        _label_box(d, zone[0], zone[1], zone[2] - zone[0], zone[3] - zone[1])
    y = oy + 340
    ft = _font("sans_b", 56)
    d.text((ox, y), title, font=ft, fill=0)
    y += 84
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=5)
    _footer(d, ox, form_no, rev, f"Page {rng.choice([1, 1, 1, 2])} of {rng.choice([2, 2, 3])}")
    return d, ox, y + 30, zone


def _progress_note(page, patient, rng):
    d, ox, y, zone = _form_frame(page, rng, "INTERDISCIPLINARY PROGRESS NOTES", "Form MR-2210", "03/2017", patient)
    fh = _font("sans_b", 32)
    cols = [ox, ox + 300, ox + 480, PAGE_W - ox]
    d.text((cols[0] + 10, y), "DATE", font=fh, fill=0)
    d.text((cols[1] + 10, y), "TIME", font=fh, fill=0)
    d.text((cols[2] + 10, y), "NOTES  (Sign, print name, credentials, pager #)", font=fh, fill=0)
    y += 50
    top = y
    lh = 72
    bottom = PAGE_H - 220
    for yy in range(top, bottom, lh):
        d.line((ox, yy, PAGE_W - ox, yy), fill=120, width=2)
    for c in cols:
        d.line((c, top - 50, c, bottom - (bottom - top) % lh), fill=0, width=3)
    # handwritten entries
    ref = _ref_date(rng)
    phrases = [
        "Pt seen & examined. Afebrile overnight, VSS.", "Tolerating reg diet, ambulating w/ assist.",
        "Lungs CTA bilat, no wheeze. Abd soft NT/ND.", "Incision c/d/i, no erythema.",
        "Cont current abx, recheck CBC/BMP in AM.", "Plan: d/c foley, PT/OT eval today.",
        "Pain 3/10 on PO regimen. BM x1.", "Discussed plan w/ pt & daughter, agree.",
        "Tele: NSR 70s, no events.", "Wean O2 to RA as tolerated, IS q1h.",
        "Glucose 140-190, adjust SSI.", "Anticipate d/c home tomorrow if stable.",
    ]
    n_lines = rng.randint(6, 22)
    yy = top + 14
    for i in range(n_lines):
        if yy > bottom - lh:
            break
        if i == 0 or rng.random() < 0.2:
            _hand_text(page, cols[0] + 15, yy, f"{ref.month}/{ref.day}/{ref.year % 100:02d}", rng, 42)
            _hand_text(page, cols[1] + 15, yy, f"{rng.randint(6, 22):02d}{rng.choice(['00', '15', '30', '45'])}", rng, 42)
            ref += timedelta(days=rng.randint(0, 1))
        _hand_text(page, cols[2] + 20, yy, rng.choice(phrases), rng, 42)
        yy += lh
        if rng.random() < 0.18 and yy < bottom - lh:
            _hand_text(page, cols[2] + 700, yy, f"\u2014 {_provider(rng)}, MD", rng, 42)
            yy += lh


def _lab_results(page, patient, rng):
    d = ImageDraw.Draw(page)
    ox = 150 + rng.randint(-10, 10)
    oy = 130 + rng.randint(-10, 10)
    fm = _font("mono", 34)
    fb = _font("mono_b", 34)
    d.text((ox, oy), "KEYSTONE UNIVERSITY MEDICAL CENTER", font=fb, fill=0)
    oy += 46
    d.text((ox, oy), "DEPARTMENT OF LABORATORY MEDICINE", font=fb, fill=0)
    d.text((ox, oy + 46), "CLIA #39D0000000   Medical Director: " + _provider(rng) + ", MD, PhD", font=fm, fill=0)
    d.text((ox, oy + 92), "CUMULATIVE RESULTS REPORT", font=_font("mono_b", 44), fill=0)
    y = oy + 170
    ref = _ref_date(rng)
    d.text((ox, y), f"Printed: {_fmt_date(ref)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", font=fm, fill=0)
    y += 46
    d.text((ox, y), f"Ordering: {_provider(rng).upper()}, MD", font=fm, fill=0)
    y += 46
    d.text((ox, y), f"Location: {rng.choice(_UNITS)}", font=fm, fill=0)
    y += 80
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=3)
    y += 20
    dates = [ref - timedelta(days=k) for k in range(rng.randint(2, 4))][::-1]
    hdr = f"{'TEST':<22}" + "".join(f"{_fmt_date(dd)[:5]:>10}" for dd in dates) + f"{'  REF RANGE':<18}{'UNITS':<10}"
    d.text((ox, y), hdr, font=fb, fill=0)
    y += 50
    tests = [
        ("CHEMISTRY", None), ("Sodium", (135, 145, "mmol/L", 0)), ("Potassium", (3.5, 5.1, "mmol/L", 1)),
        ("Chloride", (98, 107, "mmol/L", 0)), ("CO2", (22, 29, "mmol/L", 0)), ("BUN", (7, 20, "mg/dL", 0)),
        ("Creatinine", (0.6, 1.2, "mg/dL", 2)), ("Glucose", (70, 99, "mg/dL", 0)), ("Calcium", (8.5, 10.2, "mg/dL", 1)),
        ("HEMATOLOGY", None), ("WBC", (4.0, 11.0, "K/uL", 1)), ("Hemoglobin", (12.0, 16.0, "g/dL", 1)),
        ("Hematocrit", (36, 46, "%", 1)), ("Platelets", (150, 400, "K/uL", 0)),
        ("COAGULATION", None), ("PT", (11.0, 13.5, "sec", 1)), ("INR", (0.9, 1.1, "", 2)),
        ("PTT", (25, 35, "sec", 1)),
    ]
    for name, spec in tests:
        if spec is None:
            y += 14
            d.text((ox, y), name, font=fb, fill=0)
            y += 48
            continue
        lo, hi, unit, dp = spec
        row = f"{name:<22}"
        for _ in dates:
            if rng.random() < 0.12:
                row += f"{'':>10}"
                continue
            v = rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.3)
            flag = "H" if v > hi else ("L" if v < lo else " ")
            s = f"{v:.{dp}f}{flag}"
            row += f"{s:>10}"
        rr = f"{lo}-{hi}"
        row += f"  {rr:<16}{unit:<10}"
        d.text((ox, y), row, font=fm, fill=0)
        y += 46
    y += 30
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=2)
    y += 20
    d.text((ox, y), "H = High  L = Low  C = Critical.  Reference ranges are adult ranges unless noted.", font=fm, fill=0)
    y += 46
    d.text((ox, y), "*** END OF REPORT ***", font=fb, fill=0)
    # EHR print footer without identity
    d.text((ox, PAGE_H - 140), f"KUMC Lab Cumulative  Rpt ID LAB-CUM-{rng.randint(100, 999)}   Page {rng.randint(1, 3)}",
           font=_font("mono", 28), fill=0)
    return (PAGE_W - ox - 420, oy + 130)


def _vitals_flowsheet(page, patient, rng):
    d, ox, y, zone = _form_frame(page, rng, "VITAL SIGNS / INTAKE & OUTPUT FLOWSHEET", "Form NS-0412", "11/2020", patient)
    rows = ["Time", "Temp (\u00b0F)", "Route", "Pulse", "Resp", "BP", "SpO2 %", "O2 (L/min)", "Pain (0-10)",
            "Initials", "", "INTAKE", "PO (mL)", "IV (mL)", "IVPB (mL)", "Tube feed (mL)", "Shift total",
            "OUTPUT", "Urine (mL)", "Stool (#)", "Emesis (mL)", "Drain (mL)", "Shift total"]
    ncols = 8
    lab_w = 420
    cw = (PAGE_W - 2 * ox - lab_w) // ncols
    rh = 92
    top = y + 10
    fr = _font("sans", 32)
    fb = _font("sans_b", 32)
    for i, r in enumerate(rows):
        yy = top + i * rh
        if r in ("INTAKE", "OUTPUT"):
            d.rectangle((ox, yy, PAGE_W - ox, yy + rh), fill=215)
            d.text((ox + 12, yy + 26), r, font=fb, fill=0)
        elif r:
            d.text((ox + 12, yy + 28), r, font=fr, fill=0)
        d.line((ox, yy, PAGE_W - ox, yy), fill=0, width=2)
    bottom = top + len(rows) * rh
    d.line((ox, bottom, PAGE_W - ox, bottom), fill=0, width=2)
    for c in range(ncols + 1):
        x = ox + lab_w + c * cw
        d.line((x, top, x, bottom), fill=0, width=2)
    d.line((ox, top, ox, bottom), fill=0, width=3)
    d.line((PAGE_W - ox, top, PAGE_W - ox, bottom), fill=0, width=3)
    # handwritten values
    filled = rng.randint(2, ncols)
    h0 = rng.choice([0, 4, 8])
    ini = rng.choice("ABCDKLMRST") + rng.choice("ABEGHJKLMNRW")
    for c in range(filled):
        x = ox + lab_w + c * cw + 14
        vals = [f"{(h0 + 4 * c) % 24:02d}00", f"{rng.uniform(97.2, 100.8):.1f}", rng.choice(["O", "T", "Ax"]),
                str(rng.randint(58, 112)), str(rng.randint(12, 24)),
                f"{rng.randint(98, 162)}/{rng.randint(54, 94)}", str(rng.randint(90, 100)),
                rng.choice(["RA", "2", "3", "RA"]), str(rng.randint(0, 7)), ini]
        for i, v in enumerate(vals):
            _hand_text(page, x, top + i * rh + 20, v, rng, 40)
        if rng.random() < 0.6:
            _hand_text(page, x, top + 12 * rh + 20, str(rng.choice([120, 240, 360, 0, 480])), rng, 40)
            _hand_text(page, x, top + 13 * rh + 20, str(rng.choice([500, 250, 1000, 0])), rng, 40)
            _hand_text(page, x, top + 18 * rh + 20, str(rng.choice([200, 350, 400, 600, 150])), rng, 40)


def _consent(page, patient, rng):
    d, ox, y, zone = _form_frame(page, rng, "CONSENT FOR PROCEDURE / TREATMENT", "Form LG-1001", "06/2018", patient)
    fr = _font("serif", 40)
    fb = _font("serif_b", 40)
    w = PAGE_W - 2 * ox
    proc = rng.choice(["Colonoscopy with possible biopsy", "Left total knee arthroplasty",
                       "Cardiac catheterization, possible PCI", "Laparoscopic cholecystectomy",
                       "Transfusion of blood products", "Upper endoscopy (EGD)"])
    y += 10
    d.text((ox, y), "1. I authorize Dr. ________________________ and such assistants as may be selected", font=fr, fill=0)
    _hand_text(page, ox + 400, y - 16, _provider(rng), rng, 46)
    y += 60
    y = _para(d, ox + 40, y, "(including residents, fellows and other health care trainees of Keystone University "
              "Medical Center) to perform the following procedure(s):", fr, w - 40)
    d.line((ox + 40, y + 60, PAGE_W - ox, y + 60), fill=0, width=2)
    _hand_text(page, ox + 60, y + 4, proc, rng, 50)
    y += 100
    paras = [
        "2. The nature and purpose of the procedure, the expected benefits, the reasonably foreseeable risks "
        "and complications (including but not limited to bleeding, infection, injury to nearby structures, "
        "reaction to medicines and, rarely, death), and reasonable alternatives, including no treatment, have "
        "been explained to me. I have had the opportunity to ask questions and all my questions have been answered.",
        "3. I understand that during the procedure unforeseen conditions may require additional or different "
        "procedures, and I authorize the physician to perform such procedures as are necessary in his or her "
        "professional judgment.",
        "4. I consent to the administration of anesthesia and/or sedation as may be considered necessary. "
        "I understand that anesthesia involves additional risks which will be explained by the anesthesia provider.",
        "5. I consent to the disposal of any tissue or parts removed, in accordance with hospital policy, and to "
        "the use of de-identified tissue for teaching and approved research.",
        "6. I consent to photographs or video recording of the procedure for the medical record and for education, "
        "provided my identity is not revealed.",
    ]
    for p in paras:
        y = _para(d, ox, y, p, fr, w) + 26
    y += 20
    d.text((ox, y), "SIGNATURES", font=fb, fill=0)
    y += 70
    for lbl in ["Patient / Legal Representative", "Relationship (if not patient)", "Witness", "Physician Obtaining Consent"]:
        d.line((ox, y + 70, ox + 1250, y + 70), fill=0, width=2)
        d.line((ox + 1400, y + 70, PAGE_W - ox, y + 70), fill=0, width=2)
        d.text((ox, y + 78), lbl, font=_font("sans", 30), fill=0)
        d.text((ox + 1400, y + 78), "Date / Time", font=_font("sans", 30), fill=0)
        if lbl != "Relationship (if not patient)" and rng.random() < 0.85:
            # scribbled signature
            sx, sy = ox + 60, y + 50
            pts = [(sx + k * 18, sy + int(18 * np.sin(k * rng.uniform(0.6, 1.3))) + rng.randint(-8, 8))
                   for k in range(rng.randint(18, 34))]
            d.line(pts, fill=30, width=4)
            ref = _ref_date(rng)
            _hand_text(page, ox + 1430, y + 14, f"{ref.month}/{ref.day}/{ref.year % 100:02d} {rng.randint(7, 18)}:{rng.choice(['05', '20', '40'])}", rng, 40)
        y += 150


def _radiology(page, patient, rng):
    d = ImageDraw.Draw(page)
    ox = 170 + rng.randint(-10, 10)
    oy = 140 + rng.randint(-10, 10)
    _header(d, ox, oy, "Department of Radiology", None)
    y = oy + 220
    d.line((ox, y, PAGE_W - ox, y), fill=0, width=3)
    y += 30
    exam = rng.choice(["CT CHEST WITHOUT CONTRAST", "XR CHEST 2 VIEWS", "MRI BRAIN WITH AND WITHOUT CONTRAST",
                       "US ABDOMEN COMPLETE", "CT ABDOMEN/PELVIS WITH CONTRAST"])
    fr = _font("sans", 38)
    fb = _font("sans_b", 38)
    ref = _ref_date(rng)
    d.text((ox, y), f"EXAM: {exam}", font=fb, fill=0)
    y += 58
    d.text((ox, y), f"Accession: RAD{rng.randint(10000000, 99999999)}     Exam date: {_fmt_date(ref)} "
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", font=fr, fill=0)
    y += 58
    d.text((ox, y), f"Ordering provider: {_provider(rng)}, MD", font=fr, fill=0)
    y += 90
    w = PAGE_W - 2 * ox
    secs = [
        ("CLINICAL HISTORY:", rng.choice(["Shortness of breath.", "Cough and fever, evaluate for pneumonia.",
                                          "Abdominal pain, right upper quadrant.", "Headache, rule out mass.",
                                          "Follow-up of pulmonary nodule."])),
        ("COMPARISON:", rng.choice(["None available.", f"Prior study dated {_fmt_date(ref - timedelta(days=rng.randint(30, 900)))}."])),
        ("TECHNIQUE:", "Standard departmental protocol was performed. Dose reduction techniques were used "
                       "as appropriate, including automated exposure control."),
        ("FINDINGS:", "Lines and tubes: None. The heart is normal in size. The mediastinal and hilar contours are "
                      "within normal limits. No focal consolidation, pleural effusion or pneumothorax. "
                      "Mild degenerative change of the visualized spine. No acute osseous abnormality. "
                      "Soft tissues are unremarkable. Additional incidental findings are described in the "
                      "structured report and do not require specific follow-up."),
        ("IMPRESSION:", rng.choice(["1. No acute cardiopulmonary process.",
                                    "1. No acute abnormality.\n2. Stable appearance compared to prior.",
                                    "1. Findings suggestive of early infection, correlate clinically.\n2. Recommend follow-up as clinically indicated."])),
    ]
    for h, t in secs:
        d.text((ox, y), h, font=fb, fill=0)
        y += 56
        y = _para(d, ox + 30, y, t, fr, w - 30) + 40
    y += 30
    rad = _provider(rng)
    d.text((ox, y), f"Electronically signed by: {rad}, MD   {_fmt_date(ref)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
           font=_font("sans_i", 36), fill=0)
    d.text((ox, PAGE_H - 140), "CONFIDENTIAL: This report contains protected health information.",
           font=_font("sans", 28), fill=0)
    return (PAGE_W - ox - 420, oy + 60)


def _discharge(page, patient, rng):
    d, ox, y, zone = _form_frame(page, rng, "DISCHARGE INSTRUCTIONS", "Form NS-0790", "02/2021", patient)
    fr = _font("sans", 38)
    fb = _font("sans_b", 38)
    w = PAGE_W - 2 * ox
    items = [("Diet:", rng.choice(["Regular", "Cardiac / low sodium", "Diabetic (consistent carbohydrate)", "Soft"])),
             ("Activity:", rng.choice(["As tolerated", "No lifting > 10 lb for 2 weeks", "Walk 3x daily, no driving on opioids"])),
             ("Wound care:", rng.choice(["Keep dry 48 h, then shower", "None", "Change dressing daily"])),
             ("Follow up:", f"{_provider(rng)}, MD in {rng.choice([1, 2, 4, 6])} weeks -- call (555) 0{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")]
    for k, v in items:
        d.text((ox, y), k, font=fb, fill=0)
        d.line((ox + 330, y + 46, PAGE_W - ox, y + 46), fill=0, width=2)
        _hand_text(page, ox + 350, y - 6, v, rng, 44)
        y += 100
    y += 20
    d.text((ox, y), "MEDICATIONS", font=fb, fill=0)
    y += 60
    hdr = ["Medication", "Dose", "How often", "Next dose"]
    xs = [ox, ox + 900, ox + 1300, ox + 1800]
    for h, x in zip(hdr, xs):
        d.text((x + 10, y), h, font=fb, fill=0)
    y += 56
    meds = ["Acetaminophen", "Metoprolol tartrate", "Lisinopril", "Atorvastatin", "Docusate", "Amoxicillin",
            "Aspirin", "Metformin", "Furosemide", "Pantoprazole"]
    pick = rng.sample(meds, rng.randint(2, 6))
    for i in range(7):
        d.line((ox, y + 66, PAGE_W - ox, y + 66), fill=0, width=2)
        if i < len(pick):
            _hand_text(page, xs[0] + 15, y + 8, pick[i], rng, 42)
            _hand_text(page, xs[1] + 15, y + 8, rng.choice(["500 mg", "25 mg", "10 mg", "40 mg", "100 mg"]), rng, 42)
            _hand_text(page, xs[2] + 15, y + 8, rng.choice(["daily", "BID", "q6h prn", "at bedtime"]), rng, 42)
        y += 72
    y += 40
    d.text((ox, y), "CALL YOUR DOCTOR OR RETURN TO THE EMERGENCY DEPARTMENT IF YOU HAVE:", font=fb, fill=0)
    y += 60
    y = _para(d, ox + 20, y, "\u2022 Fever over 101 \u00b0F   \u2022 Chest pain or trouble breathing   \u2022 Bleeding or "
              "drainage that does not stop   \u2022 Pain not relieved by your medicine   \u2022 New weakness, numbness or "
              "confusion", fr, w - 20) + 40
    y = _para(d, ox, y, "I have received and understand these instructions and a copy of my medication list.", fr, w) + 60
    d.line((ox, y + 40, ox + 1200, y + 40), fill=0, width=2)
    d.line((ox + 1400, y + 40, PAGE_W - ox, y + 40), fill=0, width=2)
    d.text((ox, y + 50), "Patient / Caregiver signature", font=_font("sans", 30), fill=0)
    d.text((ox + 1400, y + 50), "Nurse signature", font=_font("sans", 30), fill=0)


def _handout(page, rng):
    """Patient education handout (no identity)."""
    d = ImageDraw.Draw(page)
    ox = 200 + rng.randint(-10, 10)
    oy = 160 + rng.randint(-10, 10)
    _header(d, ox, oy, "Patient & Family Education")
    topic, body = rng.choice([
        ("Preventing Falls in the Hospital",
         ["Call, don't fall! Use your call light when you need to get up.",
          "Wear the non-skid socks we give you.",
          "Keep things you need (glasses, phone, water) within reach.",
          "Sit on the edge of the bed for a minute before standing up.",
          "Some medicines can make you dizzy. Ask your nurse about yours."]),
        ("Caring for Your Incision at Home",
         ["Wash your hands before and after touching your incision.",
          "You may shower 48 hours after surgery unless told otherwise.",
          "Do not soak in a bath, hot tub or pool until your surgeon says it is OK.",
          "Look at your incision every day for redness, swelling or drainage.",
          "Call your surgeon for fever over 101 \u00b0F or increasing pain."]),
        ("Using Your Incentive Spirometer",
         ["Sit up as straight as you can.", "Breathe out normally, then seal your lips around the mouthpiece.",
          "Breathe in slowly and as deeply as you can. Hold for 3 to 5 seconds.",
          "Rest a few seconds, then repeat 10 times every hour while awake.",
          "Cough to clear your lungs after each set."]),
    ])
    y = oy + 260
    d.text((ox, y), topic, font=_font("sans_b", 70), fill=0)
    y += 130
    fr = _font("sans", 44)
    w = PAGE_W - 2 * ox
    y = _para(d, ox, y, "This sheet gives general information. It does not replace advice from your health care "
              "team. Ask your nurse or doctor if you have questions.", fr, w) + 40
    for b in body:
        d.ellipse((ox + 10, y + 16, ox + 34, y + 40), fill=0)
        y = _para(d, ox + 70, y, b, fr, w - 70) + 30
    y += 40
    d.rectangle((ox, y, PAGE_W - ox, y + 260), outline=0, width=4)
    d.text((ox + 30, y + 30), "Questions?", font=_font("sans_b", 48), fill=0)
    _para(d, ox + 30, y + 100, "Call the KUMC Nurse Advice Line 24 hours a day at (555) 010-4400. "
          "Interpreter services are free: ask any staff member.", fr, w - 60)
    d.text((ox, PAGE_H - 160), f"ED-{rng.randint(1000, 9999)}  Rev. {rng.randint(1, 12):02d}/20{rng.randint(15, 23)}   "
           "\u00a9 Keystone University Medical Center", font=_font("sans", 28), fill=0)


def _continuation(page, rng):
    """Blank progress-note continuation sheet (no identity)."""
    d = ImageDraw.Draw(page)
    ox = 150 + rng.randint(-10, 10)
    oy = 140 + rng.randint(-10, 10)
    d.text((ox, oy), "PROGRESS NOTES \u2014 CONTINUATION", font=_font("sans_b", 50), fill=0)
    d.text((ox, oy + 70), "Keystone University Medical Center", font=_font("sans", 34), fill=0)
    top = oy + 160
    lh = 72
    for yy in range(top, PAGE_H - 220, lh):
        d.line((ox, yy, PAGE_W - ox, yy), fill=140, width=2)
    d.line((ox + 300, top, ox + 300, PAGE_H - 220 - (PAGE_H - 220 - top) % lh), fill=0, width=3)
    _footer(d, ox, "Form MR-2211", "03/2017")


def content_page(patient: dict | None, rng: random.Random):
    page = Image.new("L", (PAGE_W, PAGE_H), 255)
    if patient is None:
        kind = rng.choice(["handout", "handout", "continuation", "blank_form", "blank_form2"])
        if kind == "handout":
            _handout(page, rng)
        elif kind == "continuation":
            _continuation(page, rng)
        elif kind == "blank_form":
            _vitals_flowsheet_blank(page, rng)
        else:
            _consent_blank(page, rng)
        return _page_variation(page, rng)

    kind = rng.choice(["progress", "labs", "vitals", "consent", "radiology", "discharge"])
    if kind == "progress":
        _progress_note(page, patient, rng)
        corner = (PAGE_W - 150 - 420, 130 + 140)
    elif kind == "labs":
        corner = _lab_results(page, patient, rng)
    elif kind == "vitals":
        _vitals_flowsheet(page, patient, rng)
        corner = (PAGE_W - 150 - 420, 130 + 140)
    elif kind == "consent":
        _consent(page, patient, rng)
        corner = (PAGE_W - 150 - 420, 130 + 140)
    elif kind == "radiology":
        corner = _radiology(page, patient, rng)
        corner = (corner[0], corner[1] + 40)
    else:
        _discharge(page, patient, rng)
        corner = (PAGE_W - 150 - 420, 130 + 140)
    page = _page_variation(page, rng)
    if kind in ("labs", "radiology") and rng.random() < 0.3:
        corner = (PAGE_W - 150 - 420, PAGE_H - 420)  # sometimes stuck at the bottom corner of printouts
    _affix_small_label(page, patient, rng, corner)
    return page


def _vitals_flowsheet_blank(page, rng):
    """Blank flowsheet form: frame only, no identity, no handwriting."""
    d, ox, y, zone = _form_frame(page, rng, "VITAL SIGNS / INTAKE & OUTPUT FLOWSHEET", "Form NS-0412", "11/2020", None)
    rows = ["Time", "Temp (\u00b0F)", "Route", "Pulse", "Resp", "BP", "SpO2 %", "O2 (L/min)", "Pain (0-10)",
            "Initials", "", "INTAKE", "PO (mL)", "IV (mL)", "IVPB (mL)", "Tube feed (mL)", "Shift total",
            "OUTPUT", "Urine (mL)", "Stool (#)", "Emesis (mL)", "Drain (mL)", "Shift total"]
    ncols, lab_w, rh = 8, 420, 92
    cw = (PAGE_W - 2 * ox - lab_w) // ncols
    top = y + 10
    fr, fb = _font("sans", 32), _font("sans_b", 32)
    for i, r in enumerate(rows):
        yy = top + i * rh
        if r in ("INTAKE", "OUTPUT"):
            d.rectangle((ox, yy, PAGE_W - ox, yy + rh), fill=215)
            d.text((ox + 12, yy + 26), r, font=fb, fill=0)
        elif r:
            d.text((ox + 12, yy + 28), r, font=fr, fill=0)
        d.line((ox, yy, PAGE_W - ox, yy), fill=0, width=2)
    bottom = top + len(rows) * rh
    d.line((ox, bottom, PAGE_W - ox, bottom), fill=0, width=2)
    for c in range(ncols + 1):
        x = ox + lab_w + c * cw
        d.line((x, top, x, bottom), fill=0, width=2)
    d.line((ox, top, ox, bottom), fill=0, width=3)
    d.line((PAGE_W - ox, top, PAGE_W - ox, bottom), fill=0, width=3)


def _consent_blank(page, rng):
    """Unsigned consent form with no label affixed."""
    d, ox, y, zone = _form_frame(page, rng, "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", "Form HIM-0300", "01/2022", None)
    fr = _font("serif", 40)
    w = PAGE_W - 2 * ox
    fields = ["Patient name:", "Date of birth:", "Medical record number:", "Release information FROM:",
              "Release information TO:", "Purpose of disclosure:"]
    for f in fields:
        d.text((ox, y), f, font=_font("sans_b", 38), fill=0)
        d.line((ox + 620, y + 46, PAGE_W - ox, y + 46), fill=0, width=2)
        y += 90
    y += 20
    d.text((ox, y), "Information to be released (check):", font=_font("sans_b", 38), fill=0)
    y += 70
    opts = ["Discharge summary", "History & physical", "Lab results", "Imaging reports", "Progress notes",
            "Entire record", "Billing records", "Other: ____________"]
    for i, o in enumerate(opts):
        c, r = divmod(i, 4)
        x = ox + 20 + c * (w // 2)
        _checkbox(d, x, y + r * 60 + 4, 32)
        d.text((x + 50, y + r * 60), o, font=_font("sans", 36), fill=0)
    y += 4 * 60 + 40
    text = ("I understand that this authorization is voluntary and that I may revoke it in writing at any time, "
            "except to the extent that action has already been taken. Information disclosed under this "
            "authorization may be re-disclosed by the recipient and may no longer be protected by federal "
            "privacy regulations. Treatment, payment, enrollment or eligibility for benefits will not be "
            "conditioned on my signing this authorization. This authorization expires one year from the date "
            "signed unless otherwise specified.")
    y = _para(d, ox, y, text, fr, w) + 80
    for lbl in ["Signature of patient or legal representative", "Printed name / relationship"]:
        d.line((ox, y + 40, ox + 1300, y + 40), fill=0, width=2)
        d.line((ox + 1450, y + 40, PAGE_W - ox, y + 40), fill=0, width=2)
        d.text((ox, y + 50), lbl, font=_font("sans", 30), fill=0)
        d.text((ox + 1450, y + 50), "Date", font=_font("sans", 30), fill=0)
        y += 150
