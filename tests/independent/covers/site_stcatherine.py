"""Imaginary site: St. Catherine Regional Medical Center (Millbrook, OH).

Health Information Management prints a "Chart Scanning Index" in front of each
encounter's paper documents before they go through the document scanners; the
sheet carries a PDF417 code in the middle and the patient's identity in a boxed
grid.  Clinical pages carry an addressograph-style identity label at top right.

Written independently of the digitize code base by a helper agent that saw neither its code nor other sites' layouts.

Licensed under the Apache License, Version 2.0.
"""
from __future__ import annotations

import functools
import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "St. Catherine Regional"
SYMBOLOGY = "PDF417"
PRINTS_IDENTITY = True

W, H = 2550, 3300
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONTS = {
    "sans": _LB + "LiberationSans-Regular.ttf", "sansb": _LB + "LiberationSans-Bold.ttf",
    "sansi": _LB + "LiberationSans-Italic.ttf", "serif": _LB + "LiberationSerif-Regular.ttf",
    "serifb": _LB + "LiberationSerif-Bold.ttf", "mono": _DJ + "DejaVuSansMono.ttf",
    "monob": _DJ + "DejaVuSansMono-Bold.ttf", "dsans": _DJ + "DejaVuSans.ttf",
    "dsansb": _DJ + "DejaVuSans-Bold.ttf",
}


@functools.lru_cache(maxsize=None)
def _f(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONTS[name], size)


def _wrap(d, text: str, font, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if d.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


def _para(d, x: int, y: int, text: str, font, width: int, lead: int) -> int:
    for ln in _wrap(d, text, font, width):
        d.text((x, y), ln, font=font, fill=0)
        y += lead
    return y


def _logo(d, x: int, y: int, r: int = 85) -> None:
    """Circle with a Greek cross and a small wheel: the St. Catherine mark."""
    d.ellipse((x, y, x + 2 * r, y + 2 * r), outline=0, width=9)
    cx, cy, a = x + r, y + r, r // 4
    d.rectangle((cx - a // 2, cy - r + 28, cx + a // 2, cy + r - 28), fill=0)
    d.rectangle((cx - r + 28, cy - a // 2, cx + r - 28, cy + a // 2), fill=0)
    d.ellipse((cx - a, cy - a, cx + a, cy + a), fill=255, outline=0, width=6)


def _letterhead(d, rng: random.Random, dx: int, dy: int) -> int:
    _logo(d, 150 + dx, 130 + dy)
    d.text((370 + dx, 140 + dy), "St. Catherine Regional Medical Center", font=_f("serifb", 72), fill=0)
    d.text((372 + dx, 235 + dy), "1400 Abbey Road  \u2022  Millbrook, OH 44870  \u2022  (419) 555-0170",
           font=_f("sans", 40), fill=0)
    d.line((150 + dx, 340 + dy, W - 150 + dx, 340 + dy), fill=0, width=6)
    return 340 + dy


def _iso_to_us(iso: str) -> str:
    y, m, dd = iso.split("-")
    return f"{m}/{dd}/{y}"


# --------------------------------------------------------------------------- cover
def _cell(d, box, label: str, value: str, vfont) -> None:
    x0, y0, x1, y1 = box
    d.rectangle(box, outline=0, width=4)
    d.text((x0 + 22, y0 + 14), label, font=_f("sans", 40), fill=0)
    d.text((x0 + 22, y0 + 78), value, font=vfont, fill=0)


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
    top = _letterhead(d, rng, dx, dy)

    d.text((W - 150 + dx, 80 + dy), "HIM-117  Rev. 03/2021", font=_f("sans", 38), fill=0, anchor="ra")
    d.text((W // 2 + dx, top + 70), "CHART SCANNING INDEX", font=_f("dsansb", 96), fill=0, anchor="ma")
    d.text((W // 2 + dx, top + 190), "Health Information Management \u2013 Document Imaging",
           font=_f("sansi", 46), fill=0, anchor="ma")

    # identity grid: 3 rows, label on top of each cell, value below
    vf = _f("dsansb", 64)
    gx0, gx1 = 170 + dx, W - 170 + dx
    gy = top + 310
    mid = (gx0 + gx1) // 2
    rh = 190
    name = f"{patient['family'].upper()}, {patient['given']}"
    _cell(d, (gx0, gy, gx1, gy + rh), "Patient Name (Last, First)", name, vf)
    _cell(d, (gx0, gy + rh, mid, gy + 2 * rh), "Medical Record #", patient["mrn"], vf)
    _cell(d, (mid, gy + rh, gx1, gy + 2 * rh), "Birth Date (YYYY-MM-DD)", patient["dob"], vf)
    _cell(d, (gx0, gy + 2 * rh, mid, gy + 3 * rh), "Encounter / Visit #", patient["encounter"], vf)
    service = rng.choice(["Inpatient", "Outpatient", "Emergency", "Observation", "Same-Day Surgery"])
    _cell(d, (mid, gy + 2 * rh, gx1, gy + 3 * rh), "Patient Class", service, vf)
    d.rectangle((gx0, gy, gx1, gy + 3 * rh), outline=0, width=7)
    grid_bottom = gy + 3 * rh

    # code area: corner marks around a reserved zone in the middle of the page
    zone = (420 + dx, grid_bottom + 120, W - 420 + dx, grid_bottom + 860)
    zx0, zy0, zx1, zy1 = zone
    L = 70
    for (cx, cy, sx, sy) in ((zx0, zy0, 1, 1), (zx1, zy0, -1, 1), (zx0, zy1, 1, -1), (zx1, zy1, -1, -1)):
        d.line((cx, cy, cx + sx * L, cy), fill=0, width=6)
        d.line((cx, cy, cx, cy + sy * L), fill=0, width=6)
    d.text(((zx0 + zx1) // 2, zy1 + 22), "Index barcode \u2013 do not write, staple or tape in this area",
           font=_f("sansi", 38), fill=0, anchor="ma")

    bbox = None
    if payload is not None:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.PDF417)
        scale = rng.choice([4, 4, 5])            # ~13-17 mil modules on a 300 dpi laser printer
        arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=scale, add_quiet_zones=False))
        bc = Image.fromarray(arr.astype(numpy.uint8), "L")
        # PDF417 rows printed ~3x module width; stretch a little if the symbol is very flat
        if bc.height < 0.45 * 300:
            bc = bc.resize((bc.width, int(bc.height * 1.5)), Image.NEAREST)
        max_w = zx1 - zx0 - 200
        if bc.width > max_w:
            f = max_w / bc.width
            bc = bc.resize((int(bc.width * f), int(bc.height * f)), Image.NEAREST)
        bx = (zx0 + zx1) // 2 - bc.width // 2 + rng.randint(-6, 6)
        by = (zy0 + zy1) // 2 - bc.height // 2 + rng.randint(-6, 6)
        img.paste(bc, (bx, by))
        bbox = (bx, by, bx + bc.width, by + bc.height)

    # batch / instruction block
    y = zy1 + 130
    d.text((gx0, y), "Document Batch", font=_f("sansb", 50), fill=0)
    y += 80
    boxes = ["H&P / Progress Notes", "Orders / MAR", "Lab / Pathology", "Imaging Reports",
             "Consents / Legal", "Outside Records"]
    checked = rng.randrange(len(boxes))
    for i, lab in enumerate(boxes):
        cx = gx0 + (i % 3) * 740
        cy = y + (i // 3) * 80
        d.rectangle((cx, cy + 4, cx + 44, cy + 48), outline=0, width=4)
        if i == checked:
            d.line((cx + 8, cy + 26, cx + 20, cy + 42), fill=0, width=6)
            d.line((cx + 20, cy + 42, cx + 40, cy + 8), fill=0, width=6)
        d.text((cx + 64, cy), lab, font=_f("sans", 42), fill=0)
    y += 200
    pages = rng.randint(2, 38)
    prep = rng.choice(["J. Okafor", "M. Lindqvist", "R. Delgado", "T. Nguyen", "S. Brennan"])
    fs = _f("sans", 42)
    d.text((gx0, y), "Pages in batch:", font=fs, fill=0)
    d.line((gx0 + 300, y + 48, gx0 + 560, y + 48), fill=0, width=3)
    d.text((gx0 + 330, y - 4), str(pages), font=_f("sansb", 46), fill=0)
    d.text((gx0 + 700, y), "Prepared by:", font=fs, fill=0)
    d.line((gx0 + 960, y + 48, gx0 + 1500, y + 48), fill=0, width=3)
    d.text((gx0 + 990, y - 4), prep, font=_f("sansi", 46), fill=0)
    y += 130
    instr = ("Instructions: Place this index sheet face up on top of the documents for the encounter "
             "listed above. Remove staples, paper clips and sticky notes. One index sheet per "
             "encounter; do not reuse. Return originals to HIM Document Imaging, Lower Level B.")
    d.rectangle((gx0, y, gx1, y + 260), outline=0, width=3)
    _para(d, gx0 + 30, y + 24, instr, _f("sans", 40), gx1 - gx0 - 60, 54)

    d.text((W // 2 + dx, H - 190), "CONFIDENTIAL \u2013 Contains Protected Health Information",
           font=_f("sansb", 40), fill=0, anchor="ma")
    d.text((W // 2 + dx, H - 130), "St. Catherine Regional Medical Center  \u2022  HIM-117",
           font=_f("sans", 38), fill=0, anchor="ma")
    return img, bbox


# --------------------------------------------------------------------------- content pages
def _id_label(d, patient: dict, rng: random.Random, x1: int, y0: int) -> None:
    """Addressograph-style label printed at top right of every charted page."""
    f, fb = _f("mono", 40), _f("monob", 42)
    lines = [
        (fb, f"{patient['family'].upper()}, {patient['given'].upper()}"),
        (f, f"MR#: {patient['mrn']}"),
        (f, f"DOB: {_iso_to_us(patient['dob'])}"),
        (f, f"Acct/Visit: {patient['encounter']}"),
    ]
    w = 860
    x0 = x1 - w
    d.rounded_rectangle((x0, y0, x1, y0 + 60 + 56 * len(lines)), radius=20, outline=0, width=4)
    y = y0 + 28
    for font, s in lines:
        d.text((x0 + 30, y), s, font=font, fill=0)
        y += 56


_CLINICIANS = ["Anjali Raman, MD", "Peter Kowalczyk, DO", "Grace Whitfield, MD",
               "Samuel Oyelaran, MD", "Hannah Berg, NP", "Luis Carvajal, MD"]


def _page_frame(d, rng, patient, title: str) -> int:
    dx, dy = rng.randint(-10, 10), rng.randint(-10, 10)
    _logo(d, 150 + dx, 120 + dy, 60)
    d.text((300 + dx, 125 + dy), "St. Catherine Regional Medical Center", font=_f("serifb", 56), fill=0)
    d.text((300 + dx, 200 + dy), "Millbrook, Ohio", font=_f("sans", 40), fill=0)
    if patient is not None:
        _id_label(d, patient, rng, W - 150 + dx, 110 + dy)
    y = 440 + dy
    d.text((150 + dx, y), title, font=_f("sansb", 62), fill=0)
    d.line((150, y + 90, W - 150, y + 90), fill=0, width=4)
    return y + 130


def _footer(d, rng, n: int, of: int, form: str) -> None:
    d.line((150, H - 230, W - 150, H - 230), fill=0, width=2)
    d.text((150, H - 200), f"{form}   Printed {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(19, 24)}",
           font=_f("sans", 38), fill=0)
    d.text((W - 150, H - 200), f"Page {n} of {of}", font=_f("sans", 38), fill=0, anchor="ra")


def _progress_note(d, rng, y):
    body, bf = _f("serif", 44), _f("serifb", 46)
    cc = rng.choice(["shortness of breath", "community-acquired pneumonia", "CHF exacerbation",
                     "cellulitis of the left lower leg", "COPD exacerbation"])
    secs = [
        ("Subjective", f"Patient seen and examined at bedside, admitted for {cc}. Reports sleeping better "
                       "overnight; tolerating diet. Denies chest pain, nausea or fever. Ambulated in hall "
                       "with physical therapy this morning."),
        ("Objective", f"T {rng.uniform(36.4, 38.1):.1f} C, HR {rng.randint(62, 104)}, BP {rng.randint(108, 152)}/"
                      f"{rng.randint(60, 92)}, RR {rng.randint(14, 22)}, SpO2 {rng.randint(91, 99)}% on "
                      f"{rng.choice(['room air', '2 L nasal cannula'])}. Lungs with scattered crackles at the "
                      "bases, improved from yesterday. Heart regular rate and rhythm. Trace pedal edema."),
        ("Assessment", f"{cc.capitalize()}, clinically improving. Renal function stable. Blood glucose "
                       "controlled on sliding scale."),
        ("Plan", "Continue current antibiotics, day 3 of 5. Transition to oral diuretic tomorrow if weight "
                 "continues to trend down. Case management consulted for discharge planning; anticipate "
                 "discharge home with home health in 24-48 hours."),
    ]
    for head, txt in secs:
        d.text((170, y), head + ":", font=bf, fill=0)
        y = _para(d, 170, y + 64, txt, body, W - 340, 60) + 40
    return y


def _lab_sheet(d, rng, y):
    f, fb = _f("mono", 40), _f("monob", 40)
    d.text((170, y), f"Collected: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
                     f"{rng.choice(['05', '20', '42', '58'])}   Specimen: Blood, venous   Ordering: "
                     f"{rng.choice(_CLINICIANS)}", font=_f("sans", 40), fill=0)
    y += 90
    cols = [170, 900, 1250, 1450, 1900]
    for c, h in zip(cols, ["Test", "Result", "Flag", "Units", "Reference"]):
        d.text((c, y), h, font=fb, fill=0)
    d.line((170, y + 56, W - 170, y + 56), fill=0, width=3)
    y += 80
    tests = [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
             ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
             ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.2, "mg/dL", 2),
             ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
             ("WBC", 4.0, 11.0, "K/uL", 1), ("Hemoglobin", 12.0, 16.0, "g/dL", 1),
             ("Hematocrit", 36, 46, "%", 0), ("Platelets", 150, 400, "K/uL", 0)]
    for name, lo, hi, unit, dec in tests:
        v = rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.3)
        flag = "H" if v > hi else ("L" if v < lo else "")
        for c, s in zip(cols, [name, f"{v:.{dec}f}", flag, unit, f"{lo:.{dec}f}-{hi:.{dec}f}"]):
            d.text((c, y), s, font=fb if (flag and c in (900, 1250)) else f, fill=0)
        y += 66
    y += 40
    d.text((170, y), "Performed at St. Catherine Regional Core Laboratory, CLIA 36D0000000.",
           font=_f("sansi", 38), fill=0)
    return y + 60


_EXAMS = [
    ("XR CHEST 2 VIEWS", "Shortness of breath, evaluate for infiltrate or effusion.",
     "Heart size is normal. No focal consolidation, pleural effusion or pneumothorax. Mild degenerative "
     "change of the thoracic spine, unchanged.", "No acute cardiopulmonary process."),
    ("CT HEAD WITHOUT CONTRAST", "Fall at home, on anticoagulation. Rule out hemorrhage.",
     "No intracranial hemorrhage, mass effect or midline shift. Mild periventricular white matter "
     "hypodensity consistent with chronic small vessel disease.", "No acute intracranial abnormality."),
    ("US ABDOMEN COMPLETE", "Elevated liver enzymes, right upper quadrant pain.",
     "The liver is normal in size with mildly increased echogenicity. Gallbladder contains several "
     "mobile stones without wall thickening. Common bile duct measures 4 mm.",
     "Cholelithiasis without sonographic evidence of cholecystitis. Mild hepatic steatosis."),
]


def _imaging(d, rng, y):
    body, bf = _f("sans", 44), _f("sansb", 46)
    exam, hist, find, imp = rng.choice(_EXAMS)
    d.text((170, y), f"Exam: {exam}", font=bf, fill=0)
    y += 80
    parts = [("Clinical history", hist),
             ("Comparison", rng.choice(["None available.", "Prior study from 14 months ago."])),
             ("Findings", "The study is technically adequate. " + find), ("Impression", imp)]
    for head, txt in parts:
        d.text((170, y), head.upper() + ":", font=bf, fill=0)
        y = _para(d, 170, y + 64, txt, body, W - 340, 60) + 40
    d.text((170, y + 20), f"Electronically signed by {rng.choice(_CLINICIANS)}, Radiology",
           font=_f("sansi", 42), fill=0)
    return y + 100


def _mar(d, rng, y):
    f, fb = _f("sans", 40), _f("sansb", 40)
    cols = [170, 1150, 1450, 1750, 2050, W - 170]
    d.text((170, y), "Scheduled medications \u2013 24 h period 0700 to 0659", font=_f("sansb", 44), fill=0)
    y += 80
    meds = [("Furosemide 40 mg IV", "q12h", ["0900", "2100"]),
            ("Enoxaparin 40 mg SC", "daily", ["0900"]),
            ("Metoprolol tartrate 25 mg PO", "BID", ["0900", "2100"]),
            ("Ceftriaxone 1 g IV", "q24h", ["1000"]),
            ("Insulin lispro per scale SC", "AC/HS", ["0730", "1130", "1630", "2100"]),
            ("Atorvastatin 40 mg PO", "HS", ["2100"])]
    for c, h in zip(cols, ["Medication / Dose / Route", "Freq", "Time", "Given", "Init"]):
        d.text((c + 12, y + 14), h, font=fb, fill=0)
    row = 76
    d.rectangle((170, y, W - 170, y + row), outline=0, width=3)
    y += row
    for name, freq, times in meds:
        for t in times:
            d.rectangle((170, y, W - 170, y + row), outline=0, width=2)
            given = rng.random() > 0.1
            vals = [name, freq, t, (t[:2] + ":" + f"{int(t[2:]) + rng.randint(0, 25):02d}") if given else "held",
                    rng.choice(["KM", "DL", "RT", "AP"])]
            for c, s in zip(cols, vals):
                d.text((c + 12, y + 16), s, font=f, fill=0)
            y += row
    for c in cols[1:-1]:
        d.line((c, y - row * (sum(len(m[2]) for m in meds) + 1), c, y), fill=0, width=2)
    return y + 40


def _consult(d, rng, y):
    body = _f("serif", 46)
    doc = rng.choice(_CLINICIANS)
    y = _para(d, 170, y, f"Dear Dr. {rng.choice(['Hollis', 'Marchetti', 'Adeyemi', 'Sorensen'])},", body, 2200, 64) + 30
    for t in ["Thank you for asking us to see your patient in cardiology consultation regarding new "
              "atrial fibrillation noted on telemetry during the current admission.",
              "The patient reports intermittent palpitations for several weeks without syncope. "
              "Echocardiogram shows preserved ejection fraction with mild left atrial enlargement.",
              "We recommend rate control with metoprolol, anticoagulation given the stroke risk score, "
              "and outpatient follow-up in the arrhythmia clinic in four to six weeks. We will follow "
              "along while inpatient; please do not hesitate to call with questions."]:
        y = _para(d, 170, y, t, body, W - 340, 64) + 36
    y = _para(d, 170, y + 20, "Sincerely,", body, 2200, 64) + 100
    d.text((170, y), doc, font=_f("serifb", 46), fill=0)
    d.text((170, y + 66), "Division of Cardiology, St. Catherine Regional", font=body, fill=0)
    return y + 140


_HANDOUTS = {
    "Heart Failure": ["Weigh yourself every morning after you use the bathroom and before breakfast.",
                      "Call your doctor if you gain more than 3 pounds in one day or 5 pounds in one week.",
                      "Limit salt. Choose foods with less than 400 mg of sodium per serving."],
    "Pneumonia": ["Finish all of your antibiotic, even if you feel better before it is gone.",
                  "Do your breathing exercises with the incentive spirometer 10 times every hour while awake.",
                  "Call your doctor if your fever returns or is higher than 101 F (38.3 C)."],
    "Blood Thinners": ["Take your blood thinner at the same time every day. Do not skip or double doses.",
                       "Tell every doctor and dentist that you take a blood thinner.",
                       "Watch for unusual bleeding: black stools, blood in urine, or bruises you cannot explain."],
}


def _handout(d, rng, y):
    body, bf = _f("dsans", 42), _f("dsansb", 48)
    topic, tips = rng.choice(sorted(_HANDOUTS.items()))
    d.text((170, y), f"Going Home: Caring for Yourself \u2013 {topic}", font=bf, fill=0)
    y += 100
    for t in tips + ["Call 911 if you have chest pain, trouble breathing at rest, or fainting."]:
        d.text((190, y), "\u2022", font=bf, fill=0)
        y = _para(d, 250, y, t, body, W - 420, 58) + 30
    d.text((170, y + 40), "Questions? Call the St. Catherine Nurse Line at (419) 555-0199, 24 hours a day.",
           font=_f("sansb", 42), fill=0)
    return y + 120


_KINDS = {"Progress Note": (_progress_note, "CLIN-204"),
          "Laboratory Results": (_lab_sheet, "LAB-010"),
          "Diagnostic Imaging Report": (_imaging, "RAD-331"),
          "Medication Administration Record": (_mar, "PHM-512"),
          "Consultation": (_consult, "CLIN-219")}


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if patient is None and rng.random() < 0.5:
        title, fn, form = "Patient Education", _handout, "EDU-088"
        n, of = 1, 1
    else:
        title = rng.choice(sorted(_KINDS))
        fn, form = _KINDS[title]
        of = rng.randint(1, 3)
        n = rng.randint(1, of) if patient is not None else max(2, of)
        if patient is None:
            of = max(of, n)
            title += " (continued)"
    y = _page_frame(d, rng, patient, title)
    if patient is not None and fn is not _handout:
        clin = rng.choice(_CLINICIANS)
        d.text((170, y), f"Attending: {clin}    Unit: {rng.choice(['4 West', '5 North', 'ICU', 'ED', 'Clinic B'])}",
               font=_f("sans", 40), fill=0)
        y += 90
    fn(d, rng, y)
    _footer(d, rng, n, of, form)
    return img

