"""Imaginary site: Mercy Valley Hospital (Health Information Management, Scanning Unit).

Cover ("CHART SEPARATOR") sheets and clinical content pages as this imaginary
community hospital prints them on a 300 dpi laser printer before batch scanning.

Written independently of the digitize code base by a helper agent that saw neither
its code nor other sites' layouts.
SPDX-License-Identifier: Apache-2.0
"""

from __future__ import annotations

import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Mercy Valley Hospital"
SYMBOLOGY = "Code39"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi
_DV = "/usr/share/fonts/truetype/dejavu/"
_LI = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {  # Liberation for forms and prose, DejaVu Mono for printed identifiers
    k: _LI + v for k, v in (("sans", "LiberationSans-Regular.ttf"), ("sansb", "LiberationSans-Bold.ttf"),
                            ("sansi", "LiberationSans-Italic.ttf"), ("serif", "LiberationSerif-Regular.ttf"),
                            ("serifb", "LiberationSerif-Bold.ttf"))}
_FONT_FILES.update(mono=_DV + "DejaVuSansMono.ttf", monob=_DV + "DejaVuSansMono-Bold.ttf")
_cache: dict = {}


def _f(kind: str, pt: float) -> ImageFont.FreeTypeFont:
    """Font of the given kind at `pt` points (300 dpi)."""
    if (kind, pt) not in _cache:
        _cache[kind, pt] = ImageFont.truetype(_FONT_FILES[kind], int(round(pt * 300 / 72)))
    return _cache[kind, pt]


def _fit(draw, text, kind, pt, maxw):
    """Largest font of `kind` no bigger than `pt` (and not below 9 pt) that fits `maxw` px."""
    while pt > 9 and draw.textlength(text, font=_f(kind, pt)) > maxw:
        pt -= 0.5
    return _f(kind, pt)


def _us_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            lines, cur = lines + [cur], word
    return lines + [cur] if cur else lines


def _para(draw, x, y, text, font, width, lead=1.35):
    step = int(font.size * lead)
    for line in _wrap(draw, text, font, width):
        draw.text((x, y), line, font=font, fill=0)
        y += step
    return y


def _logo(draw, x, y, s=1.0):
    """Mercy Valley mark: a cross inside a rounded square, with two 'valley' strokes."""
    a = int(150 * s)
    draw.rounded_rectangle((x, y, x + a, y + a), radius=int(22 * s), outline=0, width=int(8 * s))
    t = int(30 * s)
    c = a // 2
    draw.rectangle((x + c - t // 2, y + int(22 * s), x + c + t // 2, y + a - int(22 * s)), fill=0)
    draw.rectangle((x + int(22 * s), y + c - t // 2 - int(15 * s), x + a - int(22 * s),
                    y + c + t // 2 - int(15 * s)), fill=0)
    draw.line((x + int(14 * s), y + a - int(30 * s), x + c, y + a - int(60 * s),
               x + a - int(14 * s), y + a - int(30 * s)), fill=0, width=int(6 * s))


def _letterhead(draw, x, y, dept, compact=False):
    _logo(draw, x, y)
    if compact:  # cover sheet: must stay clear of the barcode in the top-right corner
        draw.text((x + 180, y + 4), "MERCY VALLEY HOSPITAL", font=_f("serifb", 14), fill=0)
        draw.text((x + 182, y + 74), "Health Information Management", font=_f("sans", 10.5), fill=0)
        draw.text((x + 182, y + 128), dept, font=_f("sans", 9.5), fill=0)
        return
    draw.text((x + 180, y + 2), "MERCY VALLEY HOSPITAL", font=_f("serifb", 20), fill=0)
    draw.text((x + 182, y + 92), dept, font=_f("sans", 11), fill=0)
    draw.text((x + 182, y + 146), "1200 Orchard Ridge Road  \u2022  Valley Springs, OR 97488",
              font=_f("sans", 9.5), fill=0)


def _barcode(payload: str) -> numpy.ndarray:
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code39Ext)
    # 2 px narrow module = 6.7 mil at 300 dpi; fall back to 1 px only for very long payloads
    for scale in (2, 1):
        arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=scale, add_quiet_zones=True))
        if arr.shape[1] <= 1290 or scale == 1:
            break
    row = arr[arr.shape[0] // 2]
    return numpy.ascontiguousarray(numpy.tile(row, (210, 1)))  # 0.7 inch tall bars


# --------------------------------------------------------------------------- cover sheet
def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-8, 8), rng.randint(-8, 8)
    left, right = 150 + jx, W - 150 + jx

    _letterhead(d, left, 140 + jy, "Scanning Services  \u2022  ext. 4410", compact=True)

    bbox = None
    if payload is not None:
        bars = _barcode(payload)
        bh, bw = bars.shape
        bx = right - bw + rng.randint(-6, 6)
        by = 110 + jy + rng.randint(-4, 4)
        img.paste(Image.fromarray(bars, "L"), (bx, by))
        dark = numpy.where(bars[0] < 128)[0]
        bbox = (bx + int(dark[0]), by, bx + int(dark[-1]) + 1, by + bh)
        hrt = "*" + payload + "*"
        hf = _fit(d, hrt, "mono", 9, bw)
        if d.textlength(hrt, font=hf) <= bw:  # human-readable line only when it fits under the bars
            d.text((bx + (bw - d.textlength(hrt, font=hf)) / 2, by + bh + 14), hrt, font=hf, fill=0)

    y = 470 + jy
    d.line((left, y, right, y), fill=0, width=6)
    title = rng.choice(["CHART SEPARATOR", "CHART SEPARATOR SHEET"])
    tf = _f("sansb", 40 if title == "CHART SEPARATOR" else 34)
    tw = d.textlength(title, font=tf)
    d.text(((W - tw) / 2 + jx, y + 60), title, font=tf, fill=0)
    sub = "Patient Record \u2013 Scan Batch Divider"
    sf = _f("sansi", 14)
    d.text(((W - d.textlength(sub, font=sf)) / 2 + jx, y + 260), sub, font=sf, fill=0)
    y += 380
    d.line((left, y, right, y), fill=0, width=3)

    # identity block
    y += 90
    box = (left, y, right, y + 820)
    d.rectangle(box, outline=0, width=5)
    d.rectangle((left, y, right, y + 90), fill=0)
    d.text((left + 40, y + 16), "PATIENT IDENTIFICATION", font=_f("sansb", 13), fill=255)
    lab = _f("sans", 14)
    rows = [("Patient Name (Last, First):", f"{patient['family'].upper()}, {patient['given']}"),
            ("Medical Record No.:", patient["mrn"]), ("Date of Birth (MM/DD/YYYY):", _us_date(patient["dob"])),
            ("Visit / Account No.:", patient.get("encounter", ""))]
    ry = y + 150
    for label, value in rows:
        d.text((left + 50, ry + 14), label, font=lab, fill=0)
        d.text((left + 900, ry), value, font=_fit(d, value, "monob", 20, right - left - 960), fill=0)
        d.line((left + 890, ry + 100, right - 50, ry + 100), fill=0, width=2)
        ry += 160

    # scanning detail lines, filled in by hand
    y = box[3] + 120
    d.text((left, y), "Document batch information (complete by hand):", font=_f("sansb", 12), fill=0)
    y += 110
    f12 = _f("sans", 12)
    for label, x_off, span in (("Service / Unit:", 0, 1050), ("Discharge Date:", 1150, right - left - 1150),
                               ("Prepared by:", 0, 1050), ("No. of Pages:", 1150, right - left - 1150)):
        if x_off == 0 and label != "Service / Unit:":
            y += 120
        lw = d.textlength(label, font=f12)
        d.text((left + x_off, y), label, font=f12, fill=0)
        d.line((left + x_off + lw + 20, y + 52, left + x_off + span - 40, y + 52), fill=0, width=2)
    y += 130
    d.text((left, y), "Record type:", font=f12, fill=0)
    cx = left + 330
    for opt in ("Inpatient", "Outpatient", "Emergency", "Day Surgery"):
        d.rectangle((cx, y + 6, cx + 44, y + 50), outline=0, width=3)
        d.text((cx + 62, y), opt, font=f12, fill=0)
        cx += 90 + int(d.textlength(opt, font=f12)) + 60

    # instructions for scanning staff, small print
    y += 180
    d.line((left, y, right, y), fill=0, width=2)
    y += 40
    d.text((left, y), "INSTRUCTIONS FOR SCANNING STAFF", font=_f("sansb", 10.5), fill=0)
    y += 70
    small = _f("sans", 9.5)
    steps = [
        "1. Place this separator face up directly in front of the first page of this patient's documents.",
        "2. Use one separator per patient per visit. Never combine two patients behind one separator.",
        "3. Remove staples, paper clips and sticky notes. Flatten folded or torn pages before feeding.",
        "4. Verify the name, medical record number and birth date above match every page that follows.",
        "5. Do not write on, fold or cover the barcode. If it is damaged, reprint this sheet from the HIM "
        "portal; do not hand-write a record number.",
        "6. Retain paper originals in the holding bin for 30 days after QA release, then shred per policy HIM-07.",
    ]
    for s in steps:
        y = _para(d, left + 20, y, s, small, right - left - 40, lead=1.3) + 8

    ff = _f("sans", 9)
    d.text((left, H - 170 + jy), "Form HIM-114  Rev. 03/2022", font=ff, fill=0)
    conf = "CONFIDENTIAL \u2013 Protected Health Information"
    d.text((right - d.textlength(conf, font=ff), H - 170 + jy), conf, font=ff, fill=0)
    return img, bbox


# --------------------------------------------------------------------------- content pages
_CLIN = ["R. Okafor, MD", "L. Brennan, DO", "S. Iyer, MD", "T. Halvorsen, NP", "M. Castellano, PA-C"]
_NURSE = ["K. Doyle, RN", "A. Mensah, RN", "J. Whitaker, LPN", "P. Reyes, RN"]


def _patient_band(d, y, patient, rng):
    """Mercy Valley's addressograph-style patient label, boxed on the right of the header."""
    x0, x1 = 1430, W - 150
    d.rectangle((x0, y, x1, y + 300), outline=0, width=3)
    f = _f("sans", 10.5)
    name = f"{patient['family'].upper()}, {patient['given'].upper()}"
    while d.textlength(name, font=_f("sansb", 9)) > x1 - x0 - 60:  # label printer truncates
        name = name[:-1]
    d.text((x0 + 30, y + 20), name, font=_fit(d, name, "sansb", 12, x1 - x0 - 60), fill=0)
    d.text((x0 + 30, y + 95), f"MR#: {patient['mrn']}", font=f, fill=0)
    d.text((x0 + 560, y + 95), f"DOB: {_us_date(patient['dob'])}", font=f, fill=0)
    d.text((x0 + 30, y + 160), f"Acct#: {patient.get('encounter', '')}", font=f, fill=0)
    d.text((x0 + 560, y + 160), f"Rm: {rng.randint(2, 5)}{rng.randint(10, 48)}-{rng.choice('AB')}",
           font=f, fill=0)
    d.text((x0 + 30, y + 225), f"Attending: {rng.choice(_CLIN)}", font=f, fill=0)


def _page_header(img, patient, rng, title, dept):
    d = ImageDraw.Draw(img)
    y = 130 + rng.randint(-6, 6)
    _letterhead(d, 150, y, dept)
    ty = y + 330
    if patient is not None:
        _patient_band(d, y + 250, patient, rng)
        ty = y + 590
    d.text((150, ty), title, font=_f("sansb", 20), fill=0)
    yy = ty + 130
    d.line((150, yy, W - 150, yy), fill=0, width=4)
    return d, yy + 60


def _footer(d, page, of, rng):
    f = _f("sans", 9)
    d.text((150, H - 160), f"Printed {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024", font=f, fill=0)
    t = f"Page {page} of {of}"
    d.text((W - 150 - d.textlength(t, font=f), H - 160), t, font=f, fill=0)


def _progress(img, patient, rng):
    d, y = _page_header(img, patient, rng, "PHYSICIAN PROGRESS NOTE", "Internal Medicine \u2013 4 West")
    f, fb = _f("serif", 12), _f("sansb", 12)
    hr, temp = rng.randint(62, 108), round(rng.uniform(36.4, 38.6), 1)
    sections = [
        ("Subjective:", "Patient reports improved breathing overnight and slept about five hours. "
         "Denies chest pain or palpitations. Appetite fair; tolerated clear liquids and advanced to soft diet. "
         "Mild productive cough with white sputum persists."),
        ("Objective:", f"T {temp} C, HR {hr}, BP {rng.randint(104, 158)}/{rng.randint(58, 94)}, "
         f"RR {rng.randint(14, 24)}, SpO2 {rng.randint(90, 99)}% on {rng.randint(1, 4)} L nasal cannula. "
         "Scattered crackles at the right base, no wheeze. Heart regular, no murmur. Trace bilateral ankle edema."),
        ("Assessment:", "Community-acquired pneumonia, right lower lobe, clinically improving. "
         "Chronic heart failure with preserved ejection fraction, euvolemic to slightly overloaded. "
         "Type 2 diabetes mellitus, glucose 140-210 on sliding scale."),
        ("Plan:", "Continue ceftriaxone day 3 of 5 and azithromycin. Wean oxygen to keep saturation above 92%. "
         "Furosemide 20 mg PO daily; daily weights, strict intake and output. Physical therapy evaluation "
         "today. Anticipate discharge in 24 to 48 hours if afebrile."),
    ]
    for head, body in sections:
        d.text((150, y), head, font=fb, fill=0)
        y = _para(d, 520, y, body, f, W - 670) + 50
    d.text((150, y + 80), f"Electronically signed: {rng.choice(_CLIN)}   "
           f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024 {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
           font=_f("sansi", 11), fill=0)
    _footer(d, 1, rng.randint(1, 3), rng)


def _labs(img, patient, rng):
    d, y = _page_header(img, patient, rng, "LABORATORY RESULTS REPORT", "Clinical Laboratory \u2013 CLIA 38D0912245")
    f, fb = _f("mono", 10.5), _f("monob", 10.5)
    d.text((150, y), f"Collected: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024 "
           f"{rng.randint(4, 9):02d}:{rng.randint(0, 59):02d}    Specimen: Blood, venous", font=f, fill=0)
    y += 100
    cols = (150, 900, 1300, 1600, 2050)
    for x, h in zip(cols, ("TEST", "RESULT", "FLAG", "REFERENCE", "UNITS")):
        d.text((x, y), h, font=fb, fill=0)
    d.line((150, y + 60, W - 150, y + 60), fill=0, width=2)
    y += 90
    tests = [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
             ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
             ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.3, "mg/dL", 2),
             ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
             ("WBC", 4.0, 11.0, "K/uL", 1), ("Hemoglobin", 12.0, 16.0, "g/dL", 1),
             ("Platelets", 150, 400, "K/uL", 0), ("Troponin I", 0.0, 0.04, "ng/mL", 2)]
    for name, lo, hi, unit, dec in tests:
        v = rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.3)
        flag = "H" if v > hi else ("L" if v < lo else "")
        vals = (name, f"{v:.{dec}f}", flag, f"{lo:.{dec}f} - {hi:.{dec}f}", unit)
        for x, t in zip(cols, vals):
            d.text((x, y), t, font=fb if (flag and t in (vals[1], flag)) else f, fill=0)
        y += 78
    y += 60
    _para(d, 150, y, "Results flagged H or L are outside the laboratory reference interval. "
          "Critical values were telephoned to the ordering provider and read back. "
          f"Verified by {rng.choice(['D. Pham, MLS(ASCP)', 'C. Novak, MT', 'E. Rossi, MLS'])}.",
          _f("sans", 10), W - 300)
    _footer(d, 1, 1, rng)


def _flowsheet(img, patient, rng):
    d, y = _page_header(img, patient, rng, "NURSING VITAL SIGNS FLOWSHEET", "Nursing Services \u2013 Med/Surg")
    f, fb = _f("sans", 10), _f("sansb", 10)
    heads = ("Time", "Temp C", "Pulse", "Resp", "BP", "SpO2 %", "Pain 0-10", "Initials")
    x0, cw = 150, (W - 300) // len(heads)
    rows = 14
    d.rectangle((x0, y, W - 150, y + 90 * (rows + 1)), outline=0, width=3)
    for i, h in enumerate(heads):
        d.text((x0 + i * cw + 20, y + 22), h, font=fb, fill=0)
        if i:
            d.line((x0 + i * cw, y, x0 + i * cw, y + 90 * (rows + 1)), fill=0, width=2)
    hour = rng.randint(0, 5)
    for r in range(rows):
        yy = y + 90 * (r + 1)
        d.line((x0, yy, W - 150, yy), fill=0, width=2)
        vals = (f"{(hour + 2 * r) % 24:02d}00", f"{rng.uniform(36.3, 38.4):.1f}", str(rng.randint(60, 112)),
                str(rng.randint(12, 24)), f"{rng.randint(98, 162)}/{rng.randint(54, 96)}",
                str(rng.randint(89, 100)), str(rng.randint(0, 8)), rng.choice(["KD", "AM", "JW", "PR"]))
        for i, v in enumerate(vals):
            d.text((x0 + i * cw + 20, yy + 22), v, font=f, fill=0)
    y += 90 * (rows + 1) + 80
    d.text((150, y), "Nursing comments:", font=fb, fill=0)
    _para(d, 150, y + 70, "Fall-risk bundle in place, bed alarm on. Turned every two hours; skin intact. "
          f"Reported pain at incision, medicated per order, reassessed in 60 minutes. {rng.choice(_NURSE)}",
          _f("serif", 11), W - 300)
    _footer(d, rng.randint(1, 2), 2, rng)


def _imaging(img, patient, rng):
    d, y = _page_header(img, patient, rng, "DIAGNOSTIC IMAGING REPORT", "Department of Radiology")
    f, fb = _f("serif", 12), _f("sansb", 12)
    exam = rng.choice(["CT CHEST WITH IV CONTRAST", "XR CHEST PA AND LATERAL", "US ABDOMEN COMPLETE"])
    d.text((150, y), f"Exam: {exam}", font=fb, fill=0)
    d.text((150, y + 80), f"Accession: RA{rng.randint(1000000, 9999999)}    Ordering: {rng.choice(_CLIN)}",
           font=_f("sans", 11), fill=0)
    y += 200
    for head, body in (
        ("CLINICAL HISTORY:", "Shortness of breath and cough, rule out pneumonia or effusion."),
        ("COMPARISON:", f"Prior study dated {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2023."),
        ("FINDINGS:", "There is patchy airspace opacity in the right lower lobe. No pneumothorax. "
         "Small right pleural effusion. Cardiomediastinal silhouette is mildly enlarged, unchanged. "
         "Degenerative changes of the thoracic spine. No acute osseous abnormality."),
        ("IMPRESSION:", "1. Right lower lobe opacity, compatible with pneumonia in the appropriate setting. "
         "2. Small right pleural effusion. 3. Stable mild cardiomegaly. Follow-up imaging after treatment "
         "is recommended to document resolution."),
    ):
        d.text((150, y), head, font=fb, fill=0)
        y = _para(d, 150, y + 75, body, f, W - 300) + 60
    d.text((150, y + 60), f"Dictated and signed by {rng.choice(['H. Adeyemi, MD', 'F. Lindqvist, MD'])}, "
           "Radiologist", font=_f("sansi", 11), fill=0)
    _footer(d, 1, 1, rng)


def _handout(img, rng):
    """Patient education handout: names no patient."""
    d = ImageDraw.Draw(img)
    _letterhead(d, 150, 130 + rng.randint(-6, 6), "Patient & Family Education")
    topic, paras = rng.choice([
        ("Going Home After Pneumonia", [
            "Take every dose of your antibiotic, even if you feel better before the bottle is empty.",
            "Rest often and drink plenty of fluids unless your doctor has told you to limit fluids.",
            "Do deep-breathing exercises ten times every hour while awake for the next week.",
            "Call your doctor if you have a fever above 101 F, more trouble breathing, or chest pain.",
        ]),
        ("Checking Your Blood Sugar at Home", [
            "Wash and dry your hands before every check. Use a new lancet each time.",
            "Write each reading in your log book with the date, time and what you ate.",
            "If your reading is below 70, eat 15 grams of fast sugar and check again in 15 minutes.",
            "Bring your meter and log book to every clinic visit.",
        ]),
    ])
    y = 520
    d.text((150, y), topic, font=_f("sansb", 24), fill=0)
    y += 200
    for p in paras:
        d.ellipse((170, y + 22, 200, y + 52), fill=0)
        y = _para(d, 260, y, p, _f("serif", 14), W - 410) + 50
    y += 60
    _para(d, 150, y, "Questions? Call the Mercy Valley Nurse Advice Line, 24 hours a day, at "
          "(541) 555-0142.", _f("sansb", 12), W - 300)
    d.text((150, H - 160), "PE-2031 (08/2023)", font=_f("sans", 9), fill=0)


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    kinds = [_progress, _labs, _flowsheet, _imaging]
    if patient is None and rng.random() < 0.5:
        _handout(img, rng)
    else:
        rng.choice(kinds)(img, patient, rng)  # with None: a page without the identity label
    return img
