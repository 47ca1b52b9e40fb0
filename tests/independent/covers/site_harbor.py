"""Harbor General Hospital (imaginary site, Port Alden) -- cover sheets and clinical pages.

Harbor General's Health Information Management department prints a line-printer
style "PATIENT IDENTIFICATION / SCAN BATCH HEADER" sheet with a large Code 128
barcode across the top third, and a strip of thick patch-style bars at the
bottom edge. Clinical pages carry an addressograph-style identity box.

Written independently of the digitize code base by a helper agent that saw neither its code nor other sites' layouts.

SPDX-License-Identifier: Apache-2.0
"""
from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Harbor General Hospital"
SYMBOLOGY = "Code128"
PRINTS_IDENTITY = True

W, H = 2550, 3300  # US Letter at 300 dpi
_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONTS = {
    "sans": _DEJAVU + "DejaVuSans.ttf",
    "sansb": _DEJAVU + "DejaVuSans-Bold.ttf",
    "mono": _LIB + "LiberationMono-Regular.ttf",
    "monob": _LIB + "LiberationMono-Bold.ttf",
    "serif": _LIB + "LiberationSerif-Regular.ttf",
    "serifb": _LIB + "LiberationSerif-Bold.ttf",
    "arial": _LIB + "LiberationSans-Regular.ttf",
    "arialb": _LIB + "LiberationSans-Bold.ttf",
}


@lru_cache(maxsize=None)
def _font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONTS[kind], size)


def _us_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _rand_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.choice([2022, 2023, 2024])}"


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def _para(draw, x, y, text, font, width, lead=1.32) -> int:
    for line in _wrap(draw, text, font, width):
        draw.text((x, y), line, font=font, fill=0)
        y += int(font.size * lead)
    return y


def _centre(draw, y, text, font, fill=0):
    w = draw.textlength(text, font=font)
    draw.text(((W - w) // 2, y), text, font=font, fill=fill)


# --------------------------------------------------------------------------- barcode
def _code128(payload: str, max_width: int) -> Image.Image:
    """Code 128 bars only (quiet zones are left as blank paper around it), at a laser printer
    module size: 5 px (16.7 mil) when it fits, else 4, 3 or 2 px for long payloads."""
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128)
    row = np.asarray(zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False))[0]
    module = next((m for m in (5, 4, 3) if len(row) * m <= max_width), 2)
    line = np.repeat(row, module)
    bar_h = 225  # 0.75 inch
    return Image.fromarray(np.tile(line, (bar_h, 1)).astype(np.uint8), "L")


# --------------------------------------------------------------------------- cover sheet
_INSTRUCTIONS = [
    "1. Place this header face up on top of the patient's documents, one header per encounter.",
    "2. Remove staples, paper clips and sticky notes. Tape small slips to a full page.",
    "3. Do not write, stamp or fold across the barcode area.",
    "4. Deliver completed batches to HIM Document Imaging, Basement Level B, Room B-114.",
]


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-6, 6), rng.randint(-6, 6)
    mono, monob = _font("mono", 46), _font("monob", 54)

    # letterhead: small anchor logo box + name
    lx, ly = 170 + jx, 120 + jy
    d.rectangle([lx, ly, lx + 130, ly + 130], outline=0, width=8)
    d.line([lx + 65, ly + 25, lx + 65, ly + 105], fill=0, width=10)
    d.line([lx + 35, ly + 45, lx + 95, ly + 45], fill=0, width=8)
    d.arc([lx + 25, ly + 55, lx + 105, ly + 112], 0, 180, fill=0, width=8)
    d.text((lx + 170, ly + 4), "HARBOR GENERAL HOSPITAL", font=_font("sansb", 64), fill=0)
    d.text((lx + 170, ly + 84), "Health Information Management  |  Document Imaging Services",
           font=_font("sans", 38), fill=0)
    d.line([150, ly + 170, W - 150, ly + 170], fill=0, width=6)
    _centre(d, ly + 205, "PATIENT IDENTIFICATION / SCAN BATCH HEADER", _font("sansb", 66))

    # barcode: large, centred in the top third
    box = None
    top = 560 + jy
    if payload is not None:
        bc = _code128(payload, W - 400)
        x0 = (W - bc.width) // 2 + jx
        img.paste(bc, (x0, top))
        box = (x0, top, x0 + bc.width, top + bc.height)
    # (no-barcode sheets leave the area blank, exactly as the printer would)

    # identity block -- line-printer style, all caps
    y = 1000 + jy
    d.rectangle([150, y, W - 150, y + 560], outline=0, width=4)
    d.text((190, y + 22), "*** PATIENT ***", font=monob, fill=0)
    name = f"{patient['family'].upper()}, {patient['given'].upper()}"
    rows = [
        ("NAME:", name),
        ("MRN:", patient["mrn"]),
        ("DOB:", _us_date(patient["dob"])),
        ("ENCOUNTER:", patient.get("encounter", "")),
        ("SVC/LOC:", rng.choice(["MED/SURG 4 WEST", "TELEMETRY 3 EAST", "ED", "OUTPT CLINIC B",
                                 "ORTHO 5 NORTH", "ICU 2"])),
    ]
    ry = y + 110
    for label, value in rows:
        d.text((210, ry), f"{label:<11}", font=monob, fill=0)
        d.text((210 + int(d.textlength("X" * 12, font=monob)), ry), value, font=monob, fill=0)
        ry += 84

    # batch control fields to be filled in by hand
    y2 = y + 620
    d.text((190, y2), "BATCH CONTROL (HIM USE)", font=monob, fill=0)
    fields = [("SCAN DATE:", "BATCH NO:"), ("PREPARED BY:", "PAGE COUNT:"),
              ("DOC TYPE:", "QA INIT:")]
    fy = y2 + 90
    for left, right in fields:
        d.text((210, fy), left, font=mono, fill=0)
        d.line([600, fy + 50, 1180, fy + 50], fill=0, width=3)
        d.text((1300, fy), right, font=mono, fill=0)
        d.line([1680, fy + 50, W - 210, fy + 50], fill=0, width=3)
        fy += 95
    doc_types = ["[ ] ADMISSION", "[ ] DISCHARGE", "[ ] CONSENTS", "[ ] OUTSIDE RECORDS",
                 "[ ] ORDERS", "[ ] NURSING"]
    fy += 20
    for i, t in enumerate(doc_types):
        d.text((210 + (i % 3) * 720, fy + (i // 3) * 70), t, font=mono, fill=0)
    fy += 180

    # instructions
    d.line([150, fy, W - 150, fy], fill=0, width=3)
    d.text((190, fy + 30), "INSTRUCTIONS", font=_font("sansb", 46), fill=0)
    iy = fy + 110
    for line in _INSTRUCTIONS:
        iy = _para(d, 210, iy, line, _font("sans", 40), W - 420) + 14

    # patch-style separator bars near the bottom edge + form number
    by = H - 330 + jy
    bx = 700 + jx
    for i, wdt in enumerate([40, 20, 40, 20, 20, 40]):
        d.rectangle([bx, by, bx + wdt * 2, by + 160], fill=0)
        bx += wdt * 2 + 90 + (i % 2) * 30
    d.text((170, H - 130), "FORM HGH-HIM-0417  REV 03/2021", font=_font("mono", 38), fill=0)
    pr = f"PRINTED {_rand_date(rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    d.text((W - 170 - int(d.textlength(pr, font=_font("mono", 38))), H - 130), pr,
           font=_font("mono", 38), fill=0)
    return img, box


# --------------------------------------------------------------------------- content pages
_AUTHORS = ["Dana K. Whitfield, MD", "Samuel Oyelaran, MD", "Priya Natarajan, DO",
            "Helen Marsh, NP", "Thomas R. Quill, MD", "Alicia Fuentes, PA-C"]
_SUBJ = ["Patient reports sleeping poorly overnight due to cough.",
         "Denies chest pain, palpitations or shortness of breath at rest.",
         "Tolerating a regular diet without nausea or vomiting.",
         "Pain at the incision site rated 4 out of 10, improved after oral analgesia.",
         "Ambulated twice in the hallway with physical therapy yesterday.",
         "Reports mild dizziness on standing, resolved after sitting for a minute.",
         "Family at bedside and updated on the plan of care."]
_OBJ = ["Afebrile overnight. Lungs with scattered crackles at the right base.",
        "Heart regular rate and rhythm, no murmur. Abdomen soft and non-tender.",
        "Trace bilateral lower extremity edema, unchanged from yesterday.",
        "Incision clean, dry and intact without erythema or drainage.",
        "Alert and oriented to person, place and time. No focal deficits."]
_ASSESS = ["Community-acquired pneumonia, clinically improving on antibiotics.",
           "Acute on chronic diastolic heart failure, volume status improving.",
           "Type 2 diabetes mellitus with hyperglycemia, glucose trending down.",
           "Status post right total knee arthroplasty, postoperative day 2.",
           "Acute kidney injury, creatinine down-trending with hydration."]
_PLAN = ["Continue ceftriaxone and azithromycin, day 3 of 5.",
         "Repeat basic metabolic panel in the morning.",
         "Transition to oral furosemide 40 mg daily and monitor daily weights.",
         "Increase basal insulin by 10 percent; continue sliding scale coverage.",
         "Physical therapy twice daily; anticipate discharge home in 1 to 2 days.",
         "Incentive spirometry every hour while awake."]
_LABS = [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
         ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
         ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.2, "mg/dL", 2),
         ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
         ("WBC", 4.0, 11.0, "K/uL", 1), ("Hemoglobin", 12.0, 16.0, "g/dL", 1),
         ("Hematocrit", 36, 46, "%", 1), ("Platelets", 150, 400, "K/uL", 0)]
_MEDS = ["Metoprolol tartrate 25 mg PO BID", "Lisinopril 10 mg PO daily",
         "Enoxaparin 40 mg subcut daily", "Pantoprazole 40 mg PO daily",
         "Acetaminophen 650 mg PO q6h PRN", "Insulin glargine 18 units subcut HS",
         "Atorvastatin 40 mg PO HS", "Ceftriaxone 1 g IV q24h"]
_HANDOUT = [
    ("Caring for Yourself After a Hospital Stay",
     ["Take your medicines exactly as listed on your discharge sheet. Bring all of your pill "
      "bottles to your first follow-up visit.",
      "Weigh yourself every morning after using the bathroom and before breakfast. Call your "
      "doctor if you gain more than 3 pounds in one day or 5 pounds in one week.",
      "Rest often, but try to walk a little more each day. Avoid lifting anything heavier than "
      "a gallon of milk until your doctor says it is safe.",
      "Call 911 right away if you have chest pain, trouble breathing, or sudden weakness on "
      "one side of your body."]),
]


def _letterhead(d: ImageDraw.ImageDraw, rng: random.Random, dept: str, jx: int, jy: int) -> None:
    d.text((150 + jx, 110 + jy), "Harbor General Hospital", font=_font("serifb", 64), fill=0)
    d.text((150 + jx, 190 + jy), "1200 Seawall Road, Port Alden  |  (555) 318-4400",
           font=_font("serif", 40), fill=0)
    d.text((150 + jx, 245 + jy), dept, font=_font("serif", 40), fill=0)


def _id_box(d, patient: dict, jx: int, jy: int) -> None:
    x0, y0 = 1480 + jx, 100 + jy
    lines = [f"Pt Name: {patient['family'].upper()}, {patient['given']}",
             f"MRN: {patient['mrn']}    DOB: {_us_date(patient['dob'])}"]
    f = _font("arial", 40)  # a long name widens the label box to the left
    x0 = min(x0, W - 180 - int(max(d.textlength(t, font=f) for t in lines)))
    d.rectangle([x0, y0, W - 130, y0 + 250], outline=0, width=3)
    if patient.get("encounter"):
        lines.append(f"Enc #: {patient['encounter']}")
    for i, t in enumerate(lines):
        d.text((x0 + 25, y0 + 22 + i * 72), t, font=f, fill=0)


def _table(d, x, y, cols, rows, font, hfont, row_h=70) -> int:
    xs = [x]
    for _, w in cols:
        xs.append(xs[-1] + w)
    d.rectangle([x, y, xs[-1], y + row_h], outline=0, width=3)
    for (title, _), cx in zip(cols, xs):
        d.text((cx + 12, y + 14), title, font=hfont, fill=0)
    y += row_h
    for r in rows:
        for val, cx in zip(r, xs):
            d.text((cx + 12, y + 14), str(val), font=font, fill=0)
        d.line([x, y + row_h, xs[-1], y + row_h], fill=0, width=1)
        y += row_h
    for cx in xs:
        d.line([cx, y - row_h * (len(rows) + 1), cx, y], fill=0, width=2)
    return y


def _progress(d, rng, x, y, width):
    body, bold = _font("arial", 42), _font("arialb", 44)
    d.text((x, y), "INPATIENT PROGRESS NOTE", font=_font("arialb", 56), fill=0)
    y += 90
    d.text((x, y), f"Date of Service: {_rand_date(rng)}   Time: {rng.randint(6, 18):02d}:"
           f"{rng.choice(['05', '20', '40', '55'])}   Author: {rng.choice(_AUTHORS)}",
           font=body, fill=0)
    y += 100
    for head, pool, k in [("SUBJECTIVE", _SUBJ, 3), ("OBJECTIVE", _OBJ, 3),
                          ("ASSESSMENT", _ASSESS, 2), ("PLAN", _PLAN, 4)]:
        d.text((x, y), head, font=bold, fill=0)
        y += 65
        if head == "OBJECTIVE":
            y = _para(d, x + 40, y, f"Vitals: T {rng.uniform(36.4, 38.2):.1f} C, HR "
                      f"{rng.randint(62, 104)}, BP {rng.randint(104, 162)}/{rng.randint(58, 94)}"
                      f", RR {rng.randint(14, 22)}, SpO2 {rng.randint(91, 99)}% on room air.",
                      body, width - 40)
        for i, s in enumerate(rng.sample(pool, k)):
            text = f"{i + 1}. {s}" if head in ("ASSESSMENT", "PLAN") else s
            y = _para(d, x + 40, y, text, body, width - 40)
        y += 35
    d.text((x, y + 40), "Electronically signed: " + rng.choice(_AUTHORS), font=body, fill=0)


def _labs(d, rng, x, y, width):
    d.text((x, y), "LABORATORY RESULTS - CHEMISTRY / HEMATOLOGY", font=_font("arialb", 52), fill=0)
    y += 85
    body = _font("mono", 40)
    d.text((x, y), f"Collected: {_rand_date(rng)} {rng.randint(4, 9):02d}:{rng.randint(0, 59):02d}"
           f"   Accession: HL{rng.randint(1000000, 9999999)}   Specimen: Blood", font=body, fill=0)
    y += 100
    rows = []
    for name, lo, hi, unit, dp in rng.sample(_LABS, rng.randint(8, 12)):
        fmt = f"{{:.{dp}f}}"
        v = float(fmt.format(rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.3)))
        flag = "H" if v > hi else "L" if v < lo else ""
        rows.append((name, fmt.format(v), flag, unit, f"{fmt.format(lo)}-{fmt.format(hi)}"))
    cols = [("Test", 560), ("Result", 330), ("Flag", 200), ("Units", 330), ("Ref Range", 420)]
    y = _table(d, x, y, cols, rows, body, _font("monob", 40), row_h=78)
    y += 60
    y = _para(d, x, y, "H = above reference range, L = below reference range. Results verified "
              "by the Harbor General clinical laboratory, CLIA #05D" + str(rng.randint(1000000,
              9999999)) + ".", _font("arial", 40), width)
    tech = rng.choice(["J. Ortiz, MLS", "R. Chen, MT", "K. Bello, MLS"])
    d.text((x, y + 40), f"Verified by: {tech}", font=_font("arial", 40), fill=0)


def _flowsheet(d, rng, x, y, width):
    d.text((x, y), "NURSING VITAL SIGNS FLOWSHEET", font=_font("arialb", 56), fill=0)
    y += 90
    d.text((x, y), f"Date: {_rand_date(rng)}    Unit: {rng.choice(['4 West', '3 East', '5 North'])}"
           "    Frequency: q4h", font=_font("arial", 42), fill=0)
    y += 100
    rows, hr = [], rng.randint(70, 95)
    for h in range(0, 24, 4):
        hr += rng.randint(-8, 8)
        rows.append((f"{h:02d}00", f"{rng.uniform(36.5, 38.0):.1f}", hr,
                     f"{rng.randint(108, 150)}/{rng.randint(60, 90)}", rng.randint(14, 22),
                     f"{rng.randint(92, 99)}%", rng.randint(0, 6),
                     rng.choice(["MJ", "TL", "AK", "RS"])))
    cols = [("Time", 220), ("Temp C", 250), ("HR", 170), ("BP", 300), ("RR", 160),
            ("SpO2", 220), ("Pain", 180), ("Init", 170)]
    y = _table(d, x, y, cols, rows, _font("arial", 42), _font("arialb", 42), row_h=90)
    y += 70
    d.text((x, y), "Nursing comments:", font=_font("arialb", 44), fill=0)
    y += 70
    for s in rng.sample(_SUBJ, 2) + ["Call light within reach, bed in low position."]:
        y = _para(d, x + 40, y, s, _font("arial", 42), width - 40)
    d.text((x, y + 60), "Initials key: MJ M. Jordan RN   TL T. Lopez RN   AK A. Kim LPN"
           "   RS R. Singh RN", font=_font("arial", 38), fill=0)


def _imaging(d, rng, x, y, width):
    exam = rng.choice(["XR CHEST 2 VIEWS", "CT HEAD WITHOUT CONTRAST", "US ABDOMEN COMPLETE"])
    body, bold = _font("serif", 44), _font("serifb", 46)
    d.text((x, y), "DEPARTMENT OF RADIOLOGY - FINAL REPORT", font=_font("serifb", 56), fill=0)
    y += 90
    acc = f"RAD{rng.randint(100000, 999999)}"
    d.text((x, y), f"Exam: {exam}    Date: {_rand_date(rng)}    Acc: {acc}", font=body, fill=0)
    y += 100
    findings = {
        "XR CHEST 2 VIEWS": ("Cough and fever.", "Patchy opacity in the right lower lobe. No "
                             "pleural effusion or pneumothorax. Heart size is normal.",
                             "Right lower lobe pneumonia. Follow-up radiograph in 6 to 8 weeks."),
        "CT HEAD WITHOUT CONTRAST": ("Fall with head strike.", "No acute intracranial hemorrhage, "
                                     "mass effect or midline shift. Mild chronic small vessel "
                                     "ischemic change. Ventricles are normal in size.",
                                     "No acute intracranial abnormality."),
        "US ABDOMEN COMPLETE": ("Right upper quadrant pain.", "Multiple gallstones without wall "
                                "thickening or pericholecystic fluid. Common bile duct measures "
                                "4 mm. Liver, pancreas and kidneys are unremarkable.",
                                "Cholelithiasis without sonographic evidence of cholecystitis."),
    }[exam]
    for head, text in [("CLINICAL HISTORY:", findings[0]), ("COMPARISON:", rng.choice(
            ["None available.", f"Prior study dated {_rand_date(rng)}."])),
            ("FINDINGS:", findings[1]), ("IMPRESSION:", findings[2])]:
        d.text((x, y), head, font=bold, fill=0)
        y = _para(d, x + 40, y + 65, text, body, width - 40) + 40
    d.text((x, y + 60), f"Interpreted by: {rng.choice(['Marcus Bell, MD', 'Ingrid Sato, MD'])},"
           " Radiology", font=body, fill=0)


def _mar(d, rng, x, y, width):
    d.text((x, y), "MEDICATION ADMINISTRATION RECORD", font=_font("arialb", 56), fill=0)
    y += 90
    d.text((x, y), f"24-hour period beginning {_rand_date(rng)} 0700", font=_font("arial", 42),
           fill=0)
    y += 100
    rows = [(m, *[rng.choice(["MJ", "TL", "AK", "--"]) for _ in range(4)])
            for m in rng.sample(_MEDS, rng.randint(5, 7))]
    cols = [("Medication / Dose / Route", 1180), ("0900", 200), ("1300", 200), ("1700", 200),
            ("2100", 200)]
    y = _table(d, x, y, cols, rows, _font("arial", 38), _font("arialb", 40), row_h=90)
    y += 60
    _para(d, x, y, "-- = not due or held; document reason for any held dose in the nursing "
          "notes. Verify patient identity with two identifiers before every administration.",
          _font("arial", 40), width)


def _handout(d, rng, x, y, width):
    title, paras = rng.choice(_HANDOUT)
    d.text((x, y), "PATIENT EDUCATION", font=_font("sansb", 44), fill=0)
    d.text((x, y + 70), title, font=_font("sansb", 58), fill=0)
    y += 190
    for p in paras:
        y = _para(d, x, y, p, _font("sans", 44), width, lead=1.4) + 45
    d.text((x, y + 40), "Questions? Call the Harbor General nurse line at (555) 318-4455.",
           font=_font("sans", 42), fill=0)


_KINDS = {"progress": (_progress, "Department of Medicine"),
          "labs": (_labs, "Clinical Laboratory Services"),
          "flowsheet": (_flowsheet, "Nursing Services"),
          "imaging": (_imaging, "Department of Radiology"),
          "mar": (_mar, "Pharmacy and Nursing Services")}


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-8, 8), rng.randint(-8, 8)
    choices = list(_KINDS) + ([] if patient else ["handout"])
    kind = rng.choice(choices)
    dept = "Patient and Family Education" if kind == "handout" else _KINDS[kind][1]
    _letterhead(d, rng, dept, jx, jy)
    if patient is not None:
        _id_box(d, patient, jx, jy)
    elif kind != "handout":
        d.text((1480 + jx, 130 + jy), "CONTINUATION SHEET", font=_font("arialb", 46), fill=0)
        d.text((1480 + jx, 200 + jy), "Identification on first page", font=_font("arial", 40),
               fill=0)
    d.line([130, 380 + jy, W - 130, 380 + jy], fill=0, width=5)
    fn = _handout if kind == "handout" else _KINDS[kind][0]
    fn(d, rng, 170 + jx, 450 + jy, W - 340)
    foot = _font("arial", 38)
    d.line([130, H - 190, W - 130, H - 190], fill=0, width=2)
    d.text((150, H - 160), f"HGH form {rng.choice(['MR-201', 'MR-310', 'MR-455', 'MR-512'])}"
           "  -  Confidential patient information", font=foot, fill=0)
    pg = f"Page {rng.randint(1, 3)}"
    d.text((W - 150 - int(d.textlength(pg, font=foot)), H - 160), pg, font=foot, fill=0)
    return img

