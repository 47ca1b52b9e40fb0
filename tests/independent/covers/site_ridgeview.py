"""Ridgeview Orthopedic & Surgical -- an imaginary orthopedic and surgical hospital.

Test material: the patient cover (separator) sheet this site prints in front of each
patient's paper documents before they are scanned, plus a few kinds of clinical pages.

Written independently of the digitize code base by a helper agent that saw neither its
code nor other sites' layouts.

Licensed under the Apache License, Version 2.0.
"""
from __future__ import annotations

import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Ridgeview Orthopedic & Surgical"
SYMBOLOGY = "Code128"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
_DEPARTMENTS = ["ORTHOPEDIC SURGERY", "SURGICAL SERVICES", "JOINT REPLACEMENT CENTER",
                "SPINE & SPORTS MEDICINE", "PERIOPERATIVE SERVICES"]
_FONT_CACHE: dict = {}


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _FONT_CACHE:
        path = (_DJ if name.startswith("DejaVu") else _LB) + name + ".ttf"
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


def _long_date(iso: str) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    return f"{_MONTHS[m - 1]} {d}, {y}"


def _slash_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _acct_no(encounter: str) -> str:
    """Ridgeview billing account: '52' + encounter digits (8 wide) + Luhn-style check digit."""
    digits = "".join(ch for ch in encounter if ch.isdigit()).zfill(8)[-8:]
    body = "52" + digits
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def _text_w(draw: ImageDraw.ImageDraw, text: str, font) -> int:
    x0, _, x1, _ = draw.textbbox((0, 0), text, font=font)
    return x1 - x0


def _barcode(payload: str, max_w: int, rng: random.Random) -> np.ndarray:
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128)
    scale = 4 if rng.random() < 0.5 else 3  # 13 or 10 mil modules
    arr = np.asarray(zxingcpp.write_barcode_to_image(code, scale=scale))
    if arr.shape[1] > max_w and scale == 4:
        arr = np.asarray(zxingcpp.write_barcode_to_image(code, scale=3))
    if arr.shape[1] > max_w:
        arr = np.asarray(zxingcpp.write_barcode_to_image(code, scale=2))
    row = arr[arr.shape[0] // 2].astype(np.uint8)
    height = rng.randint(180, 225)  # 0.6 - 0.75 inch tall bars
    return np.repeat(row[None, :], height, axis=0)


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-8, 8), rng.randint(-8, 8)
    left, right = 170 + jx, W - 170 + jx

    # Department banner (no sheet title, just the department in large letters)
    dept = rng.choice(_DEPARTMENTS)
    f_dept = _font("LiberationSans-Bold", 118)
    while _text_w(d, dept, f_dept) > right - left and f_dept.size > 80:
        f_dept = _font("LiberationSans-Bold", f_dept.size - 6)
    y = 190 + jy
    d.text(((W - _text_w(d, dept, f_dept)) // 2 + jx, y), dept, font=f_dept, fill=0)
    y += f_dept.size + 40
    f_sub = _font("LiberationSerif-Italic", 50)
    sub = "Ridgeview Orthopedic & Surgical Hospital"
    d.text(((W - _text_w(d, sub, f_sub)) // 2 + jx, y), sub, font=f_sub, fill=0)
    y += 66
    f_addr = _font("LiberationSans-Regular", 40)
    addr = "4100 Summit Ridge Parkway  \u2022  Cedar Falls Junction  \u2022  (555) 310-7700"
    d.text(((W - _text_w(d, addr, f_addr)) // 2 + jx, y), addr, font=f_addr, fill=0)
    y += 80
    d.rectangle([left, y, right, y + 10], fill=0)
    d.line([left, y + 24, right, y + 24], fill=0, width=3)
    y += 120

    # Identity block, long-form labels
    f_lab = _font("LiberationSans-Bold", 58)
    f_val = _font("LiberationSans-Regular", 64)
    rows = [
        ("Patient:", f"{patient['family'].upper()}, {patient['given']}"),
        ("Medical Record Number:", patient["mrn"]),
        ("Birth Date:", _long_date(patient["dob"])),
        ("Acct No:", _acct_no(patient["encounter"])),
        ("Encounter Number:", patient["encounter"]),
    ]
    box_top = y
    label_w = max(_text_w(d, lab, f_lab) for lab, _ in rows)
    vx = left + 60 + label_w + 50
    y += 55
    for lab, val in rows:
        d.text((left + 60, y + 4), lab, font=f_lab, fill=0)
        d.text((vx, y), val, font=f_val, fill=0)
        y += 108
    y += 10
    d.rectangle([left, box_top, right, y], outline=0, width=4)
    y += 90

    # Instructions
    f_body = _font("LiberationSans-Regular", 46)
    f_bold = _font("LiberationSans-Bold", 48)
    d.text((left, y), "Health Information Management \u2014 Scanning Instructions", font=f_bold, fill=0)
    y += 80
    instructions = [
        "1.  Place this page on top of all loose documents for the patient named above.",
        "2.  Remove staples, paper clips and sticky notes. Do not fold or tape pages.",
        "3.  Verify every page shows this patient's name and record number.",
        "4.  Send the bundle to HIM Document Imaging, Ground Floor, Room G-118.",
    ]
    for line in instructions:
        d.text((left + 20, y), line, font=f_body, fill=0)
        y += 68
    y += 60

    # Document checklist with tick boxes
    d.text((left, y), "Documents enclosed (check all that apply):", font=f_bold, fill=0)
    y += 86
    items = ["Operative Report", "Anesthesia Record", "Consent Forms", "Implant Log",
             "Physician Orders", "Progress Notes", "Nursing Flowsheets", "MAR",
             "Lab / Pathology", "Imaging Reports", "Therapy Notes", "Outside Records"]
    col_w = (right - left) // 3
    checked = set(rng.sample(range(len(items)), rng.randint(0, 4)))
    for i, item in enumerate(items):
        cx = left + 20 + (i % 3) * col_w
        cy = y + (i // 3) * 78
        d.rectangle([cx, cy + 4, cx + 42, cy + 46], outline=0, width=3)
        if i in checked:  # a pen tick mark
            d.line([cx + 6, cy + 24, cx + 18, cy + 40, cx + 40, cy + 2], fill=0, width=6)
        d.text((cx + 66, cy), item, font=f_body, fill=0)
    y += 4 * 78 + 60
    d.text((left, y), "Prepared by: ______________________    Unit: ____________    "
           "Date: ____________", font=f_body, fill=0)

    # Bottom band: barcode bottom-left, HIM-use box bottom-right
    band_top = H - 640 + jy
    d.line([left, band_top, right, band_top], fill=0, width=3)
    bc_x, bc_y = left, band_top + 95
    bbox = None
    if payload is not None:
        bars = _barcode(payload, (right - 640 - 50) - bc_x, rng)
        img.paste(Image.fromarray(bars, "L"), (bc_x, bc_y))
        cols = np.where((bars < 128).any(axis=0))[0]
        bbox = (bc_x + int(cols[0]), bc_y, bc_x + int(cols[-1]) + 1, bc_y + bars.shape[0])
        f_hrt = _font("DejaVuSansMono", 38)
        d.text((bbox[0], bbox[3] + 20), payload, font=f_hrt, fill=0)
    bx0 = right - 640
    d.rectangle([bx0, band_top + 70, right, band_top + 400], outline=0, width=3)
    f_small = _font("LiberationSans-Bold", 40)
    f_sreg = _font("LiberationSans-Regular", 40)
    d.text((bx0 + 24, band_top + 90), "HIM USE ONLY", font=f_small, fill=0)
    d.text((bx0 + 24, band_top + 170), "Received: __________", font=f_sreg, fill=0)
    d.text((bx0 + 24, band_top + 240), "Scanned:  __________", font=f_sreg, fill=0)
    d.text((bx0 + 24, band_top + 310), "QA initials: _______", font=f_sreg, fill=0)

    f_foot = _font("LiberationSans-Regular", 38)
    d.text((left, H - 150), "Form RVOS-HIM-022  Rev. 08/2023", font=f_foot, fill=0)
    conf = "CONFIDENTIAL PATIENT INFORMATION"
    d.text((right - _text_w(d, conf, f_foot), H - 150), conf, font=f_foot, fill=0)
    return img, bbox


# ----------------------------------------------------------------------------- content

def _header(d, patient, y, rng) -> int:
    """Site header; with a patient, the Ridgeview addressograph-style identity label."""
    f_h = _font("LiberationSerif-Bold", 62)
    f_s = _font("LiberationSans-Regular", 40)
    d.text((170, y), "Ridgeview Orthopedic & Surgical Hospital", font=f_h, fill=0)
    d.text((170, y + 80), "4100 Summit Ridge Parkway \u2022 Cedar Falls Junction", font=f_s, fill=0)
    if patient is not None:
        f_l = _font("DejaVuSansMono-Bold", 40)
        f_v = _font("DejaVuSansMono", 40)
        x0, y0 = 1560, y - 10
        d.rectangle([x0, y0, W - 150, y0 + 300], outline=0, width=3)
        lines = [("Name: ", f"{patient['family'].upper()}, {patient['given']}"),
                 ("MR#:  ", patient["mrn"]),
                 ("DOB:  ", _slash_date(patient["dob"])),
                 ("Acct: ", _acct_no(patient["encounter"]))]
        for i, (lab, val) in enumerate(lines):
            d.text((x0 + 24, y0 + 22 + i * 66), lab, font=f_l, fill=0)
            d.text((x0 + 24 + _text_w(d, lab, f_l) + 12, y0 + 22 + i * 66), val, font=f_v, fill=0)
    y += 320 if patient is not None else 170
    d.line([150, y, W - 150, y], fill=0, width=4)
    return y + 50


def _title(d, text, y) -> int:
    f = _font("LiberationSans-Bold", 64)
    d.text(((W - _text_w(d, text, f)) // 2, y), text, font=f, fill=0)
    return y + 120


def _para(d, text, y, font, width=W - 340, x=170, lead=62) -> int:
    words, line = text.split(), ""
    for w in words:
        trial = (line + " " + w).strip()
        if _text_w(d, trial, font) > width:
            d.text((x, y), line, font=font, fill=0)
            y, line = y + lead, w
        else:
            line = trial
    if line:
        d.text((x, y), line, font=font, fill=0)
        y += lead
    return y


def _progress_note(d, y, rng):
    y = _title(d, "ORTHOPEDIC CLINIC PROGRESS NOTE", y)
    f_b = _font("LiberationSans-Bold", 46)
    f = _font("LiberationSerif-Regular", 46)
    side = rng.choice(["right", "left"])
    joint = rng.choice(["knee", "hip", "shoulder"])
    week = rng.randint(2, 12)
    sections = [
        ("SUBJECTIVE:", f"Patient returns {week} weeks status post {side} total {joint} "
         f"arthroplasty. Reports pain {rng.randint(1, 6)}/10, improving. Sleeping better. "
         "Using walker for longer distances, cane at home. Denies fever, chills, calf pain."),
        ("OBJECTIVE:", f"Incision well healed, no erythema or drainage. Range of motion "
         f"{rng.randint(5, 15)} to {rng.randint(95, 125)} degrees. Neurovascularly intact "
         "distally. Calf soft and nontender. Radiographs show well-fixed components."),
        ("ASSESSMENT:", f"Satisfactory progress after {side} {joint} replacement."),
        ("PLAN:", "Continue outpatient physical therapy 2-3 times weekly. Wean assistive "
         "device as tolerated. Complete aspirin DVT prophylaxis as directed. Return to "
         f"clinic in {rng.choice([4, 6, 8])} weeks with repeat x-rays."),
    ]
    for head, body in sections:
        d.text((170, y), head, font=f_b, fill=0)
        y = _para(d, body, y + 66, f) + 40
    d.text((170, y + 60), f"Electronically signed: {rng.choice(['R. Okafor, MD', 'L. Brandt, PA-C', 'S. Whitfield, MD'])}",
           font=_font("LiberationSans-Italic", 44), fill=0)


def _lab_report(d, y, rng):
    y = _title(d, "LABORATORY RESULTS", y)
    f_b = _font("DejaVuSansMono-Bold", 40)
    f = _font("DejaVuSansMono", 40)
    d.text((170, y), f"Collected: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024 "
           f"{rng.randint(5, 9):02d}:{rng.choice(['05', '20', '45'])}   Accession: "
           f"L{rng.randint(10000000, 99999999)}", font=f, fill=0)
    y += 100
    d.text((170, y), f"{'TEST':<26}{'RESULT':>10}  {'FLAG':<5}{'UNITS':<10}REF RANGE", font=f_b, fill=0)
    y += 60
    d.line([170, y, W - 170, y], fill=0, width=2)
    y += 20
    tests = [("Hemoglobin", 13.5, 1.8, "g/dL", 12.0, 17.5), ("Hematocrit", 40.0, 5.0, "%", 36.0, 52.0),
             ("WBC", 8.0, 3.0, "K/uL", 4.0, 11.0), ("Platelets", 250, 80, "K/uL", 150, 400),
             ("Sodium", 139, 4, "mmol/L", 135, 145), ("Potassium", 4.2, 0.5, "mmol/L", 3.5, 5.1),
             ("Creatinine", 1.0, 0.3, "mg/dL", 0.6, 1.3), ("Glucose", 110, 30, "mg/dL", 70, 99),
             ("INR", 1.1, 0.2, "", 0.9, 1.2), ("CRP", 12, 10, "mg/L", 0, 10)]
    for name, mu, sd, unit, lo, hi in tests:
        v = max(0.1, rng.gauss(mu, sd))
        val = f"{v:.1f}" if mu < 100 else f"{v:.0f}"
        flag = "H" if v > hi else ("L" if v < lo else "")
        d.text((170, y), f"{name:<26}{val:>10}  {flag:<5}{unit:<10}{lo}-{hi}", font=f, fill=0)
        y += 70
    y += 60
    d.text((170, y), "Performed at Ridgeview Core Laboratory. CLIA 99D1234567.", font=f, fill=0)


def _mar(d, y, rng):
    y = _title(d, "MEDICATION ADMINISTRATION RECORD", y)
    f = _font("LiberationSans-Regular", 42)
    f_b = _font("LiberationSans-Bold", 42)
    cols = [170, 900, 1250, 1600, 1950, W - 170]
    heads = ["Medication / Dose / Route", "Frequency", "0600-1400", "1400-2200", "2200-0600"]
    d.rectangle([cols[0], y, cols[-1], y + 80], outline=0, width=3)
    for i, h in enumerate(heads):
        d.text((cols[i] + 15, y + 18), h, font=f_b, fill=0)
    meds = [("Cefazolin 2 g IV", "q8h"), ("Acetaminophen 1000 mg PO", "q8h"),
            ("Oxycodone 5 mg PO", "q4h PRN"), ("Enoxaparin 40 mg SubQ", "daily"),
            ("Ondansetron 4 mg IV", "q6h PRN"), ("Docusate 100 mg PO", "BID"),
            ("Pantoprazole 40 mg PO", "daily")]
    y += 80
    for med, freq in rng.sample(meds, rng.randint(5, 7)):
        d.rectangle([cols[0], y, cols[-1], y + 110], outline=0, width=2)
        for c in cols[1:-1]:
            d.line([c, y, c, y + 110], fill=0, width=2)
        d.text((cols[0] + 15, y + 30), med, font=f, fill=0)
        d.text((cols[1] + 15, y + 30), freq, font=f, fill=0)
        for k in range(3):
            if rng.random() < 0.6:
                d.text((cols[2 + k] + 20, y + 30), f"{rng.choice(['0800', '1600', '2400', '1200'])} "
                       f"{rng.choice(['JM', 'KT', 'RL', 'AP'])}", font=f, fill=0)
        y += 110
    y += 60
    d.text((170, y), "Initials: JM = J. Morales RN   KT = K. Tran RN   RL = R. Lindqvist RN   AP = A. Patel LPN",
           font=_font("LiberationSans-Regular", 38), fill=0)


def _imaging(d, y, rng):
    y = _title(d, "DIAGNOSTIC IMAGING REPORT", y)
    f_b = _font("LiberationSans-Bold", 46)
    f = _font("LiberationSerif-Regular", 46)
    part = rng.choice(["LUMBAR SPINE", "RIGHT KNEE", "LEFT HIP", "RIGHT SHOULDER"])
    exam = f"XR {part}, {rng.randint(2, 4)} VIEWS"
    for head, body in [("EXAM:", exam),
                       ("HISTORY:", "Pain, follow-up after surgery."),
                       ("COMPARISON:", rng.choice(["None available.", "Prior study from 6 weeks ago."])),
                       ("FINDINGS:", f"Postoperative changes of the {part.lower()}. Hardware intact "
                        "without evidence of loosening, fracture or subsidence. Alignment maintained. "
                        "Mild degenerative change elsewhere. Soft tissues unremarkable."),
                       ("IMPRESSION:", "Stable postoperative appearance. No acute osseous abnormality.")]:
        d.text((170, y), head, font=f_b, fill=0)
        y = _para(d, body, y + 66, f) + 40
    d.text((170, y + 60), f"Dictated by {rng.choice(['M. Haddad, MD', 'P. Lowell, DO'])}, Radiology",
           font=_font("LiberationSans-Italic", 44), fill=0)


def _handout(d, y, rng):
    y = _title(d, rng.choice(["CARING FOR YOUR SPLINT OR CAST", "AFTER YOUR JOINT REPLACEMENT"]), y)
    f = _font("LiberationSans-Regular", 48)
    tips = ["Keep the area clean and dry. Cover it with a plastic bag when bathing.",
            "Raise the limb above the level of your heart for the first 48 hours.",
            "Move your fingers or toes often to help circulation.",
            "Do not put objects inside the cast or splint to scratch.",
            "Call the clinic at (555) 310-7700 if you notice numbness, increasing pain, "
            "swelling, fever over 101 F, or drainage from the incision.",
            "Take pain medicine only as prescribed. Do not drive while taking opioids."]
    for t in tips:
        y = _para(d, "\u2022  " + t, y, f, lead=70) + 30


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    y = _header(d, patient, 150 + rng.randint(-6, 6), rng)
    kinds = [_progress_note, _lab_report, _mar, _imaging]
    if patient is None:
        kinds = kinds + [_handout]
    kind = rng.choice(kinds)
    kind(d, y, rng)
    foot = _font("LiberationSans-Regular", 38)
    label = "Patient Education" if kind is _handout else ("Page 2 of 2 (continued)" if patient is None
                                                          else "Page 1 of 1")
    d.text((170, H - 150), label, font=foot, fill=0)
    d.text((W - 900, H - 150), "Ridgeview Orthopedic & Surgical", font=foot, fill=0)
    return img
