"""Bayside NHS-style Trust Hospital -- scanning cover sheet and clinical pages.

Imaginary site: Bayside Hospital, part of an NHS-style acute trust on the coast.
Its Health Records Library prints a "Scan Divider" in front of each patient's
paper record before it goes through the departmental scanners.  The divider
carries a Code 128 barcode printed vertically down the left-hand margin and the
patient's identity in boxed, labelled fields (Surname / Forename(s) /
Hospital Number / Date of Birth, day first).

Written independently of the digitize code base by a helper agent that saw
neither its code nor other sites' layouts.

Licensed under the Apache License, Version 2.0.
"""
from __future__ import annotations

import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Bayside NHS-style Trust Hospital"
SYMBOLOGY = "Code128"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONT_CACHE: dict = {}


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _FONT_CACHE:
        path = (_LB if name.startswith("Liberation") else _DJ) + name + ".ttf"
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


def _sans(size, bold=False):
    return _font("LiberationSans-Bold" if bold else "LiberationSans-Regular", size)


def _dob_uk(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _logo(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """Trust wordmark: a small wave emblem in a square plus the trust name."""
    d.rectangle([x, y, x + 150, y + 150], fill=0)
    for k in range(3):
        yy = y + 45 + k * 32
        pts = [(x + 15 + i * 10, yy + int(10 * np.sin(i * 0.9))) for i in range(13)]
        d.line(pts, fill=255, width=7)
    d.text((x + 180, y + 4), "Bayside Hospital", font=_font("LiberationSerif-Bold", 64), fill=0)
    d.text((x + 182, y + 88), "Bayside Coast Teaching Hospitals NHS Trust",
           font=_sans(40), fill=0)


def _barcode_strip(payload: str, module: int, bar_h: int) -> Image.Image:
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128)
    arr = np.asarray(zxingcpp.write_barcode_to_image(code, scale=1))
    row = arr[arr.shape[0] // 2].astype(np.uint8)
    row = np.repeat(row, module)
    strip = np.tile(row, (bar_h, 1))
    return Image.fromarray(strip, "L")


def _field(d, x, y, w, label, value, h=150, vsize=64):
    d.rectangle([x, y, x + w, y + h], outline=0, width=4)
    d.text((x + 18, y + 12), label, font=_sans(38), fill=0)
    d.text((x + 24, y + 62), value, font=_font("DejaVuSansMono-Bold", vsize), fill=0)


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-8, 8), rng.randint(-8, 8)

    # --- barcode, rotated 90 degrees, down the left-hand margin -------------
    bbox = None
    bar_x0 = 110 + jx
    bar_top = 640 + jy
    if payload is not None:
        module = rng.choice([4, 4, 5]) if len(payload) <= 40 else 4
        strip = _barcode_strip(payload, module, bar_h=rng.randint(195, 230))
        vert = strip.rotate(90, expand=True)
        if vert.height > H - bar_top - 200:
            bar_top = max(120, (H - vert.height) // 2)
        img.paste(vert, (bar_x0, bar_top))
        bbox = (bar_x0, bar_top, bar_x0 + vert.width, bar_top + vert.height)
    # small vertical caption beside the code (printed even when empty)
    cap = Image.new("L", (1400, 50), 255)
    ImageDraw.Draw(cap).text((0, 2), "SCANNER INDEX - DO NOT WRITE IN THIS MARGIN",
                             font=_sans(38), fill=0)
    img.paste(cap.rotate(90, expand=True), (bar_x0 + 250, bar_top + 300))
    d.line([(bar_x0 + 320, 520), (bar_x0 + 320, H - 260)], fill=0, width=3)

    # --- header ----------------------------------------------------------------
    left = 520 + jx
    right = W - 170 + jx
    _logo(d, left, 150 + jy)
    d.text((right - 400, 170 + jy), "HR/SCAN/03", font=_sans(38), fill=0)
    d.text((right - 400, 215 + jy), "Issue 4  Apr 2023", font=_sans(38), fill=0)

    ty = 420 + jy
    d.rectangle([left, ty, right, ty + 190], fill=0)
    d.text((left + 40, ty + 24), "SCAN DIVIDER", font=_sans(96, True), fill=255)
    d.text((left + 44, ty + 130), "Patient Record - Health Records Library",
           font=_sans(40), fill=255)

    # --- identity block ----------------------------------------------------------
    y = ty + 270
    d.text((left, y), "PATIENT DETAILS (check against the case notes before scanning)",
           font=_sans(40, True), fill=0)
    y += 80
    fw = right - left
    _field(d, left, y, fw, "Surname", patient["family"].upper())
    y += 175
    _field(d, left, y, fw, "Forename(s)", patient["given"])
    y += 175
    half = (fw - 40) // 2
    _field(d, left, y, half, "Hospital Number", patient["mrn"])
    _field(d, left + half + 40, y, fw - half - 40, "Date of Birth (DD/MM/YYYY)",
           _dob_uk(patient["dob"]))
    y += 175
    _field(d, left, y, half, "Episode / Attendance No.", patient.get("encounter", ""))
    _field(d, left + half + 40, y, fw - half - 40, "Gender", "", h=150)
    y += 220

    # --- document category tick boxes --------------------------------------------
    d.text((left, y), "Record section (tick one)", font=_sans(40, True), fill=0)
    y += 70
    cats = ["Inpatient episode", "Outpatient attendance", "Emergency Department",
            "Maternity", "Correspondence only", "Other (state): ____________"]
    ticked = rng.randrange(len(cats) - 1)
    for i, c in enumerate(cats):
        cx = left + (i % 2) * (fw // 2)
        cy = y + (i // 2) * 75
        d.rectangle([cx, cy, cx + 46, cy + 46], outline=0, width=4)
        if i == ticked:
            d.line([(cx + 8, cy + 24), (cx + 20, cy + 38), (cx + 42, cy + 4)], fill=0, width=6)
        d.text((cx + 70, cy + 2), c, font=_sans(40), fill=0)
    y += 3 * 75 + 50

    # --- instructions ------------------------------------------------------------
    d.line([(left, y), (right, y)], fill=0, width=3)
    y += 30
    d.text((left, y), "Instructions for scanning staff", font=_sans(40, True), fill=0)
    y += 65
    notes = [
        "1. Place this divider face up on top of the patient's documents.",
        "2. Remove staples, treasury tags and sticky notes before feeding.",
        "3. Documents behind this sheet belong to the patient named above",
        "   until the next Scan Divider is reached.",
        "4. Do not photocopy this divider - print a new one from PAS.",
        "5. Queries: Health Records Library, ext. 4417.",
    ]
    for n in notes:
        d.text((left + 10, y), n, font=_sans(38), fill=0)
        y += 56
    y += 40
    d.text((left, y), "Prepared by: ______________________   Date: ____/____/______",
           font=_sans(38), fill=0)

    # --- footer -------------------------------------------------------------------
    d.line([(left, H - 230), (right, H - 230)], fill=0, width=2)
    d.text((left, H - 205), "OFFICIAL-SENSITIVE: PERSONAL  |  Bayside Hospital, Harbour Road",
           font=_sans(38), fill=0)
    d.text((right - 250, H - 205), "Page 1 of 1", font=_sans(38), fill=0)
    return img, bbox


# ============================================================================
# Content pages
# ============================================================================

def _id_label(d, x, y, patient):
    """Trust addressograph-style identity box at the top-right of clinical pages."""
    w, h = 900, 300
    d.rectangle([x, y, x + w, y + h], outline=0, width=3)
    f = _sans(38)
    fb = _sans(40, True)
    d.text((x + 20, y + 15), f"{patient['family'].upper()}, {patient['given']}", font=fb, fill=0)
    d.text((x + 20, y + 80), f"Hosp No: {patient['mrn']}", font=f, fill=0)
    d.text((x + 20, y + 140), f"DOB: {_dob_uk(patient['dob'])}", font=f, fill=0)
    d.text((x + 20, y + 200), f"Episode: {patient.get('encounter', '')}", font=f, fill=0)
    return y + h


def _blank_label(d, x, y):
    w, h = 900, 300
    d.rectangle([x, y, x + w, y + h], outline=0, width=3)
    d.text((x + 170, y + 125), "Affix patient label here", font=_sans(38), fill=0)
    return y + h


def _page_head(d, title, subtitle, patient, rng, label=True):
    jx, jy = rng.randint(-6, 6), rng.randint(-6, 6)
    x0 = 170 + jx
    d.text((x0, 150 + jy), "Bayside Hospital", font=_font("LiberationSerif-Bold", 58), fill=0)
    d.text((x0, 225 + jy), "Bayside Coast Teaching Hospitals NHS Trust", font=_sans(38), fill=0)
    d.text((x0, 340 + jy), title, font=_sans(64, True), fill=0)
    d.text((x0, 425 + jy), subtitle, font=_sans(38), fill=0)
    lx = W - 170 - 900 + jx
    if patient is not None:
        bottom = _id_label(d, lx, 140 + jy, patient)
    elif label:
        bottom = _blank_label(d, lx, 140 + jy)
    else:
        bottom = 480 + jy
    y = max(bottom, 480 + jy) + 50
    d.line([(x0, y), (W - 170 + jx, y)], fill=0, width=4)
    return x0, y + 40


def _footer(d, rng, code):
    d.line([(170, H - 200), (W - 170, H - 200)], fill=0, width=2)
    d.text((170, H - 180), f"{code}   Bayside Coast Teaching Hospitals NHS Trust",
           font=_sans(38), fill=0)
    d.text((W - 470, H - 180), f"Page {rng.randint(1, 3)}", font=_sans(38), fill=0)


def _wrap(d, x, y, text, font, width, gap=14):
    words, line = text.split(), ""
    for w_ in words:
        t = (line + " " + w_).strip()
        if d.textlength(t, font=font) > width and line:
            d.text((x, y), line, font=font, fill=0)
            y += font.size + gap
            line = w_
        else:
            line = t
    if line:
        d.text((x, y), line, font=font, fill=0)
        y += font.size + gap
    return y


_NOTES = [
    "Seen on ward round. Comfortable overnight, no further chest pain. Observations stable, "
    "afebrile, sats 96% on room air. Chest clear, heart sounds normal, calves soft and non-tender.",
    "Bloods this morning show improving CRP and stable renal function. Tolerating oral diet "
    "and mobilising with physiotherapy using a frame.",
    "Plan: continue oral antibiotics to complete a seven day course. Repeat U&E in 48 hours. "
    "Referral to the falls team. Aim for discharge home once cleared by occupational therapy.",
    "Discussed with patient and daughter, who are happy with the plan. TTO to be written "
    "the day before discharge. Review again tomorrow.",
    "Nursing: pressure areas intact, Waterlow score 14. Encouraged fluids, fluid balance "
    "chart in progress. Pain controlled with regular paracetamol.",
]


def _progress_note(d, patient, rng):
    x, y = _page_head(d, "Medical Continuation Sheet",
                      "All entries must be dated, timed and signed", patient, rng)
    font = _sans(40)
    d.text((x, y), "Date / Time", font=_sans(40, True), fill=0)
    d.text((x + 420, y), "Entry", font=_sans(40, True), fill=0)
    y += 70
    day, month = rng.randint(1, 24), rng.randint(1, 12)
    for i in range(rng.randint(3, 4)):
        hh, mm = rng.randint(7, 20), rng.choice([0, 10, 15, 30, 45])
        d.text((x, y), f"{day + i // 2:02d}/{month:02d}/2024", font=font, fill=0)
        d.text((x, y + 52), f"{hh:02d}:{mm:02d}", font=font, fill=0)
        text = " ".join(rng.sample(_NOTES, 2))
        y = _wrap(d, x + 420, y, text, font, W - 170 - x - 420)
        d.text((x + 420, y), f"Dr {rng.choice(['A. Okafor', 'S. Patel', 'J. Whitmore', 'R. Lindqvist'])}"
               f"  FY2  Bleep {rng.randint(1000, 1999)}", font=_sans(38), fill=0)
        y += 80
        d.line([(x, y - 20), (W - 170, y - 20)], fill=0, width=1)
        if y > H - 600:
            break
    _footer(d, rng, "MR/CONT/01")


_LABS = [("Sodium", 133, 146, "mmol/L"), ("Potassium", 3.5, 5.3, "mmol/L"),
         ("Urea", 2.5, 7.8, "mmol/L"), ("Creatinine", 59, 104, "umol/L"),
         ("eGFR", 90, 120, "mL/min"), ("C-reactive protein", 0, 5, "mg/L"),
         ("Albumin", 35, 50, "g/L"), ("Bilirubin", 0, 21, "umol/L"),
         ("ALT", 0, 41, "U/L"), ("Alk. phosphatase", 30, 130, "U/L"),
         ("Haemoglobin", 130, 180, "g/L"), ("White cell count", 4.0, 11.0, "x10^9/L"),
         ("Platelets", 150, 400, "x10^9/L")]


def _lab_report(d, patient, rng):
    x, y = _page_head(d, "Pathology Report", "Blood Sciences - Clinical Biochemistry & Haematology",
                      patient, rng)
    f = _sans(40)
    d.text((x, y), f"Specimen: Blood (venous)    Lab No: BY{rng.randint(1000000, 9999999)}", font=f, fill=0)
    y += 60
    d.text((x, y), f"Collected: {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2024 "
           f"{rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}    Requested by: Ward "
           f"{rng.choice(['Seacole', 'Nightingale', 'Harbour', 'Lighthouse'])}", font=f, fill=0)
    y += 100
    cols = [x, x + 760, x + 1100, x + 1560, x + 1900]
    for c, h in zip(cols, ["Test", "Result", "Reference range", "Units", "Flag"]):
        d.text((c, y), h, font=_sans(40, True), fill=0)
    y += 60
    d.line([(x, y), (W - 170, y)], fill=0, width=3)
    y += 25
    mono = _font("LiberationMono-Regular", 40)
    for name, lo, hi, unit in rng.sample(_LABS, rng.randint(8, 12)):
        span = hi - lo
        val = lo + span * rng.uniform(-0.3, 1.3)
        val = max(val, 0)
        val = round(val, 1) if isinstance(lo, float) else int(round(val))
        sval = f"{val:.1f}" if isinstance(lo, float) else f"{val}"
        flag = "H" if val > hi else ("L" if val < lo else "")
        d.text((cols[0], y), name, font=f, fill=0)
        d.text((cols[1], y), sval, font=mono, fill=0)
        d.text((cols[2], y), f"{lo} - {hi}", font=mono, fill=0)
        d.text((cols[3], y), unit, font=f, fill=0)
        d.text((cols[4], y), flag, font=_sans(40, True), fill=0)
        y += 72
    y += 40
    y = _wrap(d, x, y, "Comment: Results outside the reference range are flagged H (high) or "
              "L (low). Haemolysed samples may give a falsely raised potassium. "
              "Authorised by Consultant Clinical Scientist.", f, W - 340 - (x - 170))
    _footer(d, rng, "PATH/RPT")


_DRUGS = [("Amoxicillin", "500 mg", "PO", "TDS"), ("Paracetamol", "1 g", "PO", "QDS"),
          ("Enoxaparin", "40 mg", "SC", "OD"), ("Omeprazole", "20 mg", "PO", "OD"),
          ("Furosemide", "40 mg", "PO", "OM"), ("Amlodipine", "5 mg", "PO", "OD"),
          ("Atorvastatin", "20 mg", "PO", "ON"), ("Senna", "15 mg", "PO", "ON")]


def _drug_chart(d, patient, rng):
    x, y = _page_head(d, "Medicines Administration Record",
                      "Regular prescriptions - initial each administration", patient, rng)
    f = _sans(38)
    start = rng.randint(1, 24)
    heads = ["Drug / Dose / Route", "Freq"] + [f"{start + i:02d}/06" for i in range(5)]
    cols = [x, x + 760, x + 950, x + 1190, x + 1430, x + 1670, x + 1910]
    for c, h in zip(cols, heads):
        d.text((c, y), h, font=_sans(38, True), fill=0)
    y += 60
    for drug, dose, route, freq in rng.sample(_DRUGS, rng.randint(4, 6)):
        d.rectangle([x, y, W - 170, y + 250], outline=0, width=3)
        d.text((x + 15, y + 15), drug, font=_sans(42, True), fill=0)
        d.text((x + 15, y + 75), f"{dose}  {route}", font=f, fill=0)
        d.text((x + 15, y + 135), f"Prescriber: Dr {rng.choice(['Okafor', 'Patel', 'Hughes'])}",
               font=f, fill=0)
        d.text((cols[1] + 10, y + 15), freq, font=f, fill=0)
        for c in cols[2:]:
            d.line([(c - 20, y), (c - 20, y + 250)], fill=0, width=2)
            if rng.random() < 0.8:
                d.text((c, y + 90), rng.choice(["JM", "KT", "AB", "RS"]), font=f, fill=0)
        y += 280
    y += 30
    d.text((x, y), "Codes: 1 refused  2 nil by mouth  3 not available  4 patient away from ward",
           font=f, fill=0)
    _footer(d, rng, "PHARM/MAR/2")


def _radiology(d, patient, rng):
    exam = rng.choice(["CT Head without contrast", "Chest X-ray PA",
                       "Ultrasound Abdomen", "MRI Lumbar Spine"])
    x, y = _page_head(d, "Radiology Report", exam, patient, rng)
    f = _sans(40)
    d.text((x, y), f"Accession: RBY{rng.randint(100000, 999999)}    Examined: "
           f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024", font=f, fill=0)
    y += 100
    for head, body in [
        ("Clinical details", rng.choice([
            "Fall at home, query injury. Background of hypertension and atrial fibrillation.",
            "Worsening pain over three weeks. No red flag symptoms. Please assess.",
            "Shortness of breath and productive cough. Query consolidation."])),
        ("Findings", "No acute abnormality is demonstrated. No fracture, haemorrhage or "
         "collection is seen. Mild age-related degenerative change. Appearances are "
         "otherwise within normal limits for age."),
        ("Conclusion", "No acute pathology identified. Clinical correlation advised."),
    ]:
        d.text((x, y), head, font=_sans(42, True), fill=0)
        y = _wrap(d, x, y + 62, body, f, W - 340) + 40
    d.text((x, y + 40), f"Reported by: Dr {rng.choice(['M. Evans', 'T. Nakamura', 'L. Brennan'])}, "
           "Consultant Radiologist", font=f, fill=0)
    _footer(d, rng, "RAD/RPT")


def _handout(d, rng):
    x, y = _page_head(d, "Patient Information", "Going home after your hospital stay",
                      None, rng, label=False)
    f = _sans(42)
    paras = [
        "This leaflet explains what to expect in the first few weeks after you leave "
        "Bayside Hospital. Please keep it somewhere safe and share it with your family or carer.",
        "Medicines: you will be given a supply of any new medicines. Take them as shown on "
        "the discharge letter and ask your community pharmacist if you are unsure.",
        "Follow-up: if you need a clinic appointment, a letter will be posted to you. "
        "Your GP will also receive a copy of your discharge summary.",
        "When to get help: if you become more breathless, develop a high temperature or "
        "feel unwell, contact your GP or call NHS 111. In an emergency dial 999.",
        "If you would like this leaflet in another language or large print, please ask a "
        "member of staff or contact the Patient Advice and Liaison Service on ext. 2200.",
    ]
    for p in paras:
        y = _wrap(d, x, y, p, f, W - 340) + 40
    _footer(d, rng, f"PIL/{rng.randint(100, 999)}")


def _continuation(d, rng):
    """Continuation sheet with no patient label (blank label box)."""
    x, y = _page_head(d, "Medical Continuation Sheet",
                      "All entries must be dated, timed and signed", None, rng)
    f = _sans(40)
    y = _wrap(d, x, y, " ".join(rng.sample(_NOTES, 3)), f, W - 340) + 40
    for yy in range(y, H - 300, 90):
        d.line([(x, yy), (W - 170, yy)], fill=160, width=2)
    _footer(d, rng, "MR/CONT/01")


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if patient is None:
        rng.choice([_handout, _continuation])(d, rng)
    else:
        rng.choice([_progress_note, _lab_report, _drug_chart, _radiology])(d, patient, rng)
    return img
