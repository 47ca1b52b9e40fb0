"""Prairie Health System -- imaginary regional hospital network (Great Plains, USA).

Paper forms this site prints and scans: an "Encounter Document Header Sheet"
placed in front of each patient's paper documents, with a Data Matrix code in
the bottom-right corner, plus a handful of clinical document kinds.

Written independently of the digitize code base by a helper agent that saw
neither its code nor other sites' layouts.

SPDX-License-Identifier: Apache-2.0
"""
from __future__ import annotations

import datetime
import math
import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Prairie Health System"
SYMBOLOGY = "DataMatrix"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi
_DV = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {
    "sans": _LB + "LiberationSans-Regular.ttf", "sansb": _LB + "LiberationSans-Bold.ttf",
    "sansi": _LB + "LiberationSans-Italic.ttf", "serif": _LB + "LiberationSerif-Regular.ttf",
    "serifb": _LB + "LiberationSerif-Bold.ttf", "mono": _DV + "DejaVuSansMono.ttf",
    "monob": _DV + "DejaVuSansMono-Bold.ttf", "dv": _DV + "DejaVuSans.ttf",
    "dvb": _DV + "DejaVuSans-Bold.ttf",
}
_font_cache: dict = {}


def _f(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(_FONT_FILES[name], size)
    return _font_cache[key]


_ATTENDINGS = [
    "Halvorsen, Erik MD", "Two Bulls, Renee DO", "Okonkwo, Chidi MD",
    "Lindqvist, Anna MD", "Brandt, Wesley MD", "Nguyen, Thao MD",
    "Kowalczyk, Piotr DO", "Running Horse, Dana MD"]
_FACILITIES = ["Prairie Regional Medical Center - Sioux Falls",
               "Prairie Community Hospital - Mitchell", "Prairie Medical Center - Aberdeen"]
_UNITS = ["3 West Med/Surg", "ICU", "4 North Cardiac", "Observation", "2 South Ortho"]


def _us_date(iso: str, short_year: bool = False) -> str:
    d = datetime.date.fromisoformat(iso)
    yr = f"{d.year % 100:02d}" if short_year else str(d.year)
    return f"{d.month}/{d.day}/{yr}"


def _rand_date(rng: random.Random) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 600))


def _logo(d: ImageDraw.ImageDraw, x: int, y: int, s: int) -> None:
    """Stylized prairie horizon: a sun over three rolling hills, in a square."""
    d.rectangle([x, y, x + s, y + s], outline=0, width=6)
    r = s // 6
    cx, cy = x + s // 2, y + s // 2 - s // 10
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=0)
    for i in range(3):  # rolling hills as gentle sine curves, kept inside the frame
        base, amp, ph = y + int(s * (0.68 + 0.09 * i)), s * 0.05, i * 1.7
        pts = [(x + 8 + t, base - amp * math.sin(ph + t / s * 6.0)) for t in range(0, s - 15, 6)]
        d.line(pts, fill=0, width=6)


def _datamatrix(payload: str, module_px: int) -> Image.Image:
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.DataMatrix)
    arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=module_px, add_quiet_zones=False))
    if arr.ndim == 3:
        arr = arr[..., 0]
    return Image.fromarray(arr.astype(numpy.uint8), "L")


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-12, 12), rng.randint(-12, 12)
    left, right = 170 + jx, W - 170 + jx

    # Letterhead
    _logo(d, left, 150 + jy, 190)
    d.text((left + 230, 160 + jy), "PRAIRIE HEALTH SYSTEM", font=_f("serifb", 84), fill=0)
    d.text((left + 232, 265 + jy), rng.choice(_FACILITIES), font=_f("serif", 46), fill=0)
    d.text((left + 232, 322 + jy), "Health Information Management  |  Document Imaging",
           font=_f("sansi", 40), fill=0)
    d.line([left, 390 + jy, right, 390 + jy], fill=0, width=8)

    # Title block (reverse-video bar)
    ty = 450 + jy
    d.rectangle([left, ty, right, ty + 150], fill=0)
    title = "ENCOUNTER DOCUMENT HEADER SHEET"
    tw = d.textlength(title, font=_f("sansb", 80))
    d.text(((left + right - tw) / 2, ty + 30), title, font=_f("sansb", 80), fill=255)
    sub = "Place this sheet on top of all paper documents for ONE encounter"
    sw = d.textlength(sub, font=_f("sans", 44))
    d.text(((left + right - sw) / 2, ty + 175), sub, font=_f("sans", 44), fill=0)

    # Identity grid
    adm = _rand_date(rng)
    fields = [
        ("Patient:", f"{patient['family'].upper()}, {patient['given']}"),
        ("Patient ID:", patient["mrn"]),
        ("Birth Date:", _us_date(patient["dob"], short_year=rng.random() < 0.3)),
        ("Encounter No.:", patient["encounter"]),
        ("Admission Date:", f"{adm.month}/{adm.day}/{adm.year}"),
        ("Attending Physician:", rng.choice(_ATTENDINGS)),
        ("Unit / Service:", rng.choice(_UNITS)),
    ]
    gy = 800 + jy
    row_h = 128
    d.rectangle([left, gy, right, gy + row_h * len(fields)], outline=0, width=5)
    label_w = 720
    d.line([left + label_w, gy, left + label_w, gy + row_h * len(fields)], fill=0, width=3)
    for i, (lab, val) in enumerate(fields):
        y = gy + i * row_h
        if i:
            d.line([left, y, right, y], fill=0, width=2)
        d.text((left + 30, y + 38), lab, font=_f("sansb", 54), fill=0)
        vf = _f("monob", 62) if i < 2 else _f("dv", 56)
        d.text((left + label_w + 40, y + 32), val, font=vf, fill=0)

    # Document checklist
    cy = gy + row_h * len(fields) + 90
    d.text((left, cy), "Documents enclosed (check all that apply):", font=_f("sansb", 48), fill=0)
    items = ["History & Physical", "Progress Notes", "Physician Orders", "Laboratory",
             "Radiology / Imaging", "Nursing Flowsheets", "MAR", "Consents",
             "Discharge Summary", "Outside Records"]
    for k, it in enumerate(items):
        col, row = k % 2, k // 2
        x = left + 40 + col * 1050
        y = cy + 90 + row * 80
        d.rectangle([x, y + 6, x + 44, y + 50], outline=0, width=4)
        if rng.random() < 0.25:
            d.line([x + 8, y + 28, x + 20, y + 44, x + 40, y + 10], fill=0, width=6)
        d.text((x + 70, y), it, font=_f("sans", 46), fill=0)

    # Instructions
    iy = cy + 90 + 5 * 80 + 60
    d.text((left, iy), "Scanning instructions", font=_f("sansb", 46), fill=0)
    instr = [
        "1. Do not staple, fold, or write in the barcode area.",
        "2. One header sheet per encounter; do not reuse photocopies.",
        "3. Remove sticky notes and flatten torn pages before batching.",
        "4. Questions: HIM Imaging ext. 4-7720."]
    for k, line in enumerate(instr):
        d.text((left + 20, iy + 70 + k * 60), line, font=_f("sans", 42), fill=0)

    # Barcode, bottom right
    module = rng.choice([7, 8, 9])
    box_size = 440
    bx1, by1 = right, H - 210 + jy
    bx0, by0 = bx1 - box_size, by1 - box_size
    d.rectangle([bx0 - 20, by0 - 20, bx1 + 20, by1 + 20], outline=0, width=3)
    cap = "HIM USE - DO NOT MARK"
    cw = d.textlength(cap, font=_f("sans", 38))
    d.text((bx0 + (box_size - cw) / 2, by0 - 80), cap, font=_f("sans", 38), fill=0)
    bbox = None
    if payload is not None:
        dm = _datamatrix(payload, module)
        while dm.width > box_size - 100 and module > 4:
            module -= 1
            dm = _datamatrix(payload, module)
        px = bx0 + (box_size - dm.width) // 2 + rng.randint(-6, 6)
        py = by0 + (box_size - dm.height) // 2 + rng.randint(-6, 6)
        img.paste(dm, (px, py))
        bbox = (px, py, px + dm.width, py + dm.height)

    # Footer
    d.line([left, H - 150 + jy, bx0 - 60, H - 150 + jy], fill=0, width=2)
    d.text((left, H - 135 + jy), "PHS-HIM-0114  Rev. 03/2023", font=_f("sans", 38), fill=0)
    d.text((left, H - 250 + jy), "Prepared by: ______________   Date: ________",
           font=_f("sans", 42), fill=0)
    return img, bbox


# ---------------------------------------------------------------- content pages

def _page_top(d, rng, title: str, patient: dict | None, jx: int, jy: int) -> int:
    left, right = 150 + jx, W - 150 + jx
    _logo(d, left, 110 + jy, 120)
    d.text((left + 150, 115 + jy), "Prairie Health System", font=_f("serifb", 60), fill=0)
    d.text((left + 152, 185 + jy), rng.choice(_FACILITIES), font=_f("serif", 40), fill=0)
    y = 270 + jy
    if patient is not None:
        # Addressograph-style identity box, top right
        bx0, by0 = right - 1000, 90 + jy
        d.rectangle([bx0, by0, right, by0 + 300], outline=0, width=4)
        lines = [
            f"{patient['family'].upper()}, {patient['given'].upper()}",
            f"MRN: {patient['mrn']}   ENC: {patient['encounter']}",
            f"DOB: {_us_date(patient['dob'])}",
            f"Attn: {rng.choice(_ATTENDINGS)}",
        ]
        for k, ln in enumerate(lines):
            d.text((bx0 + 25, by0 + 20 + k * 68), ln,
                   font=_f("monob" if k == 0 else "mono", 46), fill=0)
        y = by0 + 330
    d.line([left, y, right, y], fill=0, width=5)
    d.text((left, y + 25), title, font=_f("sansb", 66), fill=0)
    return y + 130


def _wrap(d, text: str, font, width: int) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def _paras(d, x, y, paras, width, rng, font="serif", size=48):
    f = _f(font, size)
    hf = _f(font + "b" if font in ("serif", "sans") else font, size)
    for head, body in paras:
        d.text((x, y), head, font=hf, fill=0)
        y += int(size * 1.4)
        for ln in _wrap(d, body, f, width):
            d.text((x + 20, y), ln, font=f, fill=0)
            y += int(size * 1.3)
        y += rng.randint(25, 45)
    return y


def _progress_note(d, rng, y, left, right):
    dt = _rand_date(rng)
    d.text((left, y), f"Date of service: {dt.month}/{dt.day}/{dt.year}   Time: "
           f"{rng.randint(6, 19):02d}:{rng.choice(['05', '20', '35', '50'])}",
           font=_f("sans", 44), fill=0)
    hr, bp = rng.randint(62, 104), f"{rng.randint(104, 158)}/{rng.randint(60, 94)}"
    paras = [
        ("SUBJECTIVE:", "Patient reports improved shortness of breath overnight, slept "
         "with two pillows. Denies chest pain, fever, or chills. Tolerating diet. "
         "Ambulated in hallway with physical therapy without dizziness."),
        ("OBJECTIVE:", f"T 36.{rng.randint(5, 9)} C, HR {hr}, BP {bp}, RR {rng.randint(14, 22)}, "
         f"SpO2 {rng.randint(91, 99)}% on {rng.choice(['room air', '2 L nasal cannula'])}. "
         "Lungs with faint bibasilar crackles, decreased from yesterday. Trace bilateral "
         "ankle edema. Abdomen soft, nontender."),
        ("ASSESSMENT:", "Acute on chronic heart failure with reduced ejection fraction, "
         "improving with diuresis. Net negative 1.4 L over 24 hours. Creatinine stable."),
        ("PLAN:", "Continue furosemide 40 mg IV twice daily, transition to oral tomorrow if "
         "weight continues to trend down. Daily BMP and weights. Fluid restriction 1.5 L. "
         "Cardiology following. Anticipate discharge in 48 to 72 hours."),
    ]
    y = _paras(d, left, y + 90, paras, right - left - 40, rng)
    d.text((left, y + 60), "Electronically signed: " + rng.choice(_ATTENDINGS),
           font=_f("sansi", 44), fill=0)


def _lab_sheet(d, rng, y, left, right):
    dt = _rand_date(rng)
    d.text((left, y), f"Collected: {dt.month}/{dt.day}/{dt.year} 05:{rng.randint(10, 55)}"
           f"    Specimen: Blood, venous    Accession: L{rng.randint(10**7, 10**8 - 1)}",
           font=_f("sans", 42), fill=0)
    y += 100
    cols = [left, left + 800, left + 1200, left + 1450, left + 1900]
    for c, h in zip(cols, ["Test", "Result", "Flag", "Units", "Reference"]):
        d.text((c, y), h, font=_f("monob", 44), fill=0)
    y += 65
    d.line([left, y, right, y], fill=0, width=3)
    tests = [("Sodium", 136, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
             ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
             ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.3, "mg/dL", 2),
             ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
             ("WBC", 4.0, 11.0, "K/uL", 1), ("Hemoglobin", 12.0, 17.5, "g/dL", 1),
             ("Platelets", 150, 400, "K/uL", 0), ("BNP", 0, 100, "pg/mL", 0)]
    for name, lo, hi, unit, dec in tests:
        y += 25
        v = rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.4)
        val = f"{v:.{dec}f}"
        flag = "H" if v > hi else ("L" if v < lo else "")
        ref = f"{lo}-{hi}"
        for c, t in zip(cols, [name, val, flag, unit, ref]):
            d.text((c, y), t, font=_f("monob" if flag and t == flag else "mono", 44), fill=0)
        y += 60
    d.line([left, y + 20, right, y + 20], fill=0, width=3)
    d.text((left, y + 60), "H = above reference range, L = below reference range.",
           font=_f("sans", 40), fill=0)
    d.text((left, y + 120), "Performed at Prairie Regional Laboratory, CLIA 43D0000000.",
           font=_f("sans", 40), fill=0)


def _flowsheet(d, rng, y, left, right):
    d.text((left, y), f"Unit: {rng.choice(_UNITS)}    Shift: {rng.choice(['Day 0700-1900', 'Night 1900-0700'])}",
           font=_f("sans", 44), fill=0)
    y += 100
    hours = [f"{(7 + 2 * k) % 24:02d}00" for k in range(7)]
    rows = ["Temp (C)", "Heart rate", "Blood pressure", "Resp rate", "SpO2 (%)",
            "Pain (0-10)", "Intake (mL)", "Output (mL)", "RN initials"]
    cw = (right - left - 480) // len(hours)
    rh = 110
    d.rectangle([left, y, right, y + rh * (len(rows) + 1)], outline=0, width=4)
    for k, h in enumerate(hours):
        x = left + 480 + k * cw
        d.line([x, y, x, y + rh * (len(rows) + 1)], fill=0, width=2)
        d.text((x + 20, y + 30), h, font=_f("dvb", 42), fill=0)
    for r, name in enumerate(rows):
        yy = y + rh * (r + 1)
        d.line([left, yy, right, yy], fill=0, width=2)
        d.text((left + 20, yy + 32), name, font=_f("dv", 40), fill=0)
        for k in range(len(hours)):
            if rng.random() < 0.15:
                continue
            v = [f"36.{rng.randint(4, 9)}", str(rng.randint(64, 98)),
                 f"{rng.randint(108, 150)}/{rng.randint(62, 88)}", str(rng.randint(14, 20)),
                 str(rng.randint(92, 99)), str(rng.randint(0, 6)), str(rng.choice([0, 120, 240, 480])),
                 str(rng.choice([0, 200, 350, 500])), rng.choice(["KL", "MJ", "TR", "AS"])][r]
            d.text((left + 480 + k * cw + 20, yy + 32), v, font=_f("mono", 40), fill=0)
    y += rh * (len(rows) + 1) + 60
    _paras(d, left, y, [("Nursing comments:", "Patient repositioned every two hours. Skin "
           "intact, no redness over sacrum. Call light within reach, bed alarm on. Family "
           "updated at bedside.")], right - left - 40, rng, font="sans", size=44)


def _imaging(d, rng, y, left, right):
    dt = _rand_date(rng)
    exam = rng.choice(["XR CHEST 2 VIEWS", "CT HEAD WITHOUT CONTRAST", "US ABDOMEN COMPLETE"])
    d.text((left, y), f"Exam: {exam}", font=_f("sansb", 46), fill=0)
    d.text((left, y + 70), f"Exam date: {dt.month}/{dt.day}/{dt.year}    Accession: "
           f"RAD{rng.randint(10**6, 10**7 - 1)}", font=_f("sans", 44), fill=0)
    paras = [
        ("CLINICAL HISTORY:", "Shortness of breath, evaluate for effusion or consolidation."),
        ("COMPARISON:", "Prior study from outside facility, images not available."),
        ("FINDINGS:", "The cardiomediastinal silhouette is mildly enlarged. Small bilateral "
         "pleural effusions with adjacent atelectasis. No pneumothorax. Mild interstitial "
         "prominence consistent with edema. Osseous structures are intact for age."),
        ("IMPRESSION:", "1. Cardiomegaly with mild pulmonary edema. 2. Small bilateral "
         "pleural effusions, slightly decreased. 3. No focal consolidation."),
    ]
    y = _paras(d, left, y + 170, paras, right - left - 40, rng)
    d.text((left, y + 60), "Dictated and signed by: " + rng.choice(
        ["Ferreira, Lucas MD (Radiology)", "Bergstrom, Ingrid MD (Radiology)"]),
        font=_f("sansi", 44), fill=0)


def _handout(d, rng, y, left, right):
    paras = [
        ("Going home after a heart failure stay", "Weigh yourself every morning after you "
         "use the bathroom and before you eat. Write the number down. Call your clinic if "
         "you gain more than 2 pounds in one day or 5 pounds in one week."),
        ("Salt and fluids", "Keep salt under 2,000 mg each day. Read food labels. Avoid "
         "canned soups, deli meats and frozen dinners. Limit fluids to about 6 cups a day "
         "unless your care team tells you otherwise."),
        ("Medicines", "Take your water pill in the morning. Do not stop any medicine "
         "without talking to your doctor. Bring all your pill bottles to every visit."),
        ("When to call 911", "Call 911 for chest pain, severe shortness of breath, "
         "fainting, or if you cannot speak in full sentences."),
    ]
    y = _paras(d, left, y, paras, right - left - 40, rng, font="sans", size=48)
    d.text((left, y + 40), "Prairie Health Nurse Line: 1-800-555-0147 (24 hours)",
           font=_f("sansb", 46), fill=0)


_KINDS = {
    "PHYSICIAN PROGRESS NOTE": _progress_note,
    "LABORATORY RESULTS - CHEMISTRY / HEMATOLOGY": _lab_sheet,
    "NURSING VITAL SIGNS FLOWSHEET": _flowsheet,
    "DIAGNOSTIC IMAGING REPORT": _imaging,
}


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-10, 10), rng.randint(-10, 10)
    left, right = 150 + jx, W - 150 + jx
    if patient is None and rng.random() < 0.5:
        title, fn = "PATIENT EDUCATION", _handout
    else:
        title = rng.choice(sorted(_KINDS))
        fn = _KINDS[title]
        if patient is None:
            title += " (continued)"
    y = _page_top(d, rng, title, patient, jx, jy)
    fn(d, rng, y, left, right)
    pg = rng.randint(1, 4)
    foot = f"Page {pg} of {pg + rng.randint(0, 2)}"
    d.text((left, H - 150 + jy), "PHS clinical document - confidential patient information",
           font=_f("sans", 38), fill=0)
    fw = d.textlength(foot, font=_f("sans", 38))
    d.text((right - fw, H - 150 + jy), foot, font=_f("sans", 38), fill=0)
    return img
